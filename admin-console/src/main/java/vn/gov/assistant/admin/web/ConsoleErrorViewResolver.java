package vn.gov.assistant.admin.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of console pages (a refusal, a page that does not exist) shown in Vietnamese in the
 * console's look; errors elsewhere keep the application's default.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrorViewResolver implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !(path.equals("/admin") || path.startsWith("/admin/"))) {
            return null;
        }
        String message =
                switch (status) {
                    case FORBIDDEN -> "Bạn không có quyền truy cập trang này.";
                    case NOT_FOUND -> "Không tìm thấy trang hoặc mục bạn yêu cầu.";
                    case BAD_REQUEST -> "Yêu cầu không hợp lệ.";
                    case CONTENT_TOO_LARGE -> "Tệp tải lên lớn quá giới hạn cho phép. Hãy chia thành nhiều lần tải.";
                    default -> "Đã có lỗi xảy ra. Vui lòng thử lại sau.";
                };
        return new ModelAndView("admin/error", Map.of("status", status.value(), "message", message), status);
    }
}

package vn.gov.assistant.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

class ConsoleErrorViewResolverTest {

    private final ConsoleErrorViewResolver resolver = new ConsoleErrorViewResolver();

    private static MockHttpServletRequest failed(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        return request;
    }

    @Test
    void consoleErrorsAreExplainedInVietnamese() {
        ModelAndView view = resolver.resolveErrorView(failed("/admin/accounts"), HttpStatus.FORBIDDEN, Map.of());
        assertThat(view.getViewName()).isEqualTo("admin/error");
        assertThat(view.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(view.getModel()).containsEntry("message", "Bạn không có quyền truy cập trang này.");
        assertThat(resolver.resolveErrorView(failed("/admin/handoffs/x"), HttpStatus.NOT_FOUND, Map.of())
                        .getModel())
                .containsEntry("message", "Không tìm thấy trang hoặc mục bạn yêu cầu.");
    }

    @Test
    void errorsElsewhereKeepTheApplicationsDefault() {
        assertThat(resolver.resolveErrorView(failed("/api/chat"), HttpStatus.FORBIDDEN, Map.of()))
                .isNull();
        assertThat(resolver.resolveErrorView(failed("/administrator"), HttpStatus.NOT_FOUND, Map.of()))
                .isNull();
        assertThat(resolver.resolveErrorView(new MockHttpServletRequest(), HttpStatus.NOT_FOUND, Map.of()))
                .isNull();
    }
}

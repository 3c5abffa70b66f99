package vn.gov.assistant.app.forms;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.assistant.core.forms.FilledForm;
import vn.gov.assistant.core.forms.FormDefinition;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.forms.PrintablePage;
import vn.gov.assistant.core.forms.pdf.DeclarationPdf;

/**
 * A filled declaration behind its unguessable link, while the link lasts: {@code
 * /forms/{token}.pdf} (the PDF) and {@code /forms/{token}} (the print-ready page). Never cached,
 * never indexed; an unknown or expired link is a plain Vietnamese 404.
 */
@RestController
class FilledFormController {

    private static final String GONE =
            "Đường dẫn tờ khai không đúng hoặc đã hết hạn. Bạn hãy điền lại tờ khai với trợ lý.";

    private final FormFiller forms;

    FilledFormController(FormFiller forms) {
        this.forms = forms;
    }

    @GetMapping("/forms/{token}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token) {
        return forms.filled(token)
                .flatMap(
                        f -> forms.forms().get(f.formId()).map(d -> DeclarationPdf.render(d, f.values(), f.date(), "")))
                .map(bytes -> ResponseEntity.ok()
                        .headers(privateHeaders())
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"to-khai.pdf\"")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                        .body(GONE.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @GetMapping("/forms/{token}")
    ResponseEntity<String> page(@PathVariable String token) {
        java.util.Optional<FilledForm> f = forms.filled(token);
        java.util.Optional<FormDefinition> d = f.flatMap(x -> forms.forms().get(x.formId()));
        if (f.isEmpty() || d.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body(GONE);
        }
        return ResponseEntity.ok()
                .headers(privateHeaders())
                .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(PrintablePage.html(d.get(), f.get().values(), f.get().date(), ""));
    }

    private static HttpHeaders privateHeaders() {
        HttpHeaders h = new HttpHeaders();
        h.setCacheControl(CacheControl.noStore());
        h.set("X-Robots-Tag", "noindex");
        h.set("Referrer-Policy", "no-referrer");
        return h;
    }
}

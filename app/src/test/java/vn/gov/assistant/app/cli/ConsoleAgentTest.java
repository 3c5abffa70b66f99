package vn.gov.assistant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The console agent reads the inbox and the CSRF token as the console's templates render them. */
class ConsoleAgentTest {

    @Test
    void inboxRowsSayWhatWaitsAndWhatIsMine() {
        String html =
                """
                <tbody>
                <tr data-handoff="h-1">
                  <td><span class="badge waiting">Đang chờ</span></td><td>1 phút</td>
                  <td><a href="/admin/handoffs/h-1">Mở</a></td>
                </tr>
                <tr data-handoff="h-2">
                  <td><span class="badge claimed">Đang xử lý</span> <span class="muted">(bạn)</span></td>
                </tr>
                <tr data-handoff="h-3">
                  <td><span class="badge claimed">Đang xử lý</span> <span class="muted">(lan)</span></td>
                </tr>
                </tbody>""";
        assertThat(ConsoleAgent.rows(html))
                .containsExactly(
                        new ConsoleAgent.Row("h-1", true, false),
                        new ConsoleAgent.Row("h-2", false, true),
                        new ConsoleAgent.Row("h-3", false, false));
        assertThat(ConsoleAgent.rows("<tr><td colspan=\"7\">Không có cuộc trò chuyện nào cần cán bộ.</td></tr>"))
                .isEmpty();
    }

    @Test
    void theCsrfTokenComesFromTheFormFieldOrTheMetaTag() throws IOException {
        assertThat(ConsoleAgent.token("<input type=\"hidden\" name=\"_csrf\" value=\"abc-123\"/>"))
                .isEqualTo("abc-123");
        assertThat(ConsoleAgent.token("<meta name=\"_csrf\" content=\"xyz_9\">"))
                .isEqualTo("xyz_9");
        assertThatThrownBy(() -> ConsoleAgent.token("<form></form>")).isInstanceOf(IOException.class);
    }
}

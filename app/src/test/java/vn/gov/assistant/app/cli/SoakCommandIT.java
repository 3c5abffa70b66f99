package vn.gov.assistant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.assistant.app.handoff.Instances;

/**
 * A short soak against one whole instance on the tests' Redis: questions, a declaration with its
 * PDF and hand-offs that the simulated staff member claims, answers and closes through the console
 * (login form, CSRF token); no error, nothing left in the inbox, a report line per window.
 */
class SoakCommandIT {

    private static final String PASSWORD = "soak-test-password-1";

    @Test
    void aShortMixedRunAnswersEveryMessageAndLeavesNoHandoffOpen(@TempDir Path dir) throws Exception {
        try (Instances instances = new Instances()) {
            int port = Instances.port(instances.start(
                    "soak-it",
                    "--assistant.admin.password=" + PASSWORD,
                    "--assistant.public-url=http://localhost:0",
                    "--assistant.web.rate-per-second=50",
                    "--assistant.web.burst=50"));
            Path questions = dir.resolve("questions.jsonl");
            Files.writeString(
                    questions,
                    """
                    {"id": "q1", "question": "Đăng ký khai sinh cần giấy tờ gì?", "expected": []}
                    {"id": "q2", "question": "Lệ phí cấp lại căn cước là bao nhiêu?", "expected": []}
                    {"id": "q3", "question": "Đăng ký tạm trú nộp hồ sơ ở đâu?", "expected": []}
                    """);
            Path csv = dir.resolve("soak.csv");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int exit = SoakCommand.run(
                    new String[] {
                        "--urls", "http://localhost:" + port,
                        "--duration", "PT8S",
                        "--every", "PT4S",
                        "--citizens", "4",
                        "--think", "PT0.1S",
                        "--mix", "2,1,1",
                        "--report", csv.toString(),
                        "--questions", questions.toString(),
                        "--admin-password-env", "SOAK_IT_PASSWORD"
                    },
                    new PrintStream(bytes, true, StandardCharsets.UTF_8),
                    Map.of("SOAK_IT_PASSWORD", PASSWORD));
            String out = bytes.toString(StandardCharsets.UTF_8);

            assertThat(exit).as(out).isZero();
            assertThat(out).contains(" 0 errors,", " 0 left open", "soak: verdict PASS");
            assertThat(count(out, "(\\d+) citizen messages")).as(out).isGreaterThan(10);
            assertThat(count(out, "(\\d+) hand-offs closed by staff")).as(out).isPositive();
            assertThat(count(out, "soak: form +n=(\\d+)")).as(out).isPositive();
            assertThat(count(out, "soak: staff_wait n=(\\d+)")).as(out).isPositive();
            List<String> rows = Files.readAllLines(csv);
            assertThat(rows.get(0)).startsWith("seconds,messages_per_s,errors,question_n");
            assertThat(rows).hasSizeGreaterThanOrEqualTo(2); // the header and a row per window
        }
    }

    private static long count(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}

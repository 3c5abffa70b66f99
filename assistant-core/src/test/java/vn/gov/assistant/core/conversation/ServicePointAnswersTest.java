package vn.gov.assistant.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Reply;
import vn.gov.assistant.core.message.ReplyPart;
import vn.gov.assistant.core.servicepoint.ServicePoint;
import vn.gov.assistant.core.servicepoint.ServicePoints;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * Answers about where to go name staff's service points after the catalog's text: the point of the
 * commune the citizen names, or a few points and the question of their commune, remembered for
 * the next questions. The points are examples made up for the test.
 */
class ServicePointAnswersTest {

    private static final ServicePoint BA_DINH = new ServicePoint(
            "mot-cua-ba-dinh",
            "Bộ phận một cửa phường Ba Đình (ví dụ)",
            "Số 1 đường Ví Dụ, phường Ba Đình",
            "Thứ Hai đến Thứ Sáu, 7:30-11:30 và 13:30-17:00",
            "02438251234",
            List.of("Phường Ba Đình, Thành phố Hà Nội"),
            List.of("Hộ tịch"),
            List.of());
    private static final ServicePoint HOAN_KIEM = new ServicePoint(
            "mot-cua-hoan-kiem",
            "Bộ phận một cửa phường Hoàn Kiếm (ví dụ)",
            "Số 2 đường Ví Dụ, phường Hoàn Kiếm",
            "Thứ Hai đến Thứ Bảy, 8:00-12:00",
            "",
            List.of("Phường Hoàn Kiếm, Thành phố Hà Nội"),
            List.of("Hộ tịch"),
            List.of());

    private final InMemoryConversationStore store =
            new InMemoryConversationStore(100, Duration.ofMinutes(30), Clock.systemUTC());
    private final ConversationEngine plain = TestEngines.bundled(store, ConversationEngine.Settings.DEFAULT);
    private final ConversationEngine engine = plain.withServicePoints(ServicePoints.of(List.of(BA_DINH, HOAN_KIEM)));

    private Reply say(ConversationEngine e, String conversation, String text) {
        return e.handle(conversation, new Inbound.Text(text));
    }

    @Test
    void theCommuneInTheQuestionGetsItsPointAfterTheCatalogsText() {
        Reply reply = say(engine, "sp-1", "đăng ký khai sinh ở phường Ba Đình nộp ở đâu");

        assertThat(reply.metadata().aspect()).isEqualTo(Aspect.AGENCY);
        assertThat(reply.metadata().cited()).containsExactly("1.001193");
        List<String> texts = texts(reply);
        assertThat(texts.get(0)).as("the catalog's text first").contains("Thủ tục đăng ký khai sinh");
        assertThat(texts.get(1))
                .startsWith("Nơi tiếp nhận hồ sơ cho Phường Ba Đình, Thành phố Hà Nội:")
                .contains("Số 1 đường Ví Dụ", "7:30-11:30", "024 3825 1234")
                .doesNotContain("Hoàn Kiếm");
        assertThat(reply.citations()).hasSize(1);
    }

    @Test
    void withoutACommuneThePointsAreListedTheCommuneAskedAndThenRemembered() {
        Reply first = say(engine, "sp-2", "dang ky khai sinh nop o dau");
        assertThat(first.text())
                .contains("Bộ phận một cửa phường Ba Đình (ví dụ)", "Bộ phận một cửa phường Hoàn Kiếm (ví dụ)")
                .contains("Bạn ở phường/xã nào?");

        Reply second = say(engine, "sp-2", "phuong hoan kiem a");
        assertThat(second.metadata().cited()).containsExactly("1.001193");
        assertThat(second.metadata().aspect()).isEqualTo(Aspect.AGENCY);
        assertThat(second.text())
                .contains("Nơi tiếp nhận hồ sơ cho Phường Hoàn Kiếm, Thành phố Hà Nội:")
                .contains("Số 2 đường Ví Dụ", "Thứ Hai đến Thứ Bảy, 8:00-12:00")
                .doesNotContain("Số 1 đường Ví Dụ", "Bạn ở phường/xã nào?");
        assertThat(store.load("sp-2").orElseThrow().commune()).isEqualTo("Phường Hoàn Kiếm, Thành phố Hà Nội");

        Reply later = say(engine, "sp-2", "đăng ký kết hôn nộp hồ sơ ở đâu");
        assertThat(later.metadata().cited()).containsExactly("1.000894");
        assertThat(later.text())
                .contains("Nơi tiếp nhận hồ sơ cho Phường Hoàn Kiếm")
                .doesNotContain("Số 1 đường");
    }

    @Test
    void aProcedureNoPointHandlesAndAnEngineWithoutPointsAnswerAsTheCatalogAlone() {
        String residence = "đăng ký tạm trú ở phường Ba Đình nộp ở đâu";
        Reply withPoints = say(engine, "sp-3", residence);
        Reply without = say(plain, "sp-4", residence);
        assertThat(withPoints.metadata().aspect()).isEqualTo(Aspect.AGENCY);
        assertThat(withPoints.text()).as("the points handle Hộ tịch only").isEqualTo(without.text());

        Reply birth = say(plain, "sp-5", "đăng ký khai sinh nộp ở đâu");
        assertThat(birth.metadata().aspect()).isEqualTo(Aspect.AGENCY);
        assertThat(birth.text()).doesNotContain("Nơi tiếp nhận hồ sơ", "Bạn ở phường/xã nào?", "Ví Dụ");
    }

    @Test
    void otherAspectsAreNotTouchedButTheCommuneIsRemembered() {
        Reply fee = say(engine, "sp-6", "lệ phí đăng ký khai sinh ở phường Ba Đình");
        assertThat(fee.metadata().aspect()).isEqualTo(Aspect.FEE);
        assertThat(fee.text()).doesNotContain("Số 1 đường Ví Dụ");

        Reply where = say(engine, "sp-6", "nộp ở đâu?");
        assertThat(where.metadata().aspect()).isEqualTo(Aspect.AGENCY);
        assertThat(where.text()).contains("Nơi tiếp nhận hồ sơ cho Phường Ba Đình", "Số 1 đường Ví Dụ");
    }

    private static List<String> texts(Reply reply) {
        return reply.parts().stream()
                .filter(ReplyPart.Text.class::isInstance)
                .map(p -> ((ReplyPart.Text) p).text())
                .toList();
    }
}

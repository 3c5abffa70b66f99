package vn.gov.assistant.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import vn.gov.assistant.core.conversation.ConversationEngine;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.forms.FormCatalog;
import vn.gov.assistant.core.forms.FormFiller;
import vn.gov.assistant.core.forms.validate.Validators;
import vn.gov.assistant.core.handoff.HandoffDesk;
import vn.gov.assistant.core.handoff.OfficeHours;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.state.InMemoryExpiringStore;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.search.VietnameseProcedureSearch;

/**
 * The engine (with the bundled declarations) and the reception in front of it as the service
 * builds them over the bundled catalog, with shared state in memory and staff always at work, once
 * per test JVM.
 */
public final class TestEngine {

    private static ConversationEngine engine;
    private static SharedState state;
    private static Reception reception;

    private TestEngine() {}

    public static synchronized ConversationEngine get() {
        if (engine == null) {
            Catalog catalog = Catalog.bundled();
            state = SharedState.inMemory(10_000, Duration.ofHours(1), Clock.systemUTC());
            FormFiller forms = new FormFiller(
                    FormCatalog.bundled(),
                    new Validators(),
                    catalog,
                    new InMemoryExpiringStore<>(1_000, Clock.systemUTC()),
                    new InMemoryExpiringStore<>(1_000, Clock.systemUTC()),
                    new InMemoryExpiringStore<>(1_000, Clock.systemUTC()),
                    new FormFiller.Settings(
                            Duration.ofDays(7),
                            Duration.ofDays(30),
                            Duration.ofHours(24),
                            "http://localhost:8080",
                            ZoneId.of("Asia/Ho_Chi_Minh")),
                    Clock.systemUTC());
            engine = ConversationEngine.create(
                    catalog,
                    VietnameseProcedureSearch.withBundledData(catalog),
                    state.conversations(),
                    ReplyRewriter.NONE,
                    forms);
        }
        return engine;
    }

    public static synchronized SharedState state() {
        get();
        return state;
    }

    /** The privacy notice the reception adds to the first reply of each conversation, as the application does. */
    public static final String PRIVACY_NOTICE =
            "Bảo vệ dữ liệu cá nhân: trợ lý chỉ lưu nội dung trò chuyện với cán bộ, phiếu hẹn"
                    + " gọi lại và thông tin bạn đồng ý ghi nhớ. Nhắn \"dữ liệu của tôi\" để xem, \"xóa dữ liệu của tôi\" để xóa.";

    public static synchronized Reception reception() {
        if (reception == null) {
            HandoffDesk desk = new HandoffDesk(
                    state().board(),
                    state.queue(),
                    state.tickets(),
                    state.presence(),
                    state.accounts(),
                    state.audit(),
                    OfficeHours.always(ZoneId.of("Asia/Ho_Chi_Minh")),
                    code -> "",
                    HandoffDesk.Settings.DEFAULT,
                    Clock.systemUTC());
            reception = new Reception(
                    get(),
                    state.conversations(),
                    state.locks(),
                    desk,
                    Reception.Settings.DEFAULT,
                    Clock.systemUTC(),
                    PRIVACY_NOTICE);
        }
        return reception;
    }
}

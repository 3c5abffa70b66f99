package vn.gov.assistant.admin;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.gov.assistant.core.analytics.Analytics;
import vn.gov.assistant.core.analytics.AnalyticsStore;
import vn.gov.assistant.core.analytics.InMemoryAnalyticsStore;
import vn.gov.assistant.core.conversation.ReplyRewriter;
import vn.gov.assistant.core.handoff.HandoffDesk;
import vn.gov.assistant.core.handoff.OfficeHours;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.knowledge.InMemoryKnowledgeLog;
import vn.gov.assistant.core.knowledge.KnowledgeAssembly;
import vn.gov.assistant.core.knowledge.KnowledgeCurator;
import vn.gov.assistant.core.knowledge.KnowledgeLog;
import vn.gov.assistant.core.knowledge.LiveKnowledge;
import vn.gov.assistant.core.privacy.PersonalDataDesk;
import vn.gov.assistant.core.privacy.Pseudonyms;
import vn.gov.assistant.core.privacy.RetentionPeriods;
import vn.gov.assistant.core.staff.AuditLog;
import vn.gov.assistant.core.staff.StaffAccounts;
import vn.gov.assistant.core.state.RateLimits;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.catalog.CatalogCodec;

/**
 * The console alone, on the in-memory shared state and the real hand-off desk, for its own tests
 * (the application's wiring is tested in the app module).
 */
@SpringBootApplication
public class ConsoleTestApplication {

    /** The first administrator's password in the tests that share one context. */
    public static final String ADMIN_PASSWORD = "Console-Test-Admin-91";

    /** The one procedure in the tests' catalog: "Đăng ký tạm trú". */
    public static final String TEMPORARY_RESIDENCE = "1.004194";

    @Bean
    SharedState sharedState() {
        return SharedState.inMemory(1_000, Duration.ofMinutes(30), Clock.systemUTC());
    }

    @Bean
    StaffAccounts staffAccounts(SharedState state) {
        return state.accounts();
    }

    @Bean
    AuditLog auditLog(SharedState state) {
        return state.audit();
    }

    /** The bundled catalog's record of "Đăng ký tạm trú" alone: the pages name procedures from it. */
    @Bean
    RateLimits rateLimits(SharedState state) {
        return state.rateLimits();
    }

    @Bean
    Catalog catalog() throws IOException {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Catalog.class.getResourceAsStream(Catalog.BUNDLED)),
                        StandardCharsets.UTF_8));
                Writer out = new OutputStreamWriter(new GZIPOutputStream(one), StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("{\"code\":{\"value\":\"" + TEMPORARY_RESIDENCE + "\"}")) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        return Catalog.of(CatalogCodec.read(new ByteArrayInputStream(one.toByteArray())));
    }

    /** Staff's knowledge changes, in memory. */
    @Bean
    KnowledgeLog knowledgeLog() {
        return new InMemoryKnowledgeLog();
    }

    /** The knowledge served: the tests' catalog with staff's changes. */
    @Bean(destroyMethod = "close")
    LiveKnowledge liveKnowledge(Catalog catalog, KnowledgeLog changes, SharedState state) {
        return new LiveKnowledge(
                catalog, changes, new KnowledgeAssembly(code -> 0, state.conversations(), ReplyRewriter.NONE, null));
    }

    @Bean
    KnowledgeCurator knowledgeCurator(LiveKnowledge live, KnowledgeLog changes, SharedState state) {
        return new KnowledgeCurator(live, changes, state.audit(), Clock.systemUTC()).servingAtOnce();
    }

    /** Analytics in memory; the one procedure named, and a name with markup to show it is escaped. */
    @Bean
    AnalyticsStore analyticsStore() {
        return new InMemoryAnalyticsStore(AnalyticsStore.DEFAULT_RETENTION, Clock.systemUTC());
    }

    @Bean
    Analytics analytics(AnalyticsStore store) {
        return new Analytics(store, code -> switch (code) {
            case TEMPORARY_RESIDENCE -> "Đăng ký tạm trú";
            case MARKUP_PROCEDURE -> MARKUP_NAME;
            default -> "";
        });
    }

    /** A code whose name holds markup, for the escaping tests. */
    public static final String MARKUP_PROCEDURE = "9.999999";

    public static final String MARKUP_NAME = "<script>alert('x')</script> Thủ tục <b>đậm</b>";

    /** The personal data desk over the same state, without declarations (the console does not fill any). */
    @Bean
    PersonalDataDesk personalDataDesk(SharedState state) {
        return new PersonalDataDesk(
                state.board(),
                state.tickets(),
                state.mailbox(),
                state.conversations(),
                null,
                state.audit(),
                Pseudonyms.ofThisProcess(),
                RetentionPeriods.DEFAULT,
                Clock.systemUTC());
    }

    @Bean
    HandoffDesk handoffDesk(SharedState state, Catalog catalog) {
        return new HandoffDesk(
                state.board(),
                state.queue(),
                state.tickets(),
                state.presence(),
                state.accounts(),
                state.audit(),
                OfficeHours.always(ZoneId.of("Asia/Ho_Chi_Minh")),
                code -> code,
                HandoffDesk.Settings.DEFAULT,
                Clock.systemUTC());
    }
}

package vn.gov.assistant.app.handoff;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.assistant.core.analytics.AnalyticsRecorder;
import vn.gov.assistant.core.conversation.TurnListener;
import vn.gov.assistant.core.handoff.CitizenSender;
import vn.gov.assistant.core.handoff.HandoffDesk;
import vn.gov.assistant.core.handoff.HandoffWorker;
import vn.gov.assistant.core.handoff.OfficeHours;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.knowledge.LiveKnowledge;
import vn.gov.assistant.core.monitoring.ServiceMonitor;
import vn.gov.assistant.core.privacy.CitizenPrivacy;
import vn.gov.assistant.core.privacy.PersonalDataDesk;
import vn.gov.assistant.core.privacy.RetentionPeriods;
import vn.gov.assistant.knowledge.catalog.Catalog;
import vn.gov.assistant.knowledge.procedure.Procedure;
import vn.gov.assistant.knowledge.procedure.ProcedureCode;

/**
 * Hand-off to staff: the desk, the reception every channel sends citizens' messages to, and this
 * instance's worker on the hand-off queue, over the {@link SharedState} (in this process by
 * default; on Redis when {@code assistant.redis.url} is set, see {@link SharedStateConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class HandoffConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HandoffConfiguration.class);

    /** The default privacy notice ({@code assistant.privacy.notice}); the periods are the defaults'. */
    static final String PRIVACY_NOTICE =
            "Bảo vệ dữ liệu cá nhân: trợ lý chỉ lưu nội dung trò chuyện với cán bộ, phiếu hẹn"
                    + " gọi lại và thông tin bạn đồng ý ghi nhớ để phục vụ yêu cầu của bạn, trong {anonymous} ({identified} nếu bạn để"
                    + " lại thông tin liên hệ hoặc dùng Zalo, Telegram), rồi tự xóa. Nhắn \"dữ liệu của tôi\" để xem,"
                    + " \"xóa dữ liệu của tôi\" để xóa.";

    /**
     * The notice as citizens read it: {@code {anonymous}} and {@code {identified}} become the
     * configured periods ("30 ngày"), so the default stays true when they change; the policy's
     * address follows when set.
     */
    static String notice(String text, String policyUrl, RetentionPeriods periods) {
        String notice = text.strip()
                .replace("{anonymous}", RetentionPeriods.vietnamese(periods.anonymous()))
                .replace("{identified}", RetentionPeriods.vietnamese(periods.identified()));
        return notice.isEmpty() || policyUrl.isBlank() ? notice : notice + " Chi tiết: " + policyUrl.strip();
    }

    @Bean
    OfficeHours officeHours(
            @Value("${assistant.handoff.office-hours:MON-FRI 07:30-11:30,13:00-17:00}") String hours,
            @Value("${assistant.handoff.holidays:}") List<String> holidays,
            @Value("${assistant.handoff.zone:Asia/Ho_Chi_Minh}") String zone) {
        if (hours.strip().equalsIgnoreCase("always")) {
            return OfficeHours.always(ZoneId.of(zone));
        }
        return OfficeHours.parse(hours, holidays, ZoneId.of(zone));
    }

    @Bean
    HandoffDesk handoffDesk(
            SharedState state,
            OfficeHours hours,
            LiveKnowledge knowledge,
            AnalyticsRecorder analytics,
            ObjectProvider<ServiceMonitor> monitor,
            @Value("${assistant.handoff.presence-window:PT45S}") Duration presenceWindow,
            @Value("${assistant.handoff.first-wait-guess:PT4M}") Duration firstWait,
            @Value("${assistant.handoff.zalo-window:PT48H}") Duration zaloWindow,
            @Value("${assistant.handoff.zalo-margin:PT2H}") Duration zaloMargin) {
        // analytics hear of each hand-off opened and claimed and each callback ticket made
        return new HandoffDesk(
                        analytics.watching(state.board()),
                        state.queue(),
                        analytics.watching(state.tickets()),
                        state.presence(),
                        state.accounts(),
                        state.audit(),
                        hours,
                        code -> procedureName(knowledge.current().catalog(), code),
                        new HandoffDesk.Settings(presenceWindow, firstWait, zaloWindow, zaloMargin, 2_000),
                        Clock.systemUTC())
                .watchedBy(monitor.getIfAvailable(() -> ServiceMonitor.NONE));
    }

    @Bean
    Reception reception(
            LiveKnowledge engine,
            SharedState state,
            HandoffDesk desk,
            ObjectProvider<TurnListener> listeners,
            PersonalDataDesk privacy,
            RetentionPeriods periods,
            @Value("${assistant.privacy.notice:" + PRIVACY_NOTICE + "}") String notice,
            @Value("${assistant.privacy.policy-url:}") String policyUrl,
            @Value("${assistant.handoff.failures-before-handoff:3}") int failures,
            @Value("${assistant.handoff.sensitive-topics:khiếu nại,tố cáo,tố giác}") List<String> sensitive) {
        // the citizen's own requests about their data come before the bot's answer
        Reception reception = new Reception(
                new CitizenPrivacy(engine, privacy),
                state.conversations(),
                state.locks(),
                desk,
                new Reception.Settings(failures, sensitive, Duration.ofSeconds(5), Duration.ofSeconds(30)),
                Clock.systemUTC(),
                notice(notice, policyUrl, periods));
        // whatever watches the turns (analytics, ...) is told of each one
        listeners.orderedStream().forEach(reception::addListener);
        return reception;
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    HandoffWorker handoffWorker(
            SharedState state,
            HandoffDesk desk,
            Reception reception,
            ObjectProvider<CitizenSender> senders,
            @Value("${assistant.instance-id:}") String instanceId,
            @Value("${assistant.handoff.reclaim-after:PT30S}") Duration reclaimAfter,
            @Value("${assistant.handoff.housekeeping:PT5S}") Duration housekeeping) {
        String consumer = instanceId.isBlank() ? defaultInstanceId() : instanceId;
        log.info("Hand-off worker {} (reclaims after {})", consumer, reclaimAfter);
        return new HandoffWorker(
                state.queue(),
                state.board(),
                state.mailbox(),
                state.deduplication(),
                senders.orderedStream().toList(),
                desk,
                reception,
                new HandoffWorker.Settings(consumer, reclaimAfter, housekeeping));
    }

    private static String procedureName(Catalog catalog, String code) {
        try {
            return catalog.find(ProcedureCode.of(code)).map(Procedure::name).orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "instance";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

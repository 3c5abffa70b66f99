package vn.gov.assistant.admin.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.assistant.admin.ConsoleTestApplication;
import vn.gov.assistant.core.handoff.CallbackTicket;
import vn.gov.assistant.core.handoff.Handoff;
import vn.gov.assistant.core.handoff.HandoffDesk;
import vn.gov.assistant.core.handoff.HandoffEvent;
import vn.gov.assistant.core.handoff.HandoffQueue;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.handoff.TranscriptLine;
import vn.gov.assistant.core.staff.AuditEntry;
import vn.gov.assistant.core.staff.Role;
import vn.gov.assistant.core.staff.StaffAccount;

/**
 * The inbox, a hand-off's page and the callback tickets over the real desk on the in-memory shared
 * state: what staff see, what each form does, and that the desk's refusals reach them.
 */
@SpringBootTest(
        classes = ConsoleTestApplication.class,
        properties = "assistant.admin.password=" + ConsoleTestApplication.ADMIN_PASSWORD)
@AutoConfigureMockMvc
class DeskPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    HandoffDesk desk;

    @Autowired
    SharedState state;

    private String lan;
    private String minh;
    private Handoff handoff;

    @BeforeEach
    void aCitizenWaits() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        lan = "lan-" + suffix;
        minh = "minh-" + suffix;
        for (String login : List.of(lan, minh)) {
            state.accounts()
                    .create(new StaffAccount(
                            login, "Cán bộ " + login, "{noop}unused", Set.of(Role.AGENT), true, Instant.now()));
        }
        desk.heartbeat(lan);
        Instant now = Instant.now();
        HandoffDesk.Opening opening = desk.request(
                "web",
                "conv-" + suffix,
                Handoff.Reason.REQUESTED,
                ConsoleTestApplication.TEMPORARY_RESIDENCE,
                "fee",
                List.of(
                        new TranscriptLine("c1-" + suffix, TranscriptLine.Speaker.CITIZEN, "", "lệ phí tạm trú?", now),
                        new TranscriptLine(
                                "a1-" + suffix, TranscriptLine.Speaker.ASSISTANT, "", "Lệ phí 7.000 đồng.", now)));
        handoff = ((HandoffDesk.Opening.Queued) opening).handoff();
        state.queue().poll("test", 1_000, Duration.ZERO).forEach(d -> state.queue()
                .ack(d.id()));
    }

    private RequestPostProcessor as(String login) {
        return user(login).roles("AGENT");
    }

    private String page() {
        return "/admin/handoffs/" + handoff.id();
    }

    private List<HandoffEvent> toCitizen() {
        return state.queue().poll("test", 1_000, Duration.ZERO).stream()
                .peek(d -> state.queue().ack(d.id()))
                .map(HandoffQueue.Delivery::event)
                .filter(e -> e.kind() == HandoffEvent.Kind.TO_CITIZEN)
                .toList();
    }

    @Test
    void theInboxListsTheWaitingHandoffWithWhatTheBotUnderstood() throws Exception {
        String row = "data-handoff=\"" + handoff.id() + "\"";
        mvc.perform(get("/admin/inbox").with(as(minh)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(row),
                                containsString("Đang chờ"),
                                containsString("Công dân yêu cầu gặp cán bộ"),
                                containsString("Đăng ký tạm trú (1.004194)"),
                                containsString("Lệ phí"),
                                containsString("hx-trigger=\"every 2s\""),
                                containsString("X-CSRF-TOKEN"))));
        mvc.perform(get("/admin/inbox/list").with(as(minh)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(row), not(containsString("<html")))));
        // polling the inbox keeps the staff member online
        assertThat(state.presence().online(Instant.now(), Duration.ofSeconds(45)))
                .contains(minh);
    }

    @Test
    void aStaffMemberClaimsRepliesNotesTransfersAndTheColleagueReturnsItToTheBot() throws Exception {
        mvc.perform(get(page()).with(as(lan)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"line citizen\""),
                                containsString("lệ phí tạm trú?"),
                                containsString("class=\"line assistant\""),
                                containsString("Nhận xử lý"))));

        // the staff member is the logged-in one, whatever a form says
        mvc.perform(post(page() + "/claim").with(as(lan)).with(csrf()).param("staff", minh))
                .andExpect(redirectedUrl(page()));
        assertThat(desk.view(handoff.id()).orElseThrow().handoff().assignee()).isEqualTo(lan);
        assertThat(toCitizen()).anySatisfy(e -> assertThat(e.line().text()).contains("Cán bộ hỗ trợ đã nhận"));

        mvc.perform(post(page() + "/claim").with(as(minh)).with(csrf()))
                .andExpect(redirectedUrl(page()))
                .andExpect(flash().attribute("flashError", "Cuộc trò chuyện này đã có cán bộ " + lan + " nhận xử lý."));

        mvc.perform(get(page()).with(as(lan)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Trả lời"),
                                containsString("Chuyển cho cán bộ khác"),
                                containsString("Ghi chú nội bộ"),
                                containsString("Trả lại cho trợ lý ảo"),
                                containsString("Đóng"),
                                containsString("value=\"" + minh + "\""))));

        mvc.perform(post(page() + "/reply").with(as(lan)).with(csrf()).param("text", "Chào bạn, tôi là Lan."))
                .andExpect(redirectedUrl(page()));
        assertThat(toCitizen()).anySatisfy(e -> {
            assertThat(e.line().speaker()).isEqualTo(TranscriptLine.Speaker.STAFF);
            assertThat(e.line().author()).isEqualTo(lan);
            assertThat(e.line().text()).isEqualTo("Chào bạn, tôi là Lan.");
        });

        mvc.perform(post(page() + "/reply").with(as(minh)).with(csrf()).param("text", "Không được gửi"))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(toCitizen()).isEmpty();

        mvc.perform(post(page() + "/note").with(as(lan)).with(csrf()).param("text", "Công dân hỏi thêm về CT01"))
                .andExpect(redirectedUrl(page()));
        mvc.perform(get(page() + "/live").with(as(lan)).header("HX-Request", "true"))
                .andExpect(content()
                        .string(allOf(
                                containsString("class=\"line note\""),
                                containsString("Công dân hỏi thêm về CT01"),
                                not(containsString("<html")))));

        mvc.perform(post(page() + "/transfer").with(as(lan)).with(csrf()).param("to", minh))
                .andExpect(redirectedUrl("/admin/inbox"));
        assertThat(desk.view(handoff.id()).orElseThrow().handoff().assignee()).isEqualTo(minh);

        mvc.perform(post(page() + "/return").with(as(lan)).with(csrf()))
                .andExpect(redirectedUrl(page()))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(page() + "/return").with(as(minh)).with(csrf())).andExpect(redirectedUrl("/admin/inbox"));
        assertThat(desk.view(handoff.id()).orElseThrow().handoff().status()).isEqualTo(Handoff.Status.RETURNED);
        assertThat(toCitizen()).anySatisfy(e -> assertThat(e.line().text()).contains("chuyển bạn lại cho trợ lý ảo"));

        assertThat(state.audit().recent(20))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("handoff.claim", lan),
                        org.assertj.core.groups.Tuple.tuple("handoff.reply", lan),
                        org.assertj.core.groups.Tuple.tuple("handoff.transfer", lan),
                        org.assertj.core.groups.Tuple.tuple("handoff.return", minh));
    }

    @Test
    void aWaitingHandoffCanBeClosedAndAnEmptyReplyIsRefused() throws Exception {
        mvc.perform(post(page() + "/claim").with(as(lan)).with(csrf())).andExpect(redirectedUrl(page()));
        mvc.perform(post(page() + "/reply").with(as(lan)).with(csrf()).param("text", "   "))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post(page() + "/close").with(as(lan)).with(csrf())).andExpect(redirectedUrl("/admin/inbox"));
        assertThat(desk.view(handoff.id()).orElseThrow().handoff().status()).isEqualTo(Handoff.Status.CLOSED);
        mvc.perform(get("/admin/inbox").with(as(lan))).andExpect(content().string(not(containsString(handoff.id()))));
        mvc.perform(get("/admin/handoffs/no-such-id").with(as(lan))).andExpect(status().isNotFound());
    }

    @Test
    void ticketsAreAssignedAndTheirOutcomeRecorded() throws Exception {
        Instant now = Instant.now();
        CallbackTicket ticket = desk.keep(new CallbackTicket(
                desk.newTicketNumber(),
                "conv-ticket",
                "telegram",
                "0912 345 678",
                now,
                ConsoleTestApplication.TEMPORARY_RESIDENCE,
                "Công dân đề nghị cán bộ liên hệ lại",
                CallbackTicket.Status.OPEN,
                "",
                "",
                now,
                now));
        mvc.perform(get("/admin/tickets").with(as(lan)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(ticket.number()),
                                containsString("0912 345 678"),
                                containsString("Telegram"),
                                containsString("Đăng ký tạm trú (1.004194)"),
                                containsString("Chưa phân công"))));

        String base = "/admin/tickets/" + ticket.number();
        mvc.perform(post(base + "/assign").with(as(lan)).with(csrf()).param("to", minh))
                .andExpect(redirectedUrl("/admin/tickets"));
        assertThat(desk.tickets())
                .filteredOn(t -> t.number().equals(ticket.number()))
                .singleElement()
                .satisfies(t -> assertThat(t.assignee()).isEqualTo(minh));
        mvc.perform(post(base + "/assign").with(as(lan)).with(csrf()).param("to", "khong-ai"))
                .andExpect(flash().attributeExists("flashError"));

        mvc.perform(post(base + "/outcome").with(as(minh)).with(csrf()).param("outcome", "Đã gọi, đã hướng dẫn."))
                .andExpect(redirectedUrl("/admin/tickets"));
        assertThat(desk.tickets()).noneMatch(t -> t.number().equals(ticket.number()));
        assertThat(state.audit().recent(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("ticket.outcome");
            assertThat(e.actor()).isEqualTo(minh);
        });
    }
}

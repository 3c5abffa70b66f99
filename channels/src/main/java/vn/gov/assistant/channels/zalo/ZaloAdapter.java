package vn.gov.assistant.channels.zalo;

import java.util.List;
import vn.gov.assistant.channels.ChannelAdapter;
import vn.gov.assistant.channels.ChannelCapabilities;
import vn.gov.assistant.channels.TextRendering;
import vn.gov.assistant.core.handoff.CitizenSender;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.message.Inbound;
import vn.gov.assistant.core.message.Option;
import vn.gov.assistant.core.message.Reply;

/**
 * The Zalo Official Account as a channel: a verified webhook event becomes an {@link Inbound} for
 * the engine under the conversation {@code zalo-<user_id>}, and the reply goes back through the
 * Open API. A long reply is split into several messages ({@link ZaloMessages}, citation last);
 * options become query buttons on the last one (at most {@value #MAX_BUTTONS}; more are sent as
 * numbered lines); a follow is the start of a conversation; what is not text gets a Vietnamese
 * note that only text is read.
 */
public final class ZaloAdapter implements ChannelAdapter, CitizenSender {

    /** Buttons per message and characters per button title and per text, as Zalo allows. */
    static final int MAX_BUTTONS = 5;

    static final int MAX_BUTTON_TITLE = 100;
    static final int MAX_TEXT = 2000;

    static final String ONLY_TEXT = "Xin lỗi, hiện tôi chỉ đọc được tin nhắn dạng chữ. Bạn vui lòng gõ câu hỏi,"
            + " ví dụ: “đăng ký tạm trú cần giấy tờ gì”.";

    private static final String CHOOSE = "Mời bạn chọn:";

    private static final ChannelCapabilities CAPABILITIES =
            new ChannelCapabilities(true, MAX_BUTTONS, MAX_BUTTON_TITLE, MAX_TEXT, true);

    private final Reception reception;
    private final ZaloClient client;
    private final OfferedOptions offered;

    public ZaloAdapter(Reception reception, ZaloClient client, int capacity) {
        this.reception = reception;
        this.client = client;
        this.offered = new OfferedOptions(capacity);
    }

    @Override
    public String name() {
        return "zalo";
    }

    @Override
    public ChannelCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** Acts on one verified, first-seen event (on a worker thread, after Zalo had its 200). */
    void handle(ZaloEvent event) {
        String user = event.userId();
        switch (event.kind()) {
            case TEXT -> reception
                    .handle(name(), conversationId(user), offered.read(user, event.text()))
                    .ifPresent(reply -> deliver(user, reply));
            case FOLLOW -> reception
                    .handle(name(), conversationId(user), new Inbound.Event(Inbound.EventType.CONVERSATION_STARTED))
                    .ifPresent(reply -> deliver(user, reply));
            case UNFOLLOW -> offered.forget(user);
            case NOT_TEXT -> client.sendText(user, ONLY_TEXT);
            case OTHER -> {
                // acknowledged and left alone
            }
        }
    }

    @Override
    public String channel() {
        return name();
    }

    /** A staff member's line or a desk notice, to the Zalo user of this conversation. */
    @Override
    public void send(String conversationId, String text) {
        client.sendText(channelUserId(conversationId), text);
    }

    /** The options last offered to a user (what a typed number refers to). */
    List<Option> lastOptions(String userId) {
        return offered.last(userId);
    }

    private void deliver(String user, Reply reply) {
        List<Option> options = reply.options();
        boolean buttons = !options.isEmpty() && options.size() <= MAX_BUTTONS;
        boolean numbered = !options.isEmpty() && !buttons;
        // noted before sending: a quick citizen may press before the send call returns
        offered.remember(user, options, numbered);
        List<String> messages = ZaloMessages.of(reply, numbered, MAX_TEXT);
        if (messages.isEmpty()) {
            messages = List.of(CHOOSE);
        }
        for (int i = 0; i < messages.size() - 1; i++) {
            client.sendText(user, messages.get(i));
        }
        String last = messages.getLast();
        if (buttons) {
            List<Option> shown = options.stream()
                    .map(o -> new Option(o.value(), TextRendering.label(o.label(), MAX_BUTTON_TITLE)))
                    .toList();
            client.sendButtons(user, last, shown);
        } else {
            client.sendText(user, last);
        }
    }
}

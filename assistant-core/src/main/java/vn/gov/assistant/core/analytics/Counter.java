package vn.gov.assistant.core.analytics;

import vn.gov.assistant.core.intent.Intent;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * The names of the day counters {@link AnalyticsRecorder} keeps per channel, and what each counts.
 * A "conversation" is one conversation id (one citizen on one channel) with at least one message on
 * one day in the city's zone: a citizen writing on three days is three conversations.
 */
public final class Counter {

    private Counter() {}

    /** Conversations: ids with at least one message that day. */
    public static final String CONVERSATIONS = "conversations";

    /**
     * Messages: citizen turns, i.e. a text typed, an option chosen, or the channel's "talk to a
     * person" control; opening the chat is not a message.
     */
    public static final String MESSAGES = "messages";

    /** Question turns: messages the bot answered from the catalog, asked back about, or declined. */
    public static final String QUESTIONS = "questions";

    /** Answers: replies citing a procedure. */
    public static final String ANSWERS = "answers";

    /** Declined: replies saying the bot cannot help (nothing fits, out of mission, "none of these"). */
    public static final String DECLINED = "declined";

    /** Clarifications: replies to a procedure question that ask back instead of answering. */
    public static final String CLARIFICATIONS = "clarifications";

    /** Clarifications whose conversation's next message (the same day) got an answer. */
    public static final String CLARIFIED = "clarified";

    /** Conversations in which a person was asked for, or the bot called one in. */
    public static final String ASKED_FOR_PERSON = "askedForPerson";

    /** Conversations in which a hand-off to staff was opened (the citizen joined the queue). */
    public static final String HANDED_OVER = "handedOver";

    /** Conversations in which a callback ticket was made. */
    public static final String CALLBACKS = "callbacks";

    /** Conversations with a hand-off opened or a callback ticket made: not resolved by the bot alone. */
    public static final String WITH_PERSON = "withPerson";

    /** Hand-offs opened (a conversation may open more than one). */
    public static final String HANDOFFS = "handoffs";

    /** Callback tickets made. */
    public static final String TICKETS = "tickets";

    /** Ratings of this score (1-5): each conversation's last rating of the day. */
    public static String rating(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5: " + score);
        }
        return "rating:" + score;
    }

    /** Answers citing this procedure first. */
    public static String procedure(String code) {
        return PROCEDURE_PREFIX + code;
    }

    /** Messages the bot replied to, by the intent it understood (events, options: ACTION). */
    public static String intent(Intent intent) {
        return INTENT_PREFIX + intent.name();
    }

    /** Question turns about this aspect. */
    public static String aspect(Aspect aspect) {
        return ASPECT_PREFIX + aspect.name();
    }

    static final String PROCEDURE_PREFIX = "procedure:";
    static final String ASPECT_PREFIX = "aspect:";
    static final String INTENT_PREFIX = "intent:";
}

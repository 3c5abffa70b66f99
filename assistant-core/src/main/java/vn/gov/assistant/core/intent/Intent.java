package vn.gov.assistant.core.intent;

/** What a message is for. Everything that is not about a procedure is answered without search. */
public enum Intent {
    /** A question about an administrative procedure: searched in the catalog. */
    PROCEDURE,
    GREETING,
    THANKS,
    GOODBYE,
    /** Phản ánh, kiến nghị, khiếu nại about a service or an official. */
    FEEDBACK,
    /** Insults: answered calmly, never in kind. */
    ABUSE,
    /** Asks for a person. */
    HUMAN,
    /** Asks what the assistant is or can do. */
    CAPABILITIES,
    /** Outside the mission (weather, prices, sport...): declined plainly. */
    OTHER,
    /** An option chosen or an event, not text. */
    ACTION
}

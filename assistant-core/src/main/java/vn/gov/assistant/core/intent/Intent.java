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
    ACTION,
    /**
     * A frequent question staff answered in advance (opening hours, paying online...): the reply
     * is their canned answer. Recognised by matching staff's questions, not by the classifier.
     */
    CANNED;

    /** Whether the classifier tells this intent from a message's words (and staff may teach it). */
    public boolean classified() {
        return this != ACTION && this != CANNED;
    }
}

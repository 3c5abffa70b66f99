package vn.gov.assistant.core.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.assistant.core.forms.FormProgress;
import vn.gov.assistant.knowledge.search.Aspect;

/**
 * What is remembered of a conversation between turns: the procedure being discussed
 * ({@code procedure}, empty when none), the aspect last answered, the codes offered when the
 * engine asked back, the aspect the citizen asked before choosing among them, how many turns in a
 * row it could not help, where a callback request stands ({@code callback}, with the contact
 * left so far), the last lines said (so that staff taking over see them), the declaration being
 * filled ({@code form}, null when none; a paused one waits in the form drafts), when it was last
 * updated, and the commune the citizen said they live in ({@code commune}, as the service points
 * name it; empty when not said), for the answers about where to go. Small and serialisable: it is
 * all a shared store keeps, and it expires with the conversation. A state stored before a
 * component existed reads it as empty.
 */
public record ConversationState(
        String procedure,
        Aspect lastAspect,
        List<String> offered,
        Aspect pendingAspect,
        int misses,
        CallbackStep callback,
        String contact,
        List<Said> recent,
        FormProgress form,
        Instant updated,
        String commune) {

    /** Lines kept in {@link #recent}; older ones go first. */
    public static final int RECENT_LINES = 12;

    /** The longest text kept of one line. */
    public static final int RECENT_CHARS = 600;

    /** Where a request to be called back stands. */
    public enum CallbackStep {
        NONE,
        /** Asked for a phone number or an email. */
        CONTACT,
        /** Has the contact; asked for consent to be contacted. */
        CONSENT
    }

    /** One line said: {@code citizen} or {@code assistant}, the text, when. */
    public record Said(String who, String text, Instant at) {
        public Said {
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }
    }

    public ConversationState {
        procedure = procedure == null ? "" : procedure;
        Objects.requireNonNull(lastAspect, "lastAspect");
        offered = List.copyOf(offered);
        Objects.requireNonNull(pendingAspect, "pendingAspect");
        if (misses < 0) {
            throw new IllegalArgumentException("misses must not be negative");
        }
        callback = callback == null ? CallbackStep.NONE : callback;
        contact = contact == null ? "" : contact;
        recent = recent == null ? List.of() : List.copyOf(recent);
        Objects.requireNonNull(updated, "updated");
        commune = commune == null ? "" : commune;
    }

    public static ConversationState fresh(Instant now) {
        return new ConversationState(
                "", Aspect.GENERAL, List.of(), Aspect.GENERAL, 0, CallbackStep.NONE, "", List.of(), null, now, "");
    }

    public boolean hasProcedure() {
        return !procedure.isEmpty();
    }

    /** The procedure is now this one, answered on this aspect; nothing is pending. */
    public ConversationState answered(String code, Aspect aspect, Instant now) {
        return new ConversationState(
                code, aspect, List.of(), Aspect.GENERAL, 0, callback, contact, recent, form, now, commune);
    }

    /** The engine asked back among these codes; the aspect asked waits for the choice. */
    public ConversationState asked(List<String> codes, Aspect aspect, Instant now) {
        return new ConversationState(
                procedure, lastAspect, codes, aspect, misses, callback, contact, recent, form, now, commune);
    }

    /** The engine could not help this turn. */
    public ConversationState missed(Instant now) {
        return new ConversationState(
                procedure,
                lastAspect,
                List.of(),
                Aspect.GENERAL,
                misses + 1,
                callback,
                contact,
                recent,
                form,
                now,
                commune);
    }

    public ConversationState touched(Instant now) {
        return new ConversationState(
                procedure, lastAspect, offered, pendingAspect, misses, callback, contact, recent, form, now, commune);
    }

    /** The count of turns it could not help starts again (after a hand-off, say). */
    public ConversationState missesForgiven(Instant now) {
        return new ConversationState(
                procedure, lastAspect, offered, pendingAspect, 0, callback, contact, recent, form, now, commune);
    }

    /** A callback request moved to this step with this contact (empty to forget it). */
    public ConversationState callback(CallbackStep step, String newContact, Instant now) {
        return new ConversationState(
                procedure, lastAspect, offered, pendingAspect, misses, step, newContact, recent, form, now, commune);
    }

    /** The declaration being filled is now this one (null: none). */
    public ConversationState withForm(FormProgress progress, Instant now) {
        return new ConversationState(
                procedure,
                lastAspect,
                offered,
                pendingAspect,
                misses,
                callback,
                contact,
                recent,
                progress,
                now,
                commune);
    }

    /** The citizen said they live in this commune (as the service points name it). */
    public ConversationState withCommune(String said, Instant now) {
        return new ConversationState(
                procedure, lastAspect, offered, pendingAspect, misses, callback, contact, recent, form, now, said);
    }

    public boolean hasCommune() {
        return !commune.isEmpty();
    }

    public boolean fillingForm() {
        return form != null;
    }

    /** These lines were said; the oldest beyond {@link #RECENT_LINES} are forgotten. */
    public ConversationState said(List<Said> lines, Instant now) {
        List<Said> all = new ArrayList<>(recent);
        for (Said s : lines) {
            String text = s.text().length() > RECENT_CHARS ? s.text().substring(0, RECENT_CHARS) : s.text();
            all.add(new Said(s.who(), text, s.at()));
        }
        List<Said> kept = all.subList(Math.max(0, all.size() - RECENT_LINES), all.size());
        return new ConversationState(
                procedure, lastAspect, offered, pendingAspect, misses, callback, contact, kept, form, now, commune);
    }
}

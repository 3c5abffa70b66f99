package vn.gov.assistant.core.forms.validate;

import java.time.LocalDate;
import java.util.Objects;
import vn.gov.assistant.core.forms.FieldType;
import vn.gov.assistant.core.forms.FormField;

/**
 * Checks and normalises one answer to a form field according to the field's {@link FieldType}.
 * Stateless and thread-safe: one instance can serve every conversation. The reason for an
 * invalid answer is written for the citizen, in Vietnamese.
 */
public final class Validators {

    private final TextValidator text = new TextValidator();
    private final NumberValidator number = new NumberValidator();
    private final YesNoValidator yesNo = new YesNoValidator();
    private final ChoiceValidator choice = new ChoiceValidator();
    private final EmailValidator email = new EmailValidator();
    private final NameValidator name = new NameValidator();
    private final DateValidator date = new DateValidator();
    private final PidValidator pid = new PidValidator();
    private final PhoneValidator phone = new PhoneValidator();
    private final PlaceValidator place = new PlaceValidator();

    /**
     * Checks {@code raw} (what the citizen typed, possibly {@code null}) for {@code field}.
     *
     * @param today the date in Vietnam, for answers that may not lie in the future
     */
    public Checked check(FormField field, String raw, LocalDate today) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(today, "today");
        return switch (field.type()) {
            case TEXT -> text.check(field, raw);
            case NUMBER -> number.check(field, raw);
            case YESNO -> yesNo.check(field, raw);
            case CHOICE -> choice.check(field, raw);
            case EMAIL -> email.check(field, raw);
            case NAME -> name.check(field, raw);
            case DATE -> date.check(field, raw, today);
            case PID -> pid.check(field, raw, today);
            case PHONE -> phone.check(field, raw);
            case PLACE -> place.check(field, raw);
        };
    }
}

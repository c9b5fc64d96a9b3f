package io.zhengtong.mailbox.citizen;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The letter form of a citizen writing logged in, completed from their account and checked in one
 * go: whether a named letter can be answered depends on the account's e-mail address too, which
 * the form alone does not show. Every field error comes back at once (400, as a form checked on
 * arrival), before anything is counted or stored.
 */
@Component
public class LoggedInLetterForms {

    private final Validator validator;

    LoggedInLetterForms(Validator validator) {
        this.validator = validator;
    }

    /** The form to write, {@link LetterForm#completedFrom completed} from {@code writer}; refused with its field errors. */
    public LetterForm checked(LetterForm form, CitizenAccount writer) {
        LetterForm completed = form.completedFrom(writer);
        Set<ConstraintViolation<LetterForm>> violations = validator.validate(completed, Default.class,
                LetterForm.LoggedIn.class);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return completed;
    }
}

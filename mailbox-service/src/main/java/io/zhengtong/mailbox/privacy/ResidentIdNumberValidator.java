package io.zhengtong.mailbox.privacy;

import io.zhengtong.platform.calendar.WorkingDayCalendar;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Reports the precise Chinese reason (length, date, check character) as the field's message. */
public class ResidentIdNumberValidator implements ConstraintValidator<ResidentIdNumber, String> {

    private final Clock clock;

    public ResidentIdNumberValidator() {
        this(Clock.system(WorkingDayCalendar.ZONE));
    }

    ResidentIdNumberValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        Optional<String> problem = IdNumbers.problem(value, LocalDate.now(clock));
        problem.ifPresent(message -> Validation.replaceMessage(context, message));
        return problem.isEmpty();
    }
}

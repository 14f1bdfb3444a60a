package app.offers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * A size or a duration greater than zero: {@code @Positive} for the types Bean Validation
 * does not know. A null value is left to other constraints.
 */
@Documented
@Constraint(validatedBy = { AboveZero.SizeAboveZero.class, AboveZero.DurationAboveZero.class })
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface AboveZero {

	String message() default "must be greater than 0";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Public with a public constructor: the validation provider instantiates it. */
	final class SizeAboveZero implements ConstraintValidator<AboveZero, DataSize> {

		@Override
		public boolean isValid(@Nullable DataSize value, ConstraintValidatorContext context) {
			return value == null || value.toBytes() > 0;
		}

	}

	/** Public with a public constructor: the validation provider instantiates it. */
	final class DurationAboveZero implements ConstraintValidator<AboveZero, Duration> {

		@Override
		public boolean isValid(@Nullable Duration value, ConstraintValidatorContext context) {
			return value == null || !(value.isNegative() || value.isZero());
		}

	}

}

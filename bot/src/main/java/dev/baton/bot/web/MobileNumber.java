package dev.baton.bot.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.baton.bot.directory.Mobiles;
import dev.baton.bot.system.InvalidInputException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A mainland mobile number as {@link Mobiles#normalize} takes it ({@code 13800000000},
 * {@code +86 138-0000-0000}); null passes.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MobileNumber.Check.class)
@interface MobileNumber {

	String message() default "{directory.field.mobile}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<MobileNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			try {
				Mobiles.normalize(value);
				return true;
			}
			catch (InvalidInputException ex) {
				return false;
			}
		}

	}

}

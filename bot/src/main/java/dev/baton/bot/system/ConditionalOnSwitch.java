package dev.baton.bot.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * A bean that runs only when an on/off setting is on (on when unset). The setting is read
 * as the settings records read it (true/false, yes/no, on/off, 1/0), so a value the
 * settings check accepts also switches the bean; Spring's
 * {@code @ConditionalOnProperty(havingValue = "true")} took only "true" and left a worker
 * off on "yes".
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(SwitchCondition.class)
public @interface ConditionalOnSwitch {

	/** The setting, e.g. {@code baton.delivery.worker}. */
	String value();

}

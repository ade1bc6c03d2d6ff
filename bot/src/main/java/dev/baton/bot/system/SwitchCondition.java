package dev.baton.bot.system;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@link ConditionalOnSwitch}: binds the setting as a Boolean with the settings records'
 * conversion; unset is on.
 */
final class SwitchCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String name = (String) metadata.getAnnotationAttributes(ConditionalOnSwitch.class.getName()).get("value");
		return Binder.get(context.getEnvironment()).bind(name, Boolean.class).orElse(Boolean.TRUE);
	}

}

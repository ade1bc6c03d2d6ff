package dev.baton.bot.escalation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link EscalationProperties} whether or not the sweep job is on, so a wrong value
 * stops the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscalationProperties.class)
class EscalationSettings {

}

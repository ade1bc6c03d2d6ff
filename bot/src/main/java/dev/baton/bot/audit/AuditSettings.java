package dev.baton.bot.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@link AuditProperties} whether or not the checkpoint job is on, so a wrong value
 * stops the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditSettings {

}

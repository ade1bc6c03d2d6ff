package dev.baton.bot.console;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link SupervisionProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionProperties.class)
class SupervisionConfiguration {

}

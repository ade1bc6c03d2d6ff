package dev.baton.bot.platform;

import java.util.List;

import dev.baton.integrations.contacts.ContactDirectory;
import dev.baton.integrations.state.SharedState;
import dev.baton.integrations.wecom.WeComApp;
import dev.baton.integrations.wecom.WeComContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * One {@link ContactDirectory} bean ({@link WeComContacts}, named
 * {@code weComContacts-<app>}) for each configured WeCom app that has a contact-sync
 * secret ({@code baton.wecom.apps[n].contact-sync-secret}), so the directory sync finds
 * every platform's org chart among the {@code ContactDirectory} beans.
 */
class WeComContactDirectories implements BeanDefinitionRegistryPostProcessor, EnvironmentAware, BeanFactoryAware {

	private static final Logger log = LoggerFactory.getLogger(WeComContactDirectories.class);

	private Environment environment;

	private BeanFactory beanFactory;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		this.beanFactory = beanFactory;
	}

	@Override
	public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
		List<WeComApp> apps = Binder.get(environment)
			.bind("baton.wecom.apps", Bindable.listOf(WeComApp.class))
			.orElse(List.of());
		for (WeComApp app : apps) {
			if (!app.readsContacts()) {
				continue;
			}
			registry.registerBeanDefinition("weComContacts-" + app.name(),
					BeanDefinitionBuilder
						.genericBeanDefinition(WeComContacts.class,
								() -> new WeComContacts(app, beanFactory.getBean(SharedState.class),
										beanFactory.getBeanProvider(dev.baton.integrations.chat.ApiCallCounter.class)
											.getIfAvailable(() -> dev.baton.integrations.chat.ApiCallCounter.NONE)))
						.getBeanDefinition());
			log.info("Reading the org chart of WeCom app {} (corp {}) with its contact-sync secret", app.name(),
					app.corpId());
		}
	}

}

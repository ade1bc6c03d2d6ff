package dev.baton.bot.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.baton.bot.delivery.DeliveryProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An on/off setting switches its worker exactly as the settings check and the settings
 * record read it: before, the check accepted BATON_DELIVERY_WORKER=yes (a Boolean to
 * Spring's conversion) while the worker's condition wanted the word "true", so "yes"
 * started Baton with its outbox worker silently off.
 */
class SwitchesReadAsTheSettingsAreReadTest {

	@Configuration(proxyBeanMethods = false)
	static class Switched {

		@Bean
		@ConditionalOnSwitch("baton.delivery.worker")
		StringBuilder worker() {
			return new StringBuilder("worker");
		}

	}

	@ParameterizedTest
	@CsvSource({ "true, true", "yes, true", "on, true", "1, true", "TRUE, true", "false, false", "no, false",
			"off, false", "0, false" })
	void theWorkerRunsWhenTheRecordSaysItDoes(String value, boolean on) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("env", Map.of("BATON_DELIVERY_WORKER", value)));

		SettingsCheck.check(environment);
		boolean recorded = Binder.get(environment).bind("baton.delivery", DeliveryProperties.class).get().worker();

		new ApplicationContextRunner().withUserConfiguration(Switched.class)
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("env", Map.of("BATON_DELIVERY_WORKER", value))))
			.run(context -> {
				assertThat(recorded).as("the settings record").isEqualTo(on);
				assertThat(context.containsBean("worker")).as("the worker's condition").isEqualTo(on);
			});
	}

	/**
	 * Baton's own on/off beans all take the switch: none is left on Spring's "true"-only
	 * condition.
	 */
	@Test
	void noBeanOfBatonIsSwitchedByTheWordTrueAlone() throws Exception {
		var resolver = new PathMatchingResourcePatternResolver();
		var readers = new SimpleMetadataReaderFactory(resolver);
		List<String> switched = new ArrayList<>();
		List<String> wordTrue = new ArrayList<>();
		for (Resource resource : resolver.getResources("classpath*:dev/baton/bot/**/*.class")) {
			AnnotationMetadata type = readers.getMetadataReader(resource).getAnnotationMetadata();
			List<AnnotatedTypeMetadata> annotated = new ArrayList<>(type.getDeclaredMethods());
			annotated.add(type);
			for (AnnotatedTypeMetadata element : annotated) {
				if (element.isAnnotated(ConditionalOnSwitch.class.getName())) {
					switched.add(type.getClassName());
				}
				if (element.isAnnotated(ConditionalOnProperty.class.getName()) && "true"
					.equalsIgnoreCase((String) element.getAnnotationAttributes(ConditionalOnProperty.class.getName())
						.get("havingValue"))) {
					wordTrue.add(type.getClassName());
				}
			}
		}
		assertThat(switched).as("the workers and jobs that can be switched off").hasSizeGreaterThanOrEqualTo(6);
		assertThat(wordTrue).isEmpty();
	}

	@Test
	void unsetIsOn() {
		new ApplicationContextRunner().withUserConfiguration(Switched.class)
			.run(context -> assertThat(context).hasBean("worker"));
	}

}

package dev.baton.bot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The test class gets an application context (and so a database) that no other class
 * shares, even one configured the same: for tests that tamper with what every test of a
 * context relies on (the audit chains) or must see a whole table as their own. Pair it
 * with {@code @DirtiesContext} so the context closes after the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(ContextOfItsOwn.Factory.class)
public @interface ContextOfItsOwn {

	/** Makes the test class part of its context's cache key. */
	class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return TestContextAnnotationUtils.hasAnnotation(testClass, ContextOfItsOwn.class) ? new Own(testClass)
					: null;
		}

	}

	/** Customizes nothing: it only tells this class's context apart from every other. */
	record Own(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
		}

	}

}

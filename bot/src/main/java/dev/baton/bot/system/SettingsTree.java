package dev.baton.bot.system;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Baton's configuration tree: every {@code @ConfigurationProperties} record under
 * {@code baton.*} in the application's packages, each setting with its property name, its
 * environment variable, its type and its default (what the record holds when nothing is
 * set). The start-up check ({@link SettingsCheck}) binds and validates them all; the
 * README's configuration table is held to this list by a test.
 */
public final class SettingsTree {

	/** The package the records are found under. */
	static final String BASE_PACKAGE = "dev.baton.bot";

	/** A record bound to a prefix. */
	public record Root(String prefix, Class<?> type) {
	}

	/**
	 * One setting.
	 *
	 * @param property e.g. {@code baton.wecom.apps[0].corp-id}
	 * @param variable e.g. {@code BATON_WECOM_APPS_0_CORP_ID}
	 * @param type the Java type it is read as
	 * @param defaultValue what the record holds when nothing is set (null: none; also for
	 * the fields of list items)
	 */
	public record Setting(String property, String variable, Type type, Object defaultValue) {
	}

	/** The records do not change while the JVM runs: found once. */
	private static volatile List<Root> roots;

	private SettingsTree() {
	}

	/** Every record under {@code baton.*}, outermost prefix first. */
	public static List<Root> roots() {
		List<Root> found = roots;
		if (found == null) {
			found = find();
			roots = found;
		}
		return found;
	}

	private static List<Root> find() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		List<Root> roots = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(),
					SettingsTree.class.getClassLoader());
			ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
			String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
			if (prefix.equals("baton") || prefix.startsWith("baton.")) {
				roots.add(new Root(prefix, type));
			}
		}
		roots.sort(Comparator.comparing(Root::prefix));
		return List.copyOf(roots);
	}

	/** Every setting of every record. */
	public static List<Setting> settings() {
		List<Setting> settings = new ArrayList<>();
		for (Root root : roots()) {
			Object defaults = defaults(root);
			walk(root.prefix(), root.type(), defaults, settings);
		}
		return settings;
	}

	/** The record as bound from nothing: its defaults. */
	static Object defaults(Root root) {
		return new Binder(new MapConfigurationPropertySource()).bindOrCreate(root.prefix(), Bindable.of(root.type()));
	}

	/**
	 * {@code baton.wecom.apps[0].corp-id} → {@code BATON_WECOM_APPS_0_CORP_ID}, as README
	 * writes them.
	 */
	public static String variable(String property) {
		return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("_+$", "");
	}

	/** {@code corpId} → {@code corp-id}. */
	static String kebab(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	private static void walk(String prefix, Class<?> type, Object value, List<Setting> into) {
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + kebab(component.getName());
			Object current = value == null ? null : read(component, value);
			Type generic = component.getGenericType();
			Class<?> element = listElement(generic);
			if (isOwnRecord(component.getType())) {
				walk(name, component.getType(), current, into);
			}
			else if (element != null && isOwnRecord(element)) {
				walk(name + "[0]", element, null, into);
			}
			else {
				into.add(new Setting(name, variable(name), generic, current));
			}
		}
	}

	private static boolean isOwnRecord(Class<?> type) {
		return type.isRecord() && type.getName().startsWith("dev.baton.");
	}

	private static Class<?> listElement(Type type) {
		if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
				&& Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments()[0] instanceof Class<?> e) {
			return e;
		}
		return null;
	}

	private static Object read(RecordComponent component, Object value) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(value);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("cannot read " + component, ex);
		}
	}

}

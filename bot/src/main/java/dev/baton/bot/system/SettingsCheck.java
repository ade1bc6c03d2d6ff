package dev.baton.bot.system;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreTopLevelConverterNotFoundBindHandler;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Reads and checks every Baton setting before anything is built (a bean factory
 * post-processor: after the environment is complete, before the web server, the database
 * and the workers): each {@link SettingsTree} record is bound and validated, and every
 * wrong setting is reported at once, naming its environment variable, its property, its
 * value and what is expected ({@link WrongSettingsException}, printed by
 * {@link WrongSettingsFailureAnalyzer}). The records are bound again, the same way, where
 * they are used.
 */
class SettingsCheck implements BeanFactoryPostProcessor, EnvironmentAware, Ordered {

	/** Values of these are never printed. */
	private static final Pattern CONFIDENTIAL = Pattern.compile(".*(secret|password|token|aes-key|code)$");

	/** A constructor's message naming the field it refuses: "corp-id: required". */
	private static final Pattern NAMED = Pattern.compile("^([a-z][a-z0-9-]*): (.+)$", Pattern.DOTALL);

	/** An item of a list: {@code baton.budget.warn-percent[1]}. */
	private static final Pattern ITEM = Pattern.compile("^(.*)\\[(\\d+)\\]$");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		check(environment);
	}

	/**
	 * @throws WrongSettingsException listing every wrong setting
	 */
	static void check(Environment environment) {
		Binder binder = Binder.get(environment);
		List<WrongSetting> wrong = new ArrayList<>();
		try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
			.configure()
			.defaultLocale(Locale.ENGLISH)
			.buildValidatorFactory()) {
			SpringValidatorAdapter validator = new SpringValidatorAdapter(factory.getValidator());
			for (SettingsTree.Root root : SettingsTree.roots()) {
				try {
					// a handler keeps what it bound: one per record
					binder.bindOrCreate(root.prefix(), Bindable.of(root.type()),
							new ValidationBindHandler(new IgnoreTopLevelConverterNotFoundBindHandler(), validator));
				}
				catch (BindException ex) {
					wrong(ex).stream().filter(w -> !wrong.contains(w)).forEach(wrong::add);
				}
			}
		}
		if (!wrong.isEmpty()) {
			throw new WrongSettingsException(wrong);
		}
	}

	/** What a failed binding of a Baton setting says, in a person's words. */
	static List<WrongSetting> wrong(BindException ex) {
		Map<String, Object> defaults = new HashMap<>();
		SettingsTree.settings().forEach(s -> defaults.put(s.property(), s.defaultValue()));
		String name = ex.getName().toString();
		if (ex.getCause() instanceof BindValidationException validation) {
			List<WrongSetting> wrong = new ArrayList<>();
			String root = validation.getValidationErrors().getName().toString();
			for (ObjectError error : validation.getValidationErrors().getAllErrors()) {
				String property = error instanceof FieldError field ? root + "." + path(field.getField()) : root;
				String problem = error.getDefaultMessage();
				Matcher item = ITEM.matcher(property);
				if (item.matches() && defaults.containsKey(item.group(1))) {
					// an item of a list written as one comma-separated value: the setting
					// is the list
					problem = "item " + (Integer.parseInt(item.group(2)) + 1) + " "
							+ (error instanceof FieldError field ? "(" + field.getRejectedValue() + ") " : "")
							+ problem;
					property = item.group(1);
				}
				String key = property;
				ConfigurationProperty bound = validation.getValidationErrors()
					.getBoundProperties()
					.stream()
					.filter(p -> p.getName().toString().equals(key))
					.findFirst()
					.orElse(null);
				Object value = bound != null ? bound.getValue()
						: error instanceof FieldError field ? field.getRejectedValue() : null;
				WrongSetting setting = setting(property, value,
						bound == null || bound.getOrigin() == null ? null : bound.getOrigin().toString(), problem,
						defaults.get(property));
				if (!wrong.contains(setting)) {
					wrong.add(setting);
				}
			}
			return wrong;
		}
		ConfigurationProperty property = ex.getProperty();
		Object value = property == null ? null : property.getValue();
		String origin = property == null || property.getOrigin() == null ? null : property.getOrigin().toString();
		Throwable cause = ex.getCause();
		if (isConversion(cause)) {
			return List.of(setting(name, value, origin, "expected " + expected(ex.getTarget().getType().getType()),
					defaults.get(name)));
		}
		Throwable root = cause;
		while (root != null && root.getCause() != null && !(root instanceof IllegalArgumentException)
				&& !(root instanceof IllegalStateException) && !(root instanceof NullPointerException)) {
			root = root.getCause();
		}
		String message = root == null || root.getMessage() == null ? String.valueOf(cause) : root.getMessage();
		Matcher named = NAMED.matcher(message);
		if (named.matches()) {
			String field = name + "." + named.group(1);
			ConfigurationPropertyName fieldName = ConfigurationPropertyName.of(field);
			return List.of(setting(field, null, null, named.group(2), defaults.get(fieldName.toString())));
		}
		if (!defaults.containsKey(name) && value == null) {
			// a group of settings refused together (a record's constructor): its message
			// says which and why
			return List
				.of(new WrongSetting(SettingsTree.variable(name) + "_*", name + ".*", null, null, message, null));
		}
		return List.of(setting(name, value, origin, message, defaults.get(name)));
	}

	private static WrongSetting setting(String property, Object value, String origin, String problem,
			Object defaultValue) {
		boolean hidden = CONFIDENTIAL.matcher(property).matches();
		return new WrongSetting(SettingsTree.variable(property), property,
				value == null ? null : hidden ? "(hidden)" : value, hidden ? null : origin, problem,
				defaultValue == null || defaultValue instanceof String s && s.isEmpty() ? null : shown(defaultValue));
	}

	private static Object shown(Object value) {
		if (value instanceof Duration d) {
			return d.toString().substring(2).toLowerCase(Locale.ROOT);
		}
		if (value instanceof Collection<?> c) {
			return String.join(",", c.stream().map(String::valueOf).toList());
		}
		return value;
	}

	private static boolean isConversion(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof ConversionException) {
				return true;
			}
		}
		return false;
	}

	/** {@code apps[0].corpId} → {@code apps[0].corp-id} */
	private static String path(String field) {
		return String.join(".", Arrays.stream(field.split("\\.")).map(SettingsTree::kebab).toList());
	}

	static String expected(Type type) {
		if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
				&& Collection.class.isAssignableFrom(raw)) {
			return "one or more of: " + expected(p.getActualTypeArguments()[0]) + ", separated by commas";
		}
		if (!(type instanceof Class<?> c)) {
			return type.getTypeName();
		}
		if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Short.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(c)) {
			return "a number";
		}
		if (c == Boolean.class || c == boolean.class) {
			return "true or false";
		}
		if (c == Duration.class) {
			return "a duration such as 500ms, 30s, 5m, 24h or 7d";
		}
		if (c == ZoneId.class) {
			return "a time zone such as Asia/Shanghai";
		}
		if (c == DataSize.class) {
			return "a size such as 64KB or 10MB";
		}
		if (c.isEnum()) {
			return "one of " + String.join(", ", Arrays.stream(c.getEnumConstants()).map(String::valueOf).toList());
		}
		return c.getSimpleName();
	}

}

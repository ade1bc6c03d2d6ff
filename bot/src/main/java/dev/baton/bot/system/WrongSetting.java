package dev.baton.bot.system;

import java.util.List;

/**
 * One setting that stops the start.
 *
 * @param variable the environment variable, e.g. {@code BATON_DELIVERY_CALLS_PER_SECOND};
 * ending in {@code *} for a group of settings that do not go together (a WeCom app, the
 * first administrator)
 * @param property the property it stands for, e.g.
 * {@code baton.delivery.calls-per-second}
 * @param value what it was set to (null: not set)
 * @param origin where that came from, as Spring names it (null: unknown)
 * @param problem what is wrong or expected, e.g. "expected a whole number"
 * @param defaultValue the default when it is not set (null: none)
 */
public record WrongSetting(String variable, String property, Object value, String origin, String problem,
		Object defaultValue) {

	/** One line a person can act on. */
	public String line() {
		StringBuilder line = new StringBuilder(variable).append(" (").append(property).append(')');
		if (variable.endsWith("*")) {
			// settings that do not go together: the problem names them
			return line.append(": ").append(problem).toString();
		}
		line.append(value == null ? " is not set" : " is \"" + value + "\"").append(": ").append(problem);
		if (defaultValue != null) {
			line.append("; default ").append(defaultValue);
		}
		if (origin != null && value != null) {
			line.append(" [from ").append(origin).append(']');
		}
		return line.toString();
	}

	static String describe(List<WrongSetting> wrong) {
		StringBuilder text = new StringBuilder(
				wrong.size() == 1 ? "A setting is wrong:" : wrong.size() + " settings are wrong:");
		wrong.forEach(w -> text.append("\n  - ").append(w.line()));
		return text.toString();
	}

}

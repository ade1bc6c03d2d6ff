package dev.baton.bot.system;

import java.util.List;

/**
 * Settings that stop the start: each names its environment variable and property, what it
 * was set to and where, and what is expected ({@link WrongSettingsFailureAnalyzer} prints
 * them).
 */
public class WrongSettingsException extends RuntimeException {

	private final List<WrongSetting> wrong;

	WrongSettingsException(List<WrongSetting> wrong) {
		super(WrongSetting.describe(wrong));
		this.wrong = List.copyOf(wrong);
	}

	public List<WrongSetting> wrong() {
		return wrong;
	}

}

package dev.baton.bot.system;

import java.util.List;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * Says why Baton did not start when a setting is wrong: each wrong setting by its
 * environment variable and property, its value and where it came from, what is expected
 * and the default (ahead of Spring's own analysis of binding failures, which names the
 * Java type rather than what to write). Registered in {@code META-INF/spring.factories}.
 */
public class WrongSettingsFailureAnalyzer implements FailureAnalyzer, Ordered {

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		List<WrongSetting> wrong = null;
		for (Throwable t = failure; t != null && wrong == null; t = t.getCause()) {
			if (t instanceof WrongSettingsException settings) {
				wrong = settings.wrong();
			}
			else if (t instanceof BindException bind && bind.getName().toString().startsWith("baton.")) {
				wrong = SettingsCheck.wrong(bind);
			}
		}
		if (wrong == null) {
			return null;
		}
		return new FailureAnalysis("Baton did not start. " + WrongSetting.describe(wrong),
				(wrong.size() == 1 ? "Set or correct this environment variable (or the property it stands for)"
						: "Set or correct these environment variables (or the properties they stand for)")
						+ "; a setting with a default may also be unset to take it. README.md, \"Configuration\","
						+ " lists every setting.",
				failure);
	}

}

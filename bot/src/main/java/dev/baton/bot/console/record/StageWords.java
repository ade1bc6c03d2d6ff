package dev.baton.bot.console.record;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.console.PageTexts;
import org.springframework.stereotype.Component;

/**
 * A reminder or escalation line of the record page in words (templates reach it as
 * {@code @stageWords}): 1级督办 · 已发给刘志远、王明（合并了此前未单独发出的2次到期提醒）.
 */
@Component("stageWords")
public class StageWords {

	private final PageTexts texts;

	StageWords(PageTexts texts) {
		this.texts = texts;
	}

	public String say(StageLines.StageLine line) {
		String stage = line.level() > 0 ? texts.text("supervision.stage.LEVEL", Integer.toString(line.level()))
				: texts.text("supervision.stage.REMINDER");
		String outcome;
		if (line.outcome().equals("SENT") && !line.told().isEmpty()) {
			outcome = texts.text("supervision.sentTo", String.join(texts.text("supervision.nameSep"), line.told()));
		}
		else if (line.outcome().equals("SENT") && line.recipients() > 0) {
			outcome = texts.text("supervision.outcome.SENT") + " · "
					+ texts.text("supervision.recipients", Integer.toString(line.recipients()));
		}
		else {
			outcome = texts.text("supervision.outcome." + line.outcome());
		}
		String said = texts.time(line.at()) + " " + stage + " · " + outcome;
		if (!line.folds()) {
			return said;
		}
		// a kind an earlier message of the step carried on its own is named as its later
		// ones (newcomer 22, findings 4 and 16: "merged the level 1 not sent separately"
		// under a level 1 listed as sent)
		List<String> folded = new ArrayList<>();
		if (line.foldedReminders() > 0) {
			folded.add(reminders(line.foldedReminders(), line.sentBefore().contains(0)));
		}
		new java.util.TreeMap<>(line.foldedLevels()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(level -> level, java.util.stream.Collectors.counting())))
			.forEach((level, times) -> folded.add(level(level, times, line.sentBefore().contains(level))));
		String kinds = folded.size() == 1 ? folded.get(0)
				: String.join(texts.text("supervision.nameSep"), folded.subList(0, folded.size() - 1))
						+ texts.text("supervision.folded.lastSep") + folded.get(folded.size() - 1);
		return said + texts.text("supervision.folded", kinds);
	}

	private String reminders(int times, boolean sentBefore) {
		if (sentBefore) {
			return times == 1 ? texts.text("supervision.folded.REMINDER.later.one")
					: texts.text("supervision.folded.REMINDER.later.many", Integer.toString(times));
		}
		return times == 1 ? texts.text("supervision.folded.REMINDER.one")
				: texts.text("supervision.folded.REMINDER.many", Integer.toString(times));
	}

	private String level(int level, long times, boolean sentBefore) {
		if (sentBefore) {
			return times == 1 ? texts.text("supervision.folded.LEVEL.later.one", Integer.toString(level))
					: texts.text("supervision.folded.LEVEL.later.many", Integer.toString(level), Long.toString(times));
		}
		return times == 1 ? texts.text("supervision.stage.LEVEL", Integer.toString(level))
				: texts.text("supervision.folded.LEVEL.many", Integer.toString(level), Long.toString(times));
	}

}

package dev.baton.bot.escalation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The stages recorded on a step's own row ({@code waiting_step.stage_log}, V54): one line
 * per stage sent, skipped or missed, appended by the sweep in the UPDATE that claims the
 * stage and moves the step's next action, so a due step costs one row write less than an
 * {@code escalation_notice} row. A line is
 * {@code stage|level|outcome|scheduled epoch ms|fired epoch ms|recipients}.
 */
public final class StageLog {

	private static final String FIELD = "|";

	private static final String LINE = "\n";

	private StageLog() {
	}

	/** The lines that record these stages of one step. */
	static String lines(List<EscalationMapper.NoticeRow> rows, Instant firedAt) {
		StringBuilder text = new StringBuilder();
		for (EscalationMapper.NoticeRow r : rows) {
			text.append(r.stage())
				.append(FIELD)
				.append(r.level())
				.append(FIELD)
				.append(r.outcome())
				.append(FIELD)
				.append(r.scheduledAt().toEpochMilli())
				.append(FIELD)
				.append(firedAt.toEpochMilli())
				.append(FIELD)
				.append(r.recipients())
				.append(LINE);
		}
		return text.toString();
	}

	/** The keys of the stages a step's log records (sent, skipped or missed). */
	static Set<String> stages(String log) {
		Set<String> keys = new LinkedHashSet<>();
		if (log != null) {
			for (String line : log.split(LINE)) {
				if (!line.isEmpty()) {
					keys.add(line.substring(0, line.indexOf(FIELD)));
				}
			}
		}
		return keys;
	}

	/**
	 * A step's log as notices, in the order they were recorded (id 0: the row is the
	 * step's, not an {@code escalation_notice} row).
	 */
	public static List<EscalationNotice> notices(long stepId, long handoverId, String log) {
		List<EscalationNotice> notices = new ArrayList<>();
		if (log == null) {
			return notices;
		}
		for (String line : log.split(LINE)) {
			if (line.isEmpty()) {
				continue;
			}
			String[] f = line.split("\\|", -1);
			notices.add(new EscalationNotice(0, stepId, handoverId, f[0], Integer.parseInt(f[1]), f[2],
					Instant.ofEpochMilli(Long.parseLong(f[3])), Instant.ofEpochMilli(Long.parseLong(f[4])),
					Integer.parseInt(f[5])));
		}
		return notices;
	}

}

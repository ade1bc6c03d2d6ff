package dev.baton.bot.console.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.baton.bot.escalation.EscalationNotice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record page's 提醒、督办 lines as a reader follows them (newcomer 12): one line per
 * message that went out (or could not: nobody in post), saying whom it told; a stage the
 * sweep folded into that message (a reminder or a level whose time had passed) is no line
 * of its own, as if it were a send to nobody, but said on the line of the message that
 * stood for it. A folded stage with no message after it (none yet) keeps a line saying it
 * was not sent on its own.
 */
public final class StageLines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StageLines() {
	}

	/**
	 * One line: when, which stage ({@code level} 0 a reminder), its outcome (SENT,
	 * SKIPPED, or MISSED for a folded stage left alone), the names it told (empty when
	 * not known: then {@code recipients} counts them), and the stages folded into it:
	 * reminders counted, lower levels by number (once per round; an earlier round of the
	 * line's own level is that same stage, not a stage folded into it).
	 */
	public record StageLine(long stepId, Instant at, int level, String outcome, List<String> told, int recipients,
			int foldedReminders, List<Integer> foldedLevels) {

		public boolean folds() {
			return foldedReminders > 0 || !foldedLevels.isEmpty();
		}

	}

	static List<StageLine> of(List<EscalationNotice> notices, List<RecordMapper.StageRecipientRow> recipients) {
		Map<String, List<String>> told = new HashMap<>();
		for (RecordMapper.StageRecipientRow r : recipients) {
			JsonNode payload = JSON.readTree(r.payload());
			List<String> names = told.computeIfAbsent(
					payload.path("stepId").asLong() + "|" + payload.path("stage").asString(), k -> new ArrayList<>());
			if (!names.contains(r.recipientName())) {
				names.add(r.recipientName());
			}
		}
		Map<EscalationNotice, List<EscalationNotice>> folded = new LinkedHashMap<>();
		List<EscalationNotice> alone = new ArrayList<>();
		for (EscalationNotice n : notices) {
			if (!n.outcome().equals("MISSED")) {
				folded.computeIfAbsent(n, k -> new ArrayList<>());
			}
		}
		for (EscalationNotice n : notices) {
			if (n.outcome().equals("MISSED")) {
				EscalationNotice carrier = carrier(n, folded.keySet());
				if (carrier == null) {
					alone.add(n);
				}
				else {
					folded.get(carrier).add(n);
				}
			}
		}
		List<StageLine> lines = new ArrayList<>();
		folded.forEach((n,
				in) -> lines.add(new StageLine(n.stepId(), n.firedAt(), n.escLevel(), n.outcome(),
						n.outcome().equals("SENT")
								? List.copyOf(told.getOrDefault(n.stepId() + "|" + n.stage(), List.of())) : List.of(),
						n.recipients(), (int) in.stream().filter(m -> m.escLevel() == 0).count(),
						in.stream()
							.filter(m -> m.escLevel() > 0 && m.escLevel() != n.escLevel())
							.map(EscalationNotice::escLevel)
							.sorted()
							.toList())));
		alone.forEach(n -> lines
			.add(new StageLine(n.stepId(), n.firedAt(), n.escLevel(), n.outcome(), List.of(), 0, 0, List.of())));
		lines.sort(java.util.Comparator.comparing(StageLine::at));
		return lines;
	}

	/**
	 * The message a folded stage went out with: the same step's first message at or after
	 * the moment it was recorded (the sweep records both together).
	 */
	private static EscalationNotice carrier(EscalationNotice missed, java.util.Collection<EscalationNotice> sent) {
		EscalationNotice best = null;
		for (EscalationNotice s : sent) {
			if (s.stepId() == missed.stepId() && !s.firedAt().isBefore(missed.firedAt())
					&& (best == null || s.firedAt().isBefore(best.firedAt()))) {
				best = s;
			}
		}
		return best;
	}

}

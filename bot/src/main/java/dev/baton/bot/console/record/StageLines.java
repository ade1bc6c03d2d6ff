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
	 * line's own level is that same stage, not a stage folded into it), and of those
	 * kinds the ones ({@code 0} for reminders, else the level) that an earlier message of
	 * the same step and ladder had already carried on its own ({@code sentBefore}): the
	 * stages folded are later ones of that kind, and the line must not say the kind was
	 * never sent (newcomer 22, findings 4 and 16).
	 */
	public record StageLine(long stepId, Instant at, int level, String outcome, List<String> told, int recipients,
			int foldedReminders, List<Integer> foldedLevels, java.util.Set<Integer> sentBefore) {

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
							.toList(),
						sentBefore(n, in, folded.keySet()))));
		alone.forEach(n -> lines.add(new StageLine(n.stepId(), n.firedAt(), n.escLevel(), n.outcome(), List.of(), 0, 0,
				List.of(), java.util.Set.of())));
		lines.sort(java.util.Comparator.comparing(StageLine::at));
		return lines;
	}

	/**
	 * The kinds of the stages folded into {@code carrier} (0: reminders, else the level)
	 * that a message of the same step and the same ladder (a 延期 starts a new one, its
	 * stages keyed {@code E<n>.}) had carried to someone on its own before: read from the
	 * recorded outcomes, SENT only (a stage skipped for want of anyone in post told
	 * nobody).
	 */
	private static java.util.Set<Integer> sentBefore(EscalationNotice carrier, List<EscalationNotice> in,
			java.util.Collection<EscalationNotice> lines) {
		java.util.Set<Integer> kinds = new java.util.TreeSet<>();
		for (EscalationNotice m : in) {
			for (EscalationNotice s : lines) {
				if (s.stepId() == carrier.stepId() && s.outcome().equals("SENT") && s.escLevel() == m.escLevel()
						&& s.firedAt().isBefore(carrier.firedAt()) && ladder(s.stage()).equals(ladder(m.stage()))) {
					kinds.add(m.escLevel());
				}
			}
		}
		return kinds;
	}

	/** The ladder a stage key belongs to: its {@code E<n>.} prefix, "" before any 延期. */
	static String ladder(String stage) {
		int dot = stage.indexOf('.');
		return stage.startsWith("E") && dot > 0 ? stage.substring(0, dot + 1) : "";
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

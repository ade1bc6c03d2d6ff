package dev.baton.bot.discipline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.Progress;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.policy.WaitingStepKind;
import org.springframework.stereotype.Component;

/**
 * 久拖不交 and 交后不理 come with time (#15): the due-step sweep hands over the steps it meets
 * overdue, and the first overdue step of each kind raises its flag, noted with its reason
 * (which step, due when, overdue since) and told to the person concerned and the
 * organizer once ({@link FlagNotices#raisedByTime}). The flags a batch's handovers have
 * already are read in one query; a handover is read only when a flag is raised on it.
 */
@Component
public class TimeFlags {

	private final FlagNotices notices;

	private final FlagReasons reasons;

	private final HandoverRecords records;

	private final FollowUpService followUps;

	TimeFlags(FlagNotices notices, FlagReasons reasons, HandoverRecords records, FollowUpService followUps) {
		this.notices = notices;
		this.reasons = reasons;
		this.records = records;
		this.followUps = followUps;
	}

	/**
	 * An open step past its due day, and the people the sweep's escalation of it tells
	 * now (none when it sends nothing for it now).
	 */
	public record Overdue(long stepId, long handoverId, WaitingStepKind kind, String subject, LocalDate dueOn,
			java.util.Collection<Long> escalated) {
	}

	/** The flag an overdue step of this kind raises, or null. */
	public static DisciplineFlag flagOf(WaitingStepKind kind) {
		return switch (kind) {
			case NOTICE_RECEIPT, CHECKLIST -> DisciplineFlag.OVERDUE_HANDOVER;
			case PLAN, FOLLOW_UP_STEP -> DisciplineFlag.NEGLECT_AFTER_HANDOVER;
			default -> null;
		};
	}

	/**
	 * Raises the flags these overdue steps earn and their handovers do not have yet: by
	 * the id of the step that raised each, what its escalation now carries for those it
	 * tells ({@link FlagNotices#raisedByTime}).
	 */
	public Map<Long, FlagNotices.Fold> raise(List<Overdue> steps) {
		Map<String, Overdue> first = new LinkedHashMap<>();
		for (Overdue s : steps) {
			DisciplineFlag flag = flagOf(s.kind());
			if (flag != null) {
				first.merge(s.handoverId() + ":" + flag, s, (a, b) -> b.dueOn().isBefore(a.dueOn()) ? b : a);
			}
		}
		Map<Long, FlagNotices.Fold> raised = new LinkedHashMap<>();
		if (first.isEmpty()) {
			return raised;
		}
		Set<String> had = new HashSet<>();
		notices.of(first.values().stream().map(Overdue::handoverId).distinct().toList())
			.forEach(f -> had.add(f.handoverId() + ":" + f.flag()));
		for (Map.Entry<String, Overdue> e : first.entrySet()) {
			if (had.contains(e.getKey())) {
				continue;
			}
			Overdue s = e.getValue();
			FlagReason reason = reasons.overdue(s.kind(), aboutZh(s.subject()), aboutEn(s.subject()), s.dueOn());
			raised.put(s.stepId(), notices.raisedByTime(records.find(s.handoverId()), flagOf(s.kind()), reason,
					s.subject(), lastProgress(s), s.escalated()));
		}
		return raised;
	}

	/**
	 * For an overdue plan step, what its successor last reported on it (newcomer 21 #21:
	 * the notice read as if nothing had been done): its words and day, "none" where
	 * nothing was reported; null for any other step, whose notice says no such thing.
	 */
	private FlagReason lastProgress(Overdue s) {
		if (s.kind() != WaitingStepKind.FOLLOW_UP_STEP) {
			return null;
		}
		Set<Long> stepIds = new HashSet<>();
		for (FollowUpStep step : followUps.steps(s.handoverId())) {
			if (step.label().equals(s.subject())) {
				stepIds.add(step.id());
			}
		}
		Progress last = null;
		for (Progress p : followUps.progress(s.handoverId())) {
			if (stepIds.contains(p.stepId())) {
				last = p;
			}
		}
		return reasons.lastProgress(last == null ? null : last.note(), last == null ? null : last.reportedAt());
	}

	/** 第3项, 步骤1.2, or nothing. */
	static String aboutZh(String subject) {
		if (subject == null || subject.isBlank()) {
			return "";
		}
		if (subject.matches("item:\\d+")) {
			return "第" + subject.substring(5) + "项";
		}
		return subject.matches("\\d+\\.\\d+") ? "步骤" + subject : "";
	}

	static String aboutEn(String subject) {
		if (subject == null || subject.isBlank()) {
			return "";
		}
		if (subject.matches("item:\\d+")) {
			return "item " + subject.substring(5);
		}
		return subject.matches("\\d+\\.\\d+") ? "step " + subject : "";
	}

}

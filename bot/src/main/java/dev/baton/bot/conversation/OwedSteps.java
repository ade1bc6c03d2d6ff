package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Subject;
import dev.baton.bot.conversation.grammar.Intent;
import dev.baton.bot.directory.Department;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenStep;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.policy.Policies;
import org.springframework.stereotype.Component;

/**
 * The open steps a person owes, across every running handover they take part in (their
 * own as a party, their department's review or ruling, their signature), by the same
 * rules as 我的待办 ({@link StepActors}): which handover a message that acts ("通过", "确认 3",
 * "签收", "裁定 4 …") is about when the one in focus has nothing of the kind waiting on them
 * (#12, newcomer 10, item 12).
 */
@Component
class OwedSteps {

	/**
	 * How many open steps are read at most (a person owes a handful; 我的待办 reads as many).
	 */
	private static final int READ = 500;

	private final HandoverService handovers;

	private final StepActors stepActors;

	private final Policies policies;

	OwedSteps(HandoverService handovers, StepActors stepActors, Policies policies) {
		this.handovers = handovers;
		this.stepActors = stepActors;
		this.policies = policies;
	}

	/**
	 * The kinds of step a message of this intent acts on (a reviewer's 没问题 is read as an
	 * approval, a successor's as a confirmation, so the words' intent takes both); empty
	 * for a message that acts on no step (帮助, 进度, 清单…).
	 */
	static Set<WaitingStepKind> actsOn(Intent intent) {
		return switch (intent) {
			case APPROVE, CONFIRM, CONFIRM_ALL, DISPUTE ->
				EnumSet.of(WaitingStepKind.REVIEW, WaitingStepKind.CONFIRMATION);
			case RETURN -> EnumSet.of(WaitingStepKind.REVIEW);
			case RULE -> EnumSet.of(WaitingStepKind.RULING);
			case SIGN -> EnumSet.of(WaitingStepKind.SIGNING);
			case ACKNOWLEDGE -> EnumSet.of(WaitingStepKind.NOTICE_RECEIPT);
			case SUBMIT, NONE_IN_SECTION -> EnumSet.of(WaitingStepKind.CHECKLIST);
			case PLAN -> EnumSet.of(WaitingStepKind.PLAN);
			case PROGRESS -> EnumSet.of(WaitingStepKind.FOLLOW_UP_STEP);
			default -> EnumSet.noneOf(WaitingStepKind.class);
		};
	}

	/**
	 * The open steps the actor owes, by handover (soonest due first, and the handovers in
	 * that order).
	 */
	Map<Long, List<OpenStep>> of(Actor actor) {
		Map<Long, List<OpenStep>> owed = new LinkedHashMap<>();
		if (actor.isSystem()) {
			return owed;
		}
		for (OpenStep s : handovers.openStepsFor(actor, READ)) {
			Subject subject = new Subject(s.unitPath(), s.departingId(), s.successorId());
			Department ruler = s.rulingPolicy() == null ? null : policies.parse(s.rulingPolicy()).disputeRuler();
			if (stepActors.acts(actor, s.kind(), s.subject(), subject, ruler)) {
				owed.computeIfAbsent(s.handoverId(), id -> new ArrayList<>()).add(s);
			}
		}
		return owed;
	}

	/**
	 * Of {@code owed}, the handovers with a step of one of these kinds, in the order of
	 * {@code owed}.
	 */
	static List<Long> with(Map<Long, List<OpenStep>> owed, Set<WaitingStepKind> kinds) {
		return owed.entrySet()
			.stream()
			.filter(e -> e.getValue().stream().anyMatch(s -> kinds.contains(s.kind())))
			.map(Map.Entry::getKey)
			.toList();
	}

}

package dev.baton.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.baton.bot.conversation.grammar.Command;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.review.ReviewService;

/**
 * The four departments review (通过 / 退回 with comments, per item as "第2项 请附对账单；第3项 …"), and the ruling
 * department rules on disputes (裁定 2 维持 / 裁定 2 更正 余额为…). A reviewer acts for the department they hold over
 * the unit; refusals name who may act.
 */
class ReviewFlow {

	private final ReviewService review;

	private final ConfirmationService confirmation;

	private final HandoverRecords records;

	ReviewFlow(ReviewService review, ConfirmationService confirmation, HandoverRecords records) {
		this.review = review;
		this.confirmation = confirmation;
		this.records = records;
	}

	Answer approve(Turn turn, String comment) {
		Department department = department(turn);
		review.approve(turn.actor(), turn.handover().id(), department, comment, Map.of());
		return turn.say("conv.review.approved", department(turn.texts(), department));
	}

	Answer returnChecklist(Turn turn, Integer number, String comment) {
		if ((comment == null || comment.isBlank())) {
			return turn.say(turn.dialog().asking(DialogState.Pending.RETURN_COMMENT, number), "conv.review.askComment");
		}
		Department department = department(turn);
		ReturnComments said = ReturnComments.of(number, comment);
		review.returnChecklist(turn.actor(), turn.handover().id(), department, said.general(), said.items());
		return turn.say(turn.dialog().answered(), "conv.review.returned", department(turn.texts(), department));
	}

	Answer rule(Turn turn, Command command) {
		Integer seq = command.number() != null ? command.number() : turn.dialog().item();
		if (seq == null || command.ruling() == null) {
			return turn.say("conv.rule.how");
		}
		if (command.ruling() == Ruling.CORRECTED && !command.hasText()) {
			return turn.say(turn.dialog().asking(DialogState.Pending.CORRECTION_NOTE, seq), "conv.rule.askNote", seq);
		}
		return ruled(turn, seq, command.ruling(), command.text(), command.amount());
	}

	Answer ruled(Turn turn, int seq, Ruling ruling, String note, java.math.BigDecimal amount) {
		confirmation.rule(turn.actor(), turn.handover().id(), seq, ruling, note, amount);
		return turn.say(turn.dialog().answered(), "conv.rule.done", seq, turn.texts().get("label." + ruling.name()));
	}

	/**
	 * The department the actor reviews for here: among the policy's reviewers, one they hold over the unit (the first
	 * still to decide if they hold several); if none, the refusal comes from the domain for the first department.
	 */
	private Department department(Turn turn) {
		Handover h = turn.handover();
		HandoverPolicy policy = records.policy(h);
		List<Department> held = policy.reviewers()
			.stream()
			.filter(d -> turn.actor().holds(Role.REVIEWER, d, h.unitPath()))
			.toList();
		Optional<Department> open = held.stream()
			.filter(d -> records.steps(h.id())
				.stream()
				.anyMatch(s -> s.open() && s.subject().equals(d.name())))
			.findFirst();
		return open.orElse(held.isEmpty() ? policy.reviewers().get(0) : held.get(0));
	}

	private static String department(Texts texts, Department d) {
		return texts.english() ? d.en() : d.zh();
	}

}

package dev.baton.bot.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Department;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.access.SignerRole;
import tools.jackson.databind.JsonNode;

/**
 * One handover in full: its summary, the policy it runs under, the checklist with
 * evidence, the joint review, the disputes and rulings, the signatures, the follow-up
 * plan and progress, every waiting step and the audit history. Amounts are JSON strings
 * ("1234567.89") so no client rounds them through a floating-point number.
 */
public record HandoverView(@JsonUnwrapped HandoverSummary summary, Instant openedAt, Instant acknowledgedAt,
		Instant submittedAt, Instant archivedAt, String archiveSha256, Instant closedAt, Instant cancelledAt,
		String cancelReason, HandoverPolicy policy, List<SectionView> sections, List<ReviewView> reviews,
		List<DisputeView> disputes, List<SignatureView> signatures, List<FollowUpView> followUp,
		List<StepView> waitingSteps, List<HistoryRow> history, List<WithdrawnItemView> withdrawnItems) {

	public record SectionView(String code, int position, String titleZh, String titleEn, boolean economic,
			boolean declaredEmpty, List<ItemView> items) {
	}

	/**
	 * An item of the checklist. {@code status} is null while nobody has said it;
	 * {@code quantity} (an exact decimal string, like amounts) with {@code quantityUnit}
	 * is a quantity that is not money, {@code quantityText} the way people read it
	 * ("29.22万亩"); {@code supplements} are the words added to it (第4项补充：…).
	 * {@code doneOn} is when a finished item was done, ISO 8601: a day ("2026-04-30") or,
	 * when only the month was said, the month ("2026-04", no day made up); null when not
	 * said. {@code said} is the item as the departing official said it, where it differs
	 * from the title.
	 */
	public record ItemView(int seq, String title, String details, ItemStatus status, String amount, String currency,
			String counterparty, LocalDate deadline, String responsible, boolean unfinished, Confirmation confirmation,
			List<EvidenceView> evidence, Instant updatedAt, String quantity, String quantityUnit, String quantityText,
			List<SupplementView> supplements, String doneOn, String said, List<CorrectedView> corrected) {
	}

	/**
	 * A change of an item's value since it was first recorded (#12, newcomer 16, finding
	 * 3; newcomer 20a, finding 15), in the order made: {@code by} DEPARTING (the
	 * departing official's own correction, from the value first recorded to the last one
	 * stated) or the ruling department (AUDIT: its ruling on a dispute, from the value
	 * stated to the one ruled); {@code field} AMOUNT ("456000.00 CNY"), QUANTITY ("8 条"),
	 * DEADLINE ("2027-03-31"), DONE_ON ("2026-09", "2026-09-30") or STATUS (an
	 * {@link ItemStatus} name, the departing official's only); {@code was} or {@code now}
	 * null when there was none.
	 */
	public record CorrectedView(String field, String by, String was, String now) {
	}

	/**
	 * Words added to an item; {@code answerTo} the reviewers' questions asked without a
	 * return (只提问) they answer, empty for words that answer none (newcomer 25, finding
	 * 11: an answer read as an ordinary supplement).
	 */
	public record SupplementView(int round, String body, long addedBy, Instant addedAt, List<QuestionView> answerTo) {
	}

	/**
	 * A question asked without a return, as an answer names it: the round, the
	 * department, who asked, the words and when.
	 */
	public record QuestionView(int round, Department department, long askedBy, String body, Instant askedAt) {
	}

	/**
	 * An item deleted ({@code DELETED}) or undone ({@code UNDONE}) while drafting: no
	 * part of the checklist.
	 */
	public record WithdrawnItemView(int seq, String title, String how, Instant withdrawnAt) {
	}

	public record EvidenceView(String kind, String reference, String label, long addedBy, Instant addedAt) {
	}

	/**
	 * One department in one round of the joint review: its verdict ({@code decision}
	 * APPROVED or RETURNED), or, for a department that only asked questions without a
	 * return in a round it did not decide (another returned first, or the round is still
	 * open; newcomer 25, finding 11), {@code decision}, {@code comment} and
	 * {@code decidedAt} null and {@code reviewerId} who asked.
	 */
	public record ReviewView(int round, Department department, long reviewerId, String decision, String comment,
			Instant decidedAt, List<CommentView> comments) {
	}

	/**
	 * A reviewer's comment, once, with every item it names ({@code itemSeqs}; #12,
	 * newcomer 11); {@code itemSeq} is the first of them. {@code kind} is
	 * {@code QUESTION} for a question asked without a return (只提问, V61; null for a
	 * comment), and {@code answers} the departing official's answers to it: the first
	 * words added to each item it names in its round after it was asked (empty while
	 * unanswered, and for a comment; newcomer 21, finding 7).
	 */
	public record CommentView(int itemSeq, long authorId, String body, Instant createdAt, List<Integer> itemSeqs,
			String kind, List<SupplementView> answers) {

		public boolean question() {
			return dev.baton.bot.review.ReviewComment.QUESTION.equals(kind);
		}

	}

	/**
	 * A dispute and its ruling, as the 交接书 shows it (#12, newcomer 11, finding 2):
	 * {@code field} is what is in dispute ({@code AMOUNT}, {@code QUANTITY},
	 * {@code DEADLINE}; null when neither the ruling nor the claim says and the item
	 * holds more than one), {@code original} the departing side's value of that field
	 * (its statement, kept when a ruling corrected it), {@code reason} the successor's
	 * claim in their words, {@code ruling} {@code UPHELD} or {@code CORRECTED} (null
	 * while it waits) and {@code corrected} the value the ruling wrote (null unless it
	 * wrote one); {@code correctedAmount} is the corrected amount alone, as before.
	 */
	public record DisputeView(int itemSeq, String reason, long raisedBy, Instant raisedAt, String ruling,
			String rulingNote, String correctedAmount, Long ruledBy, Instant ruledAt, String itemTitle, String field,
			DisputeValue original, DisputeValue corrected) {
	}

	/**
	 * A value in dispute, one of: an {@code amount} (an exact decimal string in yuan, or
	 * in {@code currency} when that is not CNY), a {@code quantity} (exact decimal
	 * string) with its {@code quantityUnit}, or a {@code date} (ISO 8601, null when the
	 * departing side stated no deadline); {@code text} as the 交接书 writes it
	 * ("1,280,000.00元", "2.3万亩", "期限：2027年6月30日", "期限：未写明").
	 */
	public record DisputeValue(String amount, String currency, String quantity, String quantityUnit, LocalDate date,
			String text) {
	}

	public record SignatureView(SignerRole role, long officialId, Instant signedAt) {
	}

	public record FollowUpView(long stepId, int itemSeq, int seq, String description, LocalDate dueOn,
			Instant completedAt, List<ProgressView> progress) {
	}

	/**
	 * A report on a step; one taken back ({@code withdrawnAt} set) is history only, never
	 * the step's state.
	 */
	public record ProgressView(String note, String evidence, boolean completes, long reportedBy, Instant reportedAt,
			Instant withdrawnAt) {
	}

	public record StepView(WaitingStepKind kind, String subject, int round, LocalDate startedOn, LocalDate dueOn,
			Instant doneAt, boolean overdue) {
	}

	/** An audit row of the handover; {@code detail} is the JSON the row holds. */
	public record HistoryRow(long seq, String action, Long actorId, JsonNode detail, Instant createdAt) {
	}

}

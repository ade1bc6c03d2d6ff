package dev.baton.bot.console.record;

import dev.baton.bot.delivery.DeliveryStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.baton.bot.console.PageTexts;
import dev.baton.bot.console.dashboard.Grade;
import dev.baton.bot.console.urge.Urge;
import dev.baton.bot.documents.DocumentFormat;
import dev.baton.bot.escalation.EscalationNotice;
import dev.baton.bot.handover.DeadlineExtensions.Deadline;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.web.HandoverView;

/**
 * One handover's whole record for the console: the record as the API gives it
 * ({@link HandoverView}: items by section with evidence, comments, disputes and rulings,
 * reviews, signatures, follow-up, steps, audit history), its open steps graded with who
 * owes them, every notice with its delivery state, the escalation stages and urges, the
 * documents to download, the names of everyone the record mentions, and what the reader
 * may do now; {@code stages}: the reminders and escalations as the page says them (a
 * folded stage on the line of the message that stood for it, whom each told).
 */
public record RecordView(HandoverView record, Grade grade, List<OpenStep> open, List<Notice> notices,
		List<EscalationNotice> escalations, List<Urge> urges, List<DocumentFormat> documents, Map<Long, String> names,
		Actions actions, Instant now, List<StageLines.StageLine> stages) {

	/** What a follow-up step (its label, 3.2) is to do, as planned ("" if not found). */
	public String planStepText(String label) {
		if (record.followUp() == null || label == null) {
			return "";
		}
		return record.followUp()
			.stream()
			.filter(f -> (f.itemSeq() + "." + f.seq()).equals(label))
			.map(f -> f.description())
			.findFirst()
			.orElse("");
	}

	/**
	 * A deadline 延期 would move, as the 延期 block names it: a plan step by its number and
	 * its item (推进计划步骤6.2（第6项 市委巡察反馈问题整改）), any other as {@link PageTexts#step} names it
	 * (联合审核（财政部门）, newcomer 22, finding 10).
	 */
	public String deadlineName(Deadline d, PageTexts texts) {
		if (d.kind() != WaitingStepKind.FOLLOW_UP_STEP || d.subject() == null) {
			return texts.step(d.kind(), d.subject());
		}
		String item = d.subject().contains(".") ? d.subject().substring(0, d.subject().indexOf('.')) : d.subject();
		String title = record.sections()
			.stream()
			.flatMap(s -> s.items().stream())
			.filter(i -> String.valueOf(i.seq()).equals(item))
			.map(i -> i.title())
			.findFirst()
			.orElse("");
		return texts.heading(texts.text("supervision.extend.planStep", d.subject(), item, title).strip());
	}

	/**
	 * The 提醒、督办与催办 lines in the order they happened: the reminders and escalations and
	 * the urges merged by time (newcomer 21, finding 9: every urge came after them all),
	 * a stage before an urge of the same moment.
	 */
	public List<SupervisionRow> supervisionRows() {
		List<SupervisionRow> rows = new java.util.ArrayList<>();
		stages.forEach(s -> rows.add(new SupervisionRow(s.at(), s, null)));
		urges.forEach(u -> rows.add(new SupervisionRow(u.urgedAt(), null, u)));
		rows.sort(java.util.Comparator.comparing(SupervisionRow::at)
			.thenComparing(r -> r.stage() == null)
			.thenComparing(r -> r.urge() == null ? 0L : r.urge().id()));
		return rows;
	}

	/** A reminder or escalation line, or an urge. */
	public record SupervisionRow(Instant at, StageLines.StageLine stage, Urge urge) {
	}

	/** Whether the reader is the only one who owes the step (no urging oneself). */
	public static boolean ownedOnlyBy(OpenStep step, Long officialId) {
		return officialId != null && !step.owners().isEmpty()
				&& step.owners().stream().allMatch(p -> p.id() == officialId);
	}

	/** The name of an official the record mentions ("#id" if unknown). */
	public String name(Long id) {
		return id == null ? "" : names.getOrDefault(id, "#" + id);
	}

	/**
	 * An open step: grade, days left or late, who owes it now, when it was last urged and
	 * when it may be urged again (null: now), and the years from today to its due day
	 * whose holiday notice is not loaded ("2027"; null when all are), so its working days
	 * are counted Monday to Friday (newcomer 20b: said as chat says it).
	 */
	public record OpenStep(long stepId, WaitingStepKind kind, String subject, int round, LocalDate dueOn, Grade grade,
			int workingDaysLeft, int workingDaysLate, boolean returned, List<Person> owners, Instant lastUrgedAt,
			Instant urgeAgainAt, String uncheckedYears) {
	}

	public record Person(long id, String name) {
	}

	/**
	 * A notice (an outbox row) to one official or to the groups of one unit, and where it
	 * stands: {@code status} of the row (PENDING, EXPANDED, NO_ACCOUNT, NO_GROUP) and
	 * each delivery to a chat account or group.
	 */
	public record Notice(long id, OutboxEvent event, Long recipientId, String recipientName, Long groupUnitId,
			String groupUnitName, boolean confidential, String status, String lastError, Instant createdAt,
			List<Delivery> deliveries) {

		/**
		 * Where it stands for the person (or the groups) as one word: SENT once any of
		 * its deliveries went, whatever happened on the other channels (each delivery
		 * says that for itself); else WAITING while one may still go, DEAD if one could
		 * not and DISCARDED when all were given up; NO_ACCOUNT, NO_GROUP or DISCARDED for
		 * a notice that found nowhere to go (newcomer 20b: 12).
		 */
		@JsonProperty("state")
		public String state() {
			if (status.equals("NO_ACCOUNT") || status.equals("NO_GROUP") || status.equals("DISCARDED")) {
				return status;
			}
			if (deliveries.isEmpty()) {
				return "WAITING";
			}
			List<DeliveryStatus> each = deliveries.stream().map(d -> DeliveryStatus.valueOf(d.status())).toList();
			if (each.contains(DeliveryStatus.SENT)) {
				return "SENT";
			}
			if (each.stream().anyMatch(DeliveryStatus::underway)) {
				return "WAITING";
			}
			return each.contains(DeliveryStatus.DEAD) ? "DEAD" : "DISCARDED";
		}

	}

	public record Delivery(long id, String platform, String targetKind, String account, String status, int attempts,
			Instant sentAt, String lastError) {
	}

	/**
	 * What the reader may do on this handover now: each as the service would allow it
	 * (who and state; the service checks again when it is done). {@code deadlines}: the
	 * open steps' due days, each kind and day once; {@code steps}: every open step 延期 may
	 * move on its own; {@code stage}: whether the stage's steps may be moved together
	 * (the checklist, the reviews, the confirmation, the signatures).
	 */
	public record Actions(boolean cancel, boolean changeSuccessor, boolean extend, List<Deadline> deadlines,
			boolean urge, boolean publish, List<Deadline> steps, boolean stage) {

		@JsonProperty("any")
		public boolean any() {
			return cancel || changeSuccessor || extend || urge || publish;
		}

	}

}

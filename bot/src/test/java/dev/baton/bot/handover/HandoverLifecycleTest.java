package dev.baton.bot.handover;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.audit.AuditVerifier;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Confirmation;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.discipline.DisciplineFlag;
import dev.baton.bot.discipline.DisciplineFlags;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.signoff.SignOutcome;
import dev.baton.bot.signoff.SignoffService;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.TimeSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each shipped seed policy through a whole handover on real MariaDB: open → draft →
 * returned → resubmitted → approved by all → confirmed with a dispute → audit ruling →
 * signed → archived → follow-up → closed, asserting every state, every outbox row and
 * every audit row on the way.
 */
@DomainContext
class HandoverLifecycleTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	WaitingSteps waitingSteps;

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService review;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	Disputes disputes;

	@Autowired
	SignoffService signoff;

	@Autowired
	FollowUpService followUp;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLog audit;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	Policies policies;

	@Autowired
	MutableClock clock;

	@Autowired
	TimeSource time;

	@Autowired
	JsonMapper json;

	@Autowired
	dev.baton.bot.delivery.NotificationRenderer renderer;

	private TestOrg org;

	private long handoverId;

	private int outboxSeen;

	private int auditSeen;

	/**
	 * Seed policy → the checklist deadline for a notice on Monday 2026-11-23 (Mon–Fri
	 * calendar).
	 */
	static Stream<Arguments> seedPolicies() {
		return Stream.of(Arguments.of("default", LocalDate.of(2026, 12, 7)), // 10 working
																				// days
				Arguments.of("shizuishan", LocalDate.of(2026, 12, 3)), // 10 calendar days
				Arguments.of("putian", LocalDate.of(2026, 12, 7)), // 10 working days
				Arguments.of("wuyishan", LocalDate.of(2026, 12, 7)), // 10 working days
				Arguments.of("jingxian", LocalDate.of(2026, 12, 2)), // 7 working days
				Arguments.of("essay", LocalDate.of(2026, 12, 8))); // 15 calendar days
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seedPolicies")
	void wholeLife(String policyCode, LocalDate checklistDue) {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, policyCode);
		outboxSeen = 0;
		auditSeen = 0;
		HandoverPolicy policy = policies.byCode(policyCode);

		// ---- open: the notice goes to both parties, the organizer and every reviewer
		Handover opened = handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		handoverId = opened.id();
		assertState(HandoverState.NOTIFIED);
		assertThat(opened.checklistDue()).isEqualTo(checklistDue);
		assertThat(opened.policyCode()).isEqualTo(policyCode);
		assertThat(newAudit()).containsExactly("HANDOVER_OPENED");
		assertThat(newOutbox())
			.containsExactlyInAnyOrder(to("NOTICE_ISSUED", org.departing, org.successor, org.organizer,
					org.organizationReviewer, org.disciplineReviewer, org.financeReviewer, org.auditReviewer));
		assertThat(openSteps()).containsExactlyInAnyOrder("NOTICE_RECEIPT", "CHECKLIST");
		// 签收 and filling in are the departing official's part: said to him; the others
		// read it as his, for their information (newcomer 24, finding 8)
		assertThat(noticeTo(OutboxEvent.NOTICE_ISSUED, org.departing)).contains("请离任同志于")
			.contains("引导您逐项填写清单")
			.doesNotContain("您现在无需办理");
		for (long other : List.of(org.successor, org.organizer, org.auditReviewer)) {
			assertThat(noticeTo(OutboxEvent.NOTICE_ISSUED, other)).startsWith("【离任交接通知书】")
				.contains("交接清单须于" + checklistDue + "前提交")
				.contains("离任同志须于")
				.contains("引导其逐项填写清单")
				.contains("您现在无需办理")
				.doesNotContain("引导您");
		}

		// ---- 签收
		handovers.acknowledge(org.actor(org.departing), handoverId);
		assertState(HandoverState.DRAFTING);
		assertThat(newAudit()).containsExactly("NOTICE_ACKNOWLEDGED", "STATE_CHANGED→DRAFTING");
		assertThat(newOutbox()).isEmpty();
		assertThat(openSteps()).containsExactly("CHECKLIST");

		// ---- draft: one unfinished work item, one money item, every other section
		// declared empty
		List<Section> sections = checklists.sections(handoverId);
		Section work = sections.stream().filter(s -> !s.economic()).findFirst().orElseThrow();
		Section money = sections.stream().filter(Section::economic).findFirst().orElseThrow();
		var departing = org.actor(org.departing);
		checklist.addItem(departing, handoverId, work.code(), new ItemDraft("2个在建项目：统计大数据平台二期", "进度60%，尚有两笔工程款待结算",
				ItemStatus.IN_PROGRESS, null, null, "某信息技术有限公司", LocalDate.of(2027, 3, 31), "陈离任", null));
		checklist.addItem(departing, handoverId, money.code(), new ItemDraft("银行账户余额", "基本户", ItemStatus.DONE,
				new BigDecimal("1234567.89"), "CNY", "某银行", null, "财务科", false));
		assertThatThrownBy(() -> checklist.submit(departing, handoverId)).isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "checklist.sectionsUnfilled");
		assertState(HandoverState.DRAFTING);
		for (Section s : sections) {
			if (s.id() != work.id() && s.id() != money.id()) {
				checklist.declareSectionEmpty(departing, handoverId, s.code());
			}
		}
		List<String> drafting = new ArrayList<>(List.of("ITEM_ADDED", "ITEM_ADDED"));
		for (int i = 0; i < sections.size() - 2; i++) {
			drafting.add("SECTION_DECLARED_EMPTY");
		}
		assertThat(newAudit()).containsExactlyElementsOf(drafting);

		// ---- submit: every reviewing department is asked
		checklist.submit(departing, handoverId);
		assertState(HandoverState.IN_REVIEW);
		assertThat(newAudit()).containsExactly("STATE_CHANGED→IN_REVIEW", "CHECKLIST_SUBMITTED");
		assertThat(newOutbox())
			.containsExactlyInAnyOrder(concat(to("REVIEW_REQUESTED", org.organizationReviewer, org.disciplineReviewer,
					org.financeReviewer, org.auditReviewer), to("CHECKLIST_SUBMITTED", org.organizer, org.successor)));
		assertThat(openSteps()).containsExactlyInAnyOrder("REVIEW:ORGANIZATION", "REVIEW:DISCIPLINE", "REVIEW:FINANCE",
				"REVIEW:AUDIT");

		// ---- finance approves, audit returns it with a comment on item 2
		clock.advance(Duration.ofDays(1));
		review.approve(org.actor(org.financeReviewer), handoverId, Department.FINANCE, "无意见", Map.of());
		review.returnChecklist(org.actor(org.auditReviewer), handoverId, Department.AUDIT, "请补充账户余额依据",
				Map.of(2, "请附银行对账单"));
		assertState(HandoverState.DRAFTING);
		assertThat(newAudit()).containsExactly("REVIEW_APPROVED", "REVIEW_RETURNED", "STATE_CHANGED→DRAFTING");
		// the departing official and the organizer learn why; the other departments that
		// the round is over
		// the first return raises 交接不清: the supervisor over the unit is told, 1:1 (#13,
		// newcomer 4: 22)
		assertThat(newOutbox()).containsExactlyInAnyOrder(concat(
				concat(to("CHECKLIST_RETURNED", org.departing, org.organizer), to("REVIEW_ROUND_ENDED",
						org.organizationReviewer, org.disciplineReviewer, org.financeReviewer)),
				to("DISCIPLINE_FLAG", org.supervisor)));
		assertThat(flagNotice()).startsWith("【纪律提示：交接不清】市统计局陈离任同志的交接清单（第1轮）被审计部门退回修改，按规定记“交接不清”。");
		// the departing official and the organizer are told too (#15, docs4): in the
		// return's
		// own notice, one message for the one event (newcomer 20a, finding 18)
		for (long told : List.of(org.departing, org.organizer)) {
			assertThat(noticeTo(OutboxEvent.CHECKLIST_RETURNED, told)).startsWith("【交接清单被退回】")
				.contains("请附银行对账单", "请补充账户余额依据", "重新送审")
				.contains("【纪律提示：交接不清】这次退回于2026年11月24日记“交接不清”（交接编号" + handoverId + "）")
				.contains("作为干部监督管理、选拔任用、经济责任审计和年度考核的重要参考");
		}
		assertThat(openSteps()).containsExactly("CHECKLIST");
		// how to amend is the departing official's; the organizer reads who returned
		// what,
		// by when it comes back, and what he may do if it does not (newcomer 24, finding
		// 8)
		LocalDate resubmitBy = waitingSteps.steps(handoverId)
			.stream()
			.filter(s -> s.open() && s.kind() == WaitingStepKind.CHECKLIST)
			.findFirst()
			.orElseThrow()
			.dueOn();
		assertThat(noticeTo(OutboxEvent.CHECKLIST_RETURNED, org.departing)).contains("请离任干部按意见修改：")
			.contains("第N项补充")
			.doesNotContain("您现在无需办理");
		assertThat(noticeTo(OutboxEvent.CHECKLIST_RETURNED, org.organizer)).contains("被审计部门退回")
			.contains("已请离任干部按意见修改，于" + resubmitBy + "前重新送审")
			.contains("您现在无需办理")
			.contains("“催办”或“延期”")
			.doesNotContain("请离任干部按意见修改：")
			.doesNotContain("第N项补充")
			.doesNotContain("回复“重新送审”");

		// ---- corrected and resubmitted: a new round in which every department reviews
		// again
		checklist.editItem(departing, handoverId, 2, ItemDraft.titled(null).withAmount(new BigDecimal("1234567.90")));
		checklist.addEvidence(departing, handoverId, 2, "LINK", "https://files.example.gov.cn/statement-2026-11.pdf",
				"银行对账单");
		checklist.submit(departing, handoverId);
		assertState(HandoverState.IN_REVIEW);
		assertThat(records.find(handoverId).reviewRound()).isEqualTo(2);
		assertThat(newAudit()).containsExactly("ITEM_EDITED", "EVIDENCE_ADDED", "STATE_CHANGED→IN_REVIEW",
				"CHECKLIST_SUBMITTED");
		assertThat(newOutbox())
			.containsExactlyInAnyOrder(concat(to("REVIEW_REQUESTED", org.organizationReviewer, org.disciplineReviewer,
					org.financeReviewer, org.auditReviewer), to("CHECKLIST_SUBMITTED", org.organizer, org.successor)));

		// ---- all four approve: confirmation; an approval without a comment has none,
		// never "" (#13, newcomer 4: 23)
		for (Department d : policy.reviewers()) {
			review.approve(org.actor(org.reviewer(d)), handoverId, d, d == Department.FINANCE ? "" : null, Map.of());
		}
		assertThat(review.decisions(handoverId)).filteredOn(r -> r.round() == 2)
			.extracting(r -> r.comment())
			.containsOnlyNulls();
		assertState(HandoverState.CONFIRMING);
		assertThat(newAudit()).containsExactly("REVIEW_APPROVED", "REVIEW_APPROVED", "REVIEW_APPROVED",
				"REVIEW_APPROVED", "STATE_CHANGED→CONFIRMING");
		// the successor is asked to confirm; the departing official and the organizer
		// learn the review passed
		assertThat(newOutbox()).containsExactlyInAnyOrder(
				concat(to("CONFIRMATION_REQUESTED", org.successor), to("REVIEW_PASSED", org.departing, org.organizer)));
		assertThat(openSteps()).containsExactly("CONFIRMATION");

		// ---- the successor confirms item 1 and disputes item 2; audit rules and
		// corrects it
		var successor = org.actor(org.successor);
		confirmation.confirm(successor, handoverId, 1);
		confirmation.dispute(successor, handoverId, 2, "余额与账面不符，应为1234567.00元");
		assertThat(newAudit()).containsExactly("ITEM_CONFIRMED", "ITEM_DISPUTED");
		assertThat(newOutboxWithConfidentiality()).containsExactlyInAnyOrder(
				"ITEM_DISPUTED→" + org.auditReviewer + " 1:1", "ITEM_DISPUTED→" + org.departing + " 1:1");
		// no item waits on the successor any more: his step is done, the ruling's waits
		// (#12, newcomer 10, item 14)
		assertThat(openSteps()).containsExactly("RULING:item:2");
		confirmation.rule(org.actor(org.auditReviewer), handoverId, 2, Ruling.CORRECTED, "经核对银行对账单，余额为1234567.00元",
				new BigDecimal("1234567.00"));
		assertState(HandoverState.SIGNING);
		assertThat(checklists.item(handoverId, 2).confirmation()).isEqualTo(Confirmation.RULED);
		Dispute ruled = disputes.forHandover(handoverId).get(0);
		assertThat(ruled.ruling()).isEqualTo("CORRECTED");
		assertThat(ruled.correctedAmount()).isEqualByComparingTo("1234567.00");
		assertThat(newAudit()).containsExactly("DISPUTE_RULED", "STATE_CHANGED→SIGNING");
		// the correction raises 交接不实: the supervisor is told (#13, newcomer 4: 22)
		assertThat(newOutbox()).containsExactlyInAnyOrder(concat(
				concat(to("DISPUTE_RULED", org.successor, org.departing),
						to("SIGNING_REQUESTED", org.departing, org.successor, org.organizer, org.organizationReviewer,
								org.disciplineReviewer, org.financeReviewer, org.auditReviewer)),
				to("DISCIPLINE_FLAG", org.supervisor, org.organizer)));
		assertThat(flagNotice()).contains("第2项").contains("审计部门裁定更正了离任干部的陈述，按规定记“交接不实”");
		// the organizer gets the flag alone; the departing official gets it in the
		// ruling's
		// notice (newcomer 20a, finding 18)
		assertThat(flagNoticeTo(org.organizer)).contains("记“交接不实”。原因：第2项“")
			.contains("审计部门于", "裁定更正离任干部的陈述，金额由", "更正为1,234,567.00元；裁定说明：经核对银行对账单，余额为1234567.00元。")
			.contains("以审计结论为最终依据");
		assertThat(noticeTo(OutboxEvent.DISPUTE_RULED, org.departing)).startsWith("【异议已裁定】")
			.contains("更正为1,234,567.00元", "经核对银行对账单")
			.contains("【纪律提示：交接不实】这次裁定更正了离任干部的陈述")
			.contains("以审计结论为最终依据");
		assertThat(noticeTo(OutboxEvent.DISPUTE_RULED, org.successor)).doesNotContain("纪律提示");
		assertThat(openSteps()).hasSize(policy.signers().size()).allMatch(s -> s.startsWith("SIGNING:"));

		// ---- sign-off with one-time codes; a wrong code spends an attempt and signs
		// nothing
		String code = signoff.issueCode(departing, handoverId);
		SignOutcome wrong = signoff.sign(departing, handoverId, wrongCode(code));
		assertThat(wrong.status()).isEqualTo(SignOutcome.Status.WRONG_CODE);
		assertThat(wrong.attemptsLeft()).isEqualTo(4);
		assertThat(signoff.sign(departing, handoverId, code).signedAs()).containsExactly(SignerRole.DEPARTING);
		assertThat(newAudit()).containsExactly("SIGNING_CODE_ISSUED", "SIGNING_CODE_REJECTED", "SIGNED");
		List<Long> others = new ArrayList<>(List.of(org.successor, org.organizer));
		policy.reviewers().forEach(d -> others.add(org.reviewer(d)));
		for (long signer : others) {
			var actor = org.actor(signer);
			assertThat(signoff.sign(actor, handoverId, signoff.issueCode(actor, handoverId)).status())
				.isEqualTo(SignOutcome.Status.SIGNED);
		}
		assertState(HandoverState.ARCHIVED);
		List<String> signing = new ArrayList<>();
		for (int i = 0; i < others.size(); i++) {
			signing.add("SIGNING_CODE_ISSUED");
			signing.add("SIGNED");
		}
		signing.add("STATE_CHANGED→ARCHIVED");
		assertThat(newAudit()).containsExactlyElementsOf(signing);
		// one copy per party; the organizer, who signs, shares the 组织 copy with the
		// organization reviewer
		String[] archived = concat(
				to("ARCHIVED_COPY", org.disciplineReviewer, org.organizationReviewer, org.organizer,
						org.financeReviewer, org.auditReviewer, org.departing, org.successor),
				to("PLAN_REQUESTED", org.successor));
		if (policy.publicity()) {
			// 公开 is asked for, and this unit has no chat group: its organizer is told how
			// to bind one and post it
			archived = concat(archived, to("PUBLICITY_NO_GROUP", org.organizer));
		}
		assertThat(newOutbox()).containsExactlyInAnyOrder(archived);
		assertThat(policy.copies()).hasSize(6);
		assertThat(records.find(handoverId).archiveSha256()).hasSize(64);
		assertThat(signoff.archiveIntact(handoverId)).isTrue();
		assertThat(openSteps()).containsExactly("PLAN");

		// ---- frozen: nothing in the record changes any more
		assertThatThrownBy(() -> checklist.editItem(departing, handoverId, 1, ItemDraft.titled("改")))
			.isInstanceOf(RecordFrozenException.class);
		assertThatThrownBy(() -> checklist.addItem(departing, handoverId, work.code(), ItemDraft.titled("补")))
			.isInstanceOf(RecordFrozenException.class);
		assertThatThrownBy(() -> handovers.cancel(org.actor(org.organizer), handoverId, "误操作"))
			.isInstanceOf(RecordFrozenException.class);
		assertThat(newAudit()).isEmpty();
		assertThat(signoff.archiveIntact(handoverId)).isTrue();

		// ---- follow-up: the successor plans item 1 in two steps and carries them out
		List<FollowUpStep> steps = followUp.submitPlan(successor, handoverId, 1,
				List.of(new PlanStep("完成平台二期验收", LocalDate.of(2026, 12, 31)),
						new PlanStep("结清剩余工程款", LocalDate.of(2027, 1, 29))));
		assertState(HandoverState.FOLLOW_UP);
		assertThat(newAudit()).containsExactly("PLAN_SUBMITTED", "STATE_CHANGED→FOLLOW_UP");
		assertThat(newOutbox()).containsExactlyInAnyOrder(to("FOLLOW_UP_STARTED", org.organizer, org.successor));
		// a step is named by its item and its place in the item's plan, as people read
		// and type it
		assertThat(openSteps()).containsExactlyInAnyOrder("FOLLOW_UP_STEP:1.1", "FOLLOW_UP_STEP:1.2");

		followUp.reportProgress(successor, handoverId, steps.get(0).id(), "验收材料已报送", null, false);
		followUp.reportProgress(successor, handoverId, steps.get(0).id(), "已通过验收", "https://files.example.gov.cn/a.pdf",
				true);
		assertState(HandoverState.FOLLOW_UP);
		followUp.reportProgress(successor, handoverId, steps.get(1).id(), "工程款已结清", null, true);
		assertState(HandoverState.CLOSED);
		assertThat(newAudit()).containsExactly("PROGRESS_REPORTED", "STEP_COMPLETED", "STEP_COMPLETED",
				"STATE_CHANGED→CLOSED");
		assertThat(newOutbox())
			.containsExactlyInAnyOrder(concat(to("PROGRESS_REPORTED", org.organizer, org.organizer, org.organizer),
					to("HANDOVER_CLOSED", org.organizer, org.successor, org.departing)));
		assertThat(openSteps()).isEmpty();

		// ---- derived discipline flags: returned once (交接不清) and corrected by audit
		// (交接不实), nothing late
		assertThat(DisciplineFlags.of(waitingSteps.steps(handoverId),
				review.decisions(handoverId).stream().anyMatch(r -> r.decision().equals("RETURNED")),
				disputes.forHandover(handoverId).stream().anyMatch(d -> "CORRECTED".equals(d.ruling())), time.today(),
				time.zone()))
			.containsExactlyInAnyOrder(DisciplineFlag.UNCLEAR_HANDOVER, DisciplineFlag.UNTRUE_HANDOVER);
		assertThat(verifier.verify(org.actor(org.rootAdmin(directory))).intact()).isTrue();

		// every notice of the whole life reads as words: no field left unfilled, no code
		// shown as it is stored
		assertThat(outbox.forHandover(handoverId)).isNotEmpty().allSatisfy(m -> {
			String text = renderer.render(m.event(), json.readTree(m.payload()));
			assertThat(text).as(m.event().name())
				.doesNotContainPattern("\\{[a-zA-Z0-9]+}")
				.doesNotContainPattern("[A-Z]{2,}_?[A-Z]*")
				.startsWith("【");
		});
	}

	private void assertState(HandoverState expected) {
		assertThat(records.find(handoverId).state()).isEqualTo(expected);
	}

	private List<String> openSteps() {
		return waitingSteps.steps(handoverId)
			.stream()
			.filter(WaitingStep::open)
			.map(s -> s.subject().isEmpty() ? s.kind().name() : s.kind() + ":" + s.subject())
			.toList();
	}

	/** Audit actions since the last call; state changes as STATE_CHANGED→TO. */
	private List<String> newAudit() {
		List<AuditEntry> all = audit.history(handoverId);
		List<String> fresh = all.subList(auditSeen, all.size()).stream().map(this::describe).toList();
		auditSeen = all.size();
		return fresh;
	}

	private String describe(AuditEntry e) {
		if (!e.action().equals("STATE_CHANGED")) {
			return e.action();
		}
		return "STATE_CHANGED→" + json.readTree(e.detail()).path("to").asString();
	}

	private List<String> newOutbox() {
		return newOutboxRows().stream().map(HandoverLifecycleTest::describe).toList();
	}

	/**
	 * The newest discipline flag notice of the handover as its reader reads it; it is
	 * confidential (1:1).
	 */
	private String flagNotice() {
		List<OutboxMessage> flags = outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == dev.baton.bot.outbox.OutboxEvent.DISCIPLINE_FLAG)
			.toList();
		OutboxMessage last = flags.get(flags.size() - 1);
		assertThat(last.confidential()).isTrue();
		return renderer.render(last.event(), json.readTree(last.payload()));
	}

	/**
	 * The newest discipline flag notice to {@code official}, as they read it;
	 * confidential (1:1).
	 */
	private String flagNoticeTo(long official) {
		List<OutboxMessage> flags = outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == dev.baton.bot.outbox.OutboxEvent.DISCIPLINE_FLAG && m.recipientId() == official)
			.toList();
		OutboxMessage last = flags.get(flags.size() - 1);
		assertThat(last.confidential()).isTrue();
		return renderer.render(last.event(), json.readTree(last.payload()));
	}

	/** The newest notice of this event to {@code official}, as they read it. */
	private String noticeTo(OutboxEvent event, long official) {
		List<OutboxMessage> sent = outbox.forHandover(handoverId)
			.stream()
			.filter(m -> m.event() == event && m.recipientId() == official)
			.toList();
		OutboxMessage last = sent.get(sent.size() - 1);
		return renderer.render(last.event(), json.readTree(last.payload()));
	}

	private List<String> newOutboxWithConfidentiality() {
		return newOutboxRows().stream()
			.map(m -> m.event() + "→" + m.recipientId() + (m.confidential() ? " 1:1" : ""))
			.toList();
	}

	private List<OutboxMessage> newOutboxRows() {
		List<OutboxMessage> all = outbox.forHandover(handoverId);
		List<OutboxMessage> fresh = all.subList(outboxSeen, all.size());
		outboxSeen = all.size();
		assertThat(fresh).allSatisfy(m -> assertThat(m.status()).isEqualTo("PENDING"));
		return List.copyOf(fresh);
	}

	private static String describe(OutboxMessage m) {
		return m.event() + "→" + (m.recipientId() != null ? m.recipientId() : "group:" + m.groupUnitId());
	}

	private static String[] to(String event, long... recipients) {
		return java.util.Arrays.stream(recipients).mapToObj(r -> event + "→" + r).toArray(String[]::new);
	}

	private static String[] concat(String[] a, String[] b) {
		return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
	}

	private static String wrongCode(String code) {
		return code.equals("000000") ? "000001" : "000000";
	}

}

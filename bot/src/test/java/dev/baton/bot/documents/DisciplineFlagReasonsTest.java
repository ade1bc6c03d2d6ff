package dev.baton.bot.documents;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.ArchivedHandovers.Dispute;
import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.escalation.EscalationSweep;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.PlanStep;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.signoff.SignoffService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discipline flags explained and told (#15, docs4): each flag is noted when it is
 * first raised with its date and reason (which return and its comments, which ruling,
 * which step went overdue and since when); the person it concerns and the organizer are
 * told once in chat with the reason and what follows; the 交接书 (PDF and Word) shows the
 * flags its record holds with their reasons, and the archive's digest covers them (a flag
 * that comes after the archive, 交后不理, changes neither the document nor the digest).
 */
@DomainContext
class DisciplineFlagReasonsTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	ArchivedHandovers archiver;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	ChecklistService checklist;

	@Autowired
	ReviewService review;

	@Autowired
	SignoffService signoff;

	@Autowired
	HandoverDocuments documents;

	@Autowired
	HandoverPdf pdf;

	@Autowired
	HandoverDocx docx;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	MutableClock clock;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FollowUpService followUps;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aReturnAndACorrectionAreToldOnceWithTheirReasonsAndTheDocumentsShowThem() throws Exception {
		TestOrg org = new TestOrg(directory, actors, "default");
		Actor departing = org.actor(org.departing);
		long id = archiver
			.drafted(org, List.of(
					Map.entry("key_work",
							new ItemDraft("城区污水管网改造", "一期完工", ItemStatus.IN_PROGRESS, null, null, null, null, "城建办",
									true)),
					Map.entry("economic", new ItemDraft("局机关基本账户余额", null, ItemStatus.ON_HAND, new BigDecimal("865000"),
							"CNY", null, null, null, false))));
		checklist.submit(departing, id);
		review.returnChecklist(org.actor(org.auditReviewer), id, Department.AUDIT, "请补充账户余额依据", Map.of(2, "请附银行对账单"));
		// returned again in the next round: 交接不清 stays one flag, told once
		checklist.submit(departing, id);
		review.returnChecklist(org.actor(org.financeReviewer), id, Department.FINANCE, "再核对一次", Map.of());
		archiver.settle(org, id, "default",
				Dispute.amount(2, "账上余额是83.2万，不是86.5万", "经核对银行对账单，实际余额83.2万", new BigDecimal("832000")));

		String reviewer = directory.official(org.auditReviewer).name();
		String unclear = "第1轮联合审核中，审计部门（" + reviewer + "）于2026年11月23日退回交接清单修改：请补充账户余额依据；第2项：请附银行对账单";
		String untrue = "第2项“局机关基本账户余额”有异议，审计部门于2026年11月23日裁定更正离任干部的陈述，金额由865,000.00元更正为"
				+ "832,000.00元；裁定说明：经核对银行对账单，实际余额83.2万";
		assertThat(jdbc.queryForList("SELECT flag, reason_zh FROM discipline_flag WHERE handover_id = ? ORDER BY flag",
				id))
			.extracting(r -> r.get("flag") + "=" + r.get("reason_zh"))
			.containsExactly("UNCLEAR_HANDOVER=" + unclear, "UNTRUE_HANDOVER=" + untrue);

		// the departing official and the organizer: each flag once, with its reason and
		// what follows
		// (newcomer 20a, finding 18: one message per event — the return's notice carries
		// the 交接不清 flag at its end, its comments being the reason; the ruling's notice
		// to the departing official carries the 交接不实 flag; the organizer, who gets no
		// ruling notice, gets that flag alone with its reason)
		for (long told : new long[] { org.departing, org.organizer }) {
			List<String> notices = partyNotices(id, told);
			assertThat(notices).hasSize(2);
			assertThat(notices.get(0)).startsWith("【交接清单被退回】")
				.contains("请补充账户余额依据", "请附银行对账单", "【纪律提示：交接不清】这次退回于2026年11月23日记“交接不清”", "重要参考");
		}
		assertThat(partyNotices(id, org.departing).get(1)).startsWith("【异议已裁定】")
			.contains("832,000.00", "【纪律提示：交接不实】", "以审计结论为最终依据");
		assertThat(partyNotices(id, org.organizer).get(1)).startsWith("【纪律提示：交接不实】")
			.contains("原因：" + untrue + "。", "以审计结论为最终依据");
		// the successor is not the one concerned by these two
		assertThat(partyNotices(id, org.successor)).isEmpty();

		// the 交接书: the flags its record holds, each with its date and reason
		HandoverDocument doc = documents.of(records.find(id));
		assertThat(doc.flags()).extracting(HandoverDocument.FlagRow::flag).containsExactly("交接不清", "交接不实");
		byte[] pdfBytes = pdf.render(doc);
		try (PDDocument read = Loader.loadPDF(pdfBytes)) {
			String text = new PDFTextStripper().getText(read)
				.replaceAll("\\s", "")
				.replaceAll("第\\d+页共\\d+页归档校验码SHA-256：[0-9a-f]{64}扫码核验\\S+?/verify/[0-9a-f]{64}(情形记录日期原因)?", "");
			assertThat(text).contains("纪律情形", "情形记录日期原因", "交接不清2026年11月23日" + unclear, "交接不实2026年11月23日" + untrue);
		}
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.render(doc)))) {
			assertThat(DocumentFiguresTest.column(word, unclear, "原因")).containsExactly(unclear, untrue);
			assertThat(new XWPFWordExtractor(word).getText()).contains("纪律情形");
		}

		// the digest covers the flags the record holds: a changed reason shows, and the
		// archive is intact again after
		assertThat(signoff.archiveIntact(id)).isTrue();
		jdbc.update("UPDATE discipline_flag SET reason_zh = CONCAT(reason_zh, '（改）') WHERE handover_id = ?"
				+ " AND flag = 'UNTRUE_HANDOVER'", id);
		assertThat(signoff.archiveIntact(id)).as("a flag's reason is part of the archived record").isFalse();
		jdbc.update("UPDATE discipline_flag SET reason_zh = ? WHERE handover_id = ? AND flag = 'UNTRUE_HANDOVER'",
				untrue, id);
		assertThat(signoff.archiveIntact(id)).isTrue();

		// 交后不理 comes after the archive: the plan overdue raises it, told to the successor
		// and the organizer once;
		// the archived record, its digest and its document stay as they were
		clock.set(Instant.parse("2027-03-01T03:00:00Z"));
		sweep.sweepDue();
		sweep.sweepDue();
		clock.set(Instant.parse("2027-03-02T03:00:00Z"));
		sweep.sweepDue();
		assertThat(jdbc.queryForList(
				"SELECT reason_zh FROM discipline_flag WHERE handover_id = ?" + " AND flag = 'NEGLECT_AFTER_HANDOVER'",
				String.class, id))
			.singleElement()
			.asString()
			.startsWith("制定未了事项推进计划应于")
			.contains("完成，自");
		// in the escalation of the same lapse, one message (newcomer 23, finding 18)
		assertThat(partyNotices(id, org.successor)).singleElement()
			.asString()
			.startsWith("【逾期督办】")
			.contains("“制定未了事项推进计划”已于", "【纪律提示：交后不理】这一逾期于2027年3月1日记“交后不理”");
		assertThat(partyNotices(id, org.organizer)).hasSize(3);
		assertThat(partyNotices(id, org.departing)).hasSize(2);
		assertThat(signoff.archiveIntact(id)).isTrue();
		assertThat(pdf.render(documents.of(records.find(id)))).isEqualTo(pdfBytes);
	}

	@Test
	void aChecklistOverdueIsToldToTheDepartingOfficialAndTheOrganizerOnceWithTheStepAndTheDay() {
		TestOrg org = new TestOrg(directory, actors, "default");
		Actor departing = org.actor(org.departing);
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		handovers.acknowledge(departing, id);
		// the default policy: the checklist is due 10 working days after Monday 11-23, on
		// Monday 12-07
		clock.set(Instant.parse("2026-12-07T03:00:00Z"));
		sweep.sweepDue();
		assertThat(partyNotices(id, org.departing)).as("not overdue on its due day").isEmpty();
		clock.set(Instant.parse("2026-12-08T03:00:00Z"));
		sweep.sweepDue();
		clock.set(Instant.parse("2026-12-09T03:00:00Z"));
		sweep.sweepDue();
		String reason = "填报交接清单应于2026年12月7日完成，自2026年12月8日起逾期";
		assertThat(
				jdbc.queryForList("SELECT flag, reason_zh, reason_en FROM discipline_flag WHERE handover_id = ?", id))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.get("flag")).isEqualTo("OVERDUE_HANDOVER");
				assertThat(r.get("reason_zh")).isEqualTo(reason);
				assertThat(r.get("reason_en"))
					.isEqualTo("fill in the checklist was due by 2026-12-07, overdue since 2026-12-08");
			});
		// each told once, in the escalation of the same lapse (newcomer 23, finding 18)
		for (long told : new long[] { org.departing, org.organizer }) {
			assertThat(partyNotices(id, told)).singleElement()
				.asString()
				.startsWith("【逾期督办】")
				.contains("“填报交接清单”已于2026-12-07到期，自2026-12-08起逾期", "【纪律提示：久拖不交】这一逾期于2026年12月8日记“久拖不交”（交接编号" + id + "）");
		}
		assertThat(partyNotices(id, org.successor)).isEmpty();
	}

	@Test
	void aPlanStepOverdueAfterProgressIsToldAsOverdueWithTheLastProgressAndWhatToDo() {
		// newcomer 21 #21: 交后不理 raised on a step the successor had reported progress on
		// 10 days before, and the notice asked to "制定推进计划或报告进展" as if nothing was
		// done. The rule (design.md: 交后不理 = follow-up overdue) stands; the notice says
		// it, with the last progress and what to do: finish the step or have it extended
		TestOrg org = new TestOrg(directory, actors, "default");
		long id = archiver.archived(org, "default");
		Actor successor = org.actor(org.successor);
		long step = followUps
			.submitPlan(successor, id, 1, List.of(new PlanStep("完成平台二期验收", java.time.LocalDate.of(2026, 12, 10))))
			.get(0)
			.id();
		clock.set(Instant.parse("2026-12-01T03:00:00Z"));
		followUps.reportProgress(successor, id, step, "验收材料已经报送一半了", null, false);
		clock.set(Instant.parse("2026-12-14T03:00:00Z"));
		sweep.sweepDue();
		sweep.sweepDue();
		// in the escalation of the same lapse (newcomer 23, finding 18)
		List<String> told = partyNotices(id, org.successor).stream().filter(n -> n.contains("【纪律提示：交后不理】")).toList();
		assertThat(told).singleElement()
			.asString()
			.contains("推进步骤1.1已于2026-12-10到期", "这一步骤到期未完成（最近一次进展：2026年12月1日报告“验收材料已经报送一半了”）",
					"推进计划的步骤到期未完成即记“交后不理”，此前报告过进展的也一样", "“进展 1.1 已完成 …”", "请组织部门延期")
			.doesNotContain("制定推进计划或报告进展");
		assertThat(partyNotices(id, org.organizer)).filteredOn(n -> n.contains("【纪律提示：交后不理】"))
			.singleElement()
			.asString()
			.contains("最近一次进展：2026年12月1日报告“验收材料已经报送一半了”", "请按上文催办")
			.doesNotContain("请接任干部");
		// in English too
		String english = jdbc.queryForObject("SELECT payload FROM outbox WHERE handover_id = ? AND recipient_id = ?"
				+ " AND event = 'ESCALATION' AND payload LIKE '%foldedFlag%'", String.class, id, org.successor);
		assertThat(renderer.inEnglish().render(dev.baton.bot.outbox.OutboxEvent.ESCALATION, JSON.readTree(english)))
			.contains("not done by its due day (last progress reported on 2026-12-01: \"验收材料已经报送一半了\")",
					"progress reported or not", "\"进展 1.1 已完成 …\"");
	}

	@Test
	void aPlanStepOverdueWithoutProgressSaysNoneWasReported() {
		TestOrg org = new TestOrg(directory, actors, "default");
		long id = archiver.archived(org, "default");
		followUps.submitPlan(org.actor(org.successor), id, 1,
				List.of(new PlanStep("完成平台二期验收", java.time.LocalDate.of(2026, 12, 10))));
		clock.set(Instant.parse("2026-12-14T03:00:00Z"));
		sweep.sweepDue();
		assertThat(partyNotices(id, org.successor)).filteredOn(n -> n.contains("【纪律提示：交后不理】"))
			.singleElement()
			.asString()
			.contains("这一步骤到期未完成（此前未报告进展）");
	}

	@Test
	void aLateReceiptIsOneMessageToEachWithTheEscalationAndTheFlag() {
		// newcomer 23, finding 18: on one late 签收 the organizer and the departing
		// official
		// each got 【逾期督办】 and 【纪律提示：久拖不交】 in the same minute with the same facts, and
		// the organizer's flag said "请离任干部尽快办理"
		TestOrg org = new TestOrg(directory, actors, "default");
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		for (int day = 0; day < 10 && jdbc.queryForObject("SELECT COUNT(*) FROM discipline_flag WHERE handover_id = ?",
				Integer.class, id) == 0; day++) {
			clock.set(Instant.parse("2026-11-24T03:00:00Z").plus(java.time.Duration.ofDays(day)));
			sweep.sweepDue();
		}
		for (long told : new long[] { org.departing, org.organizer }) {
			List<String> flagged = partyNotices(id, told);
			assertThat(flagged).as("one message about the lapse").singleElement().asString().contains("【逾期督办】");
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND recipient_id = ?"
					+ " AND event = 'DISCIPLINE_FLAG'", Integer.class, id, told))
				.isZero();
		}
		assertThat(partyNotices(id, org.organizer).get(0)).contains("【纪律提示：久拖不交】", "请按上文催办")
			.doesNotContain("请离任干部尽快办理");
		assertThat(partyNotices(id, org.departing).get(0)).contains("【纪律提示：久拖不交】");
	}

	/**
	 * The notices to {@code official} that tell the handover's flags (not the
	 * supervisors'), as read: a flag's own notice, or the notice of the act that raised
	 * it with the flag folded in.
	 */
	private List<String> partyNotices(long handoverId, long official) {
		return jdbc
			.queryForList("SELECT event, payload FROM outbox WHERE handover_id = ? AND recipient_id = ? ORDER BY id",
					handoverId, official)
			.stream()
			.filter(r -> !"DISCIPLINE_FLAG".equals(r.get("event")) || ((String) r.get("payload")).contains(".parties"))
			.map(r -> renderer.render(dev.baton.bot.outbox.OutboxEvent.valueOf((String) r.get("event")),
					JSON.readTree((String) r.get("payload"))))
			.filter(text -> text.contains("【纪律提示："))
			.toList();
	}

}

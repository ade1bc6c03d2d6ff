package dev.baton.bot.console;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditVerifier;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.ChecklistUndo;
import dev.baton.bot.checklist.ClearableField;
import dev.baton.bot.checklist.ItemCorrections;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.confirmation.Correction;
import dev.baton.bot.confirmation.Ruling;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.PlanStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 8, findings 11 and 12, on the console's record page: every edit's audit
 * row says the field, its old and its new value (第1项金额：365,000.00元 → 382,000.00元), the
 * audit's correction too; a progress report taken back stays in the step's history marked
 * 已撤回, and is never shown as where the step stands.
 */
@DomainContext
@Import(StagedHandovers.class)
class EditsAndWithdrawnProgressOnTheRecordPageTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	StagedHandovers staged;

	@Autowired
	ChecklistService checklist;

	@Autowired
	ItemCorrections corrections;

	@Autowired
	ChecklistUndo undo;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	FollowUpService followUp;

	@Autowired
	AuditVerifier verifier;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	ConsoleHttp http;

	@BeforeEach
	void signIn() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
		http = new ConsoleHttp(port);
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		accounts.create(Actor.SYSTEM, org.organizer, username, ConsoleTestSupport.PASSWORD);
		String token = csrf(http.get("/console/signin"));
		assertThat(http
			.post("/console/signin",
					form("username", username, "password", ConsoleTestSupport.PASSWORD, "_csrf", token))
			.statusCode()).isEqualTo(302);
	}

	@Test
	void everyEditsAuditRowSaysTheFieldItsOldAndItsNewValue() {
		long id = staged.drafted(org, List.of(Stated.unfinishedMoney("敬老院工程尾款", "365000"), Stated.work("统计信息化平台二期建设"),
				Stated.work("执法车辆更新")));
		Actor departing = org.actor(org.departing);
		checklist.editItem(departing, id, 1, ItemDraft.titled(null).withAmount(new BigDecimal("382000")));
		checklist.editItem(departing, id, 2, ItemDraft.titled("统计信息化平台二期"));
		checklist.editItem(departing, id, 2, ItemDraft.titled(null).withStatus(ItemStatus.NOT_STARTED, true));
		checklist.editItem(departing, id, 1,
				new ItemDraft(null, null, null, null, null, "福建建工", LocalDate.of(2027, 3, 31), null, null));
		corrections.clearField(departing, id, 1, ClearableField.COUNTERPARTY);
		corrections.delete(departing, id, 3);
		undo.undo(departing, id);
		String rows = section(page("/console/handovers/" + id), "audit");
		assertThat(rows).contains("第1项金额：365,000.00元 → 382,000.00元")
			.contains("第2项名称：统计信息化平台二期建设 → 统计信息化平台二期")
			.contains("第2项状态：推进中 → 未启动")
			.contains("第1项对方单位：空 → 福建建工")
			.contains("第1项期限：空 → 2027-03-31")
			.contains("第1项对方单位：福建建工 → 空")
			.contains("第3项是否在清单中：在清单中 → 已删除")
			.contains("第3项是否在清单中：已删除 → 在清单中");
		// in English too, without codes
		String english = section(page("/console/handovers/" + id + "?lang=en"), "audit");
		assertThat(english).contains("item 1, amount: 365,000.00 yuan → 382,000.00 yuan")
			.contains("item 2, status: in progress → not started")
			.doesNotContain("NOT_STARTED")
			.doesNotContain("AMOUNT");
		// the chain still holds with the new rows' values in it
		assertThat(verifier.verify(org.actor(org.rootAdmin(directory))).intact()).isTrue();
	}

	@Test
	void theAuditsCorrectionSaysTheValueItReplaced() {
		long id = staged.confirming(org, "default", List.of(Stated.unfinishedMoney("敬老院工程尾款", "365000")));
		confirmation.dispute(org.actor(org.successor), id, 1, "尾款与结算单不符");
		confirmation.rule(org.actor(org.reviewer(Department.AUDIT)), id, 1, Ruling.CORRECTED, "经核对尾款应为38.2万元",
				new Correction(new BigDecimal("382000"), null, null, null));
		String rows = section(page("/console/handovers/" + id), "audit");
		assertThat(rows).contains("第1项金额：365,000.00元 → 382,000.00元").contains("经核对尾款应为38.2万元");
	}

	@Test
	void aWithdrawnProgressReportIsShownAsWithdrawnAndNotAsTheStepsState() {
		long id = staged.archived(org, "default", List.of(Stated.work("统计信息化平台二期建设")));
		Actor successor = org.actor(org.successor);
		followUp.submitPlan(successor, id, 1, List.of(new PlanStep("完成系统联调测试", LocalDate.of(2027, 1, 15)),
				new PlanStep("完成终验", LocalDate.of(2027, 3, 31))));
		FollowUpStep step = followUp.steps(id).get(0);
		followUp.reportProgress(successor, id, step.id(), "联调测试已全部完成", null, true);
		followUp.withdrawLast(successor, id);
		followUp.reportProgress(successor, id, step.id(), "联调测试完成了九成", null, false);
		String plan = section(page("/console/handovers/" + id), "followup");
		// the report taken back is in the step's history, marked; the step is not shown
		// as done
		assertThat(plan).containsPattern("<li class=\"withdrawn\"><span>[^<]*联调测试已全部完成</span><span>（已撤回，")
			.containsPattern("<li><span>[^<]*联调测试完成了九成</span></li>")
			.doesNotContain("已于");
		assertThat(followUp.steps(id).get(0).open()).isTrue();
	}

	private String page(String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

	private static String section(String page, String id) {
		int start = page.indexOf("<section class=\"card\" id=\"" + id + "\"");
		assertThat(start).as("section " + id).isNotNegative();
		return page.substring(start, page.indexOf("</section>", start));
	}

}

package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 22, finding 12: extending only the finance department's review told every
 * reviewer, those who had approved and the audit department too. An extension is told to
 * the parties, the organizer and the people the moved steps wait on: for one review, that
 * department's reviewers; for the stage, the reviewers of the departments still to
 * decide.
 * <p>
 * Newcomer 23, finding 14: the organizer extended the whole signing stage, and every
 * signer's 【期限延长】 named only "签字（离任干部）": each is told of the signature they owe and of
 * the others moved with it, one message each.
 * <p>
 * Newcomer 24, finding 7: an extension of the checklist asked the successor too
 * "请在新的期限前办理" for a step that is the departing official's: only one who owes a moved step
 * is asked to act; the others are told for their information.
 */
@DomainContext
@Import(StagedHandovers.class)
class ExtensionTellsThoseItWaitsOnTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	MutableClock clock;

	@Autowired
	StagedHandovers staged;

	@Autowired
	ReviewService reviews;

	@Autowired
	DeadlineExtensions extensions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	MessageSource messages;

	TestOrg org;

	@BeforeEach
	void org() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
	}

	@Test
	void oneDepartmentsReviewIsToldToThePartiesAndThatDepartment() {
		long id = staged.inReview(org, List.of(Stated.work("统计平台二期")));
		reviews.approve(org.actor(org.organizationReviewer), id, Department.ORGANIZATION, "同意", Map.of());
		long finance = jdbc.queryForObject(
				"SELECT id FROM waiting_step WHERE handover_id = ? AND kind = 'REVIEW' AND subject = 'FINANCE' AND done_at IS NULL",
				Long.class, id);
		LocalDate due = jdbc.queryForObject("SELECT due_on FROM waiting_step WHERE id = ?", LocalDate.class, finance);

		extensions.extendStep(org.actor(org.organizer), id, finance,
				new DeadlineExtensions.Request(null, due.plusDays(2)), "财政部门人员出差");

		assertThat(told(id)).containsExactlyInAnyOrder(org.departing, org.successor, org.financeReviewer);
	}

	@Test
	void theStagesReviewsAreToldToTheDepartmentsStillToDecide() {
		long id = staged.inReview(org, List.of(Stated.work("统计平台二期")));
		reviews.approve(org.actor(org.organizationReviewer), id, Department.ORGANIZATION, "同意", Map.of());

		extensions.extend(org.actor(org.organizer), id, new DeadlineExtensions.Request(Period.workingDays(2), null),
				"审核人员集中培训");

		assertThat(told(id)).containsExactlyInAnyOrder(org.departing, org.successor, org.disciplineReviewer,
				org.financeReviewer, org.auditReviewer);
	}

	private List<Long> told(long handoverId) {
		return jdbc.queryForList(
				"SELECT recipient_id FROM outbox WHERE handover_id = ? AND event = 'DEADLINE_EXTENDED' ORDER BY id",
				Long.class, handoverId);
	}

	@Test
	void eachSignerIsToldOfTheirOwnSignatureAndTheOthers() {
		long id = staged.confirming(org, "default", List.of(Stated.work("统计平台二期")));
		confirmation.confirmAllPending(org.actor(org.successor), id);

		DeadlineExtensions.Extension done = extensions.extend(org.actor(org.organizer), id,
				new DeadlineExtensions.Request(Period.workingDays(2), null), "节前人员不齐");
		assertThat(done.moved()).hasSizeGreaterThan(2);

		List<String> successor = notices(id, org.successor, Locale.SIMPLIFIED_CHINESE);
		assertThat(successor).singleElement()
			.asString()
			.contains("您要办理的“签字（接任干部）”的期限由")
			.contains("同时延长的还有：“签字（离任干部）”")
			.doesNotContain("您要办理的“签字（离任干部）”");
		assertThat(notices(id, org.departing, Locale.SIMPLIFIED_CHINESE)).singleElement()
			.asString()
			.contains("您要办理的“签字（离任干部）”的期限由");
		String discipline = notices(id, org.disciplineReviewer, Locale.SIMPLIFIED_CHINESE).get(0);
		assertThat(discipline).contains("您要办理的“签字（纪检").contains("“签字（接任干部）”");
		assertThat(notices(id, org.disciplineReviewer, Locale.ENGLISH)).singleElement()
			.asString()
			.contains("for what you owe")
			.contains("Also extended:");
	}

	@Test
	void theChecklistsExtensionAsksOnlyTheDepartingOfficialToAct() {
		long id = staged.drafted(org, List.of(Stated.work("统计平台二期")));

		DeadlineExtensions.Extension done = extensions.extend(org.actor(org.organizer), id,
				new DeadlineExtensions.Request(Period.workingDays(3), null), "付款凭证需到档案室调取");
		assertThat(done.moved()).singleElement()
			.extracting(DeadlineExtensions.Moved::kind)
			.isEqualTo(WaitingStepKind.CHECKLIST);

		assertThat(notices(id, org.departing, Locale.SIMPLIFIED_CHINESE)).singleElement()
			.asString()
			.contains("“填报交接清单”的期限由")
			.contains("请在新的期限前办理");
		assertThat(notices(id, org.successor, Locale.SIMPLIFIED_CHINESE)).hasSize(1)
			.allMatch(n -> n.contains("“填报交接清单”的期限由") && n.contains("此项无需您办理"))
			.noneMatch(n -> n.contains("请在新的期限前办理"));
		assertThat(notices(id, org.successor, Locale.ENGLISH)).hasSize(1)
			.allMatch(n -> n.contains("not yours to act on"))
			.noneMatch(n -> n.contains("Please act by the new deadline"));
		assertThat(notices(id, org.departing, Locale.ENGLISH)).hasSize(1)
			.allMatch(n -> n.contains("Please act by the new deadline"));
	}

	private List<String> notices(long handoverId, long recipient, Locale locale) {
		return jdbc
			.queryForList("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'DEADLINE_EXTENDED'"
					+ " AND recipient_id = ? ORDER BY id", String.class, handoverId, recipient)
			.stream()
			.map(p -> new NotificationRenderer(messages, locale).render(OutboxEvent.DEADLINE_EXTENDED,
					JsonMapper.builder().build().readTree(p)))
			.toList();
	}

}

package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.policy.Period;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 22, finding 12: extending only the finance department's review told every
 * reviewer, those who had approved and the audit department too. An extension is told to
 * the parties, the organizer and the people the moved steps wait on: for one review, that
 * department's reviewers; for the stage, the reviewers of the departments still to
 * decide.
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

}

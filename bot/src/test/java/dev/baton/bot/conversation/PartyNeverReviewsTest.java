package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directoryadmin.DirectoryAdmin;
import dev.baton.bot.escalation.StepOwners;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.signoff.SignoffService;
import dev.baton.bot.system.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Newcomer 25, findings 1, 3, 9 and 10: a party of a handover (departing official,
 * successor) who also holds a department's reviewer post never reviews, signs or keeps a
 * copy for that department on their own handover; a department left with nobody else
 * cannot be opened, and in a running handover the organizer is told, the step is not
 * shown as waiting on the party, and a reviewer added later is asked to review.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class PartyNeverReviewsTest {

	private static final List<Stated> ITEMS = List.of(Stated.work("污水处理厂二期"));

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	DirectoryAdmin admin;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	ChecklistService checklist;

	@Autowired
	SignoffService signoff;

	@Autowired
	StepOwners owners;

	@Autowired
	dev.baton.bot.review.ReviewService review;

	@Autowired
	dev.baton.bot.confirmation.ConfirmationService confirmation;

	@Autowired
	WaitingSteps waitingSteps;

	@Autowired
	StagedHandovers staged;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.departing, org.successor, org.disciplineReviewer,
				org.financeReviewer)) {
			directory.bindIdentity(chat.platform(), chat.corp(), user(official), official);
		}
	}

	/** Finding 1: 确认 is refused while the finance department has nobody but the party. */
	@Test
	void anOpeningWhoseDepartmentHasOnlyAPartyIsRefusedUntilOneIsAdded() {
		onlyReviewer(org.departing, Department.FINANCE);
		String organizer = user(org.organizer);
		assertThat(String.join("\n", chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 调动"))).contains("财政部门没有其他审核人");

		String refused = String.join("\n", chat.say(organizer, "确认"));
		assertThat(refused).contains("还不能发起这项交接：财政部门的审核人只有陈离任").contains("财政部门审核人增加 张三").doesNotContain("已发起交接");
		assertThat(handoverCount()).isZero();
		// the API and the console open through the same service: refused alike
		assertThatThrownBy(() -> handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("handover.open.reviewerNeeded"));

		// a reviewer added on the card: 确认 now opens it
		chat.say(organizer, "财政部门审核人增加 钱财政");
		assertThat(String.join("\n", chat.say(organizer, "确认"))).contains("已发起交接");
		assertThat(handoverCount()).isEqualTo(1);
	}

	/**
	 * Finding 1, running: the departing official becomes the only finance reviewer after
	 * the opening. She is not asked to review; the organizer is told nobody can, and how
	 * to add one; the step waits on nobody (console's 应办人) and 进度 says so; the reviewer
	 * added then is asked to review.
	 */
	@Test
	void aRunningHandoverLeftWithOnlyAPartyTellsTheOrganizerAndAsksTheReviewerAddedLater() {
		long id = staged.drafted(org, ITEMS);
		admin.assignRole(org.actor(org.admin), org.departing, Role.REVIEWER, Department.FINANCE, org.city.id());
		assertThat(variants(id, org.organizer)).isEmpty();
		long financeRole = directory.rolesOf(org.financeReviewer)
			.stream()
			.filter(r -> r.role() == Role.REVIEWER)
			.findFirst()
			.orElseThrow()
			.id();
		admin.removeRole(org.actor(org.admin), org.financeReviewer, financeRole);
		assertThat(variants(id, org.organizer)).containsExactly("nobodyCanReview");

		checklist.submit(org.actor(org.departing), id);
		assertThat(events(id, org.departing)).doesNotContain("REVIEW_REQUESTED");
		assertThat(variants(id, org.organizer)).containsExactly("nobodyCanReview", "nobodyCanReview");
		assertThat(payloads(id, org.organizer)).anySatisfy(p -> assertThat(p).contains("FINANCE").contains("陈离任"));

		long financeStep = waitingSteps.steps(id)
			.stream()
			.filter(s -> s.open() && s.kind() == WaitingStepKind.REVIEW && s.subject().equals("FINANCE"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(owners.owners(List.of(financeStep)).get(financeStep)).as("the console's 应办人").isEmpty();
		assertThat(String.join("\n", chat.say(user(org.organizer), "进度 " + id))).contains("联合审核（财政部门）")
			.contains("无人能审核：陈离任是交接当事人，须回避");
		// her 通过 changes nothing
		chat.say(user(org.departing), "通过");
		assertThat(waitingSteps.steps(id).stream().filter(s -> s.id() == financeStep).findFirst().orElseThrow().open())
			.isTrue();

		admin.assignRole(org.actor(org.admin), org.financeReviewer, Role.REVIEWER, Department.FINANCE, org.city.id());
		assertThat(variants(id, org.financeReviewer)).containsExactly("added");
		assertThat(owners.owners(List.of(financeStep)).get(financeStep)).containsExactly(org.financeReviewer);
	}

	/**
	 * Finding 3: the departing official, made a second discipline reviewer, is neither
	 * asked to review, named as its reviewer or signer, nor sent its copy.
	 */
	@Test
	void aDepartingOfficialWhoAlsoReviewsIsNeverTheDepartmentsReviewerSignerOrKeeper() {
		directory.assignRole(org.departing, Role.REVIEWER, Department.DISCIPLINE, org.city.id());
		long id = staged.inReview(org, ITEMS);
		assertThat(recipients(id, "REVIEW_REQUESTED")).contains(org.disciplineReviewer).doesNotContain(org.departing);
		assertThat(String.join("\n", chat.say(user(org.departing), "通过"))).contains("纪检监察（赵纪检）待审核")
			.doesNotContain("陈离任）");
		assertThat(signoff.signersAs(records.find(id), SignerRole.REVIEWER_DISCIPLINE))
			.containsExactly(org.disciplineReviewer);

		for (Department d : Department.values()) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", java.util.Map.of());
		}
		confirmation.confirmAllPending(org.actor(org.successor), id);
		staged.signAll(org, "shizuishan", id);
		assertThat(records.find(id).state().name()).isEqualTo("ARCHIVED");
		assertThat(events(id, org.departing).stream().filter("ARCHIVED_COPY"::equals))
			.as("her own copy only, not the discipline department's")
			.hasSize(1);
	}

	/**
	 * Findings 10 and 9: the successor who also reviews for discipline gets the
	 * successor's notice of the submission, not a review request, and his 通过 says he
	 * cannot review it.
	 */
	@Test
	void aSuccessorWhoAlsoReviewsIsToldOnceAndAsTheSuccessor() {
		directory.assignRole(org.successor, Role.REVIEWER, Department.DISCIPLINE, org.city.id());
		long id = staged.inReview(org, ITEMS);
		assertThat(events(id, org.successor)).contains("CHECKLIST_SUBMITTED").doesNotContain("REVIEW_REQUESTED");
		assertThat(signoff.signersAs(records.find(id), SignerRole.REVIEWER_DISCIPLINE))
			.containsExactly(org.disciplineReviewer);
	}

	/**
	 * Finding 9: the discipline reviewer who is the successor of a handover under review
	 * says 通过 while another handover he approved is in focus: told about the one he is a
	 * party to, that he cannot review it.
	 */
	@Test
	void aReviewWordFromAPartyWhoReviewsSaysHeCannotReviewHisOwnHandover() {
		long reviewer = org.disciplineReviewer;
		directory.assignRole(directory.addOfficial("周纪检", "市纪委监委审核员", org.city.id()).id(), Role.REVIEWER,
				Department.DISCIPLINE, org.city.id());
		long leaving = directory.addOfficial("冯离任", "市委副秘书长", org.city.id()).id();
		long own = handovers
			.open(org.actor(org.organizer), new OpenRequest(org.city.id(), leaving, reviewer, HandoverReason.TRANSFER))
			.id();
		staged.drafted(org, own, ITEMS);
		checklist.submit(org.actor(leaving), own);
		long other = staged.inReview(org, ITEMS);
		String speaker = user(reviewer);
		chat.say(speaker, "切换 " + other);
		assertThat(String.join("\n", chat.say(speaker, "通过"))).contains("已代表纪检监察审核通过");

		String said = String.join("\n", chat.say(speaker, "通过"));
		assertThat(said).contains("交接" + own + "正在联合审核，您是交接" + own + "的接任人").contains("您不能以纪检监察的身份审核这项交接");
		assertThat(waitingSteps.steps(own)
			.stream()
			.anyMatch(s -> s.open() && s.kind() == WaitingStepKind.REVIEW && s.subject().equals("DISCIPLINE")))
			.as("his 通过 decided nothing on his own handover")
			.isTrue();
	}

	private void onlyReviewer(long party, Department department) {
		directory.rolesOf(org.reviewer(department))
			.stream()
			.filter(r -> r.role() == Role.REVIEWER)
			.forEach(r -> directory.removeRole(r.id()));
		directory.assignRole(party, Role.REVIEWER, department, org.city.id());
	}

	private long handoverCount() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM handover WHERE unit_id = ?", Long.class, org.department.id());
	}

	private List<String> events(long id, long to) {
		return jdbc.queryForList("SELECT event FROM outbox WHERE handover_id = ? AND recipient_id = ? ORDER BY id",
				String.class, id, to);
	}

	private List<Long> recipients(long id, String event) {
		return jdbc.queryForList("SELECT recipient_id FROM outbox WHERE handover_id = ? AND event = ? ORDER BY id",
				Long.class, id, event);
	}

	private List<String> payloads(long id, long to) {
		return jdbc.queryForList(
				"SELECT payload FROM outbox WHERE handover_id = ? AND recipient_id = ? AND event = 'REVIEW_REQUESTED'"
						+ " ORDER BY id",
				String.class, id, to);
	}

	/** The variants of the review requests sent to the official about the handover. */
	private List<String> variants(long id, long to) {
		return payloads(id, to).stream()
			.map(p -> p.replaceAll(".*\"variant\"\\s*:\\s*\"([^\"]+)\".*", "$1"))
			.filter(v -> !v.startsWith("{"))
			.toList();
	}

	private static String user(long official) {
		return "party-reviews-" + official;
	}

}

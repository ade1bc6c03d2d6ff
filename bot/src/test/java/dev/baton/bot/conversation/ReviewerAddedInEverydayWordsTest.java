package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 25, finding 2: on the opening card that said 财政部门没有其他审核人, the organizer's
 * 「财政那边加吴强审核吧」 was not read as adding a reviewer, and 「财政部门审核人增加 吴强」 (吴强 the system
 * administrator) was refused with the words about granting the administrator role.
 * Everyday words add the reviewer as the card's own form does, the card waits on; a
 * person the organizer may not change is refused in terms of what was asked.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class ReviewerAddedInEverydayWordsTest {

	private static final String NOBODY = "财政部门没有其他审核人";

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	TestOrg org;

	@Test
	void everydayWordsAreReadAsAddingAReviewer() {
		assertThat(ReviewerGrant.read("财政那边加吴强审核吧")).isEqualTo(said(Department.FINANCE, "吴强"));
		assertThat(ReviewerGrant.read("让吴强做财政的审核人")).isEqualTo(said(Department.FINANCE, "吴强"));
		assertThat(ReviewerGrant.read("财政部门审核人加上吴强")).isEqualTo(said(Department.FINANCE, "吴强"));
		assertThat(ReviewerGrant.read("财政部门审核人增加 吴强")).isEqualTo(said(Department.FINANCE, "吴强"));
		assertThat(ReviewerGrant.read("给审计加个审核人欧阳晓东")).isEqualTo(said(Department.AUDIT, "欧阳晓东"));
		assertThat(ReviewerGrant.read("把吴强设为纪检监察审核人")).isEqualTo(said(Department.DISCIPLINE, "吴强"));
		assertThat(ReviewerGrant.read("那就由吴强来当财政部门的审核人吧。")).isEqualTo(said(Department.FINANCE, "吴强"));
		// no reviewer word, or someone who is no name: not this command
		assertThat(ReviewerGrant.read("财政那边加上运维费")).isNull();
		assertThat(ReviewerGrant.read("我来做财政审核")).isNull();
		assertThat(ReviewerGrant.read("第2项审核人加上说明")).isNull();
	}

	@Test
	void aReviewerAddedInEverydayWordsUpdatesTheWaitingCard() {
		String organizer = opened();
		long feng = directory.addOfficial("冯新任", "市统计局副局长", org.department.id()).id();
		long jiang = directory.addOfficial("蒋三任", "市统计局副局长", org.department.id()).id();
		long chu = directory.addOfficial("褚四任", "市统计局副局长", org.department.id()).id();

		String added = String.join("\n", chat.say(organizer, "财政那边加冯新任审核吧"));
		assertThat(added).contains("已增设冯新任为市统计局的财政部门审核人")
			.contains("核对无误后回复“确认”发起交接")
			.contains("请确认发起交接")
			.contains("财政部门的审核由冯新任办理")
			.doesNotContain(NOBODY);
		assertThat(reviewerRoles(feng)).containsExactly("FINANCE@" + org.department.id());

		assertThat(String.join("\n", chat.say(organizer, "让蒋三任做财政的审核人"))).contains("已增设蒋三任为市统计局的财政部门审核人")
			.contains("请确认发起交接");
		assertThat(String.join("\n", chat.say(organizer, "财政部门审核人加上褚四任"))).contains("已增设褚四任为市统计局的财政部门审核人")
			.contains("请确认发起交接");
		assertThat(reviewerRoles(jiang)).containsExactly("FINANCE@" + org.department.id());
		assertThat(reviewerRoles(chu)).containsExactly("FINANCE@" + org.department.id());
	}

	@Test
	void anAdministratorIsRefusedAsAReviewerInTheWordsOfWhatWasAskedAndTheCardWaits() {
		String organizer = opened();
		for (String asked : List.of("财政那边加吴管理审核吧", "财政部门审核人增加 吴管理")) {
			String refused = String.join("\n", chat.say(organizer, asked));
			assertThat(refused).as(asked)
				.contains("不能把吴管理设为市统计局的财政部门审核人：吴管理是管辖" + org.city.name() + "的系统管理员")
				.contains("请另选一人，或请管辖" + org.city.name() + "的系统管理员办理")
				.doesNotContain("授予或收回系统管理员角色")
				.contains("确认卡片仍在等您")
				.contains("请确认发起交接")
				.contains(NOBODY);
		}
		assertThat(directory.rolesOf(org.admin)).extracting(r -> r.role()).containsExactly(Role.ADMIN);

		// the card still waits, and its warning still holds: 确认 is refused until a
		// reviewer who is no party is added (newcomer 25, finding 1)
		assertThat(String.join("\n", chat.say(organizer, "确认"))).contains("还不能发起这项交接").doesNotContain("已发起交接");
		assertThat(handovers.list(org.actor(org.organizer), HandoverFilter.all())
			.stream()
			.map(HandoverBrief::successorName)
			.toList()).doesNotContain("郑接任");
	}

	/**
	 * The organizer's opening card, waiting: the departing official is the finance
	 * department's only reviewer, so the card says nobody else reviews for it.
	 */
	private String opened() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.departing, org.successor, org.financeReviewer)) {
			directory.bindIdentity(chat.platform(), chat.corp(), ChatSteps.user(official), official);
		}
		directory.rolesOf(org.financeReviewer).forEach(r -> directory.removeRole(r.id()));
		directory.assignRole(org.departing, Role.REVIEWER, Department.FINANCE, org.department.id());
		String organizer = ChatSteps.user(org.organizer);
		assertThat(String.join("\n", chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 工作调动"))).contains("请确认发起交接")
			.contains(NOBODY);
		return organizer;
	}

	private List<String> reviewerRoles(long official) {
		return directory.rolesOf(official)
			.stream()
			.filter(r -> r.role() == Role.REVIEWER)
			.map(r -> r.department() + "@" + r.scopeUnitId())
			.toList();
	}

	private static ReviewerGrant.Said said(Department department, String name) {
		return new ReviewerGrant.Said(department, name);
	}

}

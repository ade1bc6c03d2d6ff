package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.integrations.chat.OutboundMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fixc15a, console5b: changing the successor in chat to someone who reviews the handover
 * for a department is asked about first, with the warning the console's check page gives
 * (仍然更换 / another name / 取消), and nothing changes before the answer; the opening card
 * offers 另选接任人 only when the successor is the party who reviews, never for the departing
 * official.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class SuccessorWhoReviewsInChatTest {

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

	@Autowired
	HandoverRecords records;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	String organizer;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.departing, org.successor, org.auditReviewer,
				org.organizationReviewer)) {
			directory.bindIdentity(chat.platform(), chat.corp(), user(official), official);
		}
		organizer = user(org.organizer);
	}

	@Test
	void aSuccessorWhoReviewsIsAskedAboutBeforeAnythingChanges() {
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.city.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();

		String asked = String.join("\n", chat.say(organizer, "更换接任人 " + id + " 孙审计 工作需要"));
		assertThat(asked).contains("要把交接" + id + "的接任人改为孙审计（理由：工作需要）")
			.contains("孙审计将成为这项交接的接任人，又是审计部门的审核人")
			.contains("利益冲突")
			.contains("审计部门没有其他审核人")
			.contains("另选接任人")
			.contains("仍然更换");
		assertThat(chat.lastCard(organizer).buttons()).extracting(OutboundMessage.Button::label)
			.containsExactly("仍然更换", "取消");
		assertThat(records.find(id).successorId()).as("nothing changed yet").isEqualTo(org.successor);
		assertThat(changeNotices(id)).isZero();

		// neither yes nor a name: asked again, still nothing changed
		assertThat(String.join("\n", chat.say(organizer, "稍等一下"))).contains("请回复“确认”仍然把接任人改为孙审计");
		assertThat(records.find(id).successorId()).isEqualTo(org.successor);

		// another name: that one instead, the reason kept
		long newcomer = directory.addOfficial("冯新任", "市统计局局长（新拟任）", org.department.id()).id();
		assertThat(String.join("\n", chat.say(organizer, "冯新任"))).contains("交接" + id + "的接任人已由郑接任改为冯新任");
		assertThat(records.find(id).successorId()).isEqualTo(newcomer);

		// 仍然更换 on the card: done
		chat.say(organizer, "更换接任人 " + id + " 孙审计 还是他合适");
		assertThat(records.find(id).successorId()).isEqualTo(newcomer);
		assertThat(String.join("\n", chat.press(organizer, "仍然更换"))).contains("已由冯新任改为孙审计");
		assertThat(records.find(id).successorId()).isEqualTo(org.auditReviewer);

		// 确认 in words: done; 取消: nothing
		chat.say(organizer, "更换接任人 " + id + " 李组审 再调整");
		assertThat(String.join("\n", chat.say(organizer, "取消"))).contains("没有更换接任人");
		assertThat(records.find(id).successorId()).isEqualTo(org.auditReviewer);
		assertThat(String.join("\n", chat.say(organizer, "更换接任人 " + id + " 李组审 再调整")))
			.contains("李组审将成为这项交接的接任人，又是组织部门的审核人");
		assertThat(String.join("\n", chat.say(organizer, "确认"))).contains("已由孙审计改为李组审");
		assertThat(records.find(id).successorId()).isEqualTo(org.organizationReviewer);
	}

	@Test
	void theOpeningCardOffersAnotherSuccessorOnlyWhenTheSuccessorReviews() {
		// 陈离任 is the audit department's only reviewer over the city
		directory.rolesOf(org.auditReviewer).forEach(r -> directory.removeRole(r.id()));
		directory.assignRole(org.departing, Role.REVIEWER, Department.AUDIT, org.city.id());
		String departingCard = String.join("\n", chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 调动"));
		assertThat(departingCard).contains("陈离任是这项交接的离任人，又是审计部门的审核人")
			.contains("审计部门没有其他审核人")
			.as("the departing official cannot be chosen again")
			.doesNotContain("另选接任人");
		chat.say(organizer, "取消");

		// 郑接任 the organization department's only reviewer: another successor is offered
		directory.rolesOf(org.organizationReviewer).forEach(r -> directory.removeRole(r.id()));
		directory.assignRole(org.successor, Role.REVIEWER, Department.ORGANIZATION, org.city.id());
		String successorCard = String.join("\n", chat.say(organizer, "发起交接 市统计局 陈离任 郑接任 调动"));
		assertThat(successorCard).contains("郑接任是这项交接的接任人，又是组织部门的审核人").contains("组织部门没有其他审核人").contains("或另选接任人");
		// newcomer 19: the party is not named among the joint reviewers the notice goes
		// to
		assertThat(successorCard).doesNotContain("组织部门 郑接任").contains("组织部门 无人审核（郑接任是交接当事人，须回避）");
	}

	private long changeNotices(long handoverId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND event = 'SUCCESSOR_CHANGED'",
				Long.class, handoverId);
	}

	private static String user(long official) {
		return "reviews-chat-" + official;
	}

}

package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.QueryCounter;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focus and 我的交接 are found by queries that filter in SQL: an organizer with more than
 * a page of newer running handovers still reaches an older one by 切换 N, 我的交接 pages
 * through all of them, and listing them costs the same number of statements for 3
 * handovers as for 25 (no query per row, no policy snapshot read for a list).
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class FocusAmongManyTest {

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
	QueryCounter queries;

	@Test
	void anOrganizerReachesARunningHandoverOlderThanAHundredNewerOnes() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String organizer = bind(org.organizer);
		long old = open(org, org.departing, org.successor);
		List<Long> newer = openMany(org, 101);

		List<String> switched = chat.say(organizer, "切换 " + old);

		assertThat(switched).singleElement()
			.asString()
			.startsWith("【交接" + old + " ")
			.contains("\n交接" + old + "：" + org.department.name() + "，陈离任 → 郑接任（待签收通知书）")
			.doesNotContain("找不到");
		assertThat(chat.say(organizer, "进度")).singleElement()
			.asString()
			.startsWith("【交接" + old + " ")
			.contains("\n交接" + old + "：");
		assertThat(chat.say(organizer, "进度 " + newer.get(0))).singleElement()
			.asString()
			.startsWith("【交接" + newer.get(0) + " ")
			.contains("\n交接" + newer.get(0) + "：");
		// 取消 N works on the old one too, and says which it cancelled
		assertThat(chat.say(organizer, "取消 " + old + " 任职调整撤回")).singleElement()
			.asString()
			.contains("交接" + old + "已取消");

		// 我的交接 pages through all of them: 101 running, 20 a page, the newest first, the
		// rest a reply away
		String first = chat.say(organizer, "我的交接").get(0);
		assertThat(first).startsWith("您可以查看的进行中交接共101项：")
			.contains("交接" + newer.get(100) + "：")
			.doesNotContain("交接" + newer.get(80) + "：")
			.contains("另有81项较早发起的，回复“我的交接 2”查看下一页。");
		String sixth = chat.say(organizer, "我的交接 6").get(0);
		assertThat(sixth).contains("交接" + newer.get(0) + "：").doesNotContain("另有");
		assertThat(chat.say(organizer, "我的交接 7")).singleElement().asString().startsWith("没有第7页");
	}

	@Test
	void myHandoversCostsTheSameStatementsForThreeAsForTwentyFive() {
		chat.listenWith(conversation);
		TestOrg few = new TestOrg(directory, actors, "shizuishan");
		TestOrg many = new TestOrg(directory, actors, "shizuishan");
		String fewOrganizer = bind(few.organizer);
		String manyOrganizer = bind(many.organizer);
		openMany(few, 3);
		openMany(many, 25);
		chat.say(fewOrganizer, "帮助"); // the dialogs exist before counting
		chat.say(manyOrganizer, "帮助");

		List<QueryCounter.Statement> forFew = queries.during(() -> chat.say(fewOrganizer, "我的交接")).statements();
		List<QueryCounter.Statement> forMany = queries.during(() -> chat.say(manyOrganizer, "我的交接")).statements();

		assertThat(chat.say(manyOrganizer, "我的交接").get(0)).startsWith("您可以查看的进行中交接共25项：");
		assertThat(methods(forMany)).as("statements for 25 handovers").isEqualTo(methods(forFew));
		assertThat(forMany).as("no list reads a policy or escalation snapshot")
			.noneMatch(s -> s.sql().contains("policy_snapshot") && !s.method().endsWith(".find"));
		assertThat(forMany).filteredOn(s -> s.sql().contains("policy_snapshot"))
			.as("at most the one handover in focus is read in full")
			.hasSizeLessThanOrEqualTo(1);
	}

	private List<Long> openMany(TestOrg org, int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long departing = directory.addOfficial("离任" + i, "市统计局副局长", org.department.id()).id();
			ids.add(open(org, departing, org.successor));
		}
		return ids;
	}

	private long open(TestOrg org, long departing, long successor) {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), departing, successor, HandoverReason.TRANSFER))
			.id();
	}

	private String bind(long official) {
		String user = "f" + official;
		directory.bindIdentity("WEB", ScriptedChat.CORP, user, official);
		return user;
	}

	private static List<String> methods(List<QueryCounter.Statement> statements) {
		return statements.stream().map(QueryCounter.Statement::method).toList();
	}

}

package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.conversation.ChatSteps.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 14 (findings 8, 10, 11, 12, 13, and hints of another role): the
 * organizer's 「统计局那个交接现在到哪一步了」「把统计局的交接书发我一下」 were not understood; after a return 现在到哪一步了
 * said only "填写清单中"; help showed a withdrawn item and 张三/李四; a card left open was never
 * mentioned again, or mentioned on every message; the return card did not say it records
 * 交接不清; a reviewer whose department had decided was still told to 通过 or 退回.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class FourteenthNewcomerOrganizerWordsInChatTest {

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
	Checklists checklists;

	@Autowired
	ArchivedHandovers archived;

	@Autowired
	ReviewService reviews;

	@Autowired
	JdbcTemplate jdbc;

	private TestOrg statistics() {
		chat.listenWith(conversation);
		return new TestOrg(directory, actors, "shizuishan",
				new TestOrg.Names("石嘴山市", "石嘴山市统计局", "CITY_DEPARTMENT", "陈建国", "石嘴山市统计局局长", "郑晓东", "石嘴山市统计局副局长"));
	}

	/** The official's web chat account, bound. */
	private String bound(long official) {
		directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		return user(official);
	}

	private ChatSteps steps() {
		return new ChatSteps(chat, directory, handovers, checklists);
	}

	/** A handover opened in another unit of the org's city, named {@code unit}. */
	private long openedIn(TestOrg org, String unit) {
		OrgUnit u = directory.createUnit(org.city.id(), "u-" + System.nanoTime(), unit, "CITY_DEPARTMENT");
		long leaving = directory.addOfficial("马离任", unit + "局长", u.id()).id();
		long coming = directory.addOfficial("牛接任", unit + "副局长", u.id()).id();
		return handovers
			.open(org.actor(org.organizer), new OpenRequest(u.id(), leaving, coming, HandoverReason.TRANSFER))
			.id();
	}

	private long documentsAsked(long handoverId, long by) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND event = 'DOCUMENT_REQUESTED' AND recipient_id = ?",
				Long.class, handoverId, by);
	}

	@Test
	void theOrganizerNamesAHandoverByItsUnitsShortNameAndIsAnsweredAboutIt() {
		TestOrg org = statistics();
		String organizer = bound(org.organizer);
		long id = archived.archived(org, "shizuishan");
		long other = openedIn(org, "石嘴山市农业农村局");

		for (String words : List.of("统计局那个交接现在到哪一步了", "统计局的交接到哪了")) {
			String said = say(organizer, words);
			assertThat(said).as(words)
				.contains("交接" + id + "：石嘴山市统计局，陈建国 → 郑晓东")
				.contains("清单事项2项")
				.doesNotContain("没有听懂")
				.doesNotContain("农业农村局");
		}
		String sent = say(organizer, "把统计局的交接书发我一下");
		assertThat(sent).contains("交接" + id + "的交接书（PDF）将以文件发到您的对话中").doesNotContain("没有听懂");
		assertThat(documentsAsked(id, org.organizer)).isOne();
		assertThat(documentsAsked(other, org.organizer)).isZero();

		// the other unit by its own short name, and the existing words as they were
		assertThat(say(organizer, "农业农村局的交接到哪了")).contains("交接" + other + "：石嘴山市农业农村局");
		assertThat(say(organizer, "交接书 " + id)).contains("交接" + id + "的交接书（PDF）将以文件发到您的对话中");
		assertThat(documentsAsked(id, org.organizer)).isEqualTo(2);
		assertThat(say(organizer, "进度 " + id)).contains("交接" + id + "：石嘴山市统计局");
	}

	@Test
	void aShortNameOfSeveralUnitsIsAskedAboutAndOneOfNoneIsSaidSo() {
		TestOrg org = statistics();
		String organizer = bound(org.organizer);
		long id = archived.archived(org, "shizuishan");
		long county = openedIn(org, "平罗县统计局");

		String which = say(organizer, "统计局的交接到哪了");
		assertThat(which).contains("“统计局”对得上您可以查看的2项交接")
			.contains("交接" + id + "：石嘴山市统计局")
			.contains("交接" + county + "：平罗县统计局")
			.contains("进度 编号");
		String whichDocument = say(organizer, "把统计局的交接书发我一下");
		assertThat(whichDocument).contains("对得上您可以查看的2项交接").contains("交接书 编号");
		assertThat(documentsAsked(id, org.organizer)).isZero();

		// a distinctive part of one name picks it
		assertThat(say(organizer, "平罗县的交接现在到哪一步了")).contains("交接" + county + "：平罗县统计局").doesNotContain("石嘴山市统计局，");
		assertThat(say(organizer, "把石嘴山市统计局的交接书发我一下")).contains("交接" + id + "的交接书（PDF）");
		assertThat(documentsAsked(id, org.organizer)).isOne();

		String none = say(organizer, "教育局的交接到哪了");
		assertThat(none).contains("找不到单位名称含“教育局”、您可以查看的交接").doesNotContain("没有听懂");
		// someone who may not see them: no unit of theirs, nothing sent
		assertThat(say(bound(org.outsideOrganizer), "把统计局的交接书发我一下")).contains("找不到单位名称含“统计局”");
		assertThat(documentsAsked(id, org.outsideOrganizer)).isZero();
	}

	@Test
	void afterAReturnWhereItStandsSaysByWhomOnWhichItemAndWhatToDo() {
		TestOrg org = statistics();
		long id = steps().inReviewWithTwoItems(org);
		say(user(org.financeReviewer), "退回 第2项 请附维修合同和验收单");
		assertThat(records.find(id).state()).isEqualTo(HandoverState.DRAFTING);

		String departing = user(org.departing);
		String status = say(departing, "现在到哪一步了");
		assertThat(status).contains("填写清单中")
			.contains("交接清单在第1轮联合审核中被财政部门退回")
			.contains("第2项“办公楼维修改造”：请附维修合同和验收单")
			.contains("“第2项补充：…”")
			.contains("重新送审");
		// the organizer reads the return, not what the departing official is to do
		assertThat(say(bound(org.organizer), "进度 " + id)).contains("被财政部门退回").doesNotContain("重新送审");

		// once resubmitted, no return is said
		say(departing, "第2项补充：维修合同和验收单存局办公室");
		say(departing, "重新送审");
		assertThat(records.find(id).state()).isEqualTo(HandoverState.IN_REVIEW);
		assertThat(say(departing, "现在到哪一步了")).doesNotContain("退回");
	}

	@Test
	void helpExamplesUseAnItemThatIsThereAndNoNamesThatCouldBeData() {
		TestOrg org = statistics();
		long id = steps().openAndSign(org, List.of(org.departing, org.organizer));
		String departing = user(org.departing);
		say(departing, "统计平台运维 推进中 12万元 2027-03-31");
		say(departing, "撤销");
		say(departing, "统计数据平台二期 推进中 120万元 2027-03-31");
		assertThat(checklists.withdrawnItems(id)).extracting(i -> i.seq()).containsExactly(1);
		assertThat(checklists.items(id)).extracting(i -> i.seq()).containsExactly(2);

		String help = say(departing, "帮助");
		assertThat(help).contains("第2项金额改为120万")
			.contains("删除第2项")
			.contains("｜清单｜第2项｜")
			.doesNotContain("第1项")
			.doesNotContain("第3项");

		String organizerHelp = say(user(org.organizer), "帮助");
		// the bureau has one official outside its running handover: two of the city's are
		// named (newcomer 22, finding 8), not the only holders of a reviewer post, whose
		// handover would be refused (newcomer 25, finding 1)
		assertThat(organizerHelp).contains("发起交接 " + org.city.name() + " 周监督 吴管理 ")
			.doesNotContain("张三")
			.doesNotContain("李四")
			.doesNotContain("第1项");
	}

	@Test
	void theReturnCardSaysItRecords交接不清OnlyWhenItWill() {
		TestOrg org = statistics();
		long id = steps().inReviewWithTwoItems(org);
		String finance = user(org.financeReviewer);
		String asked = say(finance, "第2项的维修合同好像没附？");
		assertThat(asked).contains("您是要退回交接清单吗").contains("退回将记录为“交接不清”");
		assertThat(flags(id)).isZero();

		chat.press(finance, "退回");
		assertThat(records.find(id).state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(flags(id)).isOne();

		String departing = user(org.departing);
		say(departing, "第2项补充：合同存局办公室");
		say(departing, "重新送审");
		String again = say(finance, "第2项的验收单好像也没附？");
		assertThat(again).contains("您是要退回交接清单吗").contains("已因此前的退回记为“交接不清”，这次退回不再另记").doesNotContain("退回将记录为");
		chat.press(finance, "退回");
		assertThat(flags(id)).isOne();
	}

	private long flags(long handoverId) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM discipline_flag WHERE handover_id = ? AND flag = 'UNCLEAR_HANDOVER'", Long.class,
				handoverId);
	}

	@Test
	void aCardLeftOpenIsSaidOnceAtTheEndOfTheNextReply() {
		TestOrg org = statistics();
		long id = steps().inReviewWithTwoItems(org);
		String finance = user(org.financeReviewer);
		say(finance, "第2项的维修合同好像没附？");

		String other = say(finance, "进度");
		assertThat(other).contains("联合审核");
		assertThat(lastLine(other)).startsWith("上面“请确认您的意思”的卡片还在等您回答").contains("“不是”");
		assertThat(reminded(finance)).isOne();
		// once per card: not on every message
		assertThat(say(finance, "进度")).doesNotContain("还在等您回答");
		assertThat(say(finance, "我的交接")).doesNotContain("还在等您回答");
		// the checklist's own review card, left open, is said once in its turn
		assertThat(say(finance, "清单")).doesNotContain("还在等您回答");
		assertThat(lastLine(say(finance, "进度"))).startsWith("上面“联合审核”的卡片还在等您回答");
		assertThat(say(finance, "进度")).doesNotContain("还在等您回答");
		assertThat(reminded(finance)).isEqualTo(2);
		assertThat(records.find(id).state()).isEqualTo(HandoverState.IN_REVIEW);

		// a yes or no is the card's answer: nothing said about it
		say(finance, "第1项的批复文件好像没附？");
		assertThat(say(finance, "不是")).doesNotContain("还在等您回答");
		assertThat(records.find(id).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	private long reminded(String userId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM chat_card WHERE user_id = ? AND reminded_at IS NOT NULL",
				Long.class, userId);
	}

	@Test
	void hintsAreTrueForTheReadersRoleAndState() {
		TestOrg org = statistics();
		long id = steps().inReviewWithTwoItems(org);
		String finance = user(org.financeReviewer);
		String audit = user(org.auditReviewer);

		// a reviewer whose department has not decided is told how to; one that has, not
		assertThat(say(audit, "签收")).contains("回复“通过”或“退回");
		say(finance, "通过");
		String decided = say(finance, "签收");
		assertThat(decided).doesNotContain("回复“通过”或“退回").contains("您这边现在没有需要办理的事项");
		assertThat(say(finance, "帮助")).doesNotContain("· 通过：");

		// the departing official and the successor while the review runs: nothing of
		// theirs
		assertThat(say(user(org.successor), "帮助")).doesNotContain("请逐项确认").doesNotContain("回复“通过”");
		assertThat(say(user(org.departing), "帮助")).contains("您这边现在没有需要办理的事项").doesNotContain("回复“提交”");

		// confirming: the ruling department with no dispute waiting is not told to rule
		for (long reviewer : List.of(org.organizationReviewer, org.disciplineReviewer, org.auditReviewer)) {
			say(user(reviewer), "通过");
		}
		assertThat(records.find(id).state()).isEqualTo(HandoverState.CONFIRMING);
		String ruler = say(audit, "好的");
		assertThat(ruler).doesNotContain("裁定 项号").contains("目前没有待您裁定的异议");
		assertThat(say(user(org.successor), "帮助")).contains("请逐项确认");
	}

	private static String lastLine(String said) {
		String[] lines = said.split("\n");
		return lines[lines.length - 1];
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}

package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Supplement;
import dev.baton.bot.confirmation.Dispute;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.Progress;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.review.ReviewComment;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static dev.baton.bot.conversation.ChatSteps.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, "the record is right when people talk naturally": what Baton stores from a message
 * is the words as the person wrote them (full-width digits and letters, ①, ㎡), not the
 * grammar's normalized form; the figures are still read from it.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class WordsAsWrittenInChatTest {

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
	Checklists checklists;

	@Autowired
	StagedHandovers staged;

	@Autowired
	ReviewService review;

	@Autowired
	Disputes disputes;

	@Autowired
	FollowUpService followUp;

	@Autowired
	HandoverRecords records;

	@Test
	void itemsKeepTheirWordsAsWrittenAndTheirFiguresAreRead() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		long h = new ChatSteps(chat, directory, handovers, checklists).openAndSign(org,
				List.of(org.departing, org.successor, org.organizer, org.financeReviewer, org.organizationReviewer,
						org.disciplineReviewer, org.auditReviewer));
		String departing = user(org.departing);

		String area = "办公用房 ３２０㎡";
		String reply = say(departing, area);
		Item first = checklists.item(h, 1);
		assertThat(first.said()).as(reply).isEqualTo(area);
		assertThat(first.quantity()).as(reply).isEqualByComparingTo("320");
		assertThat(first.title()).as(reply).isEqualTo("办公用房");
		assertThat(reply).contains("原文：" + area).doesNotContain("320m2");

		String works = "①会议室改造 推进中";
		reply = say(departing, works);
		assertThat(checklists.item(h, 2).title()).as(reply).isEqualTo("①会议室改造");

		String owed = "欠ＡＢＣ公司合同尾款５０万元";
		reply = say(departing, owed);
		Item third = checklists.item(h, 3);
		assertThat(third.amount()).as(reply).isEqualByComparingTo("500000");
		assertThat(third.title()).as(reply).contains("ＡＢＣ公司").doesNotContain("ABC");
		assertThat(third.said()).as(reply).isEqualTo(owed);

		reply = say(departing, "第3项说明改为见ＡＢＣ公司①号合同");
		assertThat(checklists.item(h, 3).details()).as(reply).isEqualTo("见ＡＢＣ公司①号合同");
	}

	@Test
	void aReviewersCommentIsKeptAsWritten() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		directory.bindIdentity("WEB", ScriptedChat.CORP, "r" + org.financeReviewer, org.financeReviewer);
		directory.bindIdentity("WEB", ScriptedChat.CORP, "r" + org.departing, org.departing);
		long h = staged.inReview(org,
				List.of(Stated.balance("应付宁夏某信息技术公司运维费", "185000"), Stated.balance("应收市社保中心代垫职工社保费", "32000")));
		String reply = say("r" + org.financeReviewer, "退回 第2项 请附ＡＢＣ公司①号对账单");
		assertThat(review.comments(h)).as(reply).extracting(ReviewComment::body).containsExactly("请附ＡＢＣ公司①号对账单");
		assertThat(reply).contains("请附ＡＢＣ公司①号对账单");
		// and the departing official's supplement to the item returned
		reply = say("r" + org.departing, "第2项补充：已附ＡＢＣ公司①号对账单");
		assertThat(checklists.supplements(h)).as(reply).extracting(Supplement::body).containsExactly("已附ＡＢＣ公司①号对账单");
	}

	@Test
	void aDisputeAndItsRulingAreKeptAsWritten() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		directory.bindIdentity("WEB", ScriptedChat.CORP, "s" + org.successor, org.successor);
		directory.bindIdentity("WEB", ScriptedChat.CORP, "a" + org.auditReviewer, org.auditReviewer);
		long h = staged.confirming(org, "shizuishan",
				List.of(Stated.balance("基本户银行存款余额", "1234567.89"), Stated.balance("应收市社保中心代垫职工社保费", "32000")));
		String reply = say("s" + org.successor, "异议 2 ＡＢＣ银行①号户对账单不一致");
		assertThat(disputes.forHandover(h)).as(reply).extracting(Dispute::reason).containsExactly("ＡＢＣ银行①号户对账单不一致");
		reply = say("a" + org.auditReviewer, "裁定 2 维持 已核实ＡＢＣ银行①号户");
		assertThat(disputes.forHandover(h)).as(reply).extracting(Dispute::rulingNote).containsExactly("已核实ＡＢＣ银行①号户");
	}

	@Test
	void planStepsAndProgressAreKeptAsWritten() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		directory.bindIdentity("WEB", ScriptedChat.CORP, user(org.successor), org.successor);
		long h = staged.archived(org, "shizuishan", List.of(Stated.work("梅溪河上梅段生态护岸工程")));
		String successor = user(org.successor);
		String reply = say(successor, "计划 1 2027-03-31 完成①号护岸ＡＢ段砌筑");
		assertThat(followUp.steps(h)).as(reply)
			.extracting(FollowUpStep::description)
			.singleElement()
			.asString()
			.contains("完成①号护岸ＡＢ段砌筑");
		reply = say(successor, "进展 1.1 ＡＢ段已砌筑３２０米");
		assertThat(followUp.progress(h)).as(reply).extracting(Progress::note).containsExactly("ＡＢ段已砌筑３２０米");
	}

	@Test
	void aCancellationsReasonIsKeptAsWritten() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		directory.bindIdentity(chat.platform(), chat.corp(), user(org.organizer), org.organizer);
		String organizer = user(org.organizer);
		long asked = open(org);
		say(organizer, "取消交接 " + asked);
		String reply = say(organizer, "①号文件调整，ＡＢＣ人选撤回");
		assertThat(records.find(asked).cancelReason()).as(reply).isEqualTo("①号文件调整，ＡＢＣ人选撤回");
		long said = open(org);
		reply = say(organizer, "取消" + said + "号交接，理由是ＡＢＣ人选调整");
		assertThat(records.find(said).cancelReason()).as(reply).isEqualTo("ＡＢＣ人选调整");
	}

	/**
	 * Words that come back through a card (记为两项, a guessed ruling's 确认 or a typed yes, 退回
	 * on a reviewer's words about items) are stored as typing them directly stores them.
	 */
	@Test
	void twoItemsSplitOnTheCardKeepTheirWordsAsWritten() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		long h = new ChatSteps(chat, directory, handovers, checklists).openAndSign(org,
				List.of(org.departing, org.successor, org.organizer, org.financeReviewer, org.organizationReviewer,
						org.disciplineReviewer, org.auditReviewer));
		String departing = user(org.departing);
		String said = "ＡＢ村茶叶初制所改造 推进中 总投资９５万元，①号楼已拨付６０万元";
		assertThat(say(departing, said)).contains("是两项吗");
		String reply = String.join("\n", chat.press(departing, "记为两项"));
		assertThat(checklists.item(h, 1).title()).as(reply).contains("ＡＢ村").doesNotContain("AB");
		assertThat(checklists.item(h, 2).title()).as(reply).isEqualTo("①号楼已拨付");
		assertThat(checklists.item(h, 2).said()).as(reply).isEqualTo(said);
		assertThat(checklists.item(h, 2).amount()).as(reply).isEqualByComparingTo("600000");
	}

	@Test
	void aGuessedRulingIsKeptAsWrittenPressedOrSaidYes() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String successor = "s" + org.successor;
		String audit = "a" + org.auditReviewer;
		directory.bindIdentity("WEB", ScriptedChat.CORP, successor, org.successor);
		directory.bindIdentity("WEB", ScriptedChat.CORP, audit, org.auditReviewer);
		long h = staged.confirming(org, "shizuishan",
				List.of(Stated.balance("基本户银行存款余额", "1234567.89"), Stated.balance("应收市社保中心代垫职工社保费", "32000")));
		say(successor, "异议 1 ＡＢＣ银行①号户对账单不一致");
		say(successor, "异议 2 代垫社保费金额不对");
		assertThat(say(audit, "第1项我们去核实了，ＡＢＣ银行①号户对账单一致，维持原陈述")).contains("您是要裁定第1项");
		String reply = String.join("\n", chat.press(audit, "确认"));
		assertThat(say(audit, "第2项我们去核实了，ＡＢ中心①号单据一致，维持原陈述")).contains("您是要裁定第2项");
		reply += "\n" + say(audit, "是");
		assertThat(disputes.forHandover(h)).as(reply)
			.extracting(Dispute::rulingNote)
			.containsExactlyInAnyOrder("我们去核实了，ＡＢＣ银行①号户对账单一致", "我们去核实了，ＡＢ中心①号单据一致");
	}

	@Test
	void aReturnOfferedForAReviewersWordsIsKeptAsWritten() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		String finance = "r" + org.financeReviewer;
		directory.bindIdentity("WEB", ScriptedChat.CORP, finance, org.financeReviewer);
		long h = staged.inReview(org,
				List.of(Stated.balance("应付宁夏某信息技术公司运维费", "185000"), Stated.balance("应收市社保中心代垫职工社保费", "32000")));
		String words = "第2项和第1项好像是ＡＢＣ公司①号合同的同一笔钱，请说明一下";
		assertThat(say(finance, words)).contains("退回");
		String reply = String.join("\n", chat.press(finance, "退回"));
		assertThat(review.comments(h)).as(reply)
			.extracting(ReviewComment::body)
			.isNotEmpty()
			.allSatisfy(body -> assertThat(body).contains("ＡＢＣ公司①号合同").doesNotContain("ABC"));
	}

	@Test
	void aNameSaidWithOpeningIsSaidBackAsWritten() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		directory.bindIdentity(chat.platform(), chat.corp(), user(org.organizer), org.organizer);
		// 「⽉」 is the Kangxi radical, read as 月: nobody of the name is found, and it is
		// said back as typed
		String reply = say(user(org.organizer), "发起交接 市统计局 欧阳明⽉ 郑接任 调动");
		assertThat(reply).contains("没有找到“欧阳明⽉”").doesNotContain("欧阳明月");
	}

	private long open(TestOrg org) {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}

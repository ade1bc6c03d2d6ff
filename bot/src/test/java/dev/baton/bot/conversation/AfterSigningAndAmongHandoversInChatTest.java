package dev.baton.bot.conversation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.signoff.SignoffService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer pass 3, findings 22 and 26.
 * <ul>
 * <li>"签字成功（离任干部）。" said nothing of what comes next: the reply names who still has to
 * sign, and the last signature says the record is sealed and archived.</li>
 * <li>Someone who may see several running handovers (an administrator of the city) reads
 * every reply about one headed by 【交接N 单位 离任→接任】, 进度 and 帮助 included; 进度 without a number
 * is about the handover the README names: the newest running one in their scope, until
 * they switch.</li>
 * </ul>
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class AfterSigningAndAmongHandoversInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	StagedHandovers staged;

	@Autowired
	HandoverRecords records;

	@Autowired
	HandoverService handovers;

	@Autowired
	SignoffService signoff;

	@Autowired
	Policies policies;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.successor, org.auditReviewer, org.financeReviewer, org.admin)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "s" + official, official);
		}
	}

	@Test
	void aSignatureSaysWhoStillHasToSignAndTheLastSaysTheRecordIsArchived() {
		long h = staged.confirming(org, "shizuishan", List.of(Stated.balance("基本户银行存款余额", "1234567.89")));
		confirmation.confirmAllPending(org.actor(org.successor), h); // every item
																		// confirmed:
																		// signing opens
		assertThat(records.find(h).state()).isEqualTo(HandoverState.SIGNING);

		String signed = sign("s" + org.departing);
		assertThat(signed).contains("签字成功（离任干部）")
			.contains("还需")
			.contains("接任干部")
			.contains("组织部门")
			.contains("审计部门审核人")
			.doesNotContain("离任干部、");
		// newcomer 16, finding 12: 「还需接任干部、组织部门、…审计部门审核人签字」 listed the remaining
		// signers by role only; they are named, as review replies do
		assertThat(signed).contains("接任干部（" + directory.official(org.successor).name() + "）")
			.contains("组织部门（王组织）")
			.contains("审计部门审核人（孙审计）");

		// everyone but the audit reviewer signs; the last signature seals the record
		for (SignerRole role : policies.byCode("shizuishan").signers()) {
			if (role == SignerRole.DEPARTING || role == SignerRole.REVIEWER_AUDIT) {
				continue;
			}
			var signer = org.actor(switch (role) {
				case SUCCESSOR -> org.successor;
				case ORGANIZER -> org.organizer;
				default -> org.reviewer(role.department());
			});
			signoff.sign(signer, h, signoff.issueCode(signer, h));
		}
		String last = sign("s" + org.auditReviewer);
		assertThat(last).contains("签字成功（审计部门审核人）").contains("归档").doesNotContain("还需");
		assertThat(records.find(h).state()).isIn(HandoverState.ARCHIVED, HandoverState.CLOSED);
	}

	@Test
	void severalRunningHandoversHeadEveryReplyAndStatusIsAboutTheNewestInScope() {
		long older = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		OrgUnit township = directory.createUnit(org.city.id(), "town-" + older, "上梅乡", "TOWNSHIP");
		long leaving = directory.addOfficial("陈清忠", "乡党委书记", township.id()).id();
		long coming = directory.addOfficial("方福彬", "乡党委书记（拟任）", township.id()).id();
		long newer = handovers
			.open(org.actor(org.organizer), new OpenRequest(township.id(), leaving, coming, HandoverReason.TRANSFER))
			.id();
		String admin = "s" + org.admin;

		String status = say(admin, "进度");
		assertThat(status).startsWith("【交接" + newer + " 上梅乡 陈清忠→方福彬】").contains("交接" + newer + "：上梅乡");
		assertThat(say(admin, "帮助")).startsWith("【交接" + newer + " ");
		assertThat(say(admin, "切换 " + older)).startsWith("【交接" + older + " " + org.department.name() + " 陈离任→郑接任】");
		assertThat(say(admin, "进度")).startsWith("【交接" + older + " ");
		// about all of them: no one handover's header
		assertThat(say(admin, "我的交接")).startsWith("您可以查看的进行中交接共");
	}

	/**
	 * Newcomer 25, finding 8: with an archived handover in focus, words not understood
	 * were answered with help about it (交接书, 台账) while a step of another handover waited
	 * on the person; and "好的签收" was not understood although "签收" was. The help says what
	 * waits on them first, as 我的待办 does; a yes run into a command word is that command.
	 */
	@Test
	void wordsNotUnderstoodSayWhatWaitsElsewhereAndAYesRunIntoACommandIsIt() {
		long archived = staged.archived(org, "shizuishan", List.of(Stated.unfinishedMoney("欠宁夏信达软件公司运维费", "380000")));
		String finance = "s" + org.financeReviewer;
		assertThat(say(finance, "进度")).contains("交接" + archived);
		OrgUnit township = directory.createUnit(org.city.id(), "town-" + archived, "上梅乡", "TOWNSHIP");
		long leaving = directory.addOfficial("陈清忠", "乡党委书记", township.id()).id();
		long coming = directory.addOfficial("方福彬", "乡党委书记（拟任）", township.id()).id();
		directory.bindIdentity("WEB", ScriptedChat.CORP, "s" + leaving, leaving);
		long newer = handovers
			.open(org.actor(org.organizer), new OpenRequest(township.id(), leaving, coming, HandoverReason.TRANSFER))
			.id();
		assertThat(say("s" + leaving, "好的签收")).contains("已签收").doesNotContain("没有听懂");
		assertThat(records.find(newer).state()).isEqualTo(HandoverState.DRAFTING);
		submit(leaving, newer);

		String notUnderstood = say(finance, "上周开会说的那份材料我放在办公室了");
		assertThat(notUnderstood).startsWith("没有听懂这条消息。")
			.contains("交接" + newer)
			.contains("联合审核")
			.doesNotContain("已封存归档")
			.doesNotContain("交接书 " + archived);
		assertThat(say(finance, "好的通过")).contains("已代表财政部门审核通过");
	}

	private void submit(long departing, long id) {
		var actor = org.actor(departing);
		List<Section> sections = checklists.sections(id);
		checklist.addItem(actor, id, sections.get(0).code(),
				new ItemDraft("村道硬化工程", null, ItemStatus.DONE, null, null, null, null, null, null));
		for (Section s : sections.subList(1, sections.size())) {
			checklist.declareSectionEmpty(actor, id, s.code());
		}
		checklist.submit(actor, id);
	}

	private String sign(String user) {
		String issued = say(user, "签字");
		Matcher m = Pattern.compile("(\\d{6})").matcher(issued);
		assertThat(m.find()).as(issued).isTrue();
		return say(user, "签字 " + m.group(1));
	}

	private String say(String user, String text) {
		return String.join("\n", chat.say(user, text));
	}

}

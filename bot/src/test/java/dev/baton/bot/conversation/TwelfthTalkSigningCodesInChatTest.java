package dev.baton.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.signoff.SignoffService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 11 (孙磊, audit reviewer, signing two handovers): "签字 764851" typed a
 * second time, after it had signed 交接4, was taken to 交接3 (where his signature still
 * waited) and answered 没有有效的签字码, as if the code were wrong. A signing code belongs to the
 * handover it was issued for: typed again it says it was used there; typed while another
 * handover is in focus it signs the one it was issued for; either way the reply says when
 * the handover in focus waits on a signature too, and how to get its own code.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class TwelfthTalkSigningCodesInChatTest {

	private static final Pattern CODE = Pattern.compile("签字码是 (\\d{6})");

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
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService review;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	SignoffService signoff;

	@Autowired
	Policies policies;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	@Test
	void aCodeTypedAgainAfterItSignedSaysItWasUsedThereAndSignsNothingElse() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "default");
		long first = signing(org.department, org.departing, org.successor);
		long second = secondInSigning();
		String audit = bound(org.auditReviewer);

		chat.say(audit, "切换 " + second);
		String code = code(chat.say(audit, "签字"));
		assertThat(String.join("\n", chat.say(audit, "签字 " + code))).contains("签字成功（审计部门审核人）");
		assertThat(signedBy(second)).containsExactly(org.auditReviewer);

		String again = String.join("\n", chat.say(audit, "签字 " + code));

		assertThat(again).contains("这个签字码是交接" + second + "的")
			.contains("您已经签过字了，无需再签")
			.contains("交接" + first + "也等您签字：请回复“签字”获取交接" + first + "的签字码")
			.doesNotContain("没有有效的签字码")
			.doesNotContain("签字码不正确");
		assertThat(signedBy(first)).as("nothing signed in the other handover").isEmpty();
		assertThat(rejected(first)).as("no attempt spent on the other handover").isZero();

		// the one in focus now signs with its own code
		String own = code(chat.say(audit, "签字"));
		assertThat(String.join("\n", chat.say(audit, "签字 " + own))).contains("签字成功（审计部门审核人）").doesNotContain("这个签字码是");
		assertThat(signedBy(first)).containsExactly(org.auditReviewer);
	}

	@Test
	void aCodeTypedWhileAnotherHandoverIsInFocusSignsTheOneItWasIssuedFor() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "default");
		long first = signing(org.department, org.departing, org.successor);
		long second = secondInSigning();
		String audit = bound(org.auditReviewer);

		chat.say(audit, "切换 " + second);
		String code = code(chat.say(audit, "签字"));
		chat.say(audit, "切换 " + first);

		String signed = String.join("\n", chat.say(audit, "签字 " + code));

		assertThat(signed).contains("这个签字码是交接" + second + "的，已按交接" + second + "办理")
			.contains("签字成功（审计部门审核人）")
			.contains("交接" + first + "也等您签字")
			.doesNotContain("没有有效的签字码")
			.doesNotContain("签字码不正确");
		assertThat(signedBy(second)).containsExactly(org.auditReviewer);
		assertThat(signedBy(first)).isEmpty();
		assertThat(rejected(first)).isZero();

		// a code nobody issued is still wrong where it is typed
		chat.say(audit, "签字");
		String wrong = String.join("\n", chat.say(audit, code.equals("000000") ? "签字 000001" : "签字 000000"));
		assertThat(wrong).contains("签字码不正确").doesNotContain("这个签字码是");
	}

	/** A second handover of the city, in signing, with the same reviewers. */
	private long secondInSigning() {
		OrgUnit unit = directory.createUnit(org.city.id(), "quake-" + System.nanoTime(), "市地震局", "CITY_DEPARTMENT");
		long leaving = directory.addOfficial("周红", "市地震局局长", unit.id()).id();
		long coming = directory.addOfficial("吴强", "市地震局副局长", unit.id()).id();
		return signing(unit, leaving, coming);
	}

	/** Opened, filled, approved and confirmed through the services: in signing. */
	private long signing(OrgUnit unit, long departing, long successor) {
		long id = handovers
			.open(org.actor(org.organizer), new OpenRequest(unit.id(), departing, successor, HandoverReason.TRANSFER))
			.id();
		Actor leaving = org.actor(departing);
		handovers.acknowledge(leaving, id);
		checklist.addItem(leaving, id, "key_work",
				new ItemDraft("城区污水管网改造", "一期完工", ItemStatus.IN_PROGRESS, null, null, null, null, "城建办", true));
		for (var s : checklists.sections(id)) {
			if (!s.code().equals("key_work")) {
				checklist.declareSectionEmpty(leaving, id, s.code());
			}
		}
		checklist.submit(leaving, id);
		for (Department d : policies.byCode("default").reviewers()) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
		}
		confirmation.confirmAllPending(org.actor(successor), id);
		assertThat(records.find(id).state()).isEqualTo(HandoverState.SIGNING);
		return id;
	}

	private String bound(long official) {
		directory.bindIdentity("WEB", ScriptedChat.CORP, ChatSteps.user(official), official);
		return ChatSteps.user(official);
	}

	private static String code(List<String> replies) {
		Matcher m = CODE.matcher(String.join("\n", replies));
		assertThat(m.find()).as(String.join("\n", replies)).isTrue();
		return m.group(1);
	}

	private List<Long> signedBy(long handoverId) {
		return signoff.signatures(handoverId)
			.stream()
			.map(s -> s.officialId())
			.filter(id -> id == org.auditReviewer)
			.toList();
	}

	private int rejected(long handoverId) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action = 'SIGNING_CODE_REJECTED'",
				Integer.class, handoverId);
	}

}

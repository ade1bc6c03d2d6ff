package dev.baton.bot.conversation;

import java.time.Duration;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.console.ConsoleHttp;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.delivery.ReplySender;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.handover.WaitingSteps;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.emulator.PlatformEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * #12, newcomer 10 (item 12) on WeCom and on DingTalk through the emulator over real
 * HTTP: a reviewer whose reviews wait in two handovers, looking at a third where nothing
 * waits on them, says 通过; Baton asks which with a card (a WeCom template card, a DingTalk
 * interactive card) and approves only the one pressed; the next 通过 is done on the one
 * left, and the reply says so. And a card live in someone's chat shows the outcome of its
 * action taken on the console, with no press (#12).
 */
@DomainContext
@Import(EmulatorChat.Config.class)
@TestPropertySource(properties = "baton.delivery.worker=false")
class WhichHandoverOnPlatformsTest {

	static final PlatformEmulator emulator = EmulatorChat.startEmulator();

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorChat.registerApps(registry, emulator);
	}

	@Autowired
	MutableClock clock;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	WaitingSteps waitingSteps;

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	ReplySender replies;

	@Value("${local.server.port}")
	int port;

	@BeforeEach
	void realTime() {
		EmulatorChat.atEmulatorTime(clock, emulator, port);
	}

	@Test
	void onWeCom() {
		pickedOnACardThenDoneOnTheOneLeft(new EmulatorChat(emulator, true, port));
	}

	@Test
	void onDingTalk() {
		pickedOnACardThenDoneOnTheOneLeft(new EmulatorChat(emulator, false, port));
	}

	/**
	 * #12: the 签收 card live in the departing official's chat shows that the handover
	 * ended when the organizer cancels it on the console (a WeCom update_template_card
	 * with the send's response code, a DingTalk interactive card update), with no press;
	 * pressed after, it answers that and signs for nothing.
	 */
	@Test
	void cancelledOnTheConsoleOnWeCom() {
		cancelledOnTheConsoleWhileThe签收CardIsLive(new EmulatorChat(emulator, true, port));
	}

	@Test
	void cancelledOnTheConsoleOnDingTalk() {
		cancelledOnTheConsoleWhileThe签收CardIsLive(new EmulatorChat(emulator, false, port));
	}

	private void cancelledOnTheConsoleWhileThe签收CardIsLive(EmulatorChat chat) {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		long h = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		String departing = "departing-" + org.departing;
		chat.addUsers(List.of(departing));
		directory.bindIdentity(chat.platform(), chat.corp(), departing, org.departing);
		chat.say(departing, "帮助");
		assertThat(chat.outcomeOfLastCard(departing)).as("the 签收 card is live").isNull();

		ConsoleHttp console = ConsoleHttp.signedIn(port, accounts, org.organizer);
		assertThat(console.cancel(h, "干部任免调整撤回").statusCode()).isEqualTo(302);
		assertThat(records.find(h).state()).isEqualTo(HandoverState.CANCELLED);

		await().atMost(Duration.ofSeconds(15)).until(() -> {
			replies.drain();
			return chat.outcomeOfLastCard(departing) != null;
		});
		assertThat(chat.outcomeOfLastCard(departing)).startsWith("已失效");

		assertThat(String.join("\n", chat.press(departing, "签收"))).contains("已失效");
		assertThat(records.find(h).acknowledgedAt()).isNull();
	}

	private void pickedOnACardThenDoneOnTheOneLeft(EmulatorChat chat) {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		long first = inReview(org, org.department, org.departing, org.successor);
		long second = inReview(org, unit(org), null, null);
		long third = handovers.open(org.actor(org.organizer), request(org, unit(org), null, null)).id();
		String reviewer = "finance-" + org.financeReviewer;
		chat.addUsers(List.of(reviewer));
		directory.bindIdentity(chat.platform(), chat.corp(), reviewer, org.financeReviewer);

		chat.say(reviewer, "切换 " + third);
		String asked = String.join("\n", chat.say(reviewer, "通过"));
		assertThat(asked).contains("交接" + first).contains("交接" + second).contains("选定之前什么也没有办");
		assertThat(financeWaits(first)).isTrue();
		assertThat(financeWaits(second)).isTrue();

		String picked = String.join("\n", chat.press(reviewer, "交接" + second));
		assertThat(chat.lastOutcome()).isEqualTo("已按交接" + second + "办理");
		assertThat(picked).contains("审核通过");
		assertThat(financeWaits(second)).isFalse();
		assertThat(financeWaits(first)).isTrue();

		String left = String.join("\n", chat.say(reviewer, "没问题"));
		assertThat(left).contains("【交接" + first).contains("审核通过").doesNotContain("切换 " + second);
		assertThat(financeWaits(first)).isFalse();
	}

	/**
	 * A handover opened, signed for and submitted with every section declared empty
	 * (through the services).
	 */
	private long inReview(TestOrg org, OrgUnit unit, Long departing, Long successor) {
		OpenRequest request = request(org, unit, departing, successor);
		long id = handovers.open(org.actor(org.organizer), request).id();
		Actor leaving = org.actor(request.departingId());
		handovers.acknowledge(leaving, id);
		for (Section s : checklists.sections(id)) {
			checklist.declareSectionEmpty(leaving, id, s.code());
		}
		checklist.submit(leaving, id);
		assertThat(records.find(id).state()).isEqualTo(HandoverState.IN_REVIEW);
		return id;
	}

	private OpenRequest request(TestOrg org, OrgUnit unit, Long departing, Long successor) {
		long leaving = departing != null ? departing : directory.addOfficial("周红", "局长", unit.id()).id();
		long coming = successor != null ? successor : directory.addOfficial("李静", "副局长", unit.id()).id();
		return new OpenRequest(unit.id(), leaving, coming, HandoverReason.TRANSFER);
	}

	private OrgUnit unit(TestOrg org) {
		return directory.createUnit(org.city.id(), "other-" + System.nanoTime(), "市地震局", "CITY_DEPARTMENT");
	}

	private boolean financeWaits(long handoverId) {
		return waitingSteps.steps(handoverId)
			.stream()
			.anyMatch(s -> s.open() && s.kind() == WaitingStepKind.REVIEW && s.subject().equals("FINANCE"));
	}

}

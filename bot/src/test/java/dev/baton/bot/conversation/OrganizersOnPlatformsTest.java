package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverBrief;
import dev.baton.bot.handover.HandoverFilter;
import dev.baton.bot.handover.HandoverService;
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

/**
 * 发起交接 on WeCom and on DingTalk through the emulator over real HTTP (#13): signed
 * callbacks in, the SDKs' sends out; the organizer picks one of two people of one name on
 * a card (a WeCom template card, a DingTalk interactive card), then presses 确认 on the
 * confirmation card, and the card shows the outcome. The cards' ids and button keys are
 * what the platforms take (WeCom task_id characters, DingTalk outTrackId and the card
 * callback).
 */
@DomainContext
@Import(EmulatorChat.Config.class)
@TestPropertySource(properties = "baton.delivery.worker=false")
class OrganizersOnPlatformsTest {

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

	@Value("${local.server.port}")
	int port;

	@BeforeEach
	void realTime() {
		EmulatorChat.atEmulatorTime(clock, emulator, port);
	}

	@Test
	void onWeCom() {
		openByPickingAndConfirming(new EmulatorChat(emulator, true, port));
	}

	@Test
	void onDingTalk() {
		openByPickingAndConfirming(new EmulatorChat(emulator, false, port));
	}

	private void openByPickingAndConfirming(EmulatorChat chat) {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		long zhang = directory.addOfficial("张伟", "办公室主任", org.department.id()).id();
		directory.addOfficial("张伟", "市统计局副局长", org.department.id());
		String organizer = "organizer-" + org.organizer;
		chat.addUsers(List.of(organizer));
		directory.bindIdentity(chat.platform(), chat.corp(), organizer, org.organizer);

		List<String> which = chat.say(organizer, "发起交接 市统计局 陈离任 张伟 工作调动");
		assertThat(String.join("\n", which)).contains("有2位“张伟”").contains("张伟，职务：办公室主任");
		assertThat(running(org)).isEmpty();

		List<String> card = chat.press(organizer, "1号 张伟（办公室主任）");
		assertThat(chat.lastOutcome()).isEqualTo("已选择：张伟");
		assertThat(String.join("\n", card)).contains("请确认发起交接")
			.contains("接任：张伟（职务：办公室主任）")
			.contains("交接制度：石嘴山市领导干部离任交接");
		assertThat(running(org)).isEmpty();

		List<String> opened = chat.press(organizer, "确认");
		// the card says how it ended: the handover it opened (newcomer 23, finding 13)
		assertThat(chat.lastOutcome()).startsWith("已发起交接");
		assertThat(running(org)).singleElement().satisfies(b -> {
			assertThat(b.successorId()).isEqualTo(zhang);
			assertThat(b.departingId()).isEqualTo(org.departing);
		});
		assertThat(String.join("\n", opened)).contains("已发起交接" + running(org).get(0).id());
	}

	private List<HandoverBrief> running(TestOrg org) {
		return handovers.list(org.actor(org.organizer), HandoverFilter.running(10));
	}

}

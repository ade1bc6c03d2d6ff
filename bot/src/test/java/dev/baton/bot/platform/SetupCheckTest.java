package dev.baton.bot.platform;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.directory.Directory;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.integrations.state.SharedState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The setup self-check against the emulator: a working setup, an untrusted IP and a wrong
 * secret, in plain words; the WeCom contact-sync secret's own token checked as an entry
 * of its own.
 */
@DomainContext
class SetupCheckTest {

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));

	@Autowired
	SetupCheck check;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	SharedState state;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
		// the DingTalk app is set up with the wrong secret
		registry.add("baton.dingtalk.apps[0].app-secret", () -> "not-the-secret");
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void eachAppIsCheckedAndFailuresSayWhatToFix() {
		TestOrg org = new TestOrg(directory, actors, null);

		List<SetupCheck.Result> fine = check.run(org.actor(org.rootAdmin(directory)));
		assertThat(fine).hasSize(3);
		assertThat(fine.get(0).ok()).as(fine.get(0).toString()).isTrue();
		assertThat(fine.get(1).ok()).isFalse();
		assertThat(fine.get(1).advice()).contains("AppKey or AppSecret");
		assertThat(fine.get(2).app()).startsWith("WeCom contacts");
		assertThat(fine.get(2).ok()).as("the contact-sync secret gets its token and lists").isTrue();

		emulator.wecom().refuseCallerIp(emulator.wecom().contactSync(), true);
		try {
			SetupCheck.Result contacts = check.run(org.actor(org.rootAdmin(directory))).get(2);
			assertThat(contacts.ok()).isFalse();
			assertThat(contacts.code()).isEqualTo("60020");
			assertThat(contacts.advice()).contains("trusted IP");
		}
		finally {
			emulator.wecom().refuseCallerIp(emulator.wecom().contactSync(), false);
		}

		emulator.wecom().refuseCallerIp(emulator.wecom().app(), true);
		try {
			SetupCheck.Result wecom = check.run(org.actor(org.rootAdmin(directory))).get(0);
			assertThat(wecom.ok()).isFalse();
			assertThat(wecom.code()).isEqualTo("60020");
			assertThat(wecom.advice()).contains("trusted IP");
		}
		finally {
			emulator.wecom().refuseCallerIp(emulator.wecom().app(), false);
		}
		assertThatThrownBy(() -> check.run(org.actor(org.organizer))).isInstanceOf(NotPermittedException.class);
	}

}

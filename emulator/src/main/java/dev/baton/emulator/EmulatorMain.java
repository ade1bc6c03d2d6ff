package dev.baton.emulator;

import dev.baton.emulator.account.DingTalkApp;
import dev.baton.emulator.account.WeComApp;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator on its own: {@code ./mvnw -q -pl emulator -am compile exec:java}
 * (optional system properties {@code emulator.httpPort}, {@code emulator.streamPort},
 * {@code emulator.users} = how many numbered users to add). Prints the accounts and URLs,
 * then serves until Ctrl-C.
 */
public final class EmulatorMain {

	private EmulatorMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmulatorConfig config = EmulatorConfig.defaults()
			.httpPort(Integer.getInteger("emulator.httpPort", 18080))
			.streamPort(Integer.getInteger("emulator.streamPort", 18443));
		PlatformEmulator emulator = PlatformEmulator.start(config);
		int extraUsers = Integer.getInteger("emulator.users", 0);
		if (extraUsers > 0) {
			emulator.wecom().directory().addNumberedUsers("user", extraUsers);
			emulator.dingTalk().directory().addNumberedUsers("user", extraUsers);
		}
		WeComApp wecom = emulator.wecom().app();
		DingTalkApp dingTalk = emulator.dingTalk().app();
		System.out.println("Baton platform emulator");
		System.out.println("  WeCom base URL      " + emulator.wecomBaseUrl());
		System.out.println("    corpId=" + wecom.corpId() + " agentId=" + wecom.agentId() + " secret=" + wecom.secret()
				+ " token=" + wecom.token() + " aesKey=" + wecom.aesKey());
		emulator.wecom()
			.contactSync(wecom.corpId())
			.ifPresent(sync -> System.out.println("    contact sync: secret=" + sync.secret() + " token=" + sync.token()
					+ " aesKey=" + sync.aesKey()));
		System.out.println("  DingTalk base URL   " + emulator.dingTalkApiBaseUrl() + " (api and oapi)");
		System.out.println("    appKey=" + dingTalk.appKey() + " appSecret=" + dingTalk.appSecret() + " robotCode="
				+ dingTalk.robotCode() + " agentId=" + dingTalk.agentId());
		if (emulator.stream() != null) {
			System.out.println("  Stream endpoint     " + emulator.stream().endpoint());
			System.out.println("    trust store " + emulator.tls().trustStorePath() + " (PKCS12, password "
					+ emulator.tls().password() + ")");
		}
		System.out.println("  users: " + emulator.wecom().directory().users().size() + " on WeCom, "
				+ emulator.dingTalk().directory().users().size() + " on DingTalk");
		CountDownLatch stop = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stop.countDown();
		}));
		stop.await();
	}

}

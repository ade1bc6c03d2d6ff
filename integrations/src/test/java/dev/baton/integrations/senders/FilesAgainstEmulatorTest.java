package dev.baton.integrations.senders;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.media.MediaStore;
import dev.baton.emulator.record.Delivery;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.chat.Target;
import dev.baton.integrations.dingtalk.DingTalkApp;
import dev.baton.integrations.dingtalk.DingTalkChatPlatform;
import dev.baton.integrations.state.InProcessSharedState;
import dev.baton.integrations.state.SharedState;
import dev.baton.integrations.wecom.WeComApp;
import dev.baton.integrations.wecom.WeComChatPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files in chat (#15) through the official SDKs over real HTTP to the emulator: WeCom
 * uploads temporary media ({@code media/upload?type=file}) and sends a file message
 * naming it; DingTalk uploads media and sends a file work notification. The person
 * receives the file under its name with its bytes; the platforms' limits (size, type) and
 * a transient failure are as the platforms have them.
 */
class FilesAgainstEmulatorTest {

	static final byte[] PDF = ("%PDF-1.7\n交接书 " + "x".repeat(2000) + "\n%%EOF").getBytes(StandardCharsets.UTF_8);

	static PlatformEmulator emulator;

	SharedState state;

	WeComApp wecom;

	DingTalkApp dingtalk;

	@BeforeAll
	static void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void fresh() {
		emulator.reset();
		emulator.faults().clear();
		state = new InProcessSharedState();
		var w = emulator.wecom().app();
		wecom = new WeComApp("main", w.corpId(), w.agentId(), w.secret(), w.token(), w.aesKey(),
				emulator.wecomBaseUrl(), null, null, null);
		var d = emulator.dingTalk().app();
		dingtalk = new DingTalkApp("main", d.corpId(), d.appKey(), d.appSecret(), d.robotCode(), d.agentId(), null,
				emulator.dingTalkApiBaseUrl(), emulator.dingTalkOapiBaseUrl(), "stream", "baton-card", null, null,
				null);
	}

	static OutboundMessage.File copy() {
		return copy("【交接书】一式6份，本份由审计部门留存。");
	}

	/**
	 * The emulator keeps WeCom's duplicate check and DingTalk's same-day rule across
	 * tests: captions of their own.
	 */
	static OutboundMessage.File copy(String caption) {
		return new OutboundMessage.File("交接书-市统计局-7.pdf", "application/pdf", PDF, caption);
	}

	@Test
	void weComUploadsTheFileAndSendsItUnderItsName() {
		new WeComChatPlatform(wecom, state).send(new Target.Users(wecom.corpId(), List.of("lisi")), copy());

		List<Delivery> got = emulator.record().deliveries(d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered());
		assertThat(got).extracting(Delivery::recipient, Delivery::msgType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("lisi", "text"),
					org.assertj.core.groups.Tuple.tuple("lisi", "file"));
		assertThat(got.get(0).content()).isEqualTo("【交接书】一式6份，本份由审计部门留存。");
		MediaStore.Media file = media(emulator.wecom().media(), got.get(1).content());
		assertThat(file.fileName()).isEqualTo("交接书-市统计局-7.pdf");
		assertThat(file.bytes()).isEqualTo(PDF);
		assertThat(file.type()).isEqualTo("file");
	}

	@Test
	void dingTalkUploadsTheFileAndSendsAFileWorkNotification() {
		new DingTalkChatPlatform(dingtalk, state).send(new Target.Users(dingtalk.corpId(), List.of("lisi")), copy());

		List<Delivery> got = emulator.record()
			.deliveries(d -> d.api() == Api.DINGTALK_WORK_NOTIFICATION && d.delivered());
		assertThat(got).extracting(Delivery::recipient, Delivery::msgType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("lisi", "text"),
					org.assertj.core.groups.Tuple.tuple("lisi", "file"));
		MediaStore.Media file = media(emulator.dingTalk().media(), got.get(1).content());
		assertThat(file.fileName()).isEqualTo("交接书-市统计局-7.pdf");
		assertThat(file.bytes()).isEqualTo(PDF);
	}

	@Test
	void aThrottledOrBusyUploadIsTransientAndTheResendDeliversTheFileOnce() {
		WeComChatPlatform weCom = new WeComChatPlatform(wecom, state);
		Target lisi = new Target.Users(wecom.corpId(), List.of("lisi"));
		emulator.faults().next(1, Fault.errcode(45009), Api.WECOM_MEDIA_UPLOAD);

		OutboundMessage.File retried = copy("【交接书】本份由纪检监察部门留存（重试）。");
		assertThatThrownBy(() -> weCom.send(lisi, retried)).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.isTransient()).as(e.toString()).isTrue());
		weCom.send(lisi, retried);

		assertThat(emulator.record().deliveries(d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered()))
			.extracting(Delivery::msgType)
			.as("the caption's resend is absorbed by the duplicate check; the file arrives once")
			.containsExactly("text", "file");

		DingTalkChatPlatform dingTalk = new DingTalkChatPlatform(dingtalk, state);
		Target wangwu = new Target.Users(dingtalk.corpId(), List.of("wangwu"));
		emulator.faults().next(1, Fault.errcode(-1), Api.DINGTALK_MEDIA_UPLOAD);
		assertThatThrownBy(() -> dingTalk.send(wangwu, retried)).isInstanceOfSatisfying(PlatformException.class,
				e -> assertThat(e.isTransient()).isTrue());
		dingTalk.send(wangwu, retried);
		assertThat(emulator.record().deliveries(d -> d.api() == Api.DINGTALK_WORK_NOTIFICATION && d.delivered()))
			.extracting(Delivery::recipient, Delivery::msgType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("wangwu", "text"),
					org.assertj.core.groups.Tuple.tuple("wangwu", "file"));
	}

	@Test
	void thePlatformsLimitsHold() {
		assertThatThrownBy(() -> new OutboundMessage.File("a.pdf", "application/pdf", new byte[5], null))
			.as("WeCom takes files of more than 5 bytes")
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new OutboundMessage.File("a.pdf", "application/pdf",
				new byte[OutboundMessage.File.MAX_BYTES + 1], null))
			.isInstanceOf(IllegalArgumentException.class);
		// DingTalk takes doc, docx, xls, xlsx, ppt, pptx, zip, pdf and rar as files,
		// nothing else
		OutboundMessage.File exe = new OutboundMessage.File("交接书.exe", "application/octet-stream", PDF, null);
		assertThatThrownBy(() -> new DingTalkChatPlatform(dingtalk, state)
			.send(new Target.Users(dingtalk.corpId(), List.of("lisi")), exe))
			.isInstanceOfSatisfying(PlatformException.class, e -> {
				assertThat(e.code()).isEqualTo("40005");
				assertThat(e.isTransient()).isFalse();
			});
		assertThat(emulator.record().deliveries(d -> d.msgType().equals("file"))).isEmpty();
	}

	private static MediaStore.Media media(MediaStore store, String content) {
		String id = content.replaceAll(".*\"media_id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		return store.get(id).orElseThrow(() -> new AssertionError("no media " + id + " in " + content));
	}

}

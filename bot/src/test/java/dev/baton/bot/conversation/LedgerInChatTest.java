package dev.baton.bot.conversation;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
import dev.baton.bot.EmulatorApps;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.delivery.BatchSender;
import dev.baton.bot.delivery.DeliveryBatcher;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.delivery.OutboxWorker;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.web.ApiTokens;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.media.MediaStore;
import dev.baton.integrations.chat.OutboundMessage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 台账 in chat (#15, docs4): the organizer (and a supervisor, in their scope) says "台账" 1:1
 * and receives the ledger of the handovers under the unit they oversee as an Excel file,
 * through the outbox and the file-in-chat path (WeCom: media upload, then a file message;
 * a busy upload is retried), the same workbook GET /api/units/{id}/ledger.xlsx gives
 * them; in a group it is refused, and someone who oversees no unit is told who may have
 * it; neither queues anything.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class LedgerInChatTest {

	static final String TAG = java.util.UUID.randomUUID().toString().substring(0, 6);

	static final String ORGANIZER = "lorg" + TAG;

	static final PlatformEmulator emulator = PlatformEmulator
		.start(EmulatorConfig.defaults().stream(false).wecomUsers(ORGANIZER));

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	ArchivedHandovers archiver;

	@Autowired
	ApiTokens tokens;

	@Autowired
	OutboxExpander expander;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	BatchSender sender;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	dev.baton.integrations.state.SharedState state;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void theOrganizerReceivesTheLedgerAsAFileTheSameAsTheDownloadOthersAreToldWhyNot() throws Exception {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "default");
		for (long official : new long[] { org.organizer, org.supervisor, org.successor }) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "p" + official, official);
		}
		directory.bindIdentity("WECOM", emulator.wecom().app().corpId(), ORGANIZER, org.organizer);
		long id = archiver.archived(org, "default");

		// in a group, and for someone who oversees no unit: told why, nothing queued
		assertThat(chat.sayInGroup("p" + org.organizer, "g" + org.organizer, "台账")).last()
			.asString()
			.isEqualTo("交接台账列有人员和纪律标记，不在群里发送：请在与交接棒的单聊中发送“台账”。");
		assertThat(chat.say("p" + org.successor, "导出台账")).last()
			.asString()
			.contains("交接台账只发给管辖单位的组织部门干部、审核部门、督办人员和系统管理员", "没有发送");
		assertThat(requested(org)).isZero();

		// 帮助 names it for whoever oversees a unit
		assertThat(chat.say("p" + org.organizer, "帮助")).last().asString().contains("· 台账：");
		assertThat(chat.say("p" + org.organizer, "台账")).last()
			.asString()
			.contains("您管辖的" + org.city.name() + "的交接台账（Excel 版）将以文件发到您的对话中");
		assertThat(chat.say("p" + org.supervisor, "导出台账")).last().asString().contains(org.city.name());
		assertThat(requested(org)).isEqualTo(2);

		EmulatorApps.forgetTokens(state, emulator);
		emulator.reset();
		emulator.faults().clear();
		emulator.faults().next(1, Fault.errcode(45009), Api.WECOM_MEDIA_UPLOAD);
		int before = chat.said.size();
		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 50);
		for (int round = 0; round < 20; round++) {
			worker.runOnce();
			clock.advance(Duration.ofMinutes(2)); // a retry comes due
		}

		String fileName = "交接台账-" + org.city.name() + "-2026-11-23.xlsx";
		// (the organizer's copy of the 交接书 from the archive goes out too: only the ledger
		// is looked at here)
		List<MediaStore.Media> ledgers = emulator.record()
			.deliveries(d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered() && d.msgType().equals("file")
					&& d.recipient().equals(ORGANIZER))
			.stream()
			.map(d -> media(emulator.wecom().media(), d.content()))
			.filter(m -> m.fileName().startsWith("交接台账"))
			.toList();
		assertThat(ledgers).as("the ledger, once").hasSize(1);
		MediaStore.Media file = ledgers.get(0);
		assertThat(file.fileName()).isEqualTo(fileName);
		assertThat(emulator.record().calls(Api.WECOM_MEDIA_UPLOAD)).extracting(c -> String.valueOf(c.code()))
			.contains("45009");
		// the words with it
		assertThat(emulator.record()
			.deliveries(d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered() && d.recipient().equals(ORGANIZER)
					&& d.msgType().equals("text") && d.content().contains("【交接台账】")))
			.singleElement()
			.satisfies(d -> assertThat(d.content()).contains("【交接台账】" + org.city.name(), "Excel 文件随本消息一起发送"));

		// the same workbook as the download, in the asker's scope
		List<List<String>> fromChat = cells(file.bytes());
		assertThat(fromChat).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(String.valueOf(id)));
		assertThat(fromChat).isEqualTo(cells(download(org.city.id(), tokens.issue(org.organizer, "ledger test"))));

		// the supervisor's copy reached their chat (the web chat here) as a file too
		assertThat(chat.said.subList(before, chat.said.size()))
			.filteredOn(s -> s.userId().equals("p" + org.supervisor) && s.message() instanceof OutboundMessage.File f
					&& f.fileName().startsWith("交接台账"))
			.singleElement()
			.satisfies(s -> assertThat(((OutboundMessage.File) s.message()).fileName()).isEqualTo(fileName));
		assertThat(jdbc.queryForList(
				"SELECT status FROM outbox WHERE event = 'LEDGER_REQUESTED' AND recipient_id IN (?, ?)", String.class,
				org.organizer, org.supervisor))
			.containsOnly("EXPANDED")
			.hasSize(2);
	}

	/** The ledgers queued for this test's people. */
	private long requested(TestOrg org) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox WHERE event = 'LEDGER_REQUESTED' AND recipient_id IN" + " (?, ?, ?)",
				Long.class, org.organizer, org.supervisor, org.successor);
	}

	private byte[] download(long unitId, String token) throws Exception {
		HttpResponse<byte[]> reply = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/units/" + unitId + "/ledger.xlsx"))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(reply.statusCode()).isEqualTo(200);
		return reply.body();
	}

	/** Every row of the ledger's sheet as its cells read. */
	private static List<List<String>> cells(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheet("交接台账");
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach(c -> cells.add(format.formatCellValue(c)));
				rows.add(cells);
			}
		}
		return rows;
	}

	private static MediaStore.Media media(MediaStore store, String content) {
		String mediaId = content.replaceAll(".*\"media_id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		return store.get(mediaId).orElseThrow(() -> new AssertionError("no media " + mediaId));
	}

}

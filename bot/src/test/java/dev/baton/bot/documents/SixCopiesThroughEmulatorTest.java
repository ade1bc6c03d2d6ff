package dev.baton.bot.documents;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.emulator.Api;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.limit.Fault;
import dev.baton.emulator.media.MediaStore;
import dev.baton.emulator.record.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The six copies (一式6份, #15) end to end over real HTTP: on archive each party of the
 * policy's copy list receives the 交接书 as a file, 1:1, through the outbox, the official
 * SDKs and the emulator, on WeCom (media/upload, then a file message) and on DingTalk
 * (media/upload, then a file work notification); a busy upload on each platform is
 * retried; the party with no chat account is a dead letter the organizer sees.
 */
@DomainContext
class SixCopiesThroughEmulatorTest {

	/**
	 * Chat accounts of this test's own: the suite's database binds the emulator's default
	 * members to others.
	 */
	static final String TAG = java.util.UUID.randomUUID().toString().substring(0, 6);

	static final String DEPARTING = "dep" + TAG, DISCIPLINE = "dis" + TAG, ORGANIZATION = "org" + TAG,
			SUCCESSOR = "suc" + TAG, ORGANIZER = "orgr" + TAG, FINANCE = "fin" + TAG;

	static final PlatformEmulator emulator = PlatformEmulator.start(EmulatorConfig.defaults()
		.stream(false)
		.wecomUsers(DEPARTING, DISCIPLINE, ORGANIZATION)
		.dingTalkUsers(SUCCESSOR, ORGANIZER, FINANCE));

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	ArchivedHandovers archived;

	@Autowired
	HandoverRecords records;

	@Autowired
	HandoverDocuments documents;

	@Autowired
	HandoverPdf pdf;

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

	@DynamicPropertySource
	static void apps(DynamicPropertyRegistry registry) {
		EmulatorApps.register(registry, emulator);
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void eachPartyReceivesItsCopyOnceAsAFile() {
		TestOrg org = new TestOrg(directory, actors, "default");
		String wecom = emulator.wecom().app().corpId();
		String ding = emulator.dingTalk().app().corpId();
		directory.bindIdentity("WECOM", wecom, DEPARTING, org.departing);
		directory.bindIdentity("DINGTALK", ding, SUCCESSOR, org.successor);
		directory.bindIdentity("WECOM", wecom, DISCIPLINE, org.disciplineReviewer);
		directory.bindIdentity("WECOM", wecom, ORGANIZATION, org.organizationReviewer);
		directory.bindIdentity("DINGTALK", ding, ORGANIZER, org.organizer);
		directory.bindIdentity("DINGTALK", ding, FINANCE, org.financeReviewer);
		// the audit reviewer has no chat account: the audit copy is a dead letter

		long id = archived.archived(org, "default");
		byte[] expected = pdf.render(documents.of(records.find(id)));
		EmulatorApps.forgetTokens(state, emulator);
		emulator.reset();
		emulator.faults().clear();
		emulator.faults().next(1, Fault.errcode(45009), Api.WECOM_MEDIA_UPLOAD);
		emulator.faults().next(1, Fault.errcode(-1), Api.DINGTALK_MEDIA_UPLOAD);
		OutboxWorker worker = new OutboxWorker(expander, batcher, sender, 50);
		for (int round = 0; round < 40; round++) {
			worker.runOnce();
			clock.advance(Duration.ofMinutes(2)); // retries come due
		}

		List<Delivery> weComFiles = emulator.record()
			.deliveries(d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered() && d.msgType().equals("file"));
		List<Delivery> dingFiles = emulator.record()
			.deliveries(d -> d.api() == Api.DINGTALK_WORK_NOTIFICATION && d.delivered() && d.msgType().equals("file"));
		assertThat(weComFiles).extracting(Delivery::recipient)
			.containsExactlyInAnyOrder(DEPARTING, DISCIPLINE, ORGANIZATION);
		assertThat(dingFiles).extracting(Delivery::recipient).containsExactlyInAnyOrder(SUCCESSOR, ORGANIZER, FINANCE);
		for (Delivery d : weComFiles) {
			MediaStore.Media file = media(emulator.wecom().media(), d.content());
			assertThat(file.fileName()).isEqualTo("交接书-市统计局-" + id + ".pdf");
			assertThat(file.bytes()).as("the copy is the 交接书 of the frozen record").isEqualTo(expected);
		}
		for (Delivery d : dingFiles) {
			assertThat(media(emulator.dingTalk().media(), d.content()).bytes()).isEqualTo(expected);
		}
		// each party's words say whose copy it is
		Map<String, String> captions = Map.of(DEPARTING, "本份为离任干部一份", DISCIPLINE, "本份为纪检监察一份", ORGANIZATION,
				"本份为组织部门一份");
		captions.forEach((user,
				words) -> assertThat(emulator.record()
					.deliveries(d -> d.api() == Api.WECOM_MESSAGE_SEND && d.delivered() && d.recipient().equals(user)
							&& d.msgType().equals("text") && d.content().contains("【交接书已归档】")))
					.singleElement()
					.satisfies(d -> assertThat(d.content()).contains(words)));
		assertThat(
				emulator.record()
					.deliveries(d -> d.api() == Api.DINGTALK_WORK_NOTIFICATION && d.delivered()
							&& d.recipient().equals(SUCCESSOR) && d.msgType().equals("text")
							&& d.content().contains("【交接书已归档】")))
			.singleElement()
			.satisfies(d -> assertThat(d.content()).contains("本份为接任干部一份"));
		// the busy uploads were tried again
		assertThat(emulator.record().calls(Api.WECOM_MEDIA_UPLOAD)).extracting(c -> String.valueOf(c.code()))
			.contains("45009");
		assertThat(emulator.record().calls(Api.DINGTALK_MEDIA_UPLOAD)).extracting(c -> String.valueOf(c.code()))
			.contains("-1");
		// recorded per party: every copy holder's row, and the audit copy a visible dead
		// letter
		assertThat(
				jdbc.queryForList("SELECT o.status FROM outbox o WHERE o.handover_id = ? AND o.event = 'ARCHIVED_COPY'"
						+ " AND o.recipient_id = ?", String.class, id, org.auditReviewer))
			.containsExactly("NO_ACCOUNT");
		assertThat(jdbc.queryForList("SELECT d.status FROM delivery d JOIN outbox o ON o.id = d.outbox_id"
				+ " WHERE o.handover_id = ? AND o.event = 'ARCHIVED_COPY'", String.class, id))
			.containsOnly("SENT")
			.hasSize(6);
	}

	private static MediaStore.Media media(MediaStore store, String content) {
		String mediaId = content.replaceAll(".*\"media_id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		return store.get(mediaId).orElseThrow(() -> new AssertionError("no media " + mediaId));
	}

}

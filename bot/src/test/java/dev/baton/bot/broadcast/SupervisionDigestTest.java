package dev.baton.bot.broadcast;

import java.time.Instant;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly 督办 digest and fixed-text broadcasts, run as Quartz would run them (broadcast
 * id and scheduled fire time) on a moved clock: what the digest says, who gets it, that a
 * run fired twice sends once, and that a run on a rest day is skipped.
 */
@DomainContext
class SupervisionDigestTest {

	/** Monday 2026-12-14, 09:00 in Beijing. */
	static final Instant MONDAY = Instant.parse("2026-12-14T01:00:00Z");

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	BroadcastAdmin admin;

	@Autowired
	BroadcastService broadcasts;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	@Test
	void supervisorsGetTheDigestOfTheirScopeOncePerRun() {
		clock.set(DomainContext.Clocks.START);
		TestOrg org = new TestOrg(directory, actors, "default");
		long late = directory.addOfficial("林迟交", "市统计局副局长", org.department.id()).id();
		long first = open(org, org.departing);
		handovers.acknowledge(org.actor(org.departing), first);
		long second = open(org, late);
		clock.set(MONDAY);
		Broadcast digest = admin.create(org.actor(org.admin),
				new BroadcastDraft("统计局督办周报", BroadcastKind.SUPERVISION_DIGEST, org.city.id(), "0 0 9 ? * MON 2099",
						null, BroadcastTarget.ROLE, Role.SUPERVISOR, null, null, true, true));

		broadcasts.run(digest.id(), MONDAY);
		broadcasts.run(digest.id(), MONDAY);

		List<Row> sent = sent("SUPERVISION_DIGEST", digest.id());
		assertThat(sent).as("fired twice, sent once").hasSize(1);
		Row row = sent.get(0);
		assertThat(row.recipientId()).isEqualTo(org.supervisor);
		assertThat(row.confidential()).isTrue();
		JsonNode p = row.payload();
		assertThat(p.path("scope").asString()).isEqualTo(org.city.name());
		assertThat(p.path("asOf").asString()).isEqualTo("2026-12-14");
		assertThat(p.path("countsByState").path("DRAFTING").asLong()).isEqualTo(1);
		assertThat(p.path("countsByState").path("NOTIFIED").asLong()).isEqualTo(1);
		assertThat(p.path("overdue").findValuesAsString("step")).containsExactly("NOTICE_RECEIPT", "CHECKLIST",
				"CHECKLIST");
		assertThat(p.path("overdue").get(0).path("handoverId").asLong()).isEqualTo(second);
		assertThat(p.path("overdue").get(0).path("dueOn").asString()).isEqualTo("2026-11-25");
		assertThat(p.path("overdue").get(0).path("departing").asString()).isEqualTo("林迟交");
		assertThat(p.path("overdue").get(1).path("dueOn").asString()).isEqualTo("2026-12-07");
		assertThat(p.path("overdue").get(1).path("overdueDays").asLong())
			.as("due Monday 12-07, on Monday 12-14: 5 working days overdue, as the dashboard counts")
			.isEqualTo(5);
		assertThat(p.path("flagged").findValues("handoverId").stream().map(JsonNode::asLong))
			.containsExactlyInAnyOrder(first, second);
		assertThat(p.path("flagged").get(0).path("flags").findValuesAsString("zh")).containsExactly("久拖不交");

		// Saturday 12-19 is a rest day: the run is recorded as skipped and sends nothing
		broadcasts.run(digest.id(), Instant.parse("2026-12-19T01:00:00Z"));
		assertThat(sent("SUPERVISION_DIGEST", digest.id())).hasSize(1);
		assertThat(jdbc.queryForList("SELECT outcome FROM broadcast_run WHERE broadcast_id = ? ORDER BY fire_time",
				String.class, digest.id()))
			.containsExactly("SENT", "SKIPPED_REST_DAY");
	}

	@Test
	void aMessageToAUnitReachesEveryActiveOfficialInIt() {
		clock.set(MONDAY);
		TestOrg org = new TestOrg(directory, actors, "default");
		directory.deactivate(org.stranger);
		Broadcast notice = admin.create(org.actor(org.organizer),
				new BroadcastDraft("年终述职提醒", BroadcastKind.MESSAGE, org.department.id(), "0 0 9 ? * MON 2099", null,
						BroadcastTarget.UNIT, null, null, "请于12月31日前提交年度述职报告，含交接事项推进情况。", false, true));

		broadcasts.run(notice.id(), MONDAY);

		List<Row> sent = sent("BROADCAST", notice.id());
		assertThat(sent).extracting(Row::recipientId).containsExactlyInAnyOrder(org.departing, org.successor);
		assertThat(sent.get(0).payload().path("text").asString()).startsWith("请于12月31日前");
		assertThat(sent.get(0).confidential()).isFalse();
	}

	private long open(TestOrg org, long departing) {
		return handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), departing, org.successor, HandoverReason.TRANSFER))
			.id();
	}

	private List<Row> sent(String event, long broadcastId) {
		return jdbc
			.query("SELECT recipient_id, confidential, payload FROM outbox WHERE handover_id IS NULL AND event = ?"
					+ " ORDER BY id",
					(rs, i) -> new Row(rs.getLong(1), rs.getBoolean(2), json.readTree(rs.getString(3))), event)
			.stream()
			.filter(r -> r.payload().path("broadcastId").asLong() == broadcastId)
			.toList();
	}

	record Row(long recipientId, boolean confidential, JsonNode payload) {
	}

}

package dev.baton.bot.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.audit.AuditVerifier;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.system.TimeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17, defects 2 and 3: the demo as a newcomer starts it (the demo profile, its own
 * embedded database). Its seeded history tells its story: each seeded handover's audit
 * trail is in time order, none of it after now nor before the handover opened, the
 * opening on the day the handover says it opened, its 签收 when the step says it was done,
 * and the chain verifies (the console's tamper evidence). And no card it leaves in a chat
 * offers an action the seeded state has taken already: the notice of a handover whose 签收
 * is done shows it, with nothing to press.
 */
class DemoSeededHistoryTest {

	@TempDir
	Path dataDir;

	@Test
	void theSeededHistoryIsTheStoryInOrderAndNoCardAsksForWhatIsDone() {
		try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(BatonApplication.class)
			.run("--baton.data-dir=" + dataDir, "--server.port=0", "--spring.profiles.active=demo")) {
			JdbcTemplate db = demo.getBean(JdbcTemplate.class);
			HandoverRecords records = demo.getBean(HandoverRecords.class);
			ZoneId zone = demo.getBean(TimeSource.class).zone();
			List<Long> ids = db.queryForList("SELECT id FROM handover ORDER BY id", Long.class);
			assertThat(ids).hasSize(3);
			int acknowledged = 0;
			for (long id : ids) {
				Handover h = records.find(id);
				List<AuditEntry> trail = demo.getBean(AuditLog.class).history(id);
				Instant now = Instant.now();
				String of = "handover " + id + " " + trail;
				assertThat(trail).as(of).isNotEmpty();
				assertThat(trail).extracting(AuditEntry::createdAt).as(of).isSorted().allSatisfy(at -> {
					assertThat(at).as(of).isBeforeOrEqualTo(now).isAfterOrEqualTo(h.openedAt());
					assertThat(LocalDate.ofInstant(at, zone)).as(of).isAfterOrEqualTo(h.openedOn());
				});
				assertThat(LocalDate.ofInstant(row(trail, "HANDOVER_OPENED").createdAt(), zone)).as(of)
					.isEqualTo(h.openedOn());
				if (h.acknowledgedAt() != null) {
					acknowledged++;
					assertThat(row(trail, "NOTICE_ACKNOWLEDGED").createdAt()).as(of).isEqualTo(h.acknowledgedAt());
					assertThat(LocalDate.ofInstant(h.acknowledgedAt(), zone)).as(of).isBefore(LocalDate.now(zone));
				}
				assertThat(demo.getBean(AuditVerifier.class).verifyHandover(id).intact()).as(of).isTrue();
			}
			assertThat(acknowledged).as("the overdue handover's 签收 is done").isEqualTo(1);

			// the notices as the delivery path sends them, the web chat's included
			demo.getBean(OutboxExpander.class).expand(1_000);
			List<Map<String, Object>> sent = db.queryForList(
					"SELECT d.body, o.handover_id, o.recipient_id, o.event FROM delivery d JOIN outbox o ON o.id = d.outbox_id"
							+ " WHERE o.handover_id IS NOT NULL");
			int cards = 0;
			int shownDone = 0;
			for (Map<String, Object> d : sent) {
				JsonNode body = JsonMapper.builder().build().readTree((String) d.get("body"));
				long handover = ((Number) d.get("handover_id")).longValue();
				boolean done = records.find(handover).acknowledgedAt() != null;
				if (body.path("type").asString().equals("card")) {
					cards++;
					assertThat(body.path("key").asString()).as("%s", d).isEqualTo("ack:" + handover + ":0");
					assertThat(done).as("a 签收 card of a handover acknowledged already: %s", d).isFalse();
				}
				else if (done && "NOTICE_ISSUED".equals(d.get("event"))
						&& ((Number) d.get("recipient_id")).longValue() == records.find(handover).departingId()) {
					shownDone++;
					// and it does not ask for the 签收 it shows done (#12)
					assertThat(body.path("text").asString()).contains("【离任交接通知书】")
						.contains("【已签收】")
						.doesNotContain("回复“签收”")
						.doesNotContain("签收”确认收到");
				}
			}
			assertThat(cards).as("the 签收 cards of the two notices not acknowledged").isEqualTo(2);
			assertThat(shownDone).as("the acknowledged notice, its outcome shown").isEqualTo(1);
			// every card kept to be pressed in chat asks for something not done yet
			List<Map<String, Object>> live = db
				.queryForList("SELECT kind, handover_id FROM chat_card WHERE outcome IS NULL AND decided_at IS NULL");
			assertThat(live).hasSize(2).allSatisfy(c -> {
				assertThat(c.get("kind")).as("the seed leaves 签收 cards alone: a new kind needs its check here")
					.isEqualTo("ack");
				assertThat(records.find(((Number) c.get("handover_id")).longValue()).acknowledgedAt()).as("%s", c)
					.isNull();
			});
		}
	}

	private static AuditEntry row(List<AuditEntry> trail, String action) {
		return trail.stream().filter(e -> e.action().equals(action)).findFirst().orElseThrow();
	}

}

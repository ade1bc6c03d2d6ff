package dev.baton.bot.web;

import dev.baton.bot.DomainContext;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What could not be delivered, over REST: the unit's organizer reads the notices and
 * replies that could not go (here: the handover notice to officials with no chat account
 * bound), in the unit and the units under it; nobody else may.
 */
@DomainContext
class DeadLettersApiTest extends ApiTestSupport {

	@Autowired
	OutboxExpander expander;

	@Test
	void theOrganizerReadsWhatCouldNotBeDeliveredAndOthersAreRefused() {
		String organizer = token(org.organizer);
		long handover = opened(organizer, org.department.id(), org.departing, org.successor);
		while (expander.expand(500) > 0) {
			// the notices of the opening, to people with no chat account bound
		}

		Reply reply = api.get("/api/admin/units/" + org.department.id() + "/dead-letters").token(organizer).send();
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		JsonNode mine = null;
		for (JsonNode letter : reply.json()) {
			if (letter.path("officialId").asLong() == org.departing
					&& letter.path("event").asString().equals("NOTICE_ISSUED")) {
				mine = letter;
			}
		}
		assertThat(mine).as("the departing official's notice in " + reply.json()).isNotNull();
		assertThat(mine.path("kind").asString()).isEqualTo("NOTICE");
		assertThat(mine.path("error").asString()).isEqualTo("no chat account bound to the recipient");
		assertThat(mine.path("unitId").asLong()).isEqualTo(org.department.id());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND status = 'NO_ACCOUNT'",
				Integer.class, handover))
			.isPositive();
		// the city's organizer sees the department's too (the units under theirs)
		assertThat(
				api.get("/api/admin/units/" + org.city.id() + "/dead-letters?limit=5").token(organizer).send().json())
			.hasSizeBetween(1, 5);

		assertProblem(
				api.get("/api/admin/units/" + org.department.id() + "/dead-letters").token(token(org.departing)).send(),
				403, "access.denied.VIEW_DEAD_LETTERS");
		assertProblem(api.get("/api/admin/units/" + org.department.id() + "/dead-letters")
			.token(token(org.outsideOrganizer))
			.send(), 403, "access.denied.VIEW_DEAD_LETTERS");
		assertThat(api.get("/api/admin/units/999999999/dead-letters").token(organizer).send().status()).isEqualTo(404);
	}

	/**
	 * A notice that found no chat account is sent again once one is bound (#17): the
	 * organizer retries it, it is expanded to the account bound now and leaves the dead
	 * letters; audited. A second retry, someone else's, or one that does not exist is
	 * refused and changes nothing.
	 */
	@Test
	void theOrganizerRetriesADeadLetterOnceAnAccountIsBound() {
		String organizer = token(org.organizer);
		long handover = opened(organizer, org.department.id(), org.departing, org.successor);
		while (expander.expand(500) > 0) {
			// the notices of the opening, to people with no chat account bound
		}
		JsonNode letter = null;
		for (JsonNode l : api.get("/api/admin/units/" + org.department.id() + "/dead-letters")
			.token(organizer)
			.send()
			.json()) {
			if (l.path("officialId").asLong() == org.departing && l.path("event").asString().equals("NOTICE_ISSUED")) {
				letter = l;
			}
		}
		assertThat(letter).isNotNull();
		assertThat(letter.path("source").asString()).isEqualTo("OUTBOX");
		long id = letter.path("id").asLong();
		directory.bindIdentity("DINGTALK", "ding-corp-" + handover, "user-" + handover, org.departing);

		String path = "/api/admin/dead-letters/OUTBOX/" + id + "/retry";
		assertProblem(api.post(path).token(token(org.outsideOrganizer)).send(), 403, "access.denied.RETRY_DEAD_LETTER");
		assertProblem(api.post(path).token(token(org.departing)).send(), 403, "access.denied.RETRY_DEAD_LETTER");
		assertProblem(api.post("/api/admin/dead-letters/OUTBOX/999999999/retry").token(organizer).send(), 404,
				"error.notFound.deadLetter");
		assertThat(status(id)).isEqualTo("NO_ACCOUNT");

		Reply retried = api.post(path).token(organizer).send();
		assertJson(retried, 200);
		assertThat(status(id)).isEqualTo("PENDING");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action = " + "'DEAD_LETTER_RETRIED'",
				Long.class, handover))
			.isEqualTo(1);
		while (expander.expand(500) > 0) {
			// expanded again: to the account bound now
		}
		assertThat(status(id)).isEqualTo("EXPANDED");
		assertThat(jdbc.queryForObject("SELECT user_id FROM delivery WHERE outbox_id = ?", String.class, id))
			.isEqualTo("user-" + handover);
		assertProblem(api.post(path).token(organizer).send(), 409, "deadLetter.notDead");
		assertProblem(api.post("/api/admin/dead-letters/SOMETHING/" + id + "/retry").token(organizer).send(), 400,
				"api.validation");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action = " + "'DEAD_LETTER_RETRIED'",
				Long.class, handover))
			.isEqualTo(1);
	}

	/**
	 * A dead letter is given up for good with a reason (#17): it leaves the list, no
	 * worker takes it, the audit log says who and why. Without a reason, by someone else,
	 * or a second time: refused, nothing changes.
	 */
	@Test
	void theOrganizerGivesUpADeadLetterWithAReason() {
		String organizer = token(org.organizer);
		long handover = opened(organizer, org.department.id(), org.departing, org.successor);
		while (expander.expand(500) > 0) {
			// the notices of the opening, to people with no chat account bound
		}
		long id = jdbc.queryForObject(
				"SELECT MIN(id) FROM outbox WHERE handover_id = ? AND recipient_id = ? AND status" + " = 'NO_ACCOUNT'",
				Long.class, handover, org.departing);
		String path = "/api/admin/dead-letters/OUTBOX/" + id + "/discard";
		assertProblem(api.post(path).token(organizer).body("{}").send(), 400, "api.validation");
		assertProblem(api.post(path).token(organizer).body("{\"reason\": \"  \"}").send(), 400, "api.validation");
		assertProblem(api.post(path).token(token(org.outsideOrganizer)).body("{\"reason\": \"越权\"}").send(), 403,
				"access.denied.DISCARD_DEAD_LETTER");
		assertProblem(api.post(path).token(token(org.departing)).body("{\"reason\": \"越权\"}").send(), 403,
				"access.denied.DISCARD_DEAD_LETTER");
		assertThat(status(id)).isEqualTo("NO_ACCOUNT");

		assertJson(api.post(path).token(organizer).body("{\"reason\": \"已电话通知本人\"}").send(), 200);
		assertThat(status(id)).isEqualTo("DISCARDED");
		assertThat(jdbc.queryForObject(
				"SELECT detail FROM audit_log WHERE handover_id = ? AND action = " + "'DEAD_LETTER_DISCARDED'",
				String.class, handover))
			.contains("已电话通知本人");
		for (JsonNode l : api.get("/api/admin/units/" + org.department.id() + "/dead-letters")
			.token(organizer)
			.send()
			.json()) {
			assertThat(l.path("source").asString() + l.path("id").asLong()).isNotEqualTo("OUTBOX" + id);
		}
		while (expander.expand(500) > 0) {
			// a discarded notice is not expanded
		}
		assertThat(status(id)).isEqualTo("DISCARDED");
		assertProblem(api.post(path).token(organizer).body("{\"reason\": \"再来\"}").send(), 409,
				"deadLetter.notDeadToDiscard");
		assertProblem(api.post("/api/admin/dead-letters/OUTBOX/" + id + "/retry").token(organizer).send(), 409,
				"deadLetter.notDead");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE handover_id = ? AND action LIKE " + "'DEAD_LETTER_%'", Long.class,
				handover))
			.isEqualTo(1);
	}

	/**
	 * What a person sent that could not be handled (an inbox row left DEAD by the worker)
	 * is a dead letter of their unit too: listed, retried (waiting again for a worker) or
	 * given up (#17).
	 */
	@Test
	void anInboundEventThatDiedIsListedRetriedAndGivenUp() {
		String organizer = token(org.organizer);
		String corp = "corp-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		directory.bindIdentity("WECOM", corp, "chen", org.departing);
		long first = deadInbox(corp, "chen", "e1");
		long second = deadInbox(corp, "chen", "e2");
		JsonNode listed = null;
		for (JsonNode l : api.get("/api/admin/units/" + org.department.id() + "/dead-letters")
			.token(organizer)
			.send()
			.json()) {
			if (l.path("source").asString().equals("INBOX") && l.path("id").asLong() == first) {
				listed = l;
			}
		}
		assertThat(listed).isNotNull();
		assertThat(listed.path("officialId").asLong()).isEqualTo(org.departing);
		assertThat(listed.path("kind").asString()).isEqualTo("INBOUND");
		assertThat(listed.path("error").asString()).isEqualTo("handler failed");
		assertProblem(
				api.post("/api/admin/dead-letters/INBOX/" + first + "/retry").token(token(org.outsideOrganizer)).send(),
				403, "access.denied.RETRY_DEAD_LETTER");

		assertJson(api.post("/api/admin/dead-letters/INBOX/" + first + "/retry").token(organizer).send(), 200);
		assertThat(jdbc.queryForObject("SELECT status FROM inbox WHERE id = ?", String.class, first))
			.isEqualTo("WAITING");
		assertThat(jdbc.queryForObject("SELECT attempts FROM inbox WHERE id = ?", Integer.class, first)).isZero();
		assertJson(api.post("/api/admin/dead-letters/INBOX/" + second + "/discard")
			.token(organizer)
			.body("{\"reason\": \"重复发送，已处理\"}")
			.send(), 200);
		assertThat(jdbc.queryForObject("SELECT status FROM inbox WHERE id = ?", String.class, second))
			.isEqualTo("DISCARDED");
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_log WHERE action = 'DEAD_LETTER_DISCARDED' AND detail" + " LIKE ?",
				Long.class, "%\"id\":" + second + "%"))
			.isEqualTo(1);
	}

	/**
	 * An inbox row as the worker leaves one it gave up on (a lane no worker of this
	 * context serves).
	 */
	private long deadInbox(String corp, String user, String event) {
		String key = corp + ":" + event;
		jdbc.update(
				"INSERT INTO inbox (lane, platform, event_hash, event_key, sender_key, body, status, attempts, retries,"
						+ " available_at, last_error, received_at, done_at) VALUES ('dead-letter-test', 'WECOM', SHA2(?, 256), ?,"
						+ " ?, NULL, 'DEAD', 5, 0, ?, 'handler failed', ?, ?)",
				key, key, "WECOM:" + corp + ":" + user, java.sql.Timestamp.from(clock.instant()),
				java.sql.Timestamp.from(clock.instant()), java.sql.Timestamp.from(clock.instant()));
		return jdbc.queryForObject("SELECT id FROM inbox WHERE event_key = ?", Long.class, key);
	}

	private String status(long outboxId) {
		return jdbc.queryForObject("SELECT status FROM outbox WHERE id = ?", String.class, outboxId);
	}

}

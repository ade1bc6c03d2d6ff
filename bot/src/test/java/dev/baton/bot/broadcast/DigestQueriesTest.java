package dev.baton.bot.broadcast;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.QueryCounter;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 督办 digest of a scope is a fixed number of statements however many handovers run in
 * it: the same for 3 as for 25 (all overdue, all flagged 久拖不交), never a query per
 * handover.
 */
@DomainContext
class DigestQueriesTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	SupervisionDigest digests;

	@Autowired
	QueryCounter queries;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.set(DomainContext.Clocks.START);
	}

	@Test
	void theDigestOfTwentyFiveHandoversCostsWhatTheDigestOfThreeCosts() {
		TestOrg few = new TestOrg(directory, actors, "default");
		TestOrg many = new TestOrg(directory, actors, "default");
		open(few, 3);
		open(many, 25);
		clock.advance(Duration.ofDays(30)); // every checklist is overdue: 久拖不交

		QueryCounter.Counted<Map<String, Object>> forFew = queries.during(() -> digests.of(few.city.path(), "few"));
		QueryCounter.Counted<Map<String, Object>> forMany = queries.during(() -> digests.of(many.city.path(), "many"));

		assertThat((List<?>) forMany.result().get("flagged")).hasSize(25);
		assertThat((List<?>) forFew.result().get("flagged")).hasSize(3);
		assertThat(forMany.result().get("flagged").toString()).contains("OVERDUE_HANDOVER");
		assertThat((List<?>) forMany.result().get("overdue")).hasSizeGreaterThanOrEqualTo(25);
		assertThat(forMany.statements().stream().map(QueryCounter.Statement::method).toList())
			.as("statements for 25 handovers")
			.isEqualTo(forFew.statements().stream().map(QueryCounter.Statement::method).toList());
		assertThat(forMany.statements()).noneMatch(s -> s.sql().contains("policy_snapshot"));
	}

	private void open(TestOrg org, int count) {
		for (int i = 0; i < count; i++) {
			long departing = directory.addOfficial("迟交" + i, "市统计局副局长", org.department.id()).id();
			handovers.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), departing, org.successor, HandoverReason.TRANSFER));
		}
	}

}

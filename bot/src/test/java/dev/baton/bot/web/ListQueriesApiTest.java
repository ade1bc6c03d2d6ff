package dev.baton.bot.web;

import java.time.Duration;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.QueryCounter;
import dev.baton.bot.TestOrg;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/handovers answers a page in a fixed number of statements: 25 overdue, flagged
 * handovers cost what 3 do, with their names, waiting steps and discipline flags, and no
 * policy snapshot is read.
 */
@DomainContext
class ListQueriesApiTest extends ApiTestSupport {

	@Autowired
	HandoverService handovers;

	@Autowired
	QueryCounter queries;

	@Test
	void aPageOfTwentyFiveCostsWhatAPageOfThreeCosts() {
		TestOrg few = org;
		TestOrg many = new TestOrg(directory, actors, "default");
		open(few, 3);
		open(many, 25);
		clock.advance(Duration.ofDays(30));
		String fewToken = token(few.supervisor);
		String manyToken = token(many.supervisor);

		QueryCounter.Counted<Reply> forFew = queries
			.during(() -> api.get("/api/handovers?unitId=" + few.city.id()).token(fewToken).send());
		QueryCounter.Counted<Reply> forMany = queries
			.during(() -> api.get("/api/handovers?unitId=" + many.city.id()).token(manyToken).send());

		assertJson(forMany.result(), 200);
		assertThat(forMany.result().json().size()).isEqualTo(25);
		assertThat(forMany.result().json().get(0).path("departing").path("name").asString()).startsWith("迟交");
		assertThat(forMany.result().json().get(0).path("flags").get(0).path("code").asString())
			.isEqualTo("OVERDUE_HANDOVER");
		assertThat(forMany.result().json().get(24).path("waiting").size()).isEqualTo(2);
		assertThat(forFew.result().json().size()).isEqualTo(3);
		List<String> manyMethods = forMany.statements().stream().map(QueryCounter.Statement::method).toList();
		assertThat(manyMethods).as("statements for 25 handovers")
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

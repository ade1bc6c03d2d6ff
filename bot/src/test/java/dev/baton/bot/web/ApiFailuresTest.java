package dev.baton.bot.web;

import dev.baton.bot.DomainContext;
import dev.baton.bot.access.Actor;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures no request should be able to cause, through endpoints that exist only in this
 * test: a lost race is a 409 the client can retry, anything unexpected a 500 that shows
 * nothing of Baton's insides.
 */
@DomainContext
@Import(ApiFailuresTest.Failing.class)
class ApiFailuresTest extends ApiTestSupport {

	@Test
	void aConcurrentChangeIsA409ToRetry() {
		Reply reply = api.post("/api/test-failures/race").token(token(org.organizer)).send();

		JsonNode problem = assertProblem(reply, 409, "api.concurrentChange");
		assertThat(problem.path("detail").asString()).isEqualTo("该交接刚被他人修改，请刷新后重试。");
		assertThat(reply.text()).doesNotContain("handover 42 changed under us");
	}

	@Test
	void anUnexpectedFailureIsA500ThatShowsNothingInside() {
		Reply reply = api.post("/api/test-failures/crash").token(token(org.organizer)).english().send();

		JsonNode problem = assertProblem(reply, 500, "api.internalError");
		assertThat(problem.path("detail").asString()).isEqualTo(
				"Something went wrong inside Baton; please try again later, and tell an administrator if it persists.");
		assertThat(problem.path("title").asString()).isEqualTo("Internal error");
		assertThat(reply.text()).doesNotContain("SELECT")
			.doesNotContain("IllegalStateException")
			.doesNotContain("dev.baton");
	}

	@RestController
	static class Failing {

		@PostMapping("/api/test-failures/race")
		void race(Actor actor) {
			throw new OptimisticLockingFailureException("handover 42 changed under us");
		}

		@PostMapping("/api/test-failures/crash")
		void crash(Actor actor) {
			throw new IllegalStateException("SELECT * FROM handover failed at dev.baton.bot.Secret");
		}

	}

}

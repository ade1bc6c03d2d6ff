package dev.baton.bot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * API tokens: random, stored only as SHA-256, found by that hash, and dead once revoked.
 */
@DomainContext
class ApiTokensTest extends ApiTestSupport {

	@Test
	void issuesRandomTokensStoredOnlyAsTheirHash() throws Exception {
		String first = tokens.issue(org.organizer, "组织部办公电脑");
		String second = tokens.issue(org.organizer, "组织部办公电脑");

		assertThat(first).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second);
		List<String> stored = jdbc.queryForList("SELECT token_sha256 FROM api_token WHERE official_id = ? ORDER BY id",
				String.class, org.organizer);
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(first.getBytes(StandardCharsets.UTF_8)));
		assertThat(stored).hasSize(2).first().isEqualTo(hash);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_sha256 = ? OR label = ?", Long.class,
				first, first))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT label FROM api_token WHERE token_sha256 = ?", String.class, hash))
			.isEqualTo("组织部办公电脑");

		assertThat(tokens.officialFor(first)).contains(org.organizer);
		assertThat(tokens.officialFor(second)).contains(org.organizer);
		assertThat(tokens.officialFor(first.substring(1) + "A")).isEmpty();
		assertThat(tokens.officialFor(hash)).isEmpty();
		assertThat(tokens.officialFor("")).isEmpty();
		assertThat(tokens.officialFor(null)).isEmpty();
	}

	@Test
	void aRevokedTokenStopsWorkingAtOnce() {
		String token = tokens.issue(org.organizer, "test");
		assertJson(api.get("/api/handovers").token(token).send(), 200);

		tokens.revoke(token);
		tokens.revoke(token);

		assertThat(tokens.officialFor(token)).isEmpty();
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE official_id = ? AND revoked_at IS NOT NULL",
						Long.class, org.organizer))
			.isEqualTo(1);
		assertProblem(api.get("/api/handovers").token(token).send(), 401, "api.unauthenticated.invalid");
	}

	@Test
	void refusesTokensWithoutALabelOrForNobody() {
		assertThatThrownBy(() -> tokens.issue(org.organizer, " ")).isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "api.token.badLabel");
		assertThatThrownBy(() -> tokens.issue(org.organizer, "x".repeat(129)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> tokens.issue(Long.MAX_VALUE, "test")).isInstanceOf(NotFoundException.class);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE official_id = ?", Long.class, org.organizer))
			.isZero();
	}

}

package dev.baton.bot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directoryadmin.DirectoryAdmin;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.InvalidInputException;
import dev.baton.bot.system.NotFoundException;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the REST API, one per official and purpose. A token is 32 random
 * bytes in base64url; only its SHA-256 is stored, and a presented token is found by that
 * hash, so nothing secret is ever compared byte by byte. Anyone may issue, list and
 * revoke their own tokens; an administrator those of the officials in their scope
 * ({@link Action#MANAGE_TOKENS}). Issuing and revoking are in the audit log; the token
 * itself never is.
 */
@Service
public class ApiTokens {

	private static final int LABEL_MAX = 128;

	/** 32 bytes in base64url without padding are 43 characters of this alphabet. */
	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

	/**
	 * How stale {@code last_used_at} may get before a use writes it again: one write a
	 * minute per token at most.
	 */
	static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

	private final ApiTokenMapper mapper;

	private final Directory directory;

	private final DirectoryAdmin directoryAdmin;

	private final AuditLog audit;

	private final TimeSource time;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenMapper mapper, Directory directory, DirectoryAdmin directoryAdmin, AuditLog audit,
			TimeSource time) {
		this.mapper = mapper;
		this.directory = directory;
		this.directoryAdmin = directoryAdmin;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * A new token for the official; the caller hands it over once, it cannot be shown
	 * again.
	 */
	@Transactional
	public String issue(long officialId, String label) {
		return issueRow(officialId, label).token();
	}

	/**
	 * A new token for the actor themselves, or (with {@link Action#MANAGE_TOKENS} over
	 * them) for an official in the actor's scope; audited. The token is in the answer
	 * only: it cannot be shown again.
	 */
	@Transactional
	public Issued issue(Actor actor, long officialId, String label) {
		requireOwnOrManaged(actor, officialId);
		Official official = directory.official(officialId);
		if (!official.active()) {
			throw new ConflictException("directory.officialInactive",
					official.name() + " is not active: reactivate them first", official.name());
		}
		Issued issued = issueRow(officialId, label);
		audit.append(null, actor, "API_TOKEN_ISSUED", detail(issued.info()));
		return issued;
	}

	/**
	 * Registers a token chosen elsewhere (the {@code BATON_BOOTSTRAP_ADMIN_TOKEN} of a
	 * non-interactive first start): it must have the shape of an issued one, 43
	 * characters of base64url.
	 */
	@Transactional
	public TokenInfo register(long officialId, String token, String label) {
		if (token == null || !SHAPE.matcher(token).matches()) {
			throw new InvalidInputException("api.token.badShape",
					"a token is 43 characters of A-Z, a-z, 0-9, '-' and '_' (32 random bytes in base64url)");
		}
		directory.official(officialId);
		ApiTokenMapper.TokenRow row = new ApiTokenMapper.TokenRow(officialId, sha256(token), checkedLabel(label),
				time.now());
		mapper.insert(row);
		return mapper.find(row.id);
	}

	/** The official's tokens, newest first, without the tokens themselves. */
	public List<TokenInfo> list(Actor actor, long officialId) {
		requireOwnOrManaged(actor, officialId);
		return mapper.forOfficial(officialId);
	}

	/**
	 * One token (never the token itself): the actor's own, or one of an official in their
	 * scope.
	 */
	public TokenInfo get(Actor actor, long tokenId) {
		TokenInfo token = mapper.find(tokenId);
		if (token == null) {
			throw new NotFoundException("token", tokenId);
		}
		requireOwnOrManaged(actor, token.officialId());
		return token;
	}

	/** The token stops working at once; revoking it again changes nothing. */
	@Transactional
	public TokenInfo revoke(Actor actor, long tokenId) {
		TokenInfo token = get(actor, tokenId);
		if (token.revokedAt() != null) {
			return token;
		}
		mapper.revokeById(tokenId, time.now());
		TokenInfo revoked = mapper.find(tokenId);
		audit.append(null, actor, "API_TOKEN_REVOKED", detail(revoked));
		return revoked;
	}

	/**
	 * The official the token stands for, unless it is malformed, unknown, revoked, or its
	 * official left.
	 */
	public Optional<Long> officialFor(String token) {
		if (token == null || !SHAPE.matcher(token).matches()) {
			return Optional.empty();
		}
		ApiTokenMapper.TokenUse use = mapper.use(sha256(token));
		if (use == null) {
			return Optional.empty();
		}
		Instant now = time.now();
		if (use.lastUsedAt() == null || use.lastUsedAt().isBefore(now.minus(LAST_USED_GRAIN))) {
			mapper.touch(use.id(), now, now.minus(LAST_USED_GRAIN));
		}
		return Optional.of(use.officialId());
	}

	/** The token stops working at once; revoking it again changes nothing. */
	@Transactional
	public void revoke(String token) {
		if (token != null && SHAPE.matcher(token).matches()) {
			mapper.revoke(sha256(token), time.now());
		}
	}

	private Issued issueRow(long officialId, String label) {
		String checked = checkedLabel(label);
		directory.official(officialId);
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiTokenMapper.TokenRow row = new ApiTokenMapper.TokenRow(officialId, sha256(token), checked, time.now());
		mapper.insert(row);
		return new Issued(mapper.find(row.id), token);
	}

	private static String checkedLabel(String label) {
		if (label == null || label.isBlank() || label.strip().length() > LABEL_MAX) {
			throw new InvalidInputException("api.token.badLabel", "a token needs a label of at most 128 characters",
					LABEL_MAX);
		}
		return label.strip();
	}

	private void requireOwnOrManaged(Actor actor, long officialId) {
		if (!actor.is(officialId)) {
			directoryAdmin.requireOver(actor, officialId, Action.MANAGE_TOKENS);
		}
	}

	private static Map<String, Object> detail(TokenInfo token) {
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("tokenId", token.id());
		detail.put("officialId", token.officialId());
		detail.put("label", token.label());
		return detail;
	}

	static String sha256(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

	/** A token as lists show it: never the token, never its hash. */
	public record TokenInfo(long id, long officialId, String label, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

	/** A token just issued: the only moment the token itself is known. */
	public record Issued(TokenInfo info, String token) {
	}

}

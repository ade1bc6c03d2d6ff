package dev.baton.bot.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.system.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log: every state change and every actor action, each row holding the SHA-256 of the row
 * before it. Appends join the caller's transaction, so a change and its audit row commit or roll back together.
 */
@Service
public class AuditLog {

	static final String GENESIS = "0".repeat(64);

	private final AuditMapper mapper;

	private final TimeSource time;

	private final JsonMapper json;

	AuditLog(AuditMapper mapper, TimeSource time, JsonMapper json) {
		this.mapper = mapper;
		this.time = time;
		this.json = json;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry append(Long handoverId, Actor actor, String action, Map<String, ?> detail) {
		AuditMapper.Head head = mapper.lockHead();
		long seq = head.lastSeq() + 1;
		Instant at = time.now();
		String body = json.writeValueAsString(detail);
		String hash = hash(head.lastHash(), seq, handoverId, actor.officialId(), action, body, at);
		AuditEntry entry = new AuditEntry(seq, handoverId, actor.officialId(), action, body, at, head.lastHash(), hash);
		mapper.insert(entry);
		mapper.updateHead(seq, hash);
		return entry;
	}

	public List<AuditEntry> history(long handoverId) {
		return mapper.forHandover(handoverId);
	}

	static String hash(String prevHash, long seq, Long handoverId, Long actorId, String action, String detail,
			Instant createdAt) {
		String canonical = String.join("\n", prevHash, Long.toString(seq), handoverId == null ? "" : handoverId.toString(),
				actorId == null ? "" : actorId.toString(), action, Long.toString(createdAt.toEpochMilli()), detail);
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}

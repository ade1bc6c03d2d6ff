package dev.baton.bot.signoff;

import java.time.Instant;
import java.util.List;

import dev.baton.bot.access.SignerRole;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SignoffMapper {

	void insertCode(@Param("handoverId") long handoverId, @Param("officialId") long officialId,
			@Param("sha256") String sha256, @Param("expiresAt") Instant expiresAt);

	/**
	 * Retires every unused code of the signer (a new one was issued, or one was used).
	 */
	int retireCodes(@Param("handoverId") long handoverId, @Param("officialId") long officialId,
			@Param("at") Instant at);

	ActiveCode activeCode(@Param("handoverId") long handoverId, @Param("officialId") long officialId,
			@Param("now") Instant now);

	int spendAttempt(long codeId);

	/**
	 * The signer's codes that expire after {@code since} (used or not), newest first:
	 * which handover a code typed back belongs to (#12, newcomer 11).
	 */
	List<IssuedCode> recentCodes(@Param("officialId") long officialId, @Param("since") Instant since);

	record IssuedCode(long handoverId, String codeSha256) {
	}

	void insertSignature(@Param("handoverId") long handoverId, @Param("role") SignerRole role,
			@Param("officialId") long officialId, @Param("at") Instant at);

	List<Signature> signatures(long handoverId);

	record ActiveCode(long id, String codeSha256, int attempts) {
	}

	/**
	 * The discipline flags the archived record holds (#15): those raised before the
	 * archive (not 交后不理, which comes after it), up to {@code archivedAt} when it is
	 * archived.
	 */
	List<SealedFlag> sealedFlags(@Param("handoverId") long handoverId, @Param("archivedAt") Instant archivedAt);

	/**
	 * A discipline flag as the archived record holds it: which, when raised, why (in both
	 * languages).
	 */
	record SealedFlag(String flag, Instant raisedAt, String reasonZh, String reasonEn) {
	}

}

package dev.baton.bot.setup;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SetupMapper {

	void insert(@Param("row") Row row);

	/**
	 * The code with this hash, locked until the transaction ends; null if there is none.
	 */
	SetupCode lockByHash(@Param("sha256") String sha256);

	/** Voids every code neither claimed nor voided yet. */
	int voidOutstanding(@Param("at") Instant at);

	/** Gives an unclaimed code (one the operator set, started again) a fresh validity. */
	int renew(@Param("id") long id, @Param("createdAt") Instant createdAt, @Param("expiresAt") Instant expiresAt);

	int markClaimed(@Param("id") long id, @Param("officialId") long officialId, @Param("at") Instant at);

	/** Insert parameters with the generated key written back. */
	class Row {

		public Long id;

		public final String sha256;

		public final Instant createdAt;

		public final Instant expiresAt;

		Row(String sha256, Instant createdAt, Instant expiresAt) {
			this.sha256 = sha256;
			this.createdAt = createdAt;
			this.expiresAt = expiresAt;
		}

	}

}

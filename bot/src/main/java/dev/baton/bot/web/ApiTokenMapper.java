package dev.baton.bot.web;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiTokenMapper {

	void insert(@Param("row") TokenRow row);

	ApiTokens.TokenInfo find(long id);

	List<ApiTokens.TokenInfo> forOfficial(long officialId);

	/** The token that is neither revoked nor held by an official who left. */
	TokenUse use(@Param("sha256") String sha256);

	/** Records a use, unless one was recorded since {@code staleBefore}. */
	int touch(@Param("id") long id, @Param("at") Instant at, @Param("staleBefore") Instant staleBefore);

	int revoke(@Param("sha256") String sha256, @Param("at") Instant at);

	int revokeById(@Param("id") long id, @Param("at") Instant at);

	record TokenUse(long id, long officialId, Instant lastUsedAt) {
	}

	/** Insert parameters with the generated key written back. */
	class TokenRow {

		public Long id;

		public final long officialId;

		public final String sha256;

		public final String label;

		public final Instant at;

		TokenRow(long officialId, String sha256, String label, Instant at) {
			this.officialId = officialId;
			this.sha256 = sha256;
			this.label = label;
			this.at = at;
		}

	}

}

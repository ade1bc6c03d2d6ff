package dev.baton.bot.web;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiTokenMapper {

	void insert(@Param("officialId") long officialId, @Param("sha256") String sha256, @Param("label") String label,
			@Param("at") Instant at);

	/** The official of a token that is neither revoked nor held by an official who left. */
	Long officialFor(@Param("sha256") String sha256);

	int revoke(@Param("sha256") String sha256, @Param("at") Instant at);

}

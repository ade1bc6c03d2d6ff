package dev.baton.bot.console.signin;

import java.time.Instant;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ConsoleAccountMapper {

	void insert(@Param("row") AccountRow row);

	/** The account (locked for this transaction), or null. */
	ConsoleAccount lockByUsername(@Param("username") String username);

	ConsoleAccount byOfficial(@Param("officialId") long officialId);

	int failed(@Param("id") long id, @Param("failedAttempts") int failedAttempts,
			@Param("lockedUntil") Instant lockedUntil);

	int signedIn(@Param("id") long id, @Param("at") Instant at);

	int setPassword(@Param("id") long id, @Param("passwordHash") String passwordHash, @Param("at") Instant at);

	/** A new account's columns. */
	record AccountRow(long officialId, String username, String passwordHash, Instant at) {
	}

}

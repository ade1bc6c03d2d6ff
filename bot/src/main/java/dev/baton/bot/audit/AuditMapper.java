package dev.baton.bot.audit;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

	/** Locks the chain's head row until the transaction ends: appends are serial. */
	Head lockHead();

	Head readHead();

	void insertAll(@Param("entries") List<AuditEntry> entries);

	void updateHead(@Param("seq") long seq, @Param("hash") String hash);

	List<AuditEntry> page(@Param("afterSeq") long afterSeq, @Param("limit") int limit);

	List<AuditEntry> forHandover(long handoverId);

	record Head(long lastSeq, String lastHash) {
	}

}

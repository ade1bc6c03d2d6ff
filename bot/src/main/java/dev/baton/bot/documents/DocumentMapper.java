package dev.baton.bot.documents;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DocumentMapper {

	/**
	 * The archived handover whose record had this digest when it was archived, or null.
	 */
	Long archivedWithDigest(@Param("sha256") String sha256);

	java.util.List<ArchiveDates> archiveDates(@Param("ids") java.util.Collection<Long> ids);

}

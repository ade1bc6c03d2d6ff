package dev.baton.bot.delivery;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DeadLetterMapper {

	/** The newest dead letters for officials and groups of the units under {@code path}, newest first. */
	List<DeadLetter> under(@Param("path") String path, @Param("limit") int limit);

}

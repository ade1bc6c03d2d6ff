package dev.baton.bot.budget;

import java.time.Instant;
import java.util.List;

import dev.baton.integrations.chat.Platform;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BudgetMapper {

	int add(@Param("platform") Platform platform, @Param("corpId") String corpId, @Param("month") String month,
			@Param("calls") long calls, @Param("metered") long metered, @Param("at") Instant at);

	void insert(@Param("platform") Platform platform, @Param("corpId") String corpId, @Param("month") String month,
			@Param("calls") long calls, @Param("metered") long metered, @Param("at") Instant at);

	/**
	 * Raises the month's told threshold to {@code percent}; 1 if this call raised it, 0
	 * if it was already there.
	 */
	int markWarned(@Param("platform") Platform platform, @Param("corpId") String corpId, @Param("month") String month,
			@Param("percent") int percent);

	List<Usage> month(@Param("month") String month);

	record Usage(Platform platform, String corpId, String usageMonth, long calls, long meteredCalls,
			int warnedPercent) {
	}

}

package dev.baton.bot.system;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The demo clock's moves ({@code demo_clock_move}, V70). */
@Mapper
public interface DemoClockMapper {

	/** How far all the moves together went, in milliseconds (0 with none). */
	long totalForwardMs();

	void insert(@Param("movedAt") Instant movedAt, @Param("officialId") long officialId,
			@Param("forwardMs") long forwardMs);

	/** The moves, newest first. */
	List<Move> moves();

	/** One move: when (real time), by whom, how far. */
	record Move(long id, Instant movedAt, long officialId, String officialName, long forwardMs) {
	}

}

package dev.baton.bot.review;

import java.time.Instant;
import java.util.List;

import dev.baton.bot.directory.Department;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ReviewMapper {

	void insertDecision(@Param("handoverId") long handoverId, @Param("round") int round,
			@Param("department") Department department, @Param("reviewerId") long reviewerId,
			@Param("decision") String decision, @Param("comment") String comment, @Param("at") Instant at);

	void insertComment(@Param("handoverId") long handoverId, @Param("round") int round,
			@Param("department") Department department, @Param("itemId") long itemId, @Param("authorId") long authorId,
			@Param("body") String body, @Param("at") Instant at);

	/** A question asked without a return (V61). */
	void insertQuestion(@Param("handoverId") long handoverId, @Param("round") int round,
			@Param("department") Department department, @Param("itemId") long itemId, @Param("authorId") long authorId,
			@Param("body") String body, @Param("at") Instant at);

	List<ReviewDecision> decisions(long handoverId);

	List<ReviewComment> comments(long handoverId);

}

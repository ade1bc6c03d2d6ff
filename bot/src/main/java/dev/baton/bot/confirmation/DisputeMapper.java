package dev.baton.bot.confirmation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DisputeMapper {

	void insert(@Param("itemId") long itemId, @Param("reason") String reason, @Param("raisedBy") long raisedBy,
			@Param("at") Instant at);

	Dispute openFor(long itemId);

	int rule(@Param("id") long id, @Param("ruling") Ruling ruling, @Param("note") String note,
			@Param("correctedAmount") BigDecimal correctedAmount, @Param("originalAmount") BigDecimal originalAmount,
			@Param("originalCurrency") String originalCurrency, @Param("originalQuantity") BigDecimal originalQuantity,
			@Param("originalQuantityUnit") String originalQuantityUnit,
			@Param("correctedQuantity") BigDecimal correctedQuantity,
			@Param("correctedQuantityUnit") String correctedQuantityUnit, @Param("ruledBy") long ruledBy,
			@Param("at") Instant at);

	List<Dispute> forHandover(long handoverId);

}

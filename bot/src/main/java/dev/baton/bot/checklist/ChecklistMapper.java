package dev.baton.bot.checklist;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ChecklistMapper {

	void insertSection(@Param("handoverId") long handoverId, @Param("s") dev.baton.bot.template.TemplateSection section);

	List<Section> sections(long handoverId);

	int setDeclaredEmpty(@Param("handoverId") long handoverId, @Param("code") String code,
			@Param("empty") boolean empty);

	Integer maxSeq(long handoverId);

	void insertItem(@Param("handoverId") long handoverId, @Param("sectionId") long sectionId, @Param("seq") int seq,
			@Param("d") ItemDraft draft, @Param("status") ItemStatus status, @Param("unfinished") boolean unfinished,
			@Param("at") Instant at);

	int updateItem(@Param("id") long id, @Param("d") ItemDraft draft, @Param("at") Instant at);

	int updateConfirmation(@Param("id") long id, @Param("confirmation") Confirmation confirmation,
			@Param("at") Instant at);

	int correctAmount(@Param("id") long id, @Param("amount") java.math.BigDecimal amount,
			@Param("currency") String currency, @Param("at") Instant at);

	Item item(@Param("handoverId") long handoverId, @Param("seq") int seq);

	List<Item> items(long handoverId);

	void insertEvidence(@Param("itemId") long itemId, @Param("kind") String kind, @Param("reference") String reference,
			@Param("label") String label, @Param("addedBy") long addedBy, @Param("at") Instant at);

	List<Evidence> evidence(long handoverId);

}

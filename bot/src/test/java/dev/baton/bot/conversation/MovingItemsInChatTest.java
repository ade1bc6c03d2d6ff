package dev.baton.bot.conversation;

import dev.baton.bot.DomainContext;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 3 (finding 14): an item put in the wrong section is moved while drafting,
 * in the person's words ("第11项放错地方了，应该放到巡视巡察整改这部分", "把第1项移到第4部分"); it keeps its number,
 * 撤销 puts it back, a section declared empty takes it (and is empty again on 撤销), and a
 * section that cannot be found is answered with the list of sections, nothing moved.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class MovingItemsInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	Checklists checklists;

	@Autowired
	AuditLog audit;

	DraftingTalk talk;

	@BeforeEach
	void setUp() {
		talk = new DraftingTalk(chat, conversation, directory, actors, handovers, checklists);
	}

	@Test
	void anItemMovesToTheSectionNamedAndKeepsItsNumber() {
		talk.goTo("party_building");
		talk.say("机关党支部换届选举 已完成");
		talk.say("市委巡察反馈问题整改，推进中，反馈问题11条，2027年2月28日前全部整改到位");
		talk.say("下一个");
		long party = talk.section("party_building").id();
		long rectification = talk.section("rectification").id();

		String moved = talk.say("第2项放错地方了，应该放到巡视巡察整改这部分");
		assertThat(moved).contains("第2项").contains("巡视巡察整改").contains("撤销");
		assertThat(talk.item(2).sectionId()).isEqualTo(rectification);
		assertThat(talk.item(2).seq()).isEqualTo(2);
		assertThat(talk.items()).hasSize(2);

		assertThat(talk.say("撤销")).contains("第2项").contains("党建责任落实");
		assertThat(talk.item(2).sectionId()).isEqualTo(party);

		talk.say("把第2项移到第4部分");
		assertThat(talk.item(2).sectionId()).isEqualTo(rectification);
		talk.say("第2项挪到党建责任落实");
		assertThat(talk.item(2).sectionId()).isEqualTo(party);
		assertThat(audit.history(talk.handoverId)).anySatisfy(e -> assertThat(e.action()).isEqualTo("ITEM_MOVED"));
	}

	@Test
	void aSectionDeclaredEmptyTakesTheItemAndIsEmptyAgainOnUndo() {
		talk.goTo("legacy_risk");
		assertThat(talk.say("本部分无")).contains("第6部分");
		talk.say("原统计局家属楼房产证办理遗留问题，涉及职工住户24户，推进中");
		String moved = talk.say("把第1项移到历史遗留问题和风险隐患处置部分");
		assertThat(moved).contains("历史遗留问题和风险隐患处置");
		assertThat(talk.section("legacy_risk").declaredEmpty()).isFalse();
		assertThat(talk.item(1).sectionId()).isEqualTo(talk.section("legacy_risk").id());
		talk.say("撤销");
		assertThat(talk.section("legacy_risk").declaredEmpty()).isTrue();
		assertThat(talk.item(1).sectionId()).isEqualTo(talk.section("economic").id());
	}

	@Test
	void aSectionNotFoundOrNotSaidIsAskedAndNothingMoves() {
		talk.say("机关党支部换届选举 已完成");
		long before = talk.item(1).sectionId();
		assertThat(talk.say("第1项放错地方了")).contains("哪一部分").contains("党建责任落实").contains("把第1项移到");
		assertThat(talk.say("把第1项移到财务科那部分")).contains("哪一部分").contains("经济事项");
		assertThat(talk.say("第1项移到第9部分")).contains("哪一部分");
		assertThat(talk.item(1).sectionId()).isEqualTo(before);
		assertThat(talk.items()).hasSize(1);
	}

}

package dev.baton.bot.conversation;

import java.time.LocalDate;

import dev.baton.bot.DomainContext;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 3 (findings 5, 6, 7): once a date, an amount, a quantity or a status is
 * read into its field, its words leave the title with the words that only lead to it
 * (共11条, 合同金额186万元, "，2025年9月底完成", "年底前执行完"); a second figure goes to the item's 说明,
 * never into a broken title, and the reply never says words stayed in the title when they
 * went to a field. A rename keeps the person's punctuation as typed and drops the "："
 * after 改为.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class TitlesLeaveWhatFieldsHoldInChatTest {

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

	DraftingTalk talk;

	@BeforeEach
	void setUp() {
		talk = new DraftingTalk(chat, conversation, directory, actors, handovers, checklists);
	}

	@Test
	void datesAndTheWordsLeadingToFiguresLeaveTheTitle() {
		talk.say("第五次全国经济普查数据开发和公报发布，已完成，2025年9月底完成");
		Item first = talk.item(1);
		assertThat(first.title()).isEqualTo("第五次全国经济普查数据开发和公报发布");
		assertThat(first.doneOn()).isEqualTo(LocalDate.of(2025, 9, 30));

		talk.say("2027年全市人口变动情况抽样调查，2027年10月底前完成");
		assertThat(talk.item(2).title()).isEqualTo("2027年全市人口变动情况抽样调查");
		assertThat(talk.item(2).deadline()).isEqualTo(LocalDate.of(2027, 10, 31));
		talk.say("还没启动");

		talk.say("2026年统计调查专项资金 预算280万元 推进中 已执行约七成 年底前执行完");
		Item funds = talk.item(3);
		// the status word standing alone after the title is the status; what follows it
		// up to
		// the next figure is the 说明 (#12, newcomer 18)
		assertThat(funds.title()).isEqualTo("2026年统计调查专项资金");
		assertThat(funds.details()).startsWith("已执行约七成");
		assertThat(funds.amount()).isEqualByComparingTo("2800000");
		assertThat(funds.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));

		talk.say("全市统计执法检查专项行动 经费45万 推进中 今年12月31日截止");
		assertThat(talk.item(4).title()).isEqualTo("全市统计执法检查专项行动");
		assertThat(talk.item(4).deadline()).isEqualTo(LocalDate.of(2026, 12, 31));

		talk.goTo("economic");
		talk.say("台式电脑和笔记本共计128台");
		assertThat(talk.item(5).title()).isEqualTo("台式电脑和笔记本");
		// a word that names what is counted stays: it says what the figure is
		talk.say("基本户银行存款余额1234567.89元");
		assertThat(talk.item(6).title()).isEqualTo("基本户银行存款余额");
	}

	@Test
	void aSecondFigureIsNotedApartAndTheReplySaysWhereEachFigureWent() {
		String said = talk.say("统计信息化平台二期建设 推进中 合同金额186万元，已支付96万元，2027年3月31日前完成验收");
		Item item = talk.item(1);
		assertThat(item.title()).isEqualTo("统计信息化平台二期建设");
		assertThat(item.amount()).isEqualByComparingTo("1860000");
		assertThat(item.deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(item.details()).isEqualTo("已支付96万元");
		assertThat(said).contains("第1项 统计信息化平台二期建设\n")
			.contains("说明：已支付96万元")
			// the part paid is progress on the one contract, never a second item
			// (newcomer 23, finding 3)
			.contains("“已支付96万元”是其中已办或剩下的部分，记在说明里")
			.doesNotContain("是两项吗")
			.doesNotContain("留在名称里");

		talk.goTo("party_building");
		said = talk.say("市委巡察反馈问题整改 推进中 共11条，已整改8条，剩余3条2027年2月底前整改到位");
		Item rectification = talk.item(2);
		assertThat(rectification.title()).isEqualTo("市委巡察反馈问题整改");
		assertThat(rectification.quantity()).isEqualByComparingTo("11");
		assertThat(rectification.quantityUnit()).isEqualTo("条");
		assertThat(rectification.deadline()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(rectification.details()).isEqualTo("已整改8条，剩余3条2027年2月底前整改到位");
		assertThat(said).doesNotContain("留在名称里");
	}

	@Test
	void aRenameKeepsThePunctuationAsTyped() {
		talk.say("第五次经济普查专项经费结余12.63万元，按规定上缴财政");
		talk.say("第1项名称改为：第五次经济普查专项经费结余上缴财政");
		assertThat(talk.item(1).title()).isEqualTo("第五次经济普查专项经费结余上缴财政");
		String said = talk.say("第1项名称改为市委巡察反馈问题整改（已整改8条，剩余3条）");
		assertThat(talk.item(1).title()).isEqualTo("市委巡察反馈问题整改（已整改8条，剩余3条）");
		assertThat(said).contains("第1项 市委巡察反馈问题整改（已整改8条，剩余3条）\n");
		talk.say("第1项标题改成:“统计信息化平台二期建设合同款”");
		assertThat(talk.item(1).title()).isEqualTo("统计信息化平台二期建设合同款");
		talk.say("把第1项的名称改为 2026年统计调查专项资金；含劳务费");
		assertThat(talk.item(1).title()).isEqualTo("2026年统计调查专项资金；含劳务费");
	}

}

package dev.baton.bot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 4 (findings 10, 11, 12, 16, 17, 18): a township head fills the checklist
 * as people talk.
 * <ul>
 * <li>16: "（截至11月30日）" is the date a figure stands at, never a deadline; in brackets it
 * stays in the title, and no title is ever left with empty brackets; in a clause of its
 * own after the figure it is the item's 说明.</li>
 * <li>10: "重点工作就这些，下一个", "刚才那条发错了，撤回", "这部分就这一条，下一个", "核对无误，提交审核" are steps, never
 * items.</li>
 * <li>11: "还在推进", "正在化解", "已全部达标" are statuses.</li>
 * <li>12: 下一个 never says a section is filled while its items lack a status (it names the
 * item), and a status answered once the section was left names the section being filled,
 * never "本部分".</li>
 * <li>17: titles keep no dangling label, no completion date and no gap where a figure
 * was; two figures joined by 、 are two figures (办公室钥匙2把: 把 is a unit); a split's second
 * item is offered and named without the status word.</li>
 * <li>18: a renamed item shows its 原文 line as any other, and a rename keeps full-width
 * brackets.</li>
 * </ul>
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class TownshipDraftingAsSaidInChatTest {

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
	MutableClock clock;

	DraftingTalk talk;

	@BeforeEach
	void setUp() {
		talk = new DraftingTalk(chat, conversation, directory, actors, handovers, checklists);
	}

	@Test
	void aPastAsOfDateIsTheFiguresDateNeverADeadline() {
		clock.set(Instant.parse("2026-12-04T02:00:00Z"));
		talk.goTo("economic");
		String said = talk.say("镇财政所基本账户余额358.62万元（截至11月30日）");
		Item balance = talk.item(1);
		assertThat(balance.amount()).isEqualByComparingTo("3586200");
		assertThat(balance.deadline()).isNull();
		assertThat(balance.title()).isEqualTo("镇财政所基本账户余额（截至11月30日）");
		assertThat(said).doesNotContain("期限").doesNotContain("（ ）").doesNotContain("（）");

		talk.say("村集体经济收入合计126万元，截止到11月30日");
		Item income = talk.item(2);
		assertThat(income.deadline()).isNull();
		// a clause after the figure that no field took is the item's 说明, not its title
		// (newcomer 7, finding 3)
		assertThat(income.title()).isEqualTo("村集体经济收入");
		assertThat(income.details()).isEqualTo("截止到11月30日");

		// a deadline ahead is still one
		talk.say("村道硬化工程尾款未付42.5万元，2027年3月31日前支付");
		assertThat(talk.item(3).deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
		// a day of this year still to come, said with 截至, is still a deadline
		talk.say("专项债券资金支出进度报告，截至12月31日");
		assertThat(talk.item(4).deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
	}

	@Test
	void stepsSaidInWordsAreNeverItems() {
		talk.say("石门村乡村振兴示范村建设，推进中，2027年5月底前完成");
		assertThat(talk.say("重点工作就这些，下一个")).doesNotContain("已记录为第2项");
		assertThat(talk.items()).hasSize(1);

		talk.say("镇财政所基本账户余额358.62万元");
		assertThat(talk.items()).hasSize(2);
		assertThat(talk.say("刚才那条发错了，撤回")).contains("已撤销").doesNotContain("已记录为第3项");
		assertThat(talk.items()).hasSize(1);

		talk.say("镇级政府性债务余额1200万元，现状");
		assertThat(talk.say("这部分就这一条，下一个")).doesNotContain("已记录为");
		assertThat(talk.items()).hasSize(2);

		talk.goTo("other");
		assertThat(talk.say("核对无误，提交审核")).doesNotContain("已记录为");
		assertThat(talk.items()).hasSize(2);
	}

	@Test
	void statusesInEverydayWords() {
		talk.say("石门村乡村振兴示范村建设还在推进，2027年5月底前完成");
		assertThat(talk.item(1).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(talk.item(1).title()).isEqualTo("石门村乡村振兴示范村建设");
		talk.say("溪口村土地征收补偿信访件1件，正在化解，2026年12月31日前办结");
		assertThat(talk.item(2).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(talk.item(2).title()).isEqualTo("溪口村土地征收补偿信访件");
		String said = talk.say("全镇12个村党支部标准化规范化建设，已全部达标");
		assertThat(said).doesNotContain("什么状态");
		assertThat(talk.item(3).status()).isEqualTo(ItemStatus.DONE);
	}

	@Test
	void nextWaitsOnOpenStatusesAndNoReplyTellsToGoOnWithAFinishedSection() {
		talk.say("村级党群服务中心提档升级");
		String next = talk.say("下一个");
		assertThat(next).doesNotContain("已填好").contains("第1项“村级党群服务中心提档升级”还没有说明状态").contains("第2部分");
		// the status card answered once the section was left: the reply names the section
		// being filled
		String answered = talk.press("推进中");
		assertThat(answered).contains("状态：推进中").doesNotContain("继续发送本部分的下一个事项").contains("现在填写的是");
		assertThat(talk.item(1).status()).isEqualTo(ItemStatus.IN_PROGRESS);
		String later = talk.say("第1项状态改为未启动");
		assertThat(later).doesNotContain("继续发送本部分的下一个事项").contains("现在填写的是");
		assertThat(talk.item(1).status()).isEqualTo(ItemStatus.NOT_STARTED);
		// with every status said, 下一个 says the section is filled
		talk.say("乡镇综合文化站免费开放，现状");
		assertThat(talk.say("下一个")).contains("已填好");
	}

	@Test
	void titlesKeepNoLabelDateOrGapAndTwoFiguresAreAsked() {
		talk.say("镇污水处理厂提标改造工程 推进中 总投资860万元，2027年6月30日前完成竣工验收");
		assertThat(talk.item(1).title()).isEqualTo("镇污水处理厂提标改造工程");
		talk.say("高标准农田建设3200亩，已完成，2026年10月通过县级验收");
		assertThat(talk.item(2).title()).isEqualTo("高标准农田建设");
		assertThat(talk.item(2).doneIn()).isEqualTo(YearMonth.of(2026, 10));
		talk.say("全镇12个村党支部标准化规范化建设，已完成");
		assertThat(talk.item(3).title()).isEqualTo("全镇村党支部标准化规范化建设");

		talk.goTo("economic");
		String asked = talk.say("笔记本电脑1台、办公室钥匙2把");
		assertThat(asked).contains("两项");
		assertThat(talk.say("记为两项")).contains("已记为两项");
		assertThat(talk.items()).filteredOn(i -> i.quantity() != null)
			.extracting(i -> i.title() + " " + i.quantity().toPlainString() + i.quantityUnit())
			.endsWith("笔记本电脑 1台", "办公室钥匙 2把");

		String twice = talk.say("镇机关核定行政编制38名，实有在编人员35人，现状");
		assertThat(twice).contains("“实有在编人员，35人”各记一项").doesNotContain("“实有在编人员35人，现状”");
		String split = talk.say("记为两项");
		assertThat(split).contains("已记为两项");
		Item second = talk.items().get(talk.items().size() - 1);
		assertThat(second.title()).isEqualTo("实有在编人员");
		assertThat(second.status()).isEqualTo(ItemStatus.ON_HAND);
	}

	@Test
	void aRenamedItemShowsItsOriginalWordsAndKeepsFullWidthBrackets() {
		talk.say("石门村乡村振兴示范村建设，推进中，2027年5月底前完成");
		String renamed = talk.say("第1项名称改为石门村乡村振兴示范村建设（省级）");
		assertThat(talk.item(1).title()).isEqualTo("石门村乡村振兴示范村建设（省级）");
		assertThat(renamed).contains("第1项 石门村乡村振兴示范村建设（省级）\n").contains("原文：石门村乡村振兴示范村建设，推进中，2027年5月底前完成");
		talk.goTo("economic");
		talk.say("镇财政所基本账户余额358.62万元");
		String again = talk.say("第2项名称改为镇财政所基本账户余额（截至2026年11月30日）");
		assertThat(talk.item(2).title()).isEqualTo("镇财政所基本账户余额（截至2026年11月30日）");
		assertThat(again).contains("原文：镇财政所基本账户余额358.62万元");
		assertThat(talk.say("清单")).contains("原文：石门村乡村振兴示范村建设，推进中，2027年5月底前完成").contains("原文：镇财政所基本账户余额358.62万元");
	}

}

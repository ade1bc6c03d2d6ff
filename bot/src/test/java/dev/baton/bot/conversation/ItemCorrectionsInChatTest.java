package dev.baton.bot.conversation;

import java.math.BigDecimal;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The departing official puts the record right in their own words (#2, #5, #6):
 * 森林面积29.22万亩 is a quantity; 第N项不是金额，是面积 turns a stored amount into a quantity (its unit
 * re-read from the title, or asked); 第N项金额改为无 empties the amount; 撤销 takes back a stray
 * entry; 删除第N项 deletes an item; 第N项补充：… answers a return on the returned item, and the
 * file sent next is its evidence. None of these is recorded as a new item.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class ItemCorrectionsInChatTest {

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
	HandoverRecords records;

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	AuditLog audit;

	TestOrg org;

	long handoverId;

	String departing;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "wuyishan");
		for (long official : List.of(org.departing, org.auditReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "c" + official, official);
		}
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		departing = "c" + org.departing;
		chat.say(departing, "签收");
	}

	@Test
	void aQuantityIsNotMoneyAndAFieldIsEmptiedNotZeroed() {
		goTo("forest");
		assertThat(chat.say(departing, "森林面积29.22万亩")).singleElement()
			.asString()
			.contains("数量：29.22万亩")
			.doesNotContain("金额：");
		Item forest = checklists.items(handoverId).get(0);
		assertThat(forest.amount()).isNull();
		assertThat(forest.quantity()).isEqualByComparingTo("292200");
		assertThat(forest.quantityUnit()).isEqualTo("亩");
		assertThat(forest.status()).isEqualTo(ItemStatus.ON_HAND);

		goTo("assets");
		chat.say(departing, "专项资金结余 120万元");
		int seq = checklists.items(handoverId).get(1).seq();
		List<String> cleared = chat.say(departing, "第" + seq + "项金额改为无");
		assertThat(cleared).first()
			.asString()
			.contains("已清除第" + seq + "项的金额")
			.doesNotContain("金额：0.00")
			.contains("金额：无（离任干部已删去，原记为1,200,000.00元）")
			.contains("第" + seq + "项的状态还没有说明");
		// its status still unsaid, the correction ends by asking it (#12, newcomer 5,
		// finding 5), pointing at the status card already sent rather than sending it
		// again (newcomer 9's repeated cards)
		assertThat(cleared).singleElement().asString().contains("请点上面“第" + seq + "项的状态”卡片");
		assertThat(chat.lastCard(departing).title()).isEqualTo("第" + seq + "项的状态");
		assertThat(checklists.item(handoverId, seq).amount()).isNull();
		assertThat(checklists.items(handoverId)).hasSize(2);
	}

	@Test
	void anAmountSaidToBeNoMoneyBecomesAQuantity() {
		// what the old reading stored: 森林面积29.22万亩 as 292200 yuan, and a count as yuan
		var actor = org.actor(org.departing);
		Item forest = checklist.addItem(actor, handoverId, "forest",
				ItemDraft.titled("森林面积29.22万亩").withAmount(new BigDecimal("292200")));
		Item trees = checklist.addItem(actor, handoverId, "heritage",
				ItemDraft.titled("古树名木").withAmount(new BigDecimal("326")));

		assertThat(chat.say(departing, "第" + forest.seq() + "项不是金额，是面积")).singleElement()
			.asString()
			.contains("数量：29.22万亩")
			.doesNotContain("金额：");
		assertThat(chat.say(departing, "第" + trees.seq() + "项不是金额")).singleElement().asString().contains("单位是什么");
		assertThat(chat.say(departing, "株")).singleElement().asString().contains("数量：326株");

		assertThat(checklists.items(handoverId)).extracting(Item::amount).containsOnlyNulls();
		assertThat(checklists.items(handoverId)).extracting(Item::quantityUnit).containsExactly("亩", "株");
		assertThat(actions()).filteredOn("ITEM_AMOUNT_IS_QUANTITY"::equals).hasSize(2);
	}

	@Test
	void aStrayEntryIsUndoneAndAnItemDeletedAndNeitherCounts() {
		goTo("pending");
		chat.say(departing, "安置房二期 推进中");
		assertThat(chat.say(departing, "下午三点的会改到四点了")).hasSize(3); // a stray message:
																	// recorded, asked
																	// (then what to
																	// do next)
		assertThat(chat.say(departing, "撤销")).singleElement().asString().contains("已撤销").contains("第2项");
		chat.say(departing, "供水管网改造 未启动");
		assertThat(chat.say(departing, "删除第3项")).singleElement().asString().contains("已删除第3项");

		assertThat(checklists.items(handoverId)).extracting(Item::seq).containsExactly(1);
		assertThat(checklists.items(handoverId)).filteredOn(Item::unfinished).hasSize(1);
		assertThat(chat.say(departing, "第3项")).singleElement().asString().contains("已经删除");
		assertThat(String.join("\n", chat.say(departing, "清单"))).doesNotContain("下午三点的会").doesNotContain("供水管网改造");
		assertThat(actions()).contains("ENTRY_UNDONE", "ITEM_DELETED");
		assertThat(checklists.withdrawnItems(handoverId)).extracting(Item::title)
			.containsExactly("下午三点的会改到四点了", "供水管网改造");
	}

	@Test
	void aReturnIsAnsweredOnTheReturnedItem() {
		var actor = org.actor(org.departing);
		checklist.addItem(actor, handoverId, "pending",
				new ItemDraft("安置房二期", null, ItemStatus.IN_PROGRESS, null, null, null, null, null, null));
		checklist.addItem(actor, handoverId, "assets",
				ItemDraft.titled("银行账户余额").withAmount(new BigDecimal("1234567.89")));
		for (Section s : checklists.sections(handoverId)) {
			if (!s.code().equals("pending") && !s.code().equals("assets")) {
				checklist.declareSectionEmpty(actor, handoverId, s.code());
			}
		}
		checklist.submit(actor, handoverId);
		chat.say("c" + org.auditReviewer, "退回 第2项 请附银行对账单");

		assertThat(chat.say(departing, "第2项补充：已向开户行申请2026年11月对账单")).singleElement()
			.asString()
			.contains("第2项“银行账户余额”")
			.contains("已向开户行申请2026年11月对账单");
		assertThat(chat.attach(departing, null, "image", "dingtalk-download:P1", null)).singleElement()
			.asString()
			.contains("第2项");
		assertThat(String.join("\n", chat.say(departing, "第2项"))).contains("补充说明")
			.contains("已向开户行申请2026年11月对账单")
			.contains("请附银行对账单");
		assertThat(checklists.items(handoverId)).hasSize(2);
		assertThat(checklists.supplements(handoverId)).singleElement()
			.satisfies(s -> assertThat(s.round()).isEqualTo(1));
		assertThat(checklists.evidence(handoverId)).singleElement()
			.satisfies(e -> assertThat(e.itemId()).isEqualTo(checklists.item(handoverId, 2).id()));

		assertThat(chat.say(departing, "提交")).singleElement().asString().contains("已提交");
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.IN_REVIEW);
	}

	@Test
	void anEditAndANoneAreUndoneAndAFieldIsDeletedInOtherWords() {
		goTo("assets");
		chat.say(departing, "专项资金结余 120万元");
		assertThat(chat.say(departing, "第1项金额改为150万")).singleElement().asString().contains("1,500,000.00元");
		assertThat(chat.say(departing, "撤回")).singleElement()
			.asString()
			.contains("已撤销对第1项的修改")
			.contains("1,200,000.00元");
		assertThat(checklists.item(handoverId, 1).amount()).isEqualByComparingTo("1200000");
		assertThat(chat.say(departing, "第1项金额删除")).singleElement().asString().contains("已清除第1项的金额");
		assertThat(checklists.item(handoverId, 1).amount()).isNull();

		chat.say(departing, "下一个");
		assertThat(chat.say(departing, "本部分无")).singleElement().asString().contains("无事项");
		assertThat(section("risks").declaredEmpty()).isTrue();
		assertThat(chat.say(departing, "撤销")).singleElement().asString().contains("重新打开");
		assertThat(section("risks").declaredEmpty()).isFalse();
		assertThat(chat.say(departing, "汛期山体滑坡隐患点 推进中")).singleElement()
			.asString()
			.contains("已记录为第2项")
			.contains("交问题隐患");

		assertThat(chat.say(departing, "第2项删了")).singleElement().asString().contains("已删除第2项");
		assertThat(checklists.items(handoverId)).extracting(Item::seq).containsExactly(1);
		assertThat(actions()).filteredOn("ENTRY_UNDONE"::equals).hasSize(2);
	}

	/**
	 * np24 findings 3 and 6: "提交" with a section unfilled that is not the one in focus
	 * says the focus moved there (not "现在填写的就是这一部分"), and "本部分无" then declares it;
	 * "第1项补冲：…" (a typo of 补充) records the supplement without "补冲：".
	 */
	@Test
	void submitSaysTheFocusMovedToTheUnfilledSectionAndNoneThenDeclaresIt() {
		var actor = org.actor(org.departing);
		List<Section> sections = checklists.sections(handoverId);
		Section last = sections.get(sections.size() - 1);
		Section before = sections.get(sections.size() - 2);
		checklist.addItem(actor, handoverId, before.code(),
				ItemDraft.titled("银行账户余额").withAmount(new BigDecimal("865000")).withStatus(ItemStatus.ON_HAND, false));
		for (Section s : sections) {
			if (!s.code().equals(last.code()) && !s.code().equals(before.code())) {
				checklist.declareSectionEmpty(actor, handoverId, s.code());
			}
		}
		for (int i = 1; i < before.position(); i++) {
			chat.say(departing, "下一个");
		}

		String refused = String.join("\n", chat.say(departing, "提交"));
		assertThat(refused).contains("还不能提交")
			.contains(last.titleZh())
			.doesNotContain("现在填写的就是这一部分")
			.contains("现已转到第" + last.position() + "部分");
		// said again, the unfilled section is the one in focus now
		assertThat(String.join("\n", chat.say(departing, "提交"))).contains("现在填写的就是这一部分");

		assertThat(String.join("\n", chat.say(departing, "本部分无"))).contains(last.titleZh());
		assertThat(section(last.code()).declaredEmpty()).isTrue();
		assertThat(section(before.code()).declaredEmpty()).isFalse();
	}

	@Test
	void aSupplementIntroducedByATypoOfItsWordIsRecordedWithoutIt() {
		var actor = org.actor(org.departing);
		checklist.addItem(actor, handoverId, "pending",
				new ItemDraft("统计平台二期", null, ItemStatus.IN_PROGRESS, null, null, null, null, null, null));
		for (Section s : checklists.sections(handoverId)) {
			if (!s.code().equals("pending")) {
				checklist.declareSectionEmpty(actor, handoverId, s.code());
			}
		}
		checklist.submit(actor, handoverId);
		chat.say("c" + org.auditReviewer, "退回 第1项 请说明付款凭证在哪");

		assertThat(String.join("\n", chat.say(departing, "第1项补冲：付款凭证原件存局财务室档案柜"))).contains("付款凭证原件存局财务室档案柜")
			.doesNotContain("补冲");
		assertThat(checklists.supplements(handoverId)).singleElement()
			.satisfies(s -> assertThat(s.body()).isEqualTo("付款凭证原件存局财务室档案柜"));
	}

	/**
	 * np24 finding 4: "其他这部分没有" said while another part is in focus declares THAT part
	 * empty (as 本部分无 does in it), the reply naming it and where the focus is; a part is
	 * named by its number or words of its title too; the part in focus is left as it was,
	 * and nothing is recorded as an item.
	 */
	@Test
	void aPartNamedThenNothingInItDeclaresThatPartEmpty() {
		Section other = section("other");
		String said = String.join("\n", chat.say(departing, "其他这部分没有"));
		assertThat(said).contains("已记录第" + other.position() + "部分“" + other.titleZh() + "”无事项")
			.contains("最后一部分")
			.doesNotContain("像是一句指令");
		assertThat(section("other").declaredEmpty()).isTrue();
		assertThat(section("ideas").declaredEmpty()).isFalse();

		Section forest = section("forest");
		String byTitle = String.join("\n", chat.say(departing, "山林这块也没有"));
		assertThat(byTitle).contains("已记录第" + forest.position() + "部分")
			.contains("现在填写第" + (forest.position() + 1) + "部分");
		assertThat(section("forest").declaredEmpty()).isTrue();

		chat.say(departing, "第2部分都没什么");
		assertThat(section("pending").declaredEmpty()).isTrue();
		assertThat(checklists.items(handoverId)).isEmpty();
	}

	/**
	 * np24 finding 4: a part named that fits none is asked about (how to declare a part
	 * empty, the parts listed), nothing declared; a message taken for a command about a
	 * part says how to declare a part empty.
	 */
	@Test
	void aPartNotFoundIsAskedAboutAndACommandLikeMessageSaysHowToDeclareAPartEmpty() {
		Section last = checklists.sections(handoverId).get(checklists.sections(handoverId).size() - 1);
		String unknown = String.join("\n", chat.say(departing, "车辆这部分没有"));
		assertThat(unknown).contains("对不上").contains("第" + last.position() + "部分无").contains("本部分无");
		assertThat(checklists.sections(handoverId)).noneMatch(Section::declaredEmpty);
		assertThat(checklists.items(handoverId)).isEmpty();

		String commandLike = String.join("\n", chat.say(departing, "这部分先撤销"));
		assertThat(commandLike).contains("像是一句指令").contains("第" + last.position() + "部分无");
		assertThat(checklists.items(handoverId)).isEmpty();
	}

	/**
	 * Newcomer 25, finding 16: 本部分无 said of a part that has items is not taken, and the
	 * reply says so: the part has them (how many, which), so it was not declared empty;
	 * how to delete one if it really has none; and that the focus moved on.
	 */
	@Test
	void noneSaidOfAPartWithItemsSaysWhyItWasNotDeclaredEmpty() {
		goTo("pending");
		chat.say(departing, "办公楼维修改造 推进中 120万元 2027-03-31");
		chat.say(departing, "污水管网改造 推进中 80万元 2027-06-30");
		Section pending = section("pending");
		String said = String.join("\n", chat.say(departing, "本部分无"));
		assertThat(said).contains("“" + pending.titleZh() + "”部分已填好：已有2项（第1、2项），所以没有声明为“本部分无”")
			.contains("如果这部分其实没有事项，请逐项删除，如回复“删除第1项”")
			.contains("现在填写第" + (pending.position() + 1) + "部分");
		assertThat(section("pending").declaredEmpty()).isFalse();
		assertThat(checklists.items(handoverId)).hasSize(2);
	}

	/**
	 * Newcomer 25, finding 16, the part named (第2部分无): not declared while it has an item;
	 * that item still without a status, the part is not said to be filled, and the item
	 * is named.
	 */
	@Test
	void aPartNamedThatHasAnItemIsNotDeclaredEmptyAndTheReplySaysWhy() {
		goTo("pending");
		chat.say(departing, "办公楼维修改造 120万元 2027-03-31");
		assertThat(checklists.items(handoverId)).singleElement().satisfies(i -> assertThat(i.status()).isNull());
		Section pending = section("pending");
		String said = String.join("\n", chat.say(departing, "第" + pending.position() + "部分无"));
		assertThat(said).contains("“" + pending.titleZh() + "”部分已有1项（第1项），所以没有声明为“本部分无”")
			.contains("如果这部分其实没有事项，请回复“删除第1项”")
			.contains("还没有说明状态")
			.doesNotContain("部分已填好")
			.contains("现在填写第" + (pending.position() + 1) + "部分");
		assertThat(section("pending").declaredEmpty()).isFalse();
		assertThat(checklists.items(handoverId)).hasSize(1);
	}

	private Section section(String code) {
		return checklists.sections(handoverId).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
	}

	/** Says 下一个 until the section in focus is the one given. */
	private void goTo(String code) {
		Section target = checklists.sections(handoverId)
			.stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow();
		for (int i = 1; i < target.position(); i++) {
			chat.say(departing, "下一个");
		}
	}

	private List<String> actions() {
		return audit.history(handoverId).stream().map(AuditEntry::action).toList();
	}

}

package dev.baton.bot.checklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditEntry;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.system.BatonException;
import dev.baton.bot.system.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The item record (issue #12) through the checklist services on the real database, under
 * the 武夷山 policy whose sections hold facts on hand (家底, 文物, 山林, 河流) and work (未结事项): a
 * quantity is not money (#2), a field is emptied rather than zeroed (#2), an amount turns
 * into a quantity (#2, #5), an item is deleted and an entry undone while drafting without
 * the record forgetting them (#5), words are added to an item (#6), and a status comes
 * from what was said or the section, else it is unknown and submitting waits for it (#7).
 */
@DomainContext
class ItemRecordTest {

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
	ItemCorrections corrections;

	@Autowired
	ChecklistUndo undo;

	@Autowired
	Checklists checklists;

	@Autowired
	AuditLog audit;

	@Autowired
	dev.baton.bot.review.ReviewService review;

	@Autowired
	JsonMapper json;

	private long handoverId;

	private Actor departing;

	private TestOrg org;

	@BeforeEach
	void openHandover() {
		org = new TestOrg(directory, actors, "wuyishan");
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		departing = org.actor(org.departing);
	}

	@Test
	void aQuantityIsStoredWithItsUnitAndNeverAsMoney() {
		Item forest = checklist.addItem(departing, handoverId, "forest",
				ItemDraft.titled("森林面积").withQuantity(new BigDecimal("292200"), "亩"));

		Item stored = checklists.item(handoverId, forest.seq());
		assertThat(stored.amount()).isNull();
		assertThat(stored.currency()).isNull();
		assertThat(stored.quantity()).isEqualByComparingTo("292200");
		assertThat(stored.quantityUnit()).isEqualTo("亩");
		assertThat(Quantity.format(stored.quantity(), stored.quantityUnit(), false)).isEqualTo("29.22万亩");
		assertThat(Quantity.format(new BigDecimal("0.5"), "公顷", false)).isEqualTo("0.5公顷");
		assertThat(Quantity.format(new BigDecimal("123456789"), "人", false)).isEqualTo("1.23456789亿人");
		assertThat(Quantity.format(new BigDecimal("292200"), "亩", true)).isEqualTo("292,200 亩");

		Item edited = checklist.editItem(departing, handoverId, forest.seq(),
				ItemDraft.titled(null).withQuantity(new BigDecimal("292250.5"), "亩"));
		assertThat(edited.quantity()).isEqualByComparingTo("292250.5");
		assertThat(edited.amount()).isNull();

		assertRefused(() -> checklist.addItem(departing, handoverId, "forest",
				ItemDraft.titled("林地").withQuantity(new BigDecimal("12"), null)), "checklist.badUnit");
		assertRefused(
				() -> checklist.addItem(departing, handoverId, "forest",
						ItemDraft.titled("林地").withQuantity(new BigDecimal("0.1234567"), "亩")),
				"checklist.quantityTooPrecise");
		assertThat(checklists.items(handoverId)).hasSize(1);
	}

	@Test
	void aClearedFieldIsEmptyNotZero() {
		Item balance = checklist.addItem(departing, handoverId, "assets", new ItemDraft("银行账户余额", "基本户", null,
				new BigDecimal("1200000"), null, "某银行", LocalDate.of(2027, 3, 31), "财务所", null));

		Item cleared = corrections.clearField(departing, handoverId, balance.seq(), ClearableField.AMOUNT);
		assertThat(cleared.amount()).isNull();
		assertThat(cleared.currency()).isNull();
		assertThat(cleared.counterparty()).isEqualTo("某银行");
		for (ClearableField field : List.of(ClearableField.DEADLINE, ClearableField.COUNTERPARTY,
				ClearableField.RESPONSIBLE, ClearableField.DETAILS)) {
			corrections.clearField(departing, handoverId, balance.seq(), field);
		}
		Item empty = checklists.item(handoverId, balance.seq());
		assertThat(empty.deadline()).isNull();
		assertThat(empty.counterparty()).isNull();
		assertThat(empty.responsible()).isNull();
		assertThat(empty.details()).isNull();
		assertThat(empty.title()).isEqualTo("银行账户余额");

		assertRefused(() -> corrections.clearField(departing, handoverId, balance.seq(), ClearableField.AMOUNT),
				"checklist.fieldAlreadyEmpty");
		assertThat(actions()).filteredOn("ITEM_FIELD_CLEARED"::equals).hasSize(5);
	}

	@Test
	void anAmountThatIsNotMoneyBecomesAQuantity() {
		// what the old reading stored for 森林面积29.22万亩
		Item wrong = checklist.addItem(departing, handoverId, "forest",
				ItemDraft.titled("森林面积29.22万亩").withAmount(new BigDecimal("292200")));
		assertThat(wrong.amount()).isEqualByComparingTo("292200");

		Item right = corrections.amountIsQuantity(departing, handoverId, wrong.seq(), new BigDecimal("292200"), "亩");
		assertThat(right.amount()).isNull();
		assertThat(right.currency()).isNull();
		assertThat(right.quantity()).isEqualByComparingTo("292200");
		assertThat(right.quantityUnit()).isEqualTo("亩");

		Item heads = checklist.addItem(departing, handoverId, "heritage",
				ItemDraft.titled("文物保护单位").withAmount(new BigDecimal("12")));
		assertThat(corrections.amountIsQuantity(departing, handoverId, heads.seq(), null, "处").quantity())
			.isEqualByComparingTo("12");

		assertRefused(() -> corrections.amountIsQuantity(departing, handoverId, right.seq(), null, "亩"),
				"checklist.noAmount");
		Item river = checklist.addItem(departing, handoverId, "river",
				ItemDraft.titled("河道长度").withAmount(new BigDecimal("36.5")));
		assertRefused(() -> corrections.amountIsQuantity(departing, handoverId, river.seq(), null, " "),
				"checklist.badUnit");
		assertThat(checklists.item(handoverId, river.seq()).amount()).isEqualByComparingTo("36.5");
		assertThat(actions()).filteredOn("ITEM_AMOUNT_IS_QUANTITY"::equals).hasSize(2);
	}

	@Test
	void aDeletedItemLeavesTheChecklistButNotTheRecord() {
		checklist.addItem(departing, handoverId, "pending",
				new ItemDraft("安置房二期", null, ItemStatus.IN_PROGRESS, null, null, null, null, null, null));
		Item stray = checklist.addItem(departing, handoverId, "pending", ItemDraft.titled("删除第1项"));
		checklist.addItem(departing, handoverId, "assets", ItemDraft.titled("办公楼"));

		Item deleted = corrections.delete(departing, handoverId, stray.seq());
		assertThat(deleted.withdrawn()).isTrue();
		assertThat(deleted.withdrawnHow()).isEqualTo("DELETED");

		assertThat(checklists.items(handoverId)).extracting(Item::seq).containsExactly(1, 3);
		assertThat(checklists.items(handoverId)).filteredOn(Item::unfinished).extracting(Item::seq).containsExactly(1);
		assertThat(checklists.withdrawnItems(handoverId)).extracting(Item::title).containsExactly("删除第1项");
		assertThat(checklists.numbers(handoverId)).containsEntry(stray.id(), 2);
		assertThat(checklist.addItem(departing, handoverId, "assets", ItemDraft.titled("公务用车")).seq()).isEqualTo(4);

		assertRefused(() -> checklist.editItem(departing, handoverId, 2, ItemDraft.titled("改")),
				"checklist.itemWithdrawn");
		assertRefused(() -> corrections.delete(departing, handoverId, 2), "checklist.itemWithdrawn");
		assertRefused(() -> corrections.delete(org.actor(org.successor), handoverId, 1),
				"access.denied.EDIT_CHECKLIST");
		assertThat(actions()).contains("ITEM_DELETED");
	}

	@Test
	void undoTakesBackTheLastEntriesOfTheRoundOneByOne() {
		Item added = checklist.addItem(departing, handoverId, "assets",
				ItemDraft.titled("银行账户余额").withAmount(new BigDecimal("1234567.89")));
		checklist.editItem(departing, handoverId, added.seq(), ItemDraft.titled(null).withAmount(new BigDecimal("1")));
		checklist.declareSectionEmpty(departing, handoverId, "risks");
		Item stray = checklist.addItem(departing, handoverId, "pending", ItemDraft.titled("撤销"));
		corrections.supplement(departing, handoverId, added.seq(), "已附银行对账单");
		checklist.addEvidence(departing, handoverId, added.seq(), "FILE", "wecom-media:M1", "对账单.pdf");

		assertThat(undo.undo(departing, handoverId).what()).isEqualTo("EVIDENCE");
		assertThat(checklists.evidence(handoverId)).isEmpty();
		assertThat(undo.undo(departing, handoverId).what()).isEqualTo("SUPPLEMENT");
		assertThat(checklists.supplements(handoverId)).isEmpty();
		Undone strayUndone = undo.undo(departing, handoverId);
		assertThat(strayUndone.what()).isEqualTo("ADD");
		assertThat(strayUndone.item().seq()).isEqualTo(stray.seq());
		assertThat(checklists.items(handoverId)).extracting(Item::seq).containsExactly(added.seq());
		assertThat(checklists.withdrawnItems(handoverId)).extracting(Item::withdrawnHow).containsExactly("UNDONE");
		assertThat(undo.undo(departing, handoverId).what()).isEqualTo("EMPTY");
		assertThat(section("risks").declaredEmpty()).isFalse();
		assertThat(undo.undo(departing, handoverId).what()).isEqualTo("EDIT");
		assertThat(checklists.item(handoverId, added.seq()).amount()).isEqualByComparingTo("1234567.89");

		// a deletion is undone too; the number of the undone item is never given again
		corrections.delete(departing, handoverId, added.seq());
		assertThat(checklists.items(handoverId)).isEmpty();
		assertThat(undo.undo(departing, handoverId).what()).isEqualTo("DELETE");
		assertThat(checklists.items(handoverId)).extracting(Item::seq).containsExactly(added.seq());
		assertThat(checklist
			.addItem(departing, handoverId, "pending",
					new ItemDraft("安置房二期", null, ItemStatus.IN_PROGRESS, null, null, null, null, null, null))
			.seq()).isEqualTo(3);

		assertThat(actions()).filteredOn("ENTRY_UNDONE"::equals).hasSize(6);
	}

	@Test
	void whatWasReviewedIsCorrectedNotUndone() {
		checklist.addItem(departing, handoverId, "pending",
				new ItemDraft("安置房二期", null, ItemStatus.IN_PROGRESS, null, null, null, null, null, null));
		emptyTheRest();
		checklist.submit(departing, handoverId);
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.IN_REVIEW);
		assertRefused(() -> undo.undo(departing, handoverId), "error.invalidState.IN_REVIEW");

		// returned: what was submitted is not undone; what is said in answer to the
		// return is
		review.returnChecklist(org.actor(org.auditReviewer), handoverId, Department.AUDIT, "",
				java.util.Map.of(1, "请补充交付时间"));
		assertRefused(() -> undo.undo(departing, handoverId), "checklist.nothingToUndo");
		corrections.supplement(departing, handoverId, 1, "计划2027年6月交付");
		assertThat(undo.undo(departing, handoverId).what()).isEqualTo("SUPPLEMENT");
		assertRefused(() -> undo.undo(departing, handoverId), "checklist.nothingToUndo");
		assertThat(checklists.items(handoverId)).extracting(Item::title).containsExactly("安置房二期");
	}

	@Test
	void aStatusComesFromWhatWasSaidOrTheSectionOrIsAsked() {
		Item balance = checklist.addItem(departing, handoverId, "assets",
				ItemDraft.titled("银行账户余额").withAmount(new BigDecimal("1234567.89")));
		Item site = checklist.addItem(departing, handoverId, "heritage", ItemDraft.titled("下梅村古民居（省级文保）"));
		Item said = checklist.addItem(departing, handoverId, "assets",
				new ItemDraft("办公楼维修", null, ItemStatus.IN_PROGRESS, null, null, null, null, null, null));
		Item unknown = checklist.addItem(departing, handoverId, "pending", ItemDraft.titled("安置房二期"));

		assertThat(balance.status()).isEqualTo(ItemStatus.ON_HAND);
		assertThat(balance.unfinished()).isFalse();
		assertThat(site.status()).isEqualTo(ItemStatus.ON_HAND);
		assertThat(said.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(said.unfinished()).isTrue();
		assertThat(unknown.status()).isNull();
		assertThat(unknown.unfinished()).isFalse();
		assertThat(section("pending").defaultStatus()).isNull();
		assertThat(section("forest").defaultStatus()).isEqualTo(ItemStatus.ON_HAND);

		emptyTheRest();
		assertThatThrownBy(() -> checklist.submit(departing, handoverId))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("checklist.statusUnknown");
				assertThat(ex.arguments()[0]).isEqualTo("第4项“安置房二期”");
			});
		assertThat(records.find(handoverId).state()).isEqualTo(HandoverState.DRAFTING);

		Item known = checklist.editItem(departing, handoverId, unknown.seq(),
				new ItemDraft(null, null, ItemStatus.NOT_STARTED, null, null, null, null, null, null));
		assertThat(known.unfinished()).isTrue();
		Item onHand = checklist.editItem(departing, handoverId, said.seq(),
				new ItemDraft(null, null, ItemStatus.ON_HAND, null, null, null, null, null, null));
		assertThat(onHand.unfinished()).isFalse();
		checklist.submit(departing, handoverId);
		assertThat(checklists.items(handoverId)).filteredOn(Item::unfinished)
			.extracting(Item::seq)
			.containsExactly(unknown.seq());
	}

	@Test
	void wordsAddedToAnItemAreKeptWithWhoAndWhen() {
		Item item = checklist.addItem(departing, handoverId, "assets", ItemDraft.titled("银行账户余额"));

		Supplement s = corrections.supplement(departing, handoverId, item.seq(), " 已附2026年11月银行对账单 ");

		assertThat(s.body()).isEqualTo("已附2026年11月银行对账单");
		assertThat(s.addedBy()).isEqualTo(org.departing);
		assertThat(s.round()).isZero();
		assertThat(checklists.supplements(handoverId)).containsExactly(s);
		assertRefused(() -> corrections.supplement(departing, handoverId, item.seq(), "  "),
				"checklist.supplementEmpty");
		assertRefused(() -> corrections.supplement(departing, handoverId, 99, "x"), "error.notFound.item");
		assertThat(actions()).contains("ITEM_SUPPLEMENTED");
	}

	@Test
	void anItemWithoutTheNewFieldsWritesTheSameJsonAsBefore() {
		Item item = checklist.addItem(departing, handoverId, "assets", ItemDraft.titled("银行账户余额"));
		String written = json.writeValueAsString(item);
		// a record archived before quantities and withdrawal existed keeps its digest
		assertThat(written).doesNotContain("quantity").doesNotContain("withdrawn");
		assertThat(json.writeValueAsString(section("pending"))).doesNotContain("defaultStatus");
	}

	private void emptyTheRest() {
		List<Item> items = checklists.items(handoverId);
		for (Section s : checklists.sections(handoverId)) {
			if (items.stream().noneMatch(i -> i.sectionId() == s.id()) && !s.declaredEmpty()) {
				checklist.declareSectionEmpty(departing, handoverId, s.code());
			}
		}
	}

	private Section section(String code) {
		return checklists.sections(handoverId).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
	}

	private List<String> actions() {
		return audit.history(handoverId).stream().map(AuditEntry::action).toList();
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(BatonException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}

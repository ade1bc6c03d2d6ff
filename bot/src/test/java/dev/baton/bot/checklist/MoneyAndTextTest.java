package dev.baton.bot.checklist;

import java.math.BigDecimal;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.system.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Amounts stay exact to the fen through MariaDB, finer amounts are refused, and any
 * Unicode text round-trips.
 */
@DomainContext
class MoneyAndTextTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	AuditLog audit;

	private long handoverId;

	private Actor departing;

	private String economic;

	@BeforeEach
	void openHandover() {
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.RETIREMENT))
			.id();
		departing = org.actor(org.departing);
		economic = checklists.sections(handoverId).stream().filter(Section::economic).findFirst().orElseThrow().code();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.01", "120.50", "1200000", "-3500000.00", "999999999999999999.99", "1234567.89" })
	void amountsRoundTripExactly(String amount) {
		Item item = checklist.addItem(departing, handoverId, economic,
				ItemDraft.titled("债权债务").withAmount(new BigDecimal(amount)));

		Item stored = checklists.item(handoverId, item.seq());
		assertThat(stored.amount()).isEqualByComparingTo(amount);
		assertThat(stored.amount().scale()).isEqualTo(2);
		assertThat(stored.currency()).isEqualTo("CNY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.005", "0.001", "1000000000000000000", "12.3456" })
	void amountsThatWouldRoundAreRefusedAndNothingIsWritten(String amount) {
		int itemsBefore = checklists.items(handoverId).size();
		int auditBefore = audit.history(handoverId).size();

		assertThatThrownBy(() -> checklist.addItem(departing, handoverId, economic,
				ItemDraft.titled("专项资金").withAmount(new BigDecimal(amount))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).startsWith("checklist.amountToo"));

		assertThat(checklists.items(handoverId)).hasSize(itemsBefore);
		assertThat(audit.history(handoverId)).hasSize(auditBefore);
	}

	@Test
	void aCorrectionChangesOnlyTheAmountAndKeepsTheOldOneInTheAuditLog() {
		Item item = checklist.addItem(departing, handoverId, economic, new ItemDraft("重大资金项目：棚改专项", "已拨付三期",
				ItemStatus.IN_PROGRESS, new BigDecimal("1000000"), "CNY", "市住建局", null, "计财科", true));

		// "第N项金额改为120万"
		checklist.editItem(departing, handoverId, item.seq(),
				ItemDraft.titled(null).withAmount(new BigDecimal("1200000")));

		Item edited = checklists.item(handoverId, item.seq());
		assertThat(edited.amount()).isEqualByComparingTo("1200000.00");
		assertThat(edited.title()).isEqualTo("重大资金项目：棚改专项");
		assertThat(edited.details()).isEqualTo("已拨付三期");
		assertThat(edited.counterparty()).isEqualTo("市住建局");
		assertThat(audit.history(handoverId).get(audit.history(handoverId).size() - 1).detail())
			.contains("\"previousAmount\":\"1000000.00\"")
			.contains("\"amount\":\"1200000\"");
	}

	@Test
	void chineseTextRareCharactersAndEmojiRoundTrip() {
		String title = "巡河交水：梅溪下阳段🐟🌊 — 𠀀𪚥（扩展B区汉字）";
		String details = "家庭👨‍👩‍👧、旗帜🇨🇳、肤色👍🏽，全角（）【】“”，换行\n第二行\t制表";
		Item item = checklist.addItem(departing, handoverId, economic,
				new ItemDraft(title, details, ItemStatus.DONE, null, null, "某某村委会🏠", null, "王五", false));

		Item stored = checklists.item(handoverId, item.seq());
		assertThat(stored.title()).isEqualTo(title);
		assertThat(stored.details()).isEqualTo(details);
		assertThat(stored.counterparty()).isEqualTo("某某村委会🏠");
		assertThat(audit.history(handoverId)).last().satisfies(e -> assertThat(e.detail()).contains("🐟🌊"));
	}

	@Test
	void anItemWithoutATitleIsRefused() {
		List<Item> before = checklists.items(handoverId);
		assertThatThrownBy(() -> checklist.addItem(departing, handoverId, economic, ItemDraft.titled("   ")))
			.isInstanceOf(InvalidInputException.class);
		assertThat(checklists.items(handoverId)).isEqualTo(before);
	}

}

package dev.baton.bot.signoff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.ChecklistUndo;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemCorrections;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.Handover;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.access.SignerRole;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Items deleted or undone while drafting stay out of everything that counts (#5): the
 * counts in the notices, the items put to the successor, the unfinished list that needs a
 * plan, the public summary and the archived record, whose digest still holds; and facts
 * on hand (现状) are not unfinished work (#7).
 */
@DomainContext
class WithdrawnItemsAndArchiveTest {

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
	ReviewService review;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	SignoffService signoff;

	@Autowired
	Outbox outbox;

	@Autowired
	JsonMapper json;

	@Test
	void withdrawnItemsAreInNoCountNoListAndNoSummaryOfTheArchive() {
		TestOrg org = new TestOrg(directory, actors, "wuyishan");
		Actor departing = org.actor(org.departing);
		long id = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();

		checklist.addItem(departing, id, "pending", new ItemDraft("安置房二期", null, ItemStatus.IN_PROGRESS, null, null,
				null, LocalDate.of(2027, 6, 30), null, null));
		checklist.addItem(departing, id, "assets", ItemDraft.titled("银行账户余额").withAmount(new BigDecimal("1234567.89")));
		checklist.addItem(departing, id, "pending", ItemDraft.titled("撤销"));
		undo.undo(departing, id);
		checklist.addItem(departing, id, "forest",
				ItemDraft.titled("森林面积").withQuantity(new BigDecimal("292200"), "亩"));
		checklist.addItem(departing, id, "pending",
				new ItemDraft("删除第1项", null, ItemStatus.IN_PROGRESS, null, null, null, null, null, null));
		corrections.delete(departing, id, 5);
		List<String> used = List.of("pending", "assets", "forest");
		for (Section s : checklists.sections(id)) {
			if (!used.contains(s.code())) {
				checklist.declareSectionEmpty(departing, id, s.code());
			}
		}
		checklist.submit(departing, id);
		for (Department d : List.of(Department.ORGANIZATION, Department.DISCIPLINE, Department.FINANCE,
				Department.AUDIT)) {
			review.approve(org.actor(org.reviewer(d)), id, d, "同意", Map.of());
		}
		assertThat(confirmation.confirmAllPending(org.actor(org.successor), id)).isEqualTo(3);
		for (SignerRole role : records.policy(records.find(id)).signers()) {
			Actor signer = org.actor(switch (role) {
				case DEPARTING -> org.departing;
				case SUCCESSOR -> org.successor;
				case ORGANIZER -> org.organizer;
				default -> org.reviewer(role.department());
			});
			signoff.sign(signer, id, signoff.issueCode(signer, id));
		}
		Handover h = records.find(id);
		assertThat(h.state()).isEqualTo(HandoverState.ARCHIVED);

		assertThat(checklists.items(id)).extracting(Item::seq).containsExactly(1, 2, 4);
		assertThat(checklists.withdrawnItems(id)).extracting(Item::seq, Item::withdrawnHow)
			.containsExactly(tuple(3, "UNDONE"), tuple(5, "DELETED"));
		assertThat(payload(id, OutboxEvent.CHECKLIST_SUBMITTED).path("items").asInt()).isEqualTo(3);
		assertThat(payload(id, OutboxEvent.CONFIRMATION_REQUESTED).path("items").asInt()).isEqualTo(3);
		// only 安置房二期 is unfinished: the balance and the forest are facts on hand, the
		// withdrawn ones are gone
		assertThat(payload(id, OutboxEvent.PLAN_REQUESTED).path("unfinished").toString()).isEqualTo("[1]");

		Map<String, Object> summary = PublicSummary.of(h, checklists, LocalDate.of(2026, 11, 23));
		assertThat(summary).containsEntry("items", 3).containsEntry("unfinished", 1L);
		assertThat(summary.get("sections")).isEqualTo(Map.of("交未结事项（继未竟之责）", 1L, "交存量家底（继创业之责）", 1L, "山林（巡山交树）", 1L));

		assertThat(signoff.archiveIntact(id)).isTrue();
	}

	private JsonNode payload(long id, OutboxEvent event) {
		return json.readTree(
				outbox.forHandover(id).stream().filter(m -> m.event() == event).findFirst().orElseThrow().payload());
	}

}

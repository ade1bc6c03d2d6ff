package dev.baton.bot.handover;

import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.system.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cancelling, duplicates, and refusals that must leave the record exactly as it was. */
@DomainContext
class HandoverRulesTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	WaitingSteps waitingSteps;

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	ConfirmationService confirmation;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLog audit;

	private TestOrg org;

	private Handover handover;

	@BeforeEach
	void open() {
		org = new TestOrg(directory, actors, "jingxian");
		handover = handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
	}

	@Test
	void cancellingNeedsAReasonThenClosesEveryStepAndTellsEveryone() {
		assertThatThrownBy(() -> handovers.cancel(org.actor(org.organizer), handover.id(), "  "))
			.isInstanceOf(InvalidInputException.class);
		assertThat(records.find(handover.id()).state()).isEqualTo(HandoverState.NOTIFIED);

		handovers.cancel(org.actor(org.organizer), handover.id(), "干部任免决定撤回");

		Handover cancelled = records.find(handover.id());
		assertThat(cancelled.state()).isEqualTo(HandoverState.CANCELLED);
		assertThat(cancelled.cancelReason()).isEqualTo("干部任免决定撤回");
		assertThat(waitingSteps.steps(handover.id())).isNotEmpty().noneMatch(WaitingStep::open);
		assertThat(
				outbox.forHandover(handover.id()).stream().filter(m -> m.event().name().equals("HANDOVER_CANCELLED")))
			.extracting(OutboxMessage::recipientId)
			// everyone concerned but the organizer who cancelled it: the one who acts is
			// not sent a notice of their own act (newcomer 20b, finding 4)
			.containsExactlyInAnyOrder(org.departing, org.successor, org.organizationReviewer, org.disciplineReviewer,
					org.financeReviewer, org.auditReviewer);
		assertThat(audit.history(handover.id())).extracting(e -> e.action())
			.endsWith("STATE_CHANGED", "HANDOVER_CANCELLED");

		assertThatThrownBy(() -> handovers.cancel(org.actor(org.organizer), handover.id(), "再次取消"))
			.isInstanceOf(InvalidStateException.class);
		assertThatThrownBy(
				() -> checklist.addItem(org.actor(org.departing), handover.id(), "key_work", ItemDraft.titled("取消后补录")))
			.isInstanceOf(InvalidStateException.class);
	}

	@Test
	void aSecondOpenHandoverForTheSameOfficialAndUnitIsRefused() {
		assertThatThrownBy(() -> handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER)))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "handover.alreadyOpen");
	}

	/**
	 * The chat path and the REST API open through the same rules (HandoverService.open):
	 * these hold for both.
	 */
	@Test
	void theSameTwoPeopleSwappedOrAPartyFromAnotherUnitAreRefusedAndNothingIsOpened() {
		long before = handovers.list(org.actor(org.organizer), HandoverFilter.all()).size();

		assertThatThrownBy(() -> handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.successor, org.departing, HandoverReason.TRANSFER)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("handover.swappedOpen");
				assertThat(e.arguments()).containsExactly("陈离任", "郑接任", "市统计局", Long.toString(handover.id()));
			});
		long outsider = directory.addOfficial("外单位", "另一市某局局长", org.elsewhere.id()).id();
		assertThatThrownBy(() -> handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), outsider, org.stranger, HandoverReason.TRANSFER)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("handover.partyOutsideUnit"));
		assertThatThrownBy(() -> handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.stranger, outsider, HandoverReason.TRANSFER)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("handover.partyOutsideUnit"));

		assertThat(handovers.list(org.actor(org.organizer), HandoverFilter.all())).hasSize((int) before);
		// another successor for a second departing official of the unit is fine (two
		// posts change hands)
		long deputy = directory.addOfficial("副局长", "市统计局副局长", org.department.id()).id();
		assertThat(handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), deputy, org.successor, HandoverReason.TRANSFER))
			.state()).isEqualTo(HandoverState.NOTIFIED);
	}

	@Test
	void theDepartingOfficialCannotSucceedThemselves() {
		assertThatThrownBy(() -> handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.stranger, org.stranger, HandoverReason.OTHER)))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "handover.sameParty");
	}

	@Test
	void refusedActionsChangeNothing() {
		checklist.addItem(org.actor(org.departing), handover.id(), "key_work", ItemDraft.titled("统计执法检查"));
		var itemsBefore = checklists.items(handover.id());
		int auditBefore = audit.history(handover.id()).size();
		int outboxBefore = outbox.forHandover(handover.id()).size();
		Handover before = records.find(handover.id());

		// the successor may not write the departing official's checklist
		assertThatThrownBy(() -> checklist.editItem(org.actor(org.successor), handover.id(), 1, ItemDraft.titled("改")))
			.isInstanceOfSatisfying(NotPermittedException.class,
					e -> assertThat(e.messageKey()).isEqualTo("access.denied.EDIT_CHECKLIST"));
		// an organizer of another city may not cancel it
		assertThatThrownBy(() -> handovers.cancel(org.actor(org.outsideOrganizer), handover.id(), "越权"))
			.isInstanceOf(NotPermittedException.class);
		// a stranger may not see it
		assertThatThrownBy(() -> handovers.get(org.actor(org.stranger), handover.id()))
			.isInstanceOf(NotPermittedException.class);
		// confirming before review is the wrong state
		assertThatThrownBy(() -> confirmation.confirm(org.actor(org.successor), handover.id(), 1))
			.isInstanceOf(InvalidStateException.class);
		// an unknown item number
		assertThatThrownBy(() -> checklist.editItem(org.actor(org.departing), handover.id(), 99, ItemDraft.titled("x")))
			.isInstanceOf(dev.baton.bot.system.NotFoundException.class);
		// an evidence link that is not http(s)
		assertThatThrownBy(() -> checklist.addEvidence(org.actor(org.departing), handover.id(), 1, "LINK",
				"javascript:alert(1)", "x"))
			.isInstanceOf(InvalidInputException.class);

		assertThat(checklists.items(handover.id())).isEqualTo(itemsBefore);
		assertThat(audit.history(handover.id())).hasSize(auditBefore);
		assertThat(outbox.forHandover(handover.id())).hasSize(outboxBefore);
		assertThat(records.find(handover.id()).version()).isEqualTo(before.version());
	}

	@Test
	void twoOrganizersOpeningForTheSameOfficialAtOnceGetOneHandover() throws Exception {
		long departing = directory.addOfficial("何离任", "市统计局副局长", org.department.id()).id();
		var request = new OpenRequest(org.department.id(), departing, org.successor, HandoverReason.TRANSFER);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			java.util.concurrent.Callable<String> opening = () -> {
				start.await();
				try {
					handovers.open(org.actor(org.organizer), request);
					return "opened";
				}
				catch (InvalidInputException ex) {
					return ex.messageKey();
				}
			};
			var first = pool.submit(opening);
			var second = pool.submit(opening);
			start.countDown();
			assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("opened", "handover.alreadyOpen");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(handovers.list(org.actor(org.organizer), new HandoverFilter(null, org.department.id(), null)))
			.filteredOn(h -> h.departingId() == departing)
			.hasSize(1);
	}

	@Test
	void aCancelReasonLongerThanItsColumnIsRefused() {
		assertThatThrownBy(() -> handovers.cancel(org.actor(org.organizer), handover.id(), "理".repeat(513)))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "handover.cancelReasonTooLong");
		assertThat(records.find(handover.id()).state()).isEqualTo(HandoverState.NOTIFIED);
	}

	@Test
	void anInactiveOfficialCannotActAnyMore() {
		directory.deactivate(org.departing);

		assertThatThrownBy(() -> org.actor(org.departing))
			.isInstanceOf(dev.baton.bot.access.InactiveActorException.class);
	}

	@Test
	void theFirstChecklistChangeAcknowledgesTheNotice() {
		checklist.addItem(org.actor(org.departing), handover.id(), "key_work", ItemDraft.titled("统计执法检查"));

		Handover h = records.find(handover.id());
		assertThat(h.state()).isEqualTo(HandoverState.DRAFTING);
		assertThat(h.acknowledgedAt()).isNotNull();
		assertThat(audit.history(handover.id())).extracting(e -> e.action())
			.containsSubsequence("NOTICE_ACKNOWLEDGED", "ITEM_ADDED");
		assertThat(
				waitingSteps.steps(handover.id()).stream().filter(WaitingStep::open).map(s -> s.kind().name()).toList())
			.isEqualTo(List.of("CHECKLIST"));
	}

	@Test
	void theListShowsEachPersonWhatTheirScopeCovers() {
		assertThat(handovers.list(org.actor(org.organizer), HandoverFilter.all())).extracting(HandoverBrief::id)
			.contains(handover.id());
		assertThat(handovers.list(org.actor(org.departing), HandoverFilter.all())).extracting(HandoverBrief::id)
			.containsExactly(handover.id());
		assertThat(handovers.list(org.actor(org.outsideOrganizer), HandoverFilter.all())).extracting(HandoverBrief::id)
			.doesNotContain(handover.id());
		assertThat(handovers.list(org.actor(org.supervisor), new HandoverFilter(HandoverState.DRAFTING, null, null)))
			.extracting(HandoverBrief::id)
			.doesNotContain(handover.id());
	}

}

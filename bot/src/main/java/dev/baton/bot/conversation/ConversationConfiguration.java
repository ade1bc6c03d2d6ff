package dev.baton.bot.conversation;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.ChecklistUndo;
import dev.baton.bot.checklist.ItemCorrections;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.calendar.CalendarCoverage;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.confirmation.ConfirmationService;
import dev.baton.bot.conversation.grammar.CommandParser;
import dev.baton.bot.conversation.grammar.OrganizerTalk;
import dev.baton.bot.delivery.ChatPlatforms;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.PeopleSearch;
import dev.baton.bot.handover.DeadlineExtensions;
import dev.baton.bot.handover.SuccessorChanges;
import dev.baton.bot.groups.UnitGroups;
import dev.baton.bot.signoff.Publicity;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.signoff.SignoffService;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.state.SharedState;
import org.springframework.context.MessageSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversation layer: the {@link dev.baton.integrations.chat.InboundListener} of every platform. An
 * auto-configuration (listed in {@code META-INF/spring/...AutoConfiguration.imports}) so it comes after every
 * application and test configuration: a test that listens to inbound events itself replaces it.
 */
@AutoConfiguration
public class ConversationConfiguration {

	@Bean
	@ConditionalOnMissingBean(dev.baton.integrations.chat.InboundListener.class)
	Conversation conversation(Directory directory, Actors actors, HandoverService handovers, HandoverRecords records,
			ChecklistService checklist, Checklists checklists, ConfirmationService confirmation, ReviewService review,
			SignoffService signoff, FollowUpService followUp, SharedState state, JsonMapper json,
			ChatPlatforms platforms, MessageSource messages, TimeSource time, UnitGroups groups,
			Publicity publicity, Access access, Policies policies, ItemCorrections itemCorrections,
			ChecklistUndo undo, Disputes disputes, ChatCardMapper cardMapper, CalendarCoverage calendar,
			dev.baton.bot.sync.UnboundPeople unbound, PeopleSearch people, SuccessorChanges successors,
			DeadlineExtensions extensions, dev.baton.bot.delivery.ReplyLane lane,
			org.springframework.transaction.PlatformTransactionManager transactions,
			dev.baton.bot.system.Savepoints savepoints, DocumentFlow documents) {
		CommandParser parser = new CommandParser();
		Focus focus = new Focus(handovers, records);
		ChatReplies replies = new ChatReplies(platforms, lane, who -> directory
			.officialIdByIdentity(who.platform().name(), who.corpId(), who.userId()).orElse(null));
		StepActors stepActors = new StepActors(access);
		ItemNotes notes = new ItemNotes(review, checklists, disputes, time);
		CardOutcomes outcomes = new CardOutcomes(checklists, review, records);
		LiveCards liveCards = new LiveCards(cardMapper, outcomes, replies, records, actors, messages, time);
		DraftingNext next = new DraftingNext(checklists);
		TwoFiguresQuestion twoFigures = new TwoFiguresQuestion(checklist, checklists, parser::parse, liveCards, time,
				next);
		CorrectionFlow corrections = new CorrectionFlow(itemCorrections, undo, checklists, review, parser::parse,
				notes, next);
		StatusFlow status = new StatusFlow(focus, checklists, records, handovers, followUp, notes);
		Examples examples = new Examples(directory);
		HelpFlow help = new HelpFlow(records, stepActors, focus, status, checklists, disputes, followUp, examples);
		Names names = new Names(people);
		OrganizerFlow organizers = new OrganizerFlow(new OrganizerDrafts(state, json),
				new OpeningFlow(names, OrganizerTalk.standard(), handovers, directory, examples), names, OrganizerTalk.standard(),
				successors, extensions, handovers, records, directory, access, time);
		Router router = new Router(help, status, new TodoFlow(handovers, stepActors, policies, time),
				new DraftingFlow(handovers, checklist, checklists, parser::parse, corrections, notes, twoFigures, next,
						new HolidayEves(calendar)),
				new ConfirmFlow(confirmation, checklists, notes),
				new ReviewFlow(review, confirmation, records, disputes, outcomes, checklists), new SignFlow(signoff, records),
				new FollowUpFlow(followUp, checklists, disputes, calendar, parser::parse), handovers, publicity,
				corrections, new Situations(records), organizers, documents);
		return new Conversation(directory, actors, focus, router, new DialogStore(state, json), replies, messages, time,
				parser, new CardPresses(replies, outcomes, liveCards,
						text -> parser.parse(text, time.today()), twoFigures), new AttachmentFlow(checklist, focus),
				new GroupBindingFlow(groups, directory), help, handovers, liveCards, unbound, organizers,
				savepoints,
				new org.springframework.transaction.support.TransactionTemplate(transactions), undo);
	}

}

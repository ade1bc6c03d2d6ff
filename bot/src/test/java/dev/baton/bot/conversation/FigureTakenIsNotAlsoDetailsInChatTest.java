package dev.baton.bot.conversation;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 14, finding 15: 「市委巡察反馈问题整改 还在办 剩3件 明年3月底前整改完」 stored 数量 3件 and kept 剩3件
 * as the item's 说明 too. A figure taken into a field leaves the details with the word that
 * only led to it (剩, 剩余, 还剩); words that say more stay.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class FigureTakenIsNotAlsoDetailsInChatTest {

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

	TestOrg org;

	long handoverId;

	String departing;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "default");
		directory.bindIdentity("WEB", ScriptedChat.CORP, "c" + org.departing, org.departing);
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		departing = "c" + org.departing;
		chat.say(departing, "收到了，签收");
	}

	@Test
	void whatIsLeftSaidAsAFigureIsTheQuantityAndNoDetails() {
		List<String> said = chat.say(departing, "市委巡察反馈问题整改 还在办 剩3件 明年3月底前整改完");
		Item item = checklists.item(handoverId, 1);
		assertThat(item.title()).isEqualTo("市委巡察反馈问题整改");
		assertThat(item.status()).isEqualTo(ItemStatus.IN_PROGRESS);
		assertThat(item.quantity()).isEqualByComparingTo("3");
		assertThat(item.quantityUnit()).isEqualTo("件");
		assertThat(item.deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(item.details()).isNull();
		assertThat(String.join("\n", said)).doesNotContain("说明：剩3件");

		chat.say(departing, "下一个");
		chat.say(departing, "信访积案化解 推进中 还剩5件，其中2件等司法鉴定");
		Item cases = checklists.item(handoverId, 2);
		assertThat(cases.title()).isEqualTo("信访积案化解");
		assertThat(cases.quantity()).isEqualByComparingTo("5");
		// words that say more than the figure are the details still
		assertThat(cases.details()).isEqualTo("其中2件等司法鉴定");
	}

}

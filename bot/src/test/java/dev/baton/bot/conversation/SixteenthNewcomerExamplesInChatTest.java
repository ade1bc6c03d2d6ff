package dev.baton.bot.conversation;

import java.util.List;
import java.util.Locale;

import dev.baton.bot.DomainContext;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #12, newcomer 16 (left from talk13b): the examples in a reply name an item of the
 * reader's own checklist or a placeholder, never a made-up number that may not exist
 * (conv.edit.how, conv.attach.whichItem, the reviewer's hint in review); and rows written
 * before notices and cards had titles still read right: a progress notice without the
 * item's title names the item by its number, and a card kept without a title is still
 * said to wait.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class SixteenthNewcomerExamplesInChatTest {

	@Autowired
	ScriptedChat chat;

	@Autowired
	Conversation conversation;

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	StagedHandovers staged;

	@Autowired
	Outbox outbox;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private TestOrg org() {
		chat.listenWith(conversation);
		TestOrg org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.organizer, org.successor, org.departing, org.financeReviewer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		return org;
	}

	/** conv.edit.how and conv.attach.whichItem: the checklist's own first item. */
	@Test
	void theDepartingOfficialsExamplesNameTheirOwnItem() {
		TestOrg org = org();
		staged.drafted(org, List.of(Stated.work("统计数据平台二期"), Stated.work("纪检监察信访件办理")));
		String departing = user(org.departing);

		String how = String.join("\n", chat.say(departing, "修改"));
		assertThat(how).contains("“第1项金额改为120万”").contains("修改1 责任人").doesNotContain("第3项");

		String which = String.join("\n", chat.attach(departing, null, "image", "media-1", null));
		assertThat(which).contains("（如“第1项”）").doesNotContain("第3项");
	}

	/** The reviewer's hint in review names no item number that may not exist. */
	@Test
	void theReviewersHintInReviewUsesAPlaceholder() {
		TestOrg org = org();
		staged.inReview(org, List.of(Stated.work("统计数据平台二期")));
		String help = String.join("\n", chat.say(user(org.financeReviewer), "签收"));
		assertThat(help).contains("“退回 〔第N项〕 意见”").doesNotContain("第2项");
	}

	/**
	 * A progress notice queued without the item's title (before talk13a) names the item
	 * by its number, with no empty 「」.
	 */
	@Test
	void aProgressNoticeWithoutATitleNamesTheItemByNumber() {
		TestOrg org = org();
		long h = staged.archived(org, "shizuishan", List.of(Stated.work("统计数据平台二期")));
		String successor = user(org.successor);
		chat.say(successor, "第1项统计平台：明年1月15日前完成系统联调");
		chat.say(successor, "进展 1.1 完成了八成");
		OutboxMessage notice = outbox.forHandover(h)
			.stream()
			.filter(m -> m.event() == OutboxEvent.PROGRESS_REPORTED
					&& Long.valueOf(org.organizer).equals(m.recipientId()))
			.reduce((a, b) -> b)
			.orElseThrow();
		ObjectNode old = (ObjectNode) json.readTree(notice.payload());
		assertThat(old.has("title")).isTrue();
		old.remove("title");
		jdbc.update("UPDATE outbox SET payload = ? WHERE id = ?", json.writeValueAsString(old), notice.id());

		String payload = outbox.forHandover(h)
			.stream()
			.filter(m -> m.id() == notice.id())
			.findFirst()
			.orElseThrow()
			.payload();
		String zh = new NotificationRenderer(messages, Locale.SIMPLIFIED_CHINESE).render(notice.event(),
				json.readTree(payload));
		assertThat(zh).contains("（第1项步骤1：完成系统联调）有新进展：完成了八成").doesNotContain("「」");
		String en = new NotificationRenderer(messages, Locale.ENGLISH).render(notice.event(), json.readTree(payload));
		assertThat(en).contains("(item 1, step 1: 完成系统联调)").doesNotContain("\"\"");
	}

	/** A card kept before cards had a title (V50) is still said to wait, once. */
	@Test
	void aCardWithoutATitleIsStillSaidToWait() {
		TestOrg org = org();
		long h = staged.archived(org, "shizuishan", List.of(Stated.work("统计数据平台二期"), Stated.work("纪检监察信访件办理")));
		String successor = user(org.successor);
		chat.say(successor, "第1项统计平台：明年1月15日前完成系统联调；明年3月底前完成验收");
		chat.say(successor, "第2项信访件：12月31日前信访件办结");
		assertThat(chat.say(successor, "联调和验收都在推进")).singleElement().asString().contains("可能是以下几个步骤");
		int kept = jdbc.update("UPDATE chat_card SET title = NULL WHERE handover_id = ? AND kind = 'step'", h);
		assertThat(kept).isEqualTo(1);

		String reply = String.join("\n", chat.say(successor, "进展"));
		assertThat(reply).contains("上面“待您回答的问题”的卡片还在等您回答");
		assertThat(String.join("\n", chat.say(successor, "进展"))).doesNotContain("还在等您回答");
	}

	private static String user(long official) {
		return "p" + official;
	}

}

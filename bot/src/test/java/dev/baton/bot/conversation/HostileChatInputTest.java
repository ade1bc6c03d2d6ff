package dev.baton.bot.conversation;

import java.util.List;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.OwnRows;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile chat input — empty, 20,000 characters, only emoji, control characters,
 * SQL-looking text, numbers of items and handovers that are not the speaker's — gets a
 * helpful reply each time and changes nothing: the handover's items, its audit trail and
 * its outbox stay as they were.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class HostileChatInputTest {

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
	JdbcTemplate jdbc;

	TestOrg org;

	long handoverId;

	long otherHandover;

	TestOrg other;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "shizuishan");
		for (long official : List.of(org.departing, org.successor, org.stranger, org.outsideOrganizer)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "h" + official, official);
		}
		handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		handovers.acknowledge(org.actor(org.departing), handoverId);
		other = new TestOrg(directory, actors, "shizuishan");
		otherHandover = handovers
			.open(other.actor(other.organizer),
					new OpenRequest(other.department.id(), other.departing, other.successor, HandoverReason.TRANSFER))
			.id();
	}

	@Test
	void everyHostileMessageGetsAHelpfulReplyAndChangesNothing() {
		String departing = "h" + org.departing;
		String successor = "h" + org.successor;
		String stranger = "h" + org.stranger;
		String before = fingerprint();

		assertReply(departing, "", "逐条发送");
		assertReply(departing, "   \t  ", "逐条发送");
		assertReply(departing, "统".repeat(20_000), "超过了2000个字");
		assertReply(departing, "😀🎉👍🏻🙏", "没有文字");
		assertReply(departing, "\u0000\u0007\u0008\u202e\u200b\ufeff", "逐条发送");
		assertReply(successor, "\u001b[31m确认\u0000", "没有听懂");
		assertReply(departing, "第99项金额改为1元", "找不到第99项");
		// #12 finding 11: no one is answered with another role's refusal ("只有接任干部…"):
		// where they are, and what to do
		assertReply(departing, "确认 1", "填写清单中");
		assertReply(successor, "'; DROP TABLE handover_item;--", "没有听懂");
		assertReply(successor, "确认 1 OR 1=1", "填写清单中");
		assertReply(successor, "<script>alert(1)</script>", "没有听懂");
		assertReply(successor, "切换 " + otherHandover, "找不到您可以查看的进行中的交接" + otherHandover);
		assertReply(stranger, "进度 " + handoverId, "找不到您可以查看的进行中的交接" + handoverId);
		assertReply(stranger, "提交", "没有进行中的交接");
		assertReply(departing, "签字 12345678901234567890", "正在填写清单");

		assertThat(fingerprint()).as("items, audit and outbox unchanged").isEqualTo(before);
	}

	@Test
	void aGroupNeverHearsAmountsOrActions() {
		String before = fingerprint();

		List<String> said = chat.sayInGroup("h" + org.departing, "group-1", "清单");

		assertThat(said).singleElement().asString().contains("单聊");
		assertThat(chat.sayInGroup("h" + org.departing, "group-1", "提交")).singleElement().asString().contains("单聊");
		assertThat(fingerprint()).isEqualTo(before);
	}

	private void assertReply(String user, String text, String expected) {
		List<String> replies = chat.say(user, text);
		assertThat(replies).as("reply to %s", text.length() > 40 ? text.substring(0, 40) + "…" : text)
			.isNotEmpty()
			.anySatisfy(r -> assertThat(r).contains(expected));
	}

	/**
	 * Items, audit entries and notices of both orgs' people and handovers
	 * ({@link OwnRows}).
	 */
	private String fingerprint() {
		Map<String, Long> own = OwnRows.of(jdbc, org, other);
		return jdbc.queryForObject("SELECT COUNT(*) FROM handover_item WHERE handover_id = ?", Long.class, handoverId)
				+ "/" + own.get("handover_item") + "/" + own.get("audit_log") + "/" + own.get("outbox");
	}

}

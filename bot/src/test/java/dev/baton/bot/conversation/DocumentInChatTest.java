package dev.baton.bot.conversation;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.DomainContext;
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
 * 交接书 N in chat (#15): whoever may see an archived handover gets its 交接书 as a file, 1:1, through the outbox (a
 * document delivery, made from the frozen record when sent); in a group, for a handover not archived, or for someone
 * who may not see it, the answer says why and nothing is queued.
 */
@DomainContext
@Import(ScriptedChat.Config.class)
class DocumentInChatTest {

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
	ArchivedHandovers archiver;

	@Autowired
	JdbcTemplate jdbc;

	TestOrg org;

	@BeforeEach
	void setUp() {
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "default");
		for (long official : new long[] { org.successor, org.stranger, org.auditReviewer, org.departing }) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, "p" + official, official);
		}
	}

	@Test
	void theSuccessorAndAReviewerGetTheFileOthersAreToldWhyNot() {
		long id = archiver.archived(org, "default");

		assertThat(chat.say("p" + org.successor, "交接书 " + id)).last()
			.asString()
			.contains("交接" + id + "的交接书（PDF）将以文件发到您的对话中");
		assertThat(chat.say("p" + org.auditReviewer, "document " + id)).last().asString().contains("将以文件发到您的对话中");
		assertThat(requested(id, org.successor)).isOne();
		assertThat(requested(id, org.auditReviewer)).isOne();
		assertThat(jdbc.queryForObject("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'DOCUMENT_REQUESTED'"
				+ " AND recipient_id = ?", String.class, id, org.successor)).contains("\"document\":\"pdf\"");

		// someone who may not see it, in a group, or before the archive: told why, nothing queued
		assertThat(chat.say("p" + org.stranger, "交接书 " + id)).last().asString().contains("找不到您可以查看的");
		assertThat(chat.sayInGroup("p" + org.successor, "g" + org.successor, "交接书 " + id)).last()
			.asString()
			.startsWith("群聊里只能查询");
		long open = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(),
							directory.addOfficial("孔副局", "市统计局副局长", org.department.id()).id(), org.successor,
							HandoverReason.TRANSFER))
			.id();
		assertThat(chat.say("p" + org.successor, "交接书 " + open)).last().asString().contains("尚未归档");
		assertThat(requested(id, org.stranger)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE event = 'DOCUMENT_REQUESTED' AND handover_id IN (?, ?)",
				Long.class, id, open)).isEqualTo(2);
	}

	private long requested(long handoverId, long recipient) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND event = 'DOCUMENT_REQUESTED'"
				+ " AND recipient_id = ?", Long.class, handoverId, recipient);
	}

}

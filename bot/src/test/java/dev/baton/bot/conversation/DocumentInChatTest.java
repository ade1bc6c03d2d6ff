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
 * 交接书 N in chat (#15): whoever may see an archived handover gets its 交接书 as a file, 1:1,
 * through the outbox (a document delivery, made from the frozen record when sent); in a
 * group, for a handover not archived, or for someone who may not see it, the answer says
 * why and nothing is queued.
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
		assertThat(
				jdbc.queryForObject("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'DOCUMENT_REQUESTED'"
						+ " AND recipient_id = ?", String.class, id, org.successor))
			.contains("\"document\":\"pdf\"");

		// someone who may not see it, in a group, or before the archive: told why,
		// nothing queued
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
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM outbox WHERE event = 'DOCUMENT_REQUESTED' AND handover_id IN (?, ?)", Long.class,
				id, open))
			.isEqualTo(2);
	}

	@Autowired
	dev.baton.bot.delivery.NotificationRenderer renderer;

	/**
	 * Newcomer 9: only the PDF could be had in chat ("Word 版和 Excel 版…可由管理台下载", which
	 * parties cannot), and the message with the file stayed Chinese in English mode.
	 */
	@Test
	void theWordAndExcelCanBeAskedForAndTheFileMessageFollowsTheLanguage() {
		long id = archiver.archived(org, "default");
		// 帮助 after the archive names the files for every party
		assertThat(chat.say("p" + org.departing, "帮助")).last()
			.asString()
			.contains("交接书 " + id + "：交接书 PDF 版", "交接书 " + id + " Word", "交接表 " + id);

		assertThat(chat.say("p" + org.successor, "交接书 " + id + " Word")).last()
			.asString()
			.contains("交接" + id + "的交接书（Word 版）将以文件发到您的对话中", "交接表 " + id)
			.doesNotContain("管理台");
		assertThat(payload(id, org.successor)).contains("\"document\":\"docx\"");
		assertThat(chat.say("p" + org.departing, "交接表 " + id)).last().asString().contains("交接" + id + "的交接表（Excel 版）");
		assertThat(payload(id, org.departing)).contains("\"document\":\"xlsx\"");
		assertThat(renderer.render(dev.baton.bot.outbox.OutboxEvent.DOCUMENT_REQUESTED,
				tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload(id, org.departing))))
			.startsWith("【交接表】")
			.contains("Excel 文件随本消息一起发送");

		chat.say("p" + org.auditReviewer, "English");
		assertThat(chat.say("p" + org.auditReviewer, "document " + id)).last()
			.asString()
			// the English reply names the document in English (newcomer 20a, finding 13)
			.contains("The handover document of handover " + id + " (PDF)", "document " + id + " Word");
		String english = payload(id, org.auditReviewer);
		assertThat(english).contains("\"language\":\"en\"");
		assertThat(renderer.render(dev.baton.bot.outbox.OutboxEvent.DOCUMENT_REQUESTED,
				tools.jackson.databind.json.JsonMapper.builder().build().readTree(english)))
			.contains("as you asked in chat: the PDF file is sent with this message")
			.doesNotContain("您在对话中索取");
	}

	private String payload(long handoverId, long recipient) {
		return jdbc.queryForObject("SELECT payload FROM outbox WHERE handover_id = ? AND event = 'DOCUMENT_REQUESTED'"
				+ " AND recipient_id = ? ORDER BY id DESC LIMIT 1", String.class, handoverId, recipient);
	}

	private long requested(long handoverId, long recipient) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM outbox WHERE handover_id = ? AND event = 'DOCUMENT_REQUESTED'"
				+ " AND recipient_id = ?", Long.class, handoverId, recipient);
	}

}

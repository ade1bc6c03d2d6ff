package dev.baton.bot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Conversation;
import dev.baton.integrations.chat.OutboundMessage;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.SendResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away just after the platform took an answer (the R7 drill stopped
 * MariaDB under a burst, and one person read their answer twice): the answer is recorded
 * as sent once the database is back, and never sent again. Before, the failed record was
 * taken for a failed send and the answer went out a second time. The database's absence
 * is its table renamed away for a moment (as in NothingUnstoredIsAcknowledgedTest); the
 * platform is a double at the edge.
 */
@DomainContext
@Import(ReplyRecordedAfterTheDatabaseTest.Platforms.class)
@TestPropertySource(properties = "baton.delivery.reply-worker=false")
@ExtendWith(OutputCaptureExtension.class)
class ReplyRecordedAfterTheDatabaseTest {

	/**
	 * What the sender logs when a reply the platform took could not be recorded at the
	 * first try.
	 */
	static final String RECORD_FAILED = "A reply was sent but could not be recorded yet; trying again";

	@Autowired
	ReplyLane lane;

	@Autowired
	ReplySender sender;

	@Autowired
	Platforms platforms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MutableClock clock;

	@Test
	void anAnswerThePlatformTookIsRecordedWhenTheDatabaseIsBackAndNotSentAgain(CapturedOutput output) throws Exception {
		clock.set(Instant.now());
		String user = "away" + UUID.randomUUID().toString().substring(0, 8);
		ChatUser person = new ChatUser(Platform.DINGTALK, "dingrecordcorp", user);
		tx.executeWithoutResult(s -> lane.answer(person, Conversation.direct(user), null, null,
				List.of(new OutboundMessage.Text("您的交接已记录。"))));
		Thread back = new Thread(() -> {
			// back once the sender has met the absence and is trying again
			await().atMost(Duration.ofSeconds(10)).until(() -> output.getOut().contains(RECORD_FAILED));
			jdbc.execute("RENAME TABLE chat_reply_away TO chat_reply");
		});
		platforms.dingtalk.then(call -> {
			// the platform has the answer; now the database is away
			jdbc.execute("RENAME TABLE chat_reply TO chat_reply_away");
			back.start();
			return SendResult.delivered("m1");
		});

		try {
			sender.sendDue("test", 10);
		}
		finally {
			back.join(10_000);
		}

		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(user)));
		for (int i = 0; i < 3; i++) {
			sender.sendDue("test", 10);
		}
		assertThat(platforms.dingtalk.calls).as("sent once").hasSize(1);
		assertThat(jdbc.queryForObject("SELECT attempts FROM chat_reply WHERE target_id = ?", Integer.class, user))
			.isEqualTo(1);
	}

	private String status(String user) {
		List<String> s = jdbc.queryForList("SELECT status FROM chat_reply WHERE target_id = ?", String.class, user);
		return s.isEmpty() ? null : s.get(0);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Platforms {

		final RecordingPlatform dingtalk = new RecordingPlatform(Platform.DINGTALK, 20);

		@Bean
		RecordingPlatform dingTalkDouble() {
			return dingtalk;
		}

	}

}

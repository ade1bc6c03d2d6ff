package dev.baton.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.outbox.OutboxEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 24, finding 10: "刘志远那个交接给他延3天吧，他住院了没看到通知" sent 刘志远 a 【期限延长】 reading
 * "理由：他住院了没看到通知" about himself. The record keeps the words; the notice reads the leading
 * 他 as the party the handover was named by: 您 for that party, the name for everyone else;
 * with no party named, the words are quoted as the organization department's.
 */
@DomainContext
@Import({ ScriptedChat.Config.class, StagedHandovers.class })
class ExtensionReasonAsEachReadsItTest {

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
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	TestOrg org;

	String organizer;

	@BeforeEach
	void setUp() {
		clock.set(DomainContext.Clocks.START);
		chat.listenWith(conversation);
		org = new TestOrg(directory, actors, "default",
				new TestOrg.Names("石嘴山市", "市农业农村局", "CITY_DEPARTMENT", "刘志远", "市农业农村局局长", "黄海", "市农业农村局局长（拟任）"));
		directory.bindIdentity(chat.platform(), chat.corp(), "reason-" + org.organizer, org.organizer);
		organizer = "reason-" + org.organizer;
	}

	@Test
	void thePartyNamedReadsYouAndTheOthersReadTheName() {
		long id = staged.drafted(org, List.of(Stated.work("高标准农田建设")));
		clock.set(Instant.parse("2026-12-09T03:00:00Z"));

		String reply = String.join("\n", chat.say(organizer, "刘志远那个交接给他延3天吧，他住院了没看到通知"));

		// the organizer is told how the notices word his reason (newcomer 25, finding 12)
		assertThat(reply).contains("通知中的理由按收件人改写人称：给刘志远本人写作“您住院了没看到通知”，给其他人写作“刘志远住院了没看到通知”；交接记录保留您的原话。");
		assertThat(notices(id, org.departing, Locale.SIMPLIFIED_CHINESE)).singleElement()
			.asString()
			.contains("理由：您住院了没看到通知。")
			.doesNotContain("他住院");
		assertThat(notices(id, org.successor, Locale.SIMPLIFIED_CHINESE)).singleElement()
			.asString()
			.contains("理由：刘志远住院了没看到通知。")
			.doesNotContain("他住院");
		assertThat(notices(id, org.departing, Locale.ENGLISH)).singleElement()
			.asString()
			.contains("Reason (about you, in the words of the organization department): “他住院了没看到通知”");
		// the record keeps the words as typed
		assertThat(jdbc.queryForObject(
				"SELECT detail FROM audit_log WHERE handover_id = ? AND action = 'DEADLINE_EXTENDED'", String.class,
				id))
			.contains("他住院了没看到通知");
	}

	@Test
	void withNoPartyNamedTheWordsAreQuotedAsTheOrganizers() {
		long id = staged.drafted(org, List.of(Stated.work("高标准农田建设")));
		clock.set(Instant.parse("2026-12-09T03:00:00Z"));

		String reply = String.join("\n", chat.say(organizer, "交接" + id + "延期3天，理由：他住院了没看到通知"));

		assertThat(reply).contains("期限").doesNotContain("改写人称");

		for (long reader : List.of(org.departing, org.successor)) {
			assertThat(notices(id, reader, Locale.SIMPLIFIED_CHINESE)).singleElement()
				.asString()
				.contains("理由（组织部门）：“他住院了没看到通知”。");
		}
	}

	private List<String> notices(long handoverId, long reader, Locale locale) {
		NotificationRenderer renderer = new NotificationRenderer(messages, locale);
		JsonMapper json = JsonMapper.builder().build();
		return jdbc
			.queryForList("SELECT payload FROM outbox WHERE event = 'DEADLINE_EXTENDED' AND handover_id = ?"
					+ " AND recipient_id = ? ORDER BY id", String.class, handoverId, reader)
			.stream()
			.map(payload -> renderer.render(OutboxEvent.DEADLINE_EXTENDED, json.readTree(payload)))
			.toList();
	}

}

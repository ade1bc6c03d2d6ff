package dev.baton.bot.conversation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Item;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.confirmation.Disputes;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverRecords;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.HandoverState;
import dev.baton.bot.handover.OpenRequest;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxMessage;
import dev.baton.bot.review.ReviewService;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A handover driven by its people as they type, for the scenarios written from the users'
 * side: an org of one policy, every official bound on the script's chat, and the record
 * read back field by field at the end. What a person says must be understood: a reply
 * that says it did not understand fails the script unless the step expects a question
 * back.
 */
final class PeopleTalk {

	final ChatScript chat;

	final TestOrg org;

	final Directory directory;

	final HandoverService handovers;

	final HandoverRecords records;

	final Checklists checklists;

	final Disputes disputes;

	final FollowUpService followUp;

	final ReviewService review;

	final Outbox outbox;

	final NotificationRenderer renderer;

	final JsonMapper json;

	long handoverId;

	/** How many messages people sent: a brisk official types five a minute. */
	private int turns;

	PeopleTalk(ApplicationContext beans, ChatScript chat, String policyCode, TestOrg.Names names) {
		this.chat = chat;
		this.directory = beans.getBean(Directory.class);
		this.org = new TestOrg(directory, beans.getBean(Actors.class), policyCode, names);
		this.handovers = beans.getBean(HandoverService.class);
		this.records = beans.getBean(HandoverRecords.class);
		this.checklists = beans.getBean(Checklists.class);
		this.disputes = beans.getBean(Disputes.class);
		this.followUp = beans.getBean(FollowUpService.class);
		this.review = beans.getBean(ReviewService.class);
		this.outbox = beans.getBean(Outbox.class);
		this.renderer = beans.getBean(NotificationRenderer.class);
		this.json = beans.getBean(JsonMapper.class);
		List<String> users = new ArrayList<>();
		for (long official : everyone()) {
			directory.bindIdentity(chat.platform(), chat.corp(), user(official), official);
			users.add(user(official));
		}
		chat.addUsers(users);
	}

	List<Long> everyone() {
		return List.of(org.organizer, org.organizationReviewer, org.disciplineReviewer, org.financeReviewer,
				org.auditReviewer, org.departing, org.successor, org.supervisor);
	}

	List<Long> signers() {
		return List.of(org.departing, org.successor, org.organizer, org.organizationReviewer, org.disciplineReviewer,
				org.financeReviewer, org.auditReviewer);
	}

	long open(HandoverReason reason) {
		handoverId = handovers
			.open(org.actor(org.organizer), new OpenRequest(org.department.id(), org.departing, org.successor, reason))
			.id();
		return handoverId;
	}

	/**
	 * What the person says; Baton's answers as one text. Fails if Baton did not
	 * understand.
	 */
	String say(long official, String text) {
		pace();
		String answer = String.join("\n", chat.say(user(official), text));
		assertThat(answer).as("%s said “%s”", directory.official(official).name(), text)
			.isNotBlank()
			.doesNotContain("没有听懂")
			.doesNotContain("出了问题")
			.doesNotContainPattern("\\{[a-zA-Z0-9]+}");
		return answer;
	}

	String press(long official, String button) {
		pace();
		String answer = String.join("\n", chat.press(user(official), button));
		assertThat(answer).as("%s pressed %s", directory.official(official).name(), button)
			.isNotBlank()
			.doesNotContain("出了问题");
		return answer;
	}

	private void pace() {
		if (++turns % 5 == 0) {
			chat.aMinutePasses();
		}
	}

	/** Asks for a signing code and signs with it. */
	void sign(long official) {
		String issued = say(official, "我来签字");
		Matcher m = Pattern.compile("(\\d{6})").matcher(issued);
		assertThat(m.find()).as("a code in %s", issued).isTrue();
		assertThat(say(official, "签字 " + m.group(1))).contains("签字成功");
	}

	HandoverState state() {
		return records.find(handoverId).state();
	}

	Section section(String code) {
		return checklists.sections(handoverId).stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * Every item of the record as one line: section, number, title, status, money,
	 * quantity, deadline, open, confirmation.
	 */
	List<String> items() {
		Map<Long, String> sections = new LinkedHashMap<>();
		for (Section s : checklists.sections(handoverId)) {
			sections.put(s.id(), s.code());
		}
		List<String> out = new ArrayList<>();
		for (Item i : checklists.items(handoverId)) {
			if (i.withdrawn()) {
				continue;
			}
			out.add(String.join(" | ", sections.get(i.sectionId()), String.valueOf(i.seq()), i.title(),
					i.status() == null ? "未说明" : i.status().name(),
					i.amount() == null ? "-" : i.amount().toPlainString() + " " + i.currency(),
					i.quantity() == null ? "-"
							: i.quantity().stripTrailingZeros().toPlainString() + " " + i.quantityUnit(),
					i.deadline() == null ? "-" : i.deadline().toString(), i.unfinished() ? "未了" : "-",
					i.confirmation().name()));
		}
		return out;
	}

	/** The supplements said on item {@code seq}, in order. */
	List<String> supplements(int seq) {
		long itemId = checklists.item(handoverId, seq).id();
		return checklists.supplements(handoverId)
			.stream()
			.filter(s -> s.itemId() == itemId)
			.map(s -> s.body())
			.toList();
	}

	/** Each person's notices about the handover, rendered as they read them. */
	Map<Long, List<String>> notices() {
		Map<Long, List<String>> out = new LinkedHashMap<>();
		for (OutboxMessage m : outbox.forHandover(handoverId)) {
			if (m.recipientId() == null) {
				continue;
			}
			String text = renderer.render(m.event(), json.readTree(m.payload()));
			assertThat(text).as(m.event().name())
				.doesNotContainPattern("\\{[a-zA-Z0-9]+}")
				.doesNotContainPattern("[A-Z]{2,}_[A-Z]+");
			out.computeIfAbsent(m.recipientId(), k -> new ArrayList<>()).add(m.event().name());
		}
		return out;
	}

	static String user(long official) {
		return "u" + official;
	}

}

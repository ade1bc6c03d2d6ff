package dev.baton.bot.conversation;

import java.util.List;

import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.followup.FollowUpService;
import dev.baton.bot.followup.FollowUpStep;
import dev.baton.bot.followup.Progress;
import dev.baton.bot.handover.HandoverReason;
import dev.baton.bot.handover.HandoverService;
import dev.baton.bot.handover.OpenRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps the newcomer-findings tests take in the chat to bring a handover to where a
 * finding was seen: open it and sign for the notice, move to a section, submit with the
 * other sections empty, approve as every reviewer.
 */
final class ChatSteps {

	private final ScriptedChat chat;

	private final Directory directory;

	private final HandoverService handovers;

	private final Checklists checklists;

	ChatSteps(ScriptedChat chat, Directory directory, HandoverService handovers, Checklists checklists) {
		this.chat = chat;
		this.directory = directory;
		this.handovers = handovers;
		this.checklists = checklists;
	}

	/** The web chat account these tests give an official. */
	static String user(long official) {
		return "s" + official;
	}

	/**
	 * Binds the officials' web chat accounts, opens the transfer of the seed's departing
	 * official and has them sign for the notice; returns the handover's id.
	 */
	long openAndSign(TestOrg org, List<Long> bound) {
		for (long official : bound) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		long handoverId = handovers
			.open(org.actor(org.organizer),
					new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER))
			.id();
		chat.say(user(org.departing), "收到，签收");
		return handoverId;
	}

	/**
	 * The seed's handover with two work items (统计大数据平台二期, 办公楼维修改造 120万元), submitted:
	 * every department's review waits in it. Every official of the org is bound on the
	 * web chat.
	 */
	long inReviewWithTwoItems(TestOrg org) {
		long id = openAndSign(org, List.of(org.departing, org.successor, org.organizer, org.organizationReviewer,
				org.disciplineReviewer, org.financeReviewer, org.auditReviewer, org.stranger));
		String departing = user(org.departing);
		chat.say(departing, "统计大数据平台二期 推进中 2027-03-31");
		chat.say(departing, "办公楼维修改造 推进中 120万元 2027-06-30");
		submitTheRestEmpty(id, departing);
		return id;
	}

	/**
	 * Another handover opened by the org's organizer in a new unit of the same city, 市地震局
	 * (the same four departments review it), from {@code departingName} (bound on the web
	 * chat) to {@code successorName}; the notice not signed for yet.
	 */
	long anotherOpened(TestOrg org, String departingName, String successorName) {
		OrgUnit unit = directory.createUnit(org.city.id(), "quake-" + System.nanoTime(), "市地震局", "CITY_DEPARTMENT");
		long leaving = directory.addOfficial(departingName, "市地震局局长", unit.id()).id();
		long coming = directory.addOfficial(successorName, "市地震局副局长", unit.id()).id();
		directory.bindIdentity("WEB", ScriptedChat.CORP, user(leaving), leaving);
		return handovers
			.open(org.actor(org.organizer), new OpenRequest(unit.id(), leaving, coming, HandoverReason.TRANSFER))
			.id();
	}

	/** Says 下一个 until the section of that code is the one being filled in. */
	void goTo(long handoverId, String departing, String code) {
		Section target = checklists.sections(handoverId)
			.stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow();
		for (int i = 1; i < target.position(); i++) {
			chat.say(departing, "下一个");
		}
	}

	/** Leaves the section in focus, says 本部分无 to the others, and submits. */
	void submitTheRestEmpty(long handoverId, String departing) {
		int sections = checklists.sections(handoverId).size();
		String current = chat.say(departing, "下一个").get(0);
		for (int i = 0; i < sections + 2; i++) {
			String reply = chat.say(departing, "本部分无").get(0);
			if (reply.contains("最后一部分")) {
				break;
			}
			current = reply;
		}
		assertThat(String.join("\n", chat.say(departing, "提交"))).as(current).contains("已提交");
	}

	/** A plan the successor says in chat, and the step its reply must name. */
	record Plan(String said, String names) {
	}

	/**
	 * A follow-up in chat: the seed's handover archived with work items, its organizer,
	 * successor and departing official bound on the web chat, and the successor's plans
	 * said; its steps and their progress read back by label.
	 */
	record PlannedFollowUp(TestOrg org, long handoverId, String successor, FollowUpService followUp) {

		FollowUpStep step(String label) {
			return followUp.steps(handoverId).stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
		}

		List<Progress> progress(String label) {
			long id = step(label).id();
			return followUp.progress(handoverId).stream().filter(p -> p.stepId() == id).toList();
		}

	}

	/**
	 * The seed's handover archived through the domain services with these work items
	 * (item N is the N-th), then each plan said by the successor in chat, its reply
	 * naming the step given.
	 */
	PlannedFollowUp archivedWithPlans(TestOrg org, String policyCode, StagedHandovers staged, FollowUpService followUp,
			List<Stated> items, List<Plan> plans) {
		for (long official : List.of(org.organizer, org.successor, org.departing)) {
			directory.bindIdentity("WEB", ScriptedChat.CORP, user(official), official);
		}
		long handoverId = staged.archived(org, policyCode, items);
		String successor = user(org.successor);
		for (Plan plan : plans) {
			assertThat(chat.say(successor, plan.said())).singleElement().asString().contains(plan.names());
		}
		return new PlannedFollowUp(org, handoverId, successor, followUp);
	}

	/** 通过 from the four reviewing departments. */
	void approveAsEveryReviewer(TestOrg org) {
		for (long reviewer : List.of(org.organizationReviewer, org.disciplineReviewer, org.financeReviewer,
				org.auditReviewer)) {
			chat.say(user(reviewer), "通过");
		}
	}

}

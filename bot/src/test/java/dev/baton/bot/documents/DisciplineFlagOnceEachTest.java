package dev.baton.bot.documents;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dev.baton.bot.ArchivedHandovers;
import dev.baton.bot.ArchivedHandovers.Dispute;
import dev.baton.bot.DomainContext;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.delivery.NotificationRenderer;
import dev.baton.bot.directory.Department;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One flag, one notice per person (#12, newcomer 11, finding 1): the organizer of a unit
 * with no supervisor read 【纪律提示：交接不清】 twice for one return (the parties' notice, then a
 * second one saying nobody supervises the unit), and an organizer who is also a
 * supervisor (督办) read each flag twice. Now everyone concerned reads each flag once: the
 * organizer's one notice says when no supervisor is there to tell.
 */
@DomainContext
class DisciplineFlagOnceEachTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	ArchivedHandovers archiver;

	@Autowired
	ChecklistService checklist;

	@Autowired
	ReviewService review;

	@Autowired
	NotificationRenderer renderer;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withNoSupervisorOverTheUnitTheOrganizerReadsEachFlagOnceAndIsToldNobodySupervises() {
		TestOrg org = new TestOrg(directory, actors, "default");
		noLongerSupervisor(org.supervisor);
		long id = returnedAndCorrected(org);

		List<String> organizer = flagNotices(id, org.organizer);
		assertThat(organizer).as("one notice per flag, not two").hasSize(2);
		// the return's notice with the flag folded in: the comments are the notice's own
		assertThat(organizer.get(0)).startsWith("【交接清单被退回】")
			.contains("请补充账户余额依据", "【纪律提示：交接不清】", "该单位没有督办人员（监督人员角色）可以告知和跟踪办理，请明确督办人员")
			.doesNotContain("督办人员跟踪办理");
		assertThat(organizer.get(1)).startsWith("【纪律提示：交接不实】")
			.contains("金额由865,000.00元更正为832,000.00元", "该单位没有督办人员（监督人员角色）可以告知，请明确督办人员");

		List<String> departing = flagNotices(id, org.departing);
		assertThat(departing).hasSize(2);
		assertThat(departing.get(0)).startsWith("【交接清单被退回】").contains("【纪律提示：交接不清】").doesNotContain("没有督办人员");
		assertThat(departing.get(1)).startsWith("【异议已裁定】").contains("【纪律提示：交接不实】").doesNotContain("没有督办人员");
		assertThat(flagNotices(id, org.successor)).isEmpty();
		assertThat(flagNotices(id, org.supervisor)).as("no longer a supervisor").isEmpty();
	}

	@Test
	void anOrganizerWhoIsAlsoASupervisorReadsEachFlagOnceAndTheOtherSupervisorOnce() {
		TestOrg org = new TestOrg(directory, actors, "default");
		directory.assignRole(org.organizer, Role.SUPERVISOR, null, org.city.id());
		long id = returnedAndCorrected(org);

		List<String> organizer = flagNotices(id, org.organizer);
		assertThat(organizer).as("one notice per flag, not two").hasSize(2);
		assertThat(organizer.get(0)).startsWith("【交接清单被退回】").contains("【纪律提示：交接不清】").doesNotContain("没有督办人员");
		assertThat(organizer.get(1)).startsWith("【纪律提示：交接不实】").doesNotContain("没有督办人员");
		List<String> supervisor = flagNotices(id, org.supervisor);
		assertThat(supervisor).hasSize(2);
		assertThat(supervisor.get(0)).startsWith("【纪律提示：交接不清】").contains("请您跟踪督办");
		assertThat(supervisor.get(1)).startsWith("【纪律提示：交接不实】");
		assertThat(flagNotices(id, org.departing)).hasSize(2);
	}

	@Test
	void anOrganizerAloneAsSupervisorIsToldOnceAndNotThatNobodySupervises() {
		TestOrg org = new TestOrg(directory, actors, "default");
		noLongerSupervisor(org.supervisor);
		directory.assignRole(org.organizer, Role.SUPERVISOR, null, org.city.id());
		long id = returnedAndCorrected(org);

		List<String> organizer = flagNotices(id, org.organizer);
		assertThat(organizer).hasSize(2);
		assertThat(organizer).allSatisfy(n -> assertThat(n).doesNotContain("没有督办人员"));
		assertThat(flagNotices(id, org.departing)).hasSize(2);
	}

	/**
	 * Newcomer 22, finding 5: the unit's only supervisor was the departing official of
	 * this very handover, so (rightly) not told; the organizer read that the unit had no
	 * supervisor. The notice names her as a party instead.
	 */
	@Test
	void whenTheOnlySupervisorIsTheDepartingOfficialTheOrganizerIsToldSheIsAPartyNotThatThereIsNone() {
		TestOrg org = new TestOrg(directory, actors, "default");
		noLongerSupervisor(org.supervisor);
		directory.assignRole(org.departing, Role.SUPERVISOR, null, org.city.id());
		String name = directory.official(org.departing).name();
		long id = returnedAndCorrected(org);

		List<String> organizer = flagNotices(id, org.organizer);
		assertThat(organizer).hasSize(2);
		assertThat(organizer)
			.allSatisfy(n -> assertThat(n).doesNotContain("没有督办人员").contains("该单位的督办人员" + name + "同志是本交接的当事人，未另行通知"));
		assertThat(organizer.get(0)).startsWith("【交接清单被退回】").contains("【纪律提示：交接不清】");
		assertThat(organizer.get(1)).startsWith("【纪律提示：交接不实】");
		List<String> departing = flagNotices(id, org.departing);
		assertThat(departing).as("a party, told as the one concerned only").hasSize(2);
		assertThat(departing).allSatisfy(n -> assertThat(n).doesNotContain("督办人员" + name));
	}

	private void noLongerSupervisor(long official) {
		directory.rolesOf(official)
			.stream()
			.filter(r -> r.role() == Role.SUPERVISOR)
			.forEach(r -> directory.removeRole(r.id()));
	}

	/**
	 * A handover returned once (交接不清) and with one amount corrected by the ruling (交接不实).
	 */
	private long returnedAndCorrected(TestOrg org) {
		long id = archiver
			.drafted(org, List.of(
					Map.entry("key_work",
							new ItemDraft("城区污水管网改造", "一期完工", ItemStatus.IN_PROGRESS, null, null, null, null, "城建办",
									true)),
					Map.entry("economic", new ItemDraft("局机关基本账户余额", null, ItemStatus.ON_HAND, new BigDecimal("865000"),
							"CNY", null, null, null, false))));
		checklist.submit(org.actor(org.departing), id);
		review.returnChecklist(org.actor(org.auditReviewer), id, Department.AUDIT, "请补充账户余额依据", Map.of(2, "请附银行对账单"));
		archiver.settle(org, id, "default",
				Dispute.amount(2, "账上余额是83.2万，不是86.5万", "经核对银行对账单，实际余额83.2万", new BigDecimal("832000")));
		return id;
	}

	/**
	 * Every notice to {@code official} about the handover that tells a discipline flag,
	 * as read: the flag's own notice, or the notice of the act that raised it with the
	 * flag folded in (one message per event, newcomer 20a, finding 18).
	 */
	private List<String> flagNotices(long handoverId, long official) {
		return jdbc
			.queryForList("SELECT event, payload FROM outbox WHERE handover_id = ? AND recipient_id = ? ORDER BY id",
					handoverId, official)
			.stream()
			.map(r -> renderer.render(OutboxEvent.valueOf((String) r.get("event")),
					JSON.readTree((String) r.get("payload"))))
			.filter(text -> text.contains("【纪律提示："))
			.toList();
	}

}

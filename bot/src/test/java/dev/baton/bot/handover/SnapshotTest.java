package dev.baton.bot.handover;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.template.Templates;
import dev.baton.bot.template.TemplateSection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A handover keeps the policy and template version it opened with: editing the unit's
 * policy or publishing a new template version changes the next handover, never an open
 * one.
 */
@DomainContext
class SnapshotTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	HandoverService handovers;

	@Autowired
	HandoverRecords records;

	@Autowired
	Checklists checklists;

	@Autowired
	Policies policies;

	@Autowired
	Templates templates;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void laterEditsOfPolicyAndTemplateLeaveOpenCasesAlone() {
		// the context's clock is shared with tests that move it: the dates below are
		// counted from Monday 2026-11-23
		clock.set(DomainContext.Clocks.START);
		String code = "snap" + Long.toString(System.nanoTime(), 36);
		String template = "tpl" + Long.toString(System.nanoTime(), 36);
		copyTemplate("default", template, 1);
		HandoverPolicy jingxian = policies.byCode("jingxian");
		savePolicy(true, withDeadline(rename(jingxian, code, template), Period.workingDays(7)));
		TestOrg org = new TestOrg(directory, actors, code);
		Handover before = handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), org.departing, org.successor, HandoverReason.TRANSFER));
		int sectionsBefore = checklists.sections(before.id()).size();

		// the unit's policy becomes 15 calendar days, and the template gets a version 2
		// with one more section
		savePolicy(false, withDeadline(policies.byCode(code), Period.calendarDays(15)));
		copyTemplate(template, template, 2);
		long v2 = templates.latest(template).id();
		jdbc.update("INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)"
				+ " VALUES (?, 99, 'forest', '山林（巡山交树）', 'Forests', '林长制落实情况', FALSE)", v2);
		assertThat(policies.byCode(code).deadline(WaitingStepKind.CHECKLIST)).isEqualTo(Period.calendarDays(15));

		Handover open = records.find(before.id());
		assertThat(records.policy(open).deadline(WaitingStepKind.CHECKLIST)).isEqualTo(Period.workingDays(7));
		assertThat(open.checklistDue()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(open.templateId()).isNotEqualTo(v2);
		assertThat(checklists.sections(before.id())).hasSize(sectionsBefore)
			.extracting(Section::code)
			.doesNotContain("forest");

		long other = directory.addOfficial("新离任", "市统计局副局长", org.department.id()).id();
		Handover after = handovers.open(org.actor(org.organizer),
				new OpenRequest(org.department.id(), other, org.successor, HandoverReason.TRANSFER));
		assertThat(after.checklistDue()).isEqualTo(LocalDate.of(2026, 12, 8));
		assertThat(after.templateId()).isEqualTo(v2);
		assertThat(checklists.sections(after.id())).hasSize(sectionsBefore + 1)
			.extracting(Section::code)
			.contains("forest");
	}

	private static HandoverPolicy rename(HandoverPolicy p, String code, String templateCode) {
		return new HandoverPolicy(code, p.name() + "（快照测试）", templateCode, p.deadlines(), p.reviewers(),
				p.disputeRuler(), p.signers(), p.copies(), p.checkInMonths(), p.followUpYears(), p.publicity(),
				p.note(), p.escalationCode(), p.maxExtension());
	}

	private static HandoverPolicy withDeadline(HandoverPolicy p, Period checklist) {
		Map<WaitingStepKind, Period> deadlines = new EnumMap<>(p.deadlines());
		deadlines.put(WaitingStepKind.CHECKLIST, checklist);
		return new HandoverPolicy(p.code(), p.name(), p.templateCode(), deadlines, p.reviewers(), p.disputeRuler(),
				p.signers(), p.copies(), p.checkInMonths(), p.followUpYears(), p.publicity(), p.note(),
				p.escalationCode(), p.maxExtension());
	}

	private void savePolicy(boolean insert, HandoverPolicy policy) {
		if (insert) {
			jdbc.update("INSERT INTO handover_policy (code, name, body, updated_at) VALUES (?, ?, ?, ?)", policy.code(),
					policy.name(), policies.toJson(policy), "2026-11-23 01:00:00.000");
		}
		else {
			jdbc.update("UPDATE handover_policy SET body = ? WHERE code = ?", policies.toJson(policy), policy.code());
		}
	}

	private void copyTemplate(String from, String to, int version) {
		long source = templates.latest(from).id();
		jdbc.update("INSERT INTO checklist_template (code, version, name, created_at)"
				+ " SELECT ?, ?, name, created_at FROM checklist_template WHERE id = ?", to, version, source);
		long copy = templates.latest(to).id();
		for (TemplateSection s : templates.byId(source).sections()) {
			jdbc.update(
					"INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic)"
							+ " VALUES (?, ?, ?, ?, ?, ?, ?)",
					copy, s.position(), s.code(), s.titleZh(), s.titleEn(), s.prompts(), s.economic());
		}
	}

}

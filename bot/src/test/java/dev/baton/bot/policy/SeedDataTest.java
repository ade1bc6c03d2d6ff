package dev.baton.bot.policy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.baton.bot.access.SignerRole;
import dev.baton.bot.directory.Department;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded templates and policies (V3) as the bot will read them: every policy body
 * parses into a valid {@link HandoverPolicy}, names an existing template, and every
 * template has its sections in order with prompts.
 */
class SeedDataTest {

	private static final String URL = "jdbc:h2:mem:seed;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
			+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Template code → section codes in the expected order. */
	private static final Map<String, List<String>> SECTIONS = new LinkedHashMap<>();

	/** Template code → the sections that carry amounts. */
	private static final Map<String, Set<String>> ECONOMIC = new LinkedHashMap<>();

	static {
		SECTIONS.put("default", List.of("key_work", "economic", "party_building", "personnel", "rectification",
				"petitions", "legacy_risk", "personal_custody", "other"));
		SECTIONS.put("township", List.of("key_work", "economic", "party_building", "personnel", "rectification",
				"petitions", "legacy_risk", "personal_custody", "heritage", "forest", "river", "other"));
		SECTIONS.put("shizuishan", List.of("key_work", "major_funds", "party_building", "rectification", "legacy_risk",
				"economic", "other"));
		SECTIONS.put("putian", List.of("party_building", "cadres", "stability", "development", "other"));
		SECTIONS.put("wuyishan",
				List.of("ideas", "pending", "assets", "risks", "heritage", "forest", "river", "other"));

		ECONOMIC.put("default", Set.of("economic", "personal_custody"));
		ECONOMIC.put("township", Set.of("economic", "personal_custody"));
		ECONOMIC.put("shizuishan", Set.of("major_funds", "economic"));
		ECONOMIC.put("putian", Set.of("development"));
		ECONOMIC.put("wuyishan", Set.of("assets"));
	}

	@BeforeAll
	static void migrate() {
		Flyway.configure().dataSource(URL, "sa", "").load().migrate();
	}

	@Test
	void everyPolicyParsesAndPassesValidation() throws SQLException {
		Map<String, HandoverPolicy> policies = policies();

		assertThat(policies).containsOnlyKeys("default", "shizuishan", "putian", "wuyishan", "jingxian", "essay");
		for (HandoverPolicy policy : policies.values()) {
			for (WaitingStepKind kind : WaitingStepKind.values()) {
				if (kind != WaitingStepKind.FOLLOW_UP_STEP) {
					assertThat(policy.deadline(kind)).as("%s %s", policy.code(), kind).isNotNull();
				}
			}
			assertThat(policy.deadlines()).as(policy.code()).doesNotContainKey(WaitingStepKind.FOLLOW_UP_STEP);
			assertThat(policy.reviewers()).as(policy.code())
				.containsExactly(Department.ORGANIZATION, Department.DISCIPLINE, Department.FINANCE, Department.AUDIT);
			assertThat(policy.disputeRuler()).as(policy.code()).isEqualTo(Department.AUDIT);
			assertThat(policy.signers()).as(policy.code()).contains(SignerRole.DEPARTING, SignerRole.SUCCESSOR);
			assertThat(policy.copies()).as(policy.code()).doesNotHaveDuplicates();
			assertThat(policy.name()).as(policy.code()).isNotBlank();
			assertThat(policy.note()).as(policy.code()).isNotBlank();
			assertThat(policy.checkInMonths()).as(policy.code()).isPositive();
			assertThat(policy.followUpYears()).as(policy.code()).isPositive();
		}
	}

	@Test
	void policiesCarryTheirSourcesNumbers() throws SQLException {
		Map<String, HandoverPolicy> policies = policies();

		assertThat(policies.get("default").deadline(WaitingStepKind.CHECKLIST)).isEqualTo(Period.workingDays(10));
		assertThat(policies.get("default").deadline(WaitingStepKind.PLAN)).isEqualTo(Period.workingDays(20));
		assertThat(policies.get("default").checkInMonths()).isEqualTo(3);
		assertThat(policies.get("default").followUpYears()).isEqualTo(3);

		HandoverPolicy shizuishan = policies.get("shizuishan");
		assertThat(shizuishan.deadline(WaitingStepKind.CHECKLIST))
			.isEqualTo(new Period(10, DeadlineUnit.CALENDAR_DAYS));
		assertThat(shizuishan.copies()).hasSize(6).containsExactlyInAnyOrder(CopyRecipient.values());
		assertThat(shizuishan.checkInMonths()).isEqualTo(1);
		assertThat(shizuishan.templateCode()).isEqualTo("shizuishan");

		assertThat(policies.get("jingxian").deadline(WaitingStepKind.CHECKLIST))
			.isEqualTo(new Period(7, DeadlineUnit.WORKING_DAYS));
		assertThat(policies.get("essay").deadline(WaitingStepKind.CHECKLIST)).isEqualTo(Period.calendarDays(15));
		assertThat(policies.get("putian").deadline(WaitingStepKind.CHECKLIST)).isEqualTo(Period.workingDays(10));
		assertThat(policies.get("wuyishan").deadline(WaitingStepKind.CHECKLIST)).isEqualTo(Period.workingDays(10));

		assertThat(policies.get("putian").publicity()).isTrue();
		assertThat(policies.get("wuyishan").publicity()).isTrue();
		assertThat(policies.get("default").publicity()).isFalse();
		assertThat(policies.get("putian").templateCode()).isEqualTo("putian");
		assertThat(policies.get("wuyishan").templateCode()).isEqualTo("wuyishan");

		// 延期 (#13, V22): at most one more checklist period, written into every seeded
		// policy
		assertThat(shizuishan.maxExtension()).isEqualTo(Period.calendarDays(10));
		assertThat(policies.get("jingxian").maxExtension()).isEqualTo(Period.workingDays(7));
		assertThat(policies.get("essay").maxExtension()).isEqualTo(Period.calendarDays(15));
		for (String code : List.of("default", "putian", "wuyishan")) {
			assertThat(policies.get(code).maxExtension()).as(code).isEqualTo(Period.workingDays(10));
		}
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT code, body FROM handover_policy")) {
			while (rows.next()) {
				assertThat(rows.getString("body")).as(rows.getString("code")).contains("\"maxExtension\"");
			}
		}
	}

	@Test
	void everyPolicyNamesAnExistingTemplate() throws SQLException {
		Set<String> templates = new TreeSet<>();
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT code FROM checklist_template")) {
			while (rows.next()) {
				templates.add(rows.getString(1));
			}
		}

		assertThat(templates).containsExactlyInAnyOrderElementsOf(SECTIONS.keySet());
		for (HandoverPolicy policy : policies().values()) {
			assertThat(templates).as("template of policy %s", policy.code()).contains(policy.templateCode());
		}
	}

	@Test
	void everyTemplateHasItsSectionsInOrderWithTitlesAndPrompts() throws SQLException {
		for (Map.Entry<String, List<String>> expected : SECTIONS.entrySet()) {
			String template = expected.getKey();
			List<Section> sections = sections(template);

			assertThat(sections).extracting(Section::code).as(template).containsExactlyElementsOf(expected.getValue());
			for (int i = 0; i < sections.size(); i++) {
				Section section = sections.get(i);
				String where = template + "/" + section.code();
				assertThat(section.position()).as("position of %s", where).isEqualTo(i + 1);
				assertThat(section.titleZh()).as(where).isNotBlank();
				assertThat(section.titleEn()).as(where).isNotBlank();
				assertThat(section.prompts()).as("prompts of %s", where).doesNotContain("\\");
				List<String> lines = section.prompts().lines().toList();
				assertThat(lines).as("prompts of %s", where).hasSizeBetween(3, 9);
				for (String line : lines) {
					assertThat(line).as("a prompt line of %s", where).isNotBlank().isEqualTo(line.strip());
				}
			}
			assertThat(sections).filteredOn(Section::economic)
				.extracting(Section::code)
				.as("economic sections of %s", template)
				.containsExactlyInAnyOrderElementsOf(ECONOMIC.get(template));
		}
		assertThat(sections("wuyishan")).extracting(Section::code).contains("heritage", "forest", "river");
		assertThat(sections("township")).extracting(Section::code).contains("heritage", "forest", "river");
	}

	/**
	 * V12: sections of facts on hand (家底, 资产, 个人保管的公物, 文物, 山林, 河流) default to 现状; work is
	 * asked about.
	 */
	@Test
	void factsOnHandDefaultToOnHandAndWorkIsAsked() throws SQLException {
		Map<String, Set<String>> onHand = Map.of("default", Set.of("economic", "personal_custody"), "township",
				Set.of("economic", "personal_custody", "heritage", "forest", "river"), "shizuishan", Set.of("economic"),
				"putian", Set.of(), "wuyishan", Set.of("assets", "heritage", "forest", "river"));
		for (String template : SECTIONS.keySet()) {
			Map<String, String> defaults = new LinkedHashMap<>();
			try (Connection connection = connect();
					PreparedStatement select = connection.prepareStatement("SELECT s.code, s.default_status"
							+ " FROM template_section s JOIN checklist_template t ON t.id = s.template_id"
							+ " WHERE t.code = ? AND t.version = 1")) {
				select.setString(1, template);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						defaults.put(rows.getString(1), rows.getString(2));
					}
				}
			}
			for (Map.Entry<String, String> section : defaults.entrySet()) {
				assertThat(section.getValue()).as("default status of %s/%s", template, section.getKey())
					.isEqualTo(onHand.get(template).contains(section.getKey()) ? "ON_HAND" : null);
			}
		}
	}

	@Test
	void chineseTextRoundTrips() throws SQLException {
		assertThat(sections("default").get(1).titleZh()).isEqualTo("经济事项（财务资产）");
		assertThat(sections("wuyishan").get(0).titleZh()).isEqualTo("交发展思路（继接续之责）");
		assertThat(sections("township").get(8).titleZh()).isEqualTo("文化遗产（巡文护宝）");
		assertThat(sections("putian").get(4).prompts().lines().toList()).startsWith("特殊事项", "紧急任务", "历史遗留问题");
		assertThat(sections("shizuishan").get(0).prompts()).contains("待解决的问题及方案、建议");

		try (Connection connection = connect();
				PreparedStatement select = connection
					.prepareStatement("SELECT name FROM checklist_template WHERE code = ? AND version = 1")) {
			select.setString(1, "default");
			try (ResultSet row = select.executeQuery()) {
				assertThat(row.next()).isTrue();
				assertThat(row.getString(1)).isEqualTo("默认离任交接清单");
			}
		}
		assertThat(policies().get("shizuishan").name()).isEqualTo("石嘴山市领导干部离任交接");
	}

	/** Policy code → parsed body; the body's code and name must match the row's. */
	private static Map<String, HandoverPolicy> policies() throws SQLException {
		Map<String, HandoverPolicy> policies = new LinkedHashMap<>();
		try (Connection connection = connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT code, name, body FROM handover_policy ORDER BY code")) {
			while (rows.next()) {
				String code = rows.getString("code");
				HandoverPolicy policy = JSON.readValue(rows.getString("body"), HandoverPolicy.class);
				assertThat(policy.code()).as("code in the body of %s", code).isEqualTo(code);
				assertThat(policy.name()).as("name in the body of %s", code).isEqualTo(rows.getString("name"));
				policies.put(code, policy);
			}
		}
		return policies;
	}

	private static List<Section> sections(String template) throws SQLException {
		List<Section> sections = new ArrayList<>();
		try (Connection connection = connect();
				PreparedStatement select = connection.prepareStatement(
						"SELECT s.position, s.code, s.title_zh, s.title_en, s.prompts, s.economic FROM template_section s"
								+ " JOIN checklist_template t ON t.id = s.template_id"
								+ " WHERE t.code = ? AND t.version = 1 ORDER BY s.position")) {
			select.setString(1, template);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					sections.add(new Section(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
							rows.getString(5), rows.getBoolean(6)));
				}
			}
		}
		return sections;
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(URL, "sa", "");
	}

	private record Section(int position, String code, String titleZh, String titleEn, String prompts,
			boolean economic) {
	}

}

package dev.baton.bot.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.baton.bot.DomainContext;
import dev.baton.bot.directory.Department;
import dev.baton.bot.policy.WaitingStepKind;
import dev.baton.bot.policy.CopyRecipient;
import dev.baton.bot.policy.HandoverPolicy;
import dev.baton.bot.policy.Period;
import dev.baton.bot.policy.Policies;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13, newcomer 4: 1: which policy to set on a unit was guesswork: README named the
 * codes only and no endpoint said what each sets. {@code GET /api/policies} lists them
 * for organizers and administrators, and README's table of the policies is checked here
 * against the seeded policies, row by row, so neither can drift from the other.
 */
@DomainContext
class PoliciesApiTest extends ApiTestSupport {

	/** The policies the migrations seed (V3), by code. */
	static final List<String> SEEDED = List.of("default", "essay", "jingxian", "putian", "shizuishan", "wuyishan");

	@Autowired
	Policies policies;

	@Test
	void organizersAndAdministratorsReadWhatEachPolicySets() {
		Reply list = api.get("/api/policies").token(token(org.organizer)).send();
		assertJson(list, 200);
		// the seeded policies, by code (other tests of this database add policies of
		// their own)
		List<JsonNode> seeded = new java.util.ArrayList<>();
		list.json().forEach(p -> {
			if (SEEDED.contains(p.path("code").asString())) {
				seeded.add(p);
			}
		});
		assertThat(seeded).extracting(p -> p.path("code").asString()).containsExactlyElementsOf(SEEDED);
		JsonNode jingxian = seeded.get(2);
		assertThat(jingxian.path("name").asString()).isEqualTo("泾县工作交接（7个工作日）");
		assertThat(jingxian.path("deadlines").propertyNames()).containsExactly("NOTICE_RECEIPT", "CHECKLIST", "REVIEW",
				"CONFIRMATION", "RULING", "SIGNING", "PLAN");
		assertThat(jingxian.path("deadlines").path("CHECKLIST").path("value").asInt()).isEqualTo(7);
		assertThat(jingxian.path("deadlines").path("CHECKLIST").path("unit").asString()).isEqualTo("WORKING_DAYS");
		assertThat(jingxian.path("publicity").asBoolean()).isFalse();
		assertThat(jingxian.path("copies")).hasSize(6);
		assertThat(jingxian.path("reviewers").toString())
			.isEqualTo("[\"ORGANIZATION\",\"DISCIPLINE\",\"FINANCE\",\"AUDIT\"]");
		assertThat(jingxian.path("disputeRuler").asString()).isEqualTo("AUDIT");
		assertThat(jingxian.path("maxExtension").path("value").asInt()).isEqualTo(7);
		assertThat(seeded.get(5).path("publicity").asBoolean()).isTrue(); // 武夷山

		Reply one = api.get("/api/policies/shizuishan").token(token(org.admin)).send();
		assertJson(one, 200);
		assertThat(one.json().path("deadlines").path("CHECKLIST").path("unit").asString()).isEqualTo("CALENDAR_DAYS");
		assertJson(api.get("/api/policies").token(token(org.rootAdmin(directory))).send(), 200);

		assertProblem(api.get("/api/policies/no-such").token(token(org.admin)).send(), 404, "error.notFound.policy");
		assertProblem(api.get("/api/policies").token(token(org.supervisor)).send(), 403, "access.denied.VIEW_POLICIES");
		assertProblem(api.get("/api/policies").token(token(org.departing)).send(), 403, "access.denied.VIEW_POLICIES");
		assertProblem(api.get("/api/policies").send(), 401, "api.unauthenticated.missing");
	}

	/**
	 * README's table of the policies says what the seeds set, one row per seeded policy,
	 * in the seeds' words.
	 */
	@Test
	void theReadmeTableIsTheSeededPolicies() throws IOException {
		String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
		Map<String, String> rows = new LinkedHashMap<>();
		for (String line : readme.lines().toList()) {
			if (line.startsWith("| `") && line.contains("` | ") && line.endsWith(" |")) {
				String code = line.substring(3, line.indexOf("` | "));
				if (policies.codes().contains(code)) {
					rows.put(code, line);
				}
			}
		}
		// every policy a migration seeds is in the table (a new seed needs a row)
		List<String> migrated = new java.util.ArrayList<>();
		try (var files = Files.list(Path.of("../sql/migrations"))) {
			for (Path file : files.sorted().toList()) {
				var m = java.util.regex.Pattern.compile("INSERT INTO handover_policy \\([^)]*\\) VALUES \\('([^']+)'")
					.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (m.find()) {
					migrated.add(m.group(1));
				}
			}
		}
		assertThat(migrated).containsExactlyInAnyOrderElementsOf(SEEDED);
		assertThat(rows.keySet()).containsExactlyElementsOf(SEEDED);
		for (String code : SEEDED) {
			assertThat(rows.get(code)).as(code).isEqualTo(row(policies.byCode(code)));
		}
	}

	/** A policy as README's table writes it. */
	static String row(HandoverPolicy p) {
		List<String> others = List
			.of(WaitingStepKind.NOTICE_RECEIPT, WaitingStepKind.REVIEW, WaitingStepKind.CONFIRMATION,
					WaitingStepKind.RULING, WaitingStepKind.SIGNING, WaitingStepKind.PLAN)
			.stream()
			.map(k -> STEP.get(k) + period(p.deadline(k)))
			.toList();
		return "| `" + p.code() + "` | " + p.name() + " | " + period(p.deadline(WaitingStepKind.CHECKLIST)) + " | "
				+ String.join("，", others) + " | " + (p.publicity() ? "是 yes" : "否 no") + " | " + p.copies().size()
				+ "：" + p.copies().stream().map(PoliciesApiTest::copy).collect(Collectors.joining("、")) + " | "
				+ p.reviewers().stream().map(PoliciesApiTest::department).collect(Collectors.joining("、")) + "；"
				+ department(p.disputeRuler()) + "裁定 | " + period(p.maxExtension()) + " |";
	}

	private static final Map<WaitingStepKind, String> STEP = Map.of(WaitingStepKind.NOTICE_RECEIPT, "签收",
			WaitingStepKind.REVIEW, "审核", WaitingStepKind.CONFIRMATION, "确认", WaitingStepKind.RULING, "裁定",
			WaitingStepKind.SIGNING, "签字", WaitingStepKind.PLAN, "计划");

	private static String period(Period period) {
		return period.value() + (period.unit().name().equals("WORKING_DAYS") ? "个工作日" : "个自然日");
	}

	private static String department(Department d) {
		return switch (d) {
			case ORGANIZATION -> "组织";
			case DISCIPLINE -> "纪检监察";
			case FINANCE -> "财政";
			case AUDIT -> "审计";
		};
	}

	private static String copy(CopyRecipient c) {
		return switch (c) {
			case DEPARTING -> "离任";
			case SUCCESSOR -> "接任";
			default -> department(Department.valueOf(c.name()));
		};
	}

}

package dev.baton.bot.web;

import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policies and checklist templates changed over REST (#17): only an administrator over
 * every unit; a policy or a template that cannot work is refused with the reason (400,
 * its key) and nothing is stored; a workable one is stored (a template as its next
 * version) and audited.
 */
@DomainContext
class PolicyEditingApiTest extends ApiTestSupport {

	@Test
	void aPolicyThatCannotWorkIsRefusedWithTheReasonAndAWorkableOneStored() {
		String root = token(org.rootAdmin(directory));
		String code = "api" + UUID.randomUUID().toString().substring(0, 8);
		ObjectNode policy = (ObjectNode) api.get("/api/policies/default").token(root).send().json();
		policy.remove("code");
		policy.put("name", "接口试行制度");

		assertProblem(api.put("/api/policies/" + code).token(token(org.admin)).body(policy.toString()).send(), 403,
				"access.denied.EDIT_POLICIES");
		assertProblem(api.put("/api/policies/" + code).token(token(org.organizer)).body(policy.toString()).send(), 403,
				"access.denied.EDIT_POLICIES");

		ObjectNode rulerOutside = policy.deepCopy();
		rulerOutside.putArray("reviewers").add("ORGANIZATION").add("DISCIPLINE").add("FINANCE");
		rulerOutside.putArray("signers").add("DEPARTING").add("SUCCESSOR").add("ORGANIZER");
		JsonNode problem = assertProblem(
				api.put("/api/policies/" + code).token(root).body(rulerOutside.toString()).send(), 400,
				"policy.edit.rulerNotReviewer");
		assertThat(problem.path("detail").asString()).isEqualTo("裁定异议的审计部门不在联合审核部门之中：裁定部门必须参加联合审核。");

		ObjectNode neverChecks = policy.deepCopy();
		neverChecks.put("checkInMonths", 36).put("followUpYears", 2);
		assertThat(assertProblem(api.put("/api/policies/" + code)
			.token(root)
			.header("Accept-Language", "en")
			.body(neverChecks.toString())
			.send(), 400, "policy.edit.checkInNever").path("detail").asString())
			.isEqualTo("Progress asked for every 36 months while follow-up lasts 2 years: it would never be asked for."
					+ " Shorten the interval or lengthen the follow-up.");

		ObjectNode noTemplate = policy.deepCopy();
		noTemplate.put("templateCode", "nosuchtemplate");
		assertProblem(api.put("/api/policies/" + code).token(root).body(noTemplate.toString()).send(), 400,
				"policy.edit.noTemplate");
		ObjectNode noDeadline = policy.deepCopy();
		((ObjectNode) noDeadline.path("deadlines")).remove("REVIEW");
		assertProblem(api.put("/api/policies/" + code).token(root).body(noDeadline.toString()).send(), 400,
				"policy.edit.noDeadline");
		assertThat(api.get("/api/policies/" + code).token(root).send().status()).isEqualTo(404);

		Reply saved = api.put("/api/policies/" + code).token(root).body(policy.toString()).send();
		assertJson(saved, 200);
		assertThat(saved.json().path("name").asString()).isEqualTo("接口试行制度");
		assertThat(api.get("/api/policies/" + code)
			.token(root)
			.send()
			.json()
			.path("deadlines")
			.path("CHECKLIST")
			.path("value")
			.asInt()).isEqualTo(10);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'POLICY_CREATED' AND detail LIKE ?",
						Long.class, "%\"policy\":\"" + code + "\"%"))
			.isEqualTo(1);
	}

	@Test
	void aTemplateThatCannotWorkIsRefusedAndAWorkableOneIsItsNextVersion() {
		String root = token(org.rootAdmin(directory));
		String code = "api_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
		String section = "{\"code\": \"key_work\", \"titleZh\": \"重点工作\", \"titleEn\": \"Key work\", \"prompts\":"
				+ " \"在建项目进度\\n\\n 招商引资 \", \"economic\": false, \"defaultStatus\": null}";
		assertProblem(api.put("/api/templates/" + code)
			.token(token(org.organizer))
			.body("{\"name\": \"试行\", \"sections\": [" + section + "]}")
			.send(), 403, "access.denied.EDIT_POLICIES");
		assertProblem(api.put("/api/templates/" + code).token(root).body("{\"name\": \"试行\", \"sections\": []}").send(),
				400, "template.edit.noSections");
		assertProblem(api.put("/api/templates/" + code)
			.token(root)
			.body("{\"name\": \"试行\", \"sections\": [" + section + ", " + section + "]}")
			.send(), 400, "template.edit.sameSectionCode");
		assertProblem(api.put("/api/templates/" + code)
			.token(root)
			.body("{\"name\": \"试行\", \"sections\": [" + section.replace("null", "\"MAYBE\"") + "]}")
			.send(), 400, "template.edit.badStatus");
		assertThat(api.get("/api/templates/" + code).token(root).send().status()).isEqualTo(404);

		Reply v1 = api.put("/api/templates/" + code)
			.token(root)
			.body("{\"name\": \"试行\", \"sections\": [" + section + "]}")
			.send();
		assertJson(v1, 200);
		assertThat(v1.json().path("version").asInt()).isEqualTo(1);
		assertThat(v1.json().path("sections").path(0).path("prompts").asString()).isEqualTo("在建项目进度\n招商引资");
		Reply v2 = api.put("/api/templates/" + code)
			.token(root)
			.body("{\"name\": \"试行（二）\", \"sections\": [" + section + ", " + section.replace("key_work", "ecology")
					+ "]}")
			.send();
		assertJson(v2, 200);
		assertThat(v2.json().path("version").asInt()).isEqualTo(2);
		JsonNode latest = api.get("/api/templates/" + code).token(token(org.organizer)).send().json();
		assertThat(latest.path("version").asInt()).isEqualTo(2);
		assertThat(latest.path("sections")).hasSize(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checklist_template WHERE code = ?", Long.class, code))
			.isEqualTo(2);
	}

}

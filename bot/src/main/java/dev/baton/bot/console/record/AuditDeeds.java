package dev.baton.bot.console.record;

import java.util.ArrayList;
import java.util.List;

import dev.baton.bot.console.PageTexts;
import tools.jackson.databind.JsonNode;

/**
 * What an audit row's detail holds of what the person said or did, beyond its reason and
 * note (newcomer 21, findings 7 and 8: 补充事项 第4项 without the words added, 确认多项 without the
 * items, a question without its words): the words of a supplement, a question or its
 * answer; the items confirmed together; the step an urge was about; the part a signer
 * signed in; the tries a wrong signing code left; a plan's steps; a submitted checklist's
 * round and size. A row written before its detail held a part says the rest.
 */
final class AuditDeeds {

	private AuditDeeds() {
	}

	static List<String> of(String action, JsonNode detail, PageTexts texts, boolean english) {
		List<String> out = new ArrayList<>();
		String text = string(detail, "text");
		if (text != null) {
			out.add(texts.text(switch (action == null ? "" : action) {
				case "REVIEW_QUESTION_ASKED" -> "audit.detail.asked";
				case "REVIEW_QUESTION_ANSWERED" -> "audit.detail.answered";
				default -> "audit.detail.words";
			}, text));
		}
		JsonNode items = detail.get("items");
		if (items != null && items.isArray() && !items.isEmpty()) {
			List<String> seqs = new ArrayList<>();
			items.forEach(i -> seqs.add(i.asString()));
			out.add(texts.text("audit.detail.items", String.join(english ? ", " : "、", seqs)));
		}
		else if ("CHECKLIST_SUBMITTED".equals(action) && items != null && items.isNumber()) {
			out.add(texts.text("audit.detail.submitted", detail.path("round").asInt(1), items.asInt()));
		}
		if ("STEP_URGED".equals(action) && string(detail, "kind") != null) {
			out.add(texts.text("audit.detail.urgedStep",
					texts.stepInSentence(string(detail, "kind"), string(detail, "subject"))));
		}
		JsonNode as = detail.get("as");
		if (as != null && as.isArray() && !as.isEmpty()) {
			List<String> parts = new ArrayList<>();
			as.forEach(r -> parts.add(texts.text("label." + r.asString())));
			out.add(texts.text("audit.detail.signedAs", String.join(texts.text("supervision.nameSep"), parts)));
		}
		JsonNode left = detail.get("attemptsLeft");
		if (left != null && left.isNumber()) {
			out.add(texts.text("audit.detail.attemptsLeft", left.asInt()));
		}
		JsonNode plan = detail.get("planSteps");
		if (plan != null && plan.isArray()) {
			for (JsonNode step : plan) {
				out.add(texts.text("audit.detail.planStep", step.path("label").asString(),
						step.path("description").asString(), step.path("dueOn").asString()));
			}
		}
		else if ("PLAN_SUBMITTED".equals(action) && detail.path("steps").isNumber()) {
			out.add(texts.text("audit.detail.planSteps", detail.path("steps").asInt()));
		}
		return out;
	}

	private static String string(JsonNode detail, String field) {
		JsonNode value = detail.get(field);
		return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

}

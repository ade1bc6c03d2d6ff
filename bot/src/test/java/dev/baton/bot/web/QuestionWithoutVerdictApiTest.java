package dev.baton.bot.web;

import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemCorrections;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Department;
import dev.baton.bot.review.ReviewQuestions;
import dev.baton.bot.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newcomer 25, finding 11: 财政 asked about item 2 without a return (只提问), the departing
 * official answered, and 组织 returned the round before 财政 decided. The full view's
 * {@code reviews} listed only the decisions, so the question and its answer were in
 * {@code history} alone, and the answer read as an ordinary supplement. The department
 * that only asked is listed in its round with no decision, its question has {@code kind}
 * QUESTION and its answer, and the answer among the item's supplements says which
 * question it answers; the console's JSON says the same.
 */
@DomainContext
class QuestionWithoutVerdictApiTest extends ApiTestSupport {

	@Autowired
	ChecklistService checklist;

	@Autowired
	Checklists checklists;

	@Autowired
	ItemCorrections corrections;

	@Autowired
	ReviewService review;

	@Autowired
	ReviewQuestions questions;

	@Test
	void aQuestionOfADepartmentThatHasNotDecidedIsInTheReviewsWithItsAnswer() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		var departing = org.actor(org.departing);
		checklist.addItem(departing, id, "key_work",
				ItemDraft.titled("全市信息化平台建设").withStatus(ItemStatus.IN_PROGRESS, true));
		checklist.addItem(departing, id, "economic",
				ItemDraft.titled("欠信达软件公司运维费").withStatus(ItemStatus.NOT_STARTED, true));
		for (Section s : checklists.sections(id)) {
			if (checklists.items(id).stream().noneMatch(i -> i.sectionId() == s.id())) {
				checklist.declareSectionEmpty(departing, id, s.code());
			}
		}
		checklist.submit(departing, id);
		questions.ask(org.actor(org.financeReviewer), id, Department.FINANCE, Map.of(2, "运维费合同是哪年签的？"));

		JsonNode open = reviewOf(api.get("/api/handovers/" + id).token(organizer).send().json(), 1, "FINANCE");
		assertThat(open.path("decision").isNull()).as("财政 has not decided").isTrue();
		assertThat(open.path("comments").get(0).path("answers").size()).as("not answered yet").isZero();

		questions.answer(departing, id, 2, "合同是2024年签的，原件在办公室");
		review.returnChecklist(org.actor(org.organizationReviewer), id, Department.ORGANIZATION, "",
				Map.of(1, "金额不对吧"));
		corrections.supplement(departing, id, 1, "按预算批复85万元");

		for (JsonNode view : new JsonNode[] { assertOk(api.get("/api/handovers/" + id).token(organizer).send()),
				assertOk(api.get("/api/console/handovers/" + id).token(organizer).send()).path("record") }) {
			JsonNode finance = reviewOf(view, 1, "FINANCE");
			assertThat(finance.path("decision").isNull()).isTrue();
			assertThat(finance.path("decidedAt").isNull()).isTrue();
			assertThat(finance.path("reviewerId").asLong()).isEqualTo(org.financeReviewer);
			JsonNode question = finance.path("comments").get(0);
			assertThat(question.path("kind").asString()).isEqualTo("QUESTION");
			assertThat(question.path("body").asString()).isEqualTo("运维费合同是哪年签的？");
			assertThat(question.path("itemSeqs").get(0).asInt()).isEqualTo(2);
			assertThat(question.path("answers").size()).isEqualTo(1);
			assertThat(question.path("answers").get(0).path("body").asString()).isEqualTo("合同是2024年签的，原件在办公室");
			assertThat(question.path("answers").get(0).path("addedBy").asLong()).isEqualTo(org.departing);
			assertThat(reviewOf(view, 1, "ORGANIZATION").path("decision").asString()).isEqualTo("RETURNED");

			JsonNode answer = item(view, 2).path("supplements").get(0);
			assertThat(answer.path("body").asString()).isEqualTo("合同是2024年签的，原件在办公室");
			assertThat(answer.path("answerTo").size()).as("the answer says the question it answers").isEqualTo(1);
			JsonNode to = answer.path("answerTo").get(0);
			assertThat(to.path("department").asString()).isEqualTo("FINANCE");
			assertThat(to.path("round").asInt()).isEqualTo(1);
			assertThat(to.path("askedBy").asLong()).isEqualTo(org.financeReviewer);
			assertThat(to.path("body").asString()).isEqualTo("运维费合同是哪年签的？");
			JsonNode words = item(view, 1).path("supplements").get(0);
			assertThat(words.path("body").asString()).isEqualTo("按预算批复85万元");
			assertThat(words.path("answerTo").isArray()).isTrue();
			assertThat(words.path("answerTo").size()).as("words that answer no question").isZero();
		}
	}

	private static JsonNode assertOk(dev.baton.bot.web.ApiClient.Reply reply) {
		assertJson(reply, 200);
		return reply.json();
	}

	private static JsonNode reviewOf(JsonNode view, int round, String department) {
		for (JsonNode r : view.path("reviews")) {
			if (r.path("round").asInt() == round && r.path("department").asString().equals(department)) {
				return r;
			}
		}
		throw new AssertionError("no round " + round + " " + department + " in " + view.path("reviews"));
	}

	private static JsonNode item(JsonNode view, int seq) {
		for (JsonNode s : view.path("sections")) {
			for (JsonNode i : s.path("items")) {
				if (i.path("seq").asInt() == seq) {
					return i;
				}
			}
		}
		throw new AssertionError("no item " + seq);
	}

}

package dev.baton.bot.web;

import java.math.BigDecimal;
import java.util.Map;

import dev.baton.bot.DomainContext;
import dev.baton.bot.checklist.ChecklistService;
import dev.baton.bot.checklist.Checklists;
import dev.baton.bot.checklist.ItemCorrections;
import dev.baton.bot.checklist.ItemDraft;
import dev.baton.bot.checklist.ItemStatus;
import dev.baton.bot.checklist.Section;
import dev.baton.bot.directory.Department;
import dev.baton.bot.review.ReviewService;
import dev.baton.bot.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item record in the REST full view (#2, #5, #6, #7): a quantity with its unit apart
 * from money, exact and as people read it; a status that nobody said is null; the words
 * added to an item; an item deleted after a reviewer commented on it is out of the
 * checklist, listed apart, and the comment still names its number.
 */
@DomainContext
class ItemRecordApiTest extends ApiTestSupport {

	@Autowired
	ChecklistService checklist;

	@Autowired
	ItemCorrections corrections;

	@Autowired
	Checklists checklists;

	@Autowired
	ReviewService review;

	@Test
	void theFullViewCarriesQuantitiesSupplementsAndWithdrawnItems() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		var departing = org.actor(org.departing);
		checklist.addItem(departing, id, "key_work",
				new ItemDraft("统计大数据平台二期", null, ItemStatus.IN_PROGRESS, null, null, null, null, null, null));
		checklist.addItem(departing, id, "economic",
				ItemDraft.titled("银行账户余额").withAmount(new BigDecimal("1234567.89")));
		checklist.addItem(departing, id, "personal_custody",
				ItemDraft.titled("集体林地").withQuantity(new BigDecimal("292200"), "亩"));
		checklist.addItem(departing, id, "other",
				new ItemDraft("对外联络人名单", null, ItemStatus.DONE, null, null, null, null, null, null));
		for (Section s : checklists.sections(id)) {
			if (checklists.items(id).stream().noneMatch(i -> i.sectionId() == s.id())) {
				checklist.declareSectionEmpty(departing, id, s.code());
			}
		}
		checklist.submit(departing, id);
		review.returnChecklist(org.actor(org.auditReviewer), id, Department.AUDIT, "",
				Map.of(2, "请附银行对账单", 4, "与本次交接无关，请删除"));
		corrections.supplement(departing, id, 2, "已附2026年11月对账单");
		corrections.delete(departing, id, 4);
		checklist.addItem(departing, id, "other", ItemDraft.titled("待定事项"));

		Reply reply = api.get("/api/handovers/" + id).token(organizer).send();

		assertJson(reply, 200);
		JsonNode view = reply.json();
		JsonNode forest = find(find(view.path("sections"), "code", "personal_custody").path("items"), "seq", "3");
		assertThat(forest.path("amount").isNull()).isTrue();
		assertThat(forest.path("quantity").isString()).as("quantities are exact JSON strings").isTrue();
		assertThat(forest.path("quantity").asString()).isEqualTo("292200");
		assertThat(forest.path("quantityUnit").asString()).isEqualTo("亩");
		assertThat(forest.path("quantityText").asString()).isEqualTo("29.22万亩");
		assertThat(forest.path("status").asString()).isEqualTo("ON_HAND");
		assertThat(forest.path("unfinished").asBoolean()).isFalse();

		JsonNode balance = find(find(view.path("sections"), "code", "economic").path("items"), "seq", "2");
		assertThat(balance.path("status").asString()).isEqualTo("ON_HAND");
		assertThat(balance.path("supplements").get(0).path("body").asString()).isEqualTo("已附2026年11月对账单");
		assertThat(balance.path("supplements").get(0).path("round").asInt()).isEqualTo(1);
		assertThat(balance.path("supplements").get(0).path("addedBy").asLong()).isEqualTo(org.departing);

		JsonNode other = find(view.path("sections"), "code", "other").path("items");
		assertThat(other.size()).isEqualTo(1);
		assertThat(other.get(0).path("seq").asInt()).isEqualTo(5);
		assertThat(other.get(0).path("status").isNull()).as("nobody said it yet").isTrue();

		assertThat(view.path("withdrawnItems").size()).isEqualTo(1);
		assertThat(view.path("withdrawnItems").get(0).path("seq").asInt()).isEqualTo(4);
		assertThat(view.path("withdrawnItems").get(0).path("how").asString()).isEqualTo("DELETED");
		JsonNode comments = view.path("reviews").get(0).path("comments");
		assertThat(comments.size()).isEqualTo(2);
		assertThat(find(comments, "itemSeq", "4").path("body").asString()).isEqualTo("与本次交接无关，请删除");
		assertThat(history(view)).contains("ITEM_SUPPLEMENTED", "ITEM_DELETED");
	}

	/**
	 * #12, newcomer 3: when a finished item was done is in the view, a day or only the
	 * month said (ISO "2026-04", no day made up), apart from its deadline; the words as
	 * said beside a title that differs.
	 */
	@Test
	void theFullViewSaysWhenAnItemWasDone() {
		String organizer = token(org.organizer);
		long id = opened(organizer, org.department.id(), org.departing, org.successor);
		var departing = org.actor(org.departing);
		checklist.addItem(departing, id, "party_building",
				new ItemDraft("机关党支部换届选举", null, ItemStatus.DONE, null, null, null, null, null, null),
				dev.baton.bot.checklist.ItemSaid.of("机关党支部换届选举 已完成 2026年4月", "机关党支部换届选举", null,
						java.time.YearMonth.of(2026, 4)));
		checklist.addItem(departing, id, "party_building", ItemDraft.titled("党员发展工作"));
		checklist.setDone(departing, id, 2, java.time.LocalDate.of(2026, 10, 15), null);

		Reply reply = api.get("/api/handovers/" + id).token(organizer).send();

		assertJson(reply, 200);
		JsonNode items = find(reply.json().path("sections"), "code", "party_building").path("items");
		JsonNode month = find(items, "seq", "1");
		assertThat(month.path("doneOn").asString()).isEqualTo("2026-04");
		assertThat(month.path("deadline").isNull()).isTrue();
		assertThat(month.path("said").asString()).isEqualTo("机关党支部换届选举 已完成 2026年4月");
		JsonNode day = find(items, "seq", "2");
		assertThat(day.path("doneOn").asString()).isEqualTo("2026-10-15");
		assertThat(day.path("status").asString()).as("saying when it was done says it is done").isEqualTo("DONE");
		assertThat(history(reply.json())).contains("ITEM_DONE_ON");
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false)
			.filter(n -> n.path(field).asString().equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
	}

	private static java.util.List<String> history(JsonNode view) {
		java.util.List<String> actions = new java.util.ArrayList<>();
		view.path("history").forEach(row -> actions.add(row.path("action").asString()));
		return actions;
	}

}

package dev.baton.bot.intoservice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.intoservice.Http.Reply;
import dev.baton.emulator.EmulatorConfig;
import dev.baton.emulator.PlatformEmulator;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.account.Directory.Department;
import dev.baton.emulator.account.Directory.Member;
import dev.baton.emulator.http.Json;
import dev.baton.emulator.record.Delivery;
import dev.baton.emulator.record.Outcome;
import dev.baton.testkit.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From an empty database to a first handover, as a deployer and a county's people meet
 * Baton, every step through a public surface: Baton started on a fresh database of the
 * suite's MariaDB with a chat platform (the emulator) configured; the setup code read
 * from the log and claimed over HTTP; the county's roster checked and imported over REST
 * from an .xlsx made here with POI; the platform's org chart synced through the REST sync
 * endpoint; the organizer opening a handover by chatting 发起交接 on the platform and
 * confirming on the card; the departing official, bound by the sync, receiving the notice
 * on the platform and typing 签收; the handover's state read over REST. The database is
 * only read, to assert. What differs between DingTalk and WeCom is in the subclasses.
 */
abstract class FromNothingToFirstHandover {

	/** The setup code as the log shows it, on a line of its own. */
	private static final Pattern PRINTED_CODE = Pattern.compile("\\n {4}([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})\\n");

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final Duration PATIENCE = Duration.ofSeconds(20);

	static final String COUNTY = "青山县";

	static final String COUNTY_CODE = "qingshan";

	/** The sync source's name, as the REST path takes it. */
	static final String SOURCE = "qingshan";

	/**
	 * Someone of the county: in the roster (but the administrator) and, with an account,
	 * on the platform.
	 */
	record Person(String name, String post, String unit, String mobile, String roles, String userId) {
	}

	static final Person ADMIN = new Person("黄安", "县委组织部信息中心主任", "县委组织部", "13905710001", null, "huangan");

	static final Person ORGANIZER = new Person("林晓红", "县委组织部干部监督科科长", "县委组织部", "13905710002", "组织部门", "linxiaohong");

	static final Person ORGANIZATION_REVIEWER = new Person("王建平", "县委组织部干部科科长", "县委组织部", "13905710003", "组织审核",
			"wangjianping");

	static final Person DISCIPLINE_REVIEWER = new Person("赵纪明", "县纪委监委党风政风监督室主任", "县纪委监委", "13905710004", "纪检监察审核",
			"zhaojiming");

	static final Person FINANCE_REVIEWER = new Person("钱丰", "县财政局副局长", "县财政局", "13905710005", "财政审核", "qianfeng");

	static final Person AUDIT_REVIEWER = new Person("孙立新", "县审计局副局长", "县审计局", "13905710006", "审计审核", "sunlixin");

	static final Person DEPARTING = new Person("陈国栋", "城关镇党委书记", "城关镇", "13905710007", null, "chenguodong");

	static final Person SUCCESSOR = new Person("刘志远", "城关镇党委副书记、镇长", "城关镇", "13905710008", null, "liuzhiyuan");

	/**
	 * 吴海 and 吴洋 of 河口乡 both use this mobile; the platform's account with it is 吴海's, but
	 * nobody can tell.
	 */
	static final String SHARED_MOBILE = "13905710009";

	static final Person SHARER = new Person("吴海", "河口乡党委副书记", "河口乡", SHARED_MOBILE, null, "wuhai");

	static final Person OTHER_SHARER = new Person("吴洋", "河口乡党政办主任", "河口乡", SHARED_MOBILE, null, null);

	static final List<Person> REVIEWERS = List.of(ORGANIZATION_REVIEWER, DISCIPLINE_REVIEWER, FINANCE_REVIEWER,
			AUDIT_REVIEWER);

	/** The platform's departments under its root ("1"), with their ids. */
	static final Map<String, String> DEPARTMENTS = orderedMap("2", "县委组织部", "3", "县纪委监委", "4", "县财政局", "5", "县审计局", "6",
			"城关镇", "7", "河口乡");

	PlatformEmulator emulator;

	ConfigurableApplicationContext baton;

	Http api;

	/** What the steps learn and pass on: the tokens and the officials' ids. */
	private String admin;

	private long adminId;

	private long countyId;

	private String organizer;

	private final Map<String, Long> ids = new LinkedHashMap<>();

	private JdbcTemplate db;

	/** DINGTALK or WECOM, as the REST API writes it. */
	abstract String platform();

	/** The roster column of this platform's user ids. */
	abstract String accountColumn();

	/**
	 * The settings a deployer gives Baton for the app and the sync source (README
	 * "Configuration").
	 */
	abstract Map<String, Object> appSettings();

	/**
	 * What the deployer does in the platform's console once Baton runs at
	 * {@code batonUrl}.
	 */
	abstract void setUpConsole(String batonUrl);

	/** The corp's org chart on the platform. */
	abstract Directory orgChart();

	abstract String corpId();

	/**
	 * Someone writes to Baton on the platform (a signed callback through the emulator).
	 */
	abstract void say(String userId, String text);

	/** Someone presses a button of the last card Baton sent them. */
	abstract void press(String userId, String label);

	/** What the platform shows on the card of the last press. */
	abstract String lastPressOutcome();

	/** The handover, acknowledged; each step asserted. */
	final long fromNothingToAnAcknowledgedHandover(CapturedOutput log) {
		String url = TestDatabase.get().createFreshDatabase("baton_first_handover_" + platform().toLowerCase());
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		try {
			baton = start(url);
			try {
				return run(log);
			}
			finally {
				baton.close();
			}
		}
		finally {
			emulator.close();
		}
	}

	private long run(CapturedOutput log) {
		String batonUrl = "http://127.0.0.1:" + baton.getEnvironment().getProperty("local.server.port");
		api = new Http(batonUrl);
		db = baton.getBean(JdbcTemplate.class);
		assertThat(count("official")).as("an empty database").isZero();
		assertThat(count("org_unit")).isZero();
		claimWithTheCodeFromTheLog(log, batonUrl);
		importTheRoster();
		syncThePlatformsOrgChart(batonUrl);
		long handover = organizerOpensInChat();
		departingOfficialAcknowledges();
		acknowledgedOverRest(handover);
		return handover;
	}

	/** 1. The first administrator, with the code Baton printed. */
	private void claimWithTheCodeFromTheLog(CapturedOutput log, String batonUrl) {
		Matcher printed = PRINTED_CODE.matcher(log.getOut());
		assertThat(printed.find()).as("the setup code is in the log").isTrue();
		String code = printed.group(1);
		assertThat(log.getOut())
			.contains("curl -X POST " + batonUrl.replace("127.0.0.1", "localhost") + "/api/setup/claim");
		Reply claimed = api.post("/api/setup/claim", null,
				Map.of("code", code, "name", ADMIN.name(), "post", ADMIN.post(), "mobile", ADMIN.mobile(), "unitName",
						COUNTY, "unitCode", COUNTY_CODE, "unitType", "COUNTY"));
		assertThat(claimed.status()).as(claimed.toString()).isEqualTo(201);
		admin = claimed.json().path("token").asString();
		adminId = claimed.json().path("officialId").asLong();
		countyId = claimed.json().path("unitId").asLong();
		assertThat(admin).hasSize(43);
	}

	/**
	 * 2. The roster: two rows with one mobile are refused by the check (one person, one
	 * row) and nothing changes; the officer leaves 吴洋's out, the import writes it all,
	 * and the administrator records 吴洋's mobile in the directory. The organizer gets a
	 * token.
	 */
	private void importTheRoster() {
		Reply refused = api.upload("/api/directory/roster/check", admin, XLSX, roster(true));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
		assertThat(refused.json().path("importable").asBoolean()).isFalse();
		assertThat(problemCodes(refused.json(), SHARER.name())).containsExactly("roster.row.duplicateMobile");
		assertThat(problemCodes(refused.json(), OTHER_SHARER.name())).containsExactly("roster.row.duplicateMobile");
		assertThat(count("official")).as("a check changes nothing").isOne();

		byte[] roster = roster(false);
		Reply checked = api.upload("/api/directory/roster/check", admin, XLSX, roster);
		assertThat(checked.json().path("importable").asBoolean()).as(checked.toString()).isTrue();
		Reply imported = api.upload("/api/directory/roster/import", admin, XLSX, roster);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
		JsonNode summary = imported.json().path("summary");
		assertThat(summary.path("unitsCreated").asInt()).isEqualTo(6);
		assertThat(summary.path("officialsCreated").asInt()).isEqualTo(9);
		assertThat(summary.path("rolesAdded").asInt()).isEqualTo(5);
		assertThat(summary.path("accountsBound").asInt()).as("the organizer's own account").isOne();
		ids.putAll(officialIds(imported.json()));
		assertThat(ids).hasSize(9);
		assertThat(count("official")).isEqualTo(10);

		long otherSharer = ids.get(OTHER_SHARER.name());
		Reply shared = api.put("/api/directory/officials/" + otherSharer, admin,
				Map.of("name", OTHER_SHARER.name(), "post", OTHER_SHARER.post(), "unitId",
						official(otherSharer).path("unit").path("id").asLong(), "mobile", SHARED_MOBILE));
		assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
		assertThat(
				db.queryForList("SELECT name FROM official WHERE mobile = ? ORDER BY id", String.class, SHARED_MOBILE))
			.containsExactly(SHARER.name(), OTHER_SHARER.name());

		Reply issued = api.post("/api/directory/officials/" + ids.get(ORGANIZER.name()) + "/tokens", admin,
				Map.of("label", "县委组织部干部监督科"));
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		organizer = issued.json().path("token").asString();
	}

	/**
	 * 3. The platform: the console set up, the corp's org chart (everyone but 吴洋, the
	 * shared mobile on 吴海's account), then the sync over REST: the departing official
	 * bound, the shared mobile one conflict.
	 */
	private void syncThePlatformsOrgChart(String batonUrl) {
		setUpConsole(batonUrl);
		orgChart().putDepartment(new Department("1", null, COUNTY, 0, List.of()));
		DEPARTMENTS.forEach(
				(id, name) -> orgChart().putDepartment(new Department(id, "1", name, Long.parseLong(id), List.of())));
		for (Person p : List.of(ADMIN, ORGANIZER, ORGANIZATION_REVIEWER, DISCIPLINE_REVIEWER, FINANCE_REVIEWER,
				AUDIT_REVIEWER, DEPARTING, SUCCESSOR, SHARER)) {
			String department = DEPARTMENTS.entrySet()
				.stream()
				.filter(d -> d.getValue().equals(p.unit()))
				.findFirst()
				.orElseThrow()
				.getKey();
			orgChart().putMember(new Member(p.userId(), p.name(), p.mobile(), p.post(), List.of(department), true));
		}

		Reply synced = api.post("/api/directory/sync/" + platform().toLowerCase() + "/" + SOURCE, admin, Map.of());
		assertThat(synced.status()).as(synced.toString()).isEqualTo(201);
		JsonNode run = synced.json();
		assertThat(run.path("outcome").asString()).as(run.toString()).isEqualTo("DONE");
		assertThat(run.path("unit").path("id").asLong()).isEqualTo(countyId);
		assertThat(run.path("requestedBy").path("id").asLong()).isEqualTo(adminId);
		assertThat(run.path("counts").path("failed").asInt()).isZero();
		assertThat(run.path("counts").path("conflicts").asInt()).isOne();
		assertThat(run.path("counts").path("created").asInt()).as("every department and person was in the roster")
			.isZero();
		for (String department : DEPARTMENTS.keySet()) {
			assertThat(kinds(run, department)).as("department " + department).containsExactly("BOUND");
		}
		JsonNode departingLine = line(run, DEPARTING.userId());
		assertThat(departingLine.path("kind").asString()).isEqualTo("BOUND");
		assertThat(departingLine.path("officialId").asLong()).isEqualTo(ids.get(DEPARTING.name()));
		assertThat(departingLine.path("text").asString()).contains(DEPARTING.name()).contains("139****0007");
		JsonNode conflict = line(run, SHARER.userId());
		assertThat(conflict.path("kind").asString()).isEqualTo("CONFLICT");
		assertThat(conflict.path("officialId").isNull()).as("nobody's").isTrue();
		assertThat(conflict.path("text").asString()).contains(SHARER.name(), OTHER_SHARER.name(), "139****0009")
			.doesNotContain(SHARED_MOBILE);
		for (Person p : List.of(ADMIN, ORGANIZATION_REVIEWER, DISCIPLINE_REVIEWER, FINANCE_REVIEWER, AUDIT_REVIEWER,
				SUCCESSOR)) {
			assertThat(kinds(run, p.userId())).as(p.name()).containsExactly("BOUND");
		}
		assertThat(kinds(run, ORGANIZER.userId())).as("bound by the roster already").isEmpty();
		Reply kept = api.get(synced.header("Location"), admin);
		assertThat(kept.status()).as("the report is kept").isEqualTo(200);
		assertThat(kept.json().path("entries").size()).isEqualTo(run.path("entries").size());

		// who is bound, over REST: the departing official to their account, neither of
		// the two to anything
		assertThat(identities(ids.get(DEPARTING.name()))).containsExactly(DEPARTING.userId());
		assertThat(identities(ids.get(SHARER.name()))).isEmpty();
		assertThat(identities(ids.get(OTHER_SHARER.name()))).isEmpty();
		assertThat(count("chat_identity WHERE user_id = '" + SHARER.userId() + "'")).isZero();
	}

	/** 4. The organizer opens the handover in chat: the confirmation card, then 确认. */
	private long organizerOpensInChat() {
		String opening = "发起交接 城关镇 " + DEPARTING.name() + " " + SUCCESSOR.name() + " 工作调动";
		String card = saysAndHears(ORGANIZER.userId(), opening, "请确认发起交接");
		assertThat(card).contains("单位：城关镇")
			.contains("离任：" + DEPARTING.name() + "（职务：" + DEPARTING.post() + "）")
			.contains("接任：" + SUCCESSOR.name() + "（职务：" + SUCCESSOR.post() + "）")
			.contains("原因：工作调动")
			.contains("交接制度：默认离任交接制度");
		for (Person reviewer : REVIEWERS) {
			assertThat(card).as("told, by the roster's role over the county").contains(reviewer.name());
		}
		assertThat(count("handover")).as("nothing opened before 确认").isZero();

		long mark = lastSeq();
		press(ORGANIZER.userId(), "确认");
		String opened = awaitHeard(ORGANIZER.userId(), mark, "已发起交接");
		Matcher number = Pattern.compile("已发起交接(\\d+)：城关镇 " + DEPARTING.name() + " → " + SUCCESSOR.name())
			.matcher(opened);
		assertThat(number.find()).as(opened).isTrue();
		// the card shows what came of it (newcomer 23, finding 13)
		assertThat(lastPressOutcome()).isEqualTo("已发起交接" + number.group(1));
		return Long.parseLong(number.group(1));
	}

	/**
	 * 5. The departing official, bound by the sync, receives the notice on the platform
	 * and types 签收.
	 */
	private void departingOfficialAcknowledges() {
		String notice = "【离任交接通知书】城关镇：" + DEPARTING.name() + "同志的离任交接已启动，接任者为" + SUCCESSOR.name() + "同志";
		assertThat(awaitHeard(DEPARTING.userId(), 0, notice)).contains("回复“签收”");
		for (Person told : List.of(SUCCESSOR, ORGANIZATION_REVIEWER, DISCIPLINE_REVIEWER, FINANCE_REVIEWER,
				AUDIT_REVIEWER)) {
			assertThat(awaitHeard(told.userId(), 0, notice)).as(told.name()).isNotEmpty();
		}
		assertThat(saysAndHears(DEPARTING.userId(), "签收", "已签收")).contains("交接清单须在");
	}

	/**
	 * 6. The handover over REST, as the organizer reads it: acknowledged by the departing
	 * official, drafting.
	 */
	private void acknowledgedOverRest(long handover) {
		Reply view = api.get("/api/handovers/" + handover, organizer);
		assertThat(view.status()).as(view.toString()).isEqualTo(200);
		JsonNode h = view.json();
		assertThat(h.path("state").asString()).isEqualTo("DRAFTING");
		assertThat(h.path("acknowledgedAt").isNull()).as("acknowledged").isFalse();
		assertThat(h.path("unit").path("name").asString()).isEqualTo("城关镇");
		assertThat(h.path("departing").path("id").asLong()).isEqualTo(ids.get(DEPARTING.name()));
		assertThat(h.path("successor").path("id").asLong()).isEqualTo(ids.get(SUCCESSOR.name()));
		assertThat(h.path("organizer").path("id").asLong()).isEqualTo(ids.get(ORGANIZER.name()));
		assertThat(h.path("policyCode").asString()).isEqualTo("default");
		List<String> receipts = new ArrayList<>();
		h.path("waitingSteps").forEach(s -> {
			if (s.path("kind").asString().equals("NOTICE_RECEIPT")) {
				receipts.add(s.path("doneAt").isNull() ? "open" : "done");
			}
		});
		assertThat(receipts).containsExactly("done");
		List<Long> acknowledged = new ArrayList<>();
		h.path("history").forEach(row -> {
			if (row.path("action").asString().equals("NOTICE_ACKNOWLEDGED")) {
				acknowledged.add(row.path("actorId").asLong());
			}
		});
		assertThat(acknowledged).containsExactly(ids.get(DEPARTING.name()));
	}

	/**
	 * Baton as a deployer starts it: this database, this platform, no demo, no web chat,
	 * state in this process.
	 */
	private ConfigurableApplicationContext start(String url) {
		TestDatabase database = TestDatabase.get();
		Map<String, Object> properties = new HashMap<>(appSettings());
		properties.putAll(Map.of("spring.datasource.url", url, "spring.datasource.username", database.user(),
				"spring.datasource.password", database.password(), "server.port", "0",
				// the minute sweep of reminders is not part of the way to a first
				// handover
				"baton.escalation.sweep-job", "false"));
		return new SpringApplicationBuilder(BatonApplication.class)
			.initializers(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("first-handover", properties)))
			.run();
	}

	/**
	 * The county's roster as a 组织部 officer fills the template's 名册: the offices and
	 * townships under the county, the organizer (with their own account), the four
	 * reviewers over the county, the two parties, and the two of 河口乡 (with the shared
	 * mobile on both rows, or on 吴海's only).
	 */
	byte[] roster(boolean sharedOnBoth) {
		List<String> header = List.of("单位", "上级单位", "姓名", "职务", "手机号", "角色", "角色范围", "钉钉 userId", "企业微信 userId");
		int accounts = header.indexOf(accountColumn());
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("名册");
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
			}
			int r = 1;
			for (Person p : List.of(ORGANIZER, ORGANIZATION_REVIEWER, DISCIPLINE_REVIEWER, FINANCE_REVIEWER,
					AUDIT_REVIEWER, DEPARTING, SUCCESSOR, SHARER, OTHER_SHARER)) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(p.unit());
				row.createCell(1).setCellValue(COUNTY);
				row.createCell(2).setCellValue(p.name());
				row.createCell(3).setCellValue(p.post());
				if (p != OTHER_SHARER || sharedOnBoth) {
					row.createCell(4).setCellValue(p.mobile());
				}
				if (p.roles() != null) {
					row.createCell(5).setCellValue(p.roles());
					row.createCell(6).setCellValue(COUNTY);
				}
				if (p == ORGANIZER) {
					row.createCell(accounts).setCellValue(p.userId());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Says something and waits until Baton's answers to the speaker hold
	 * {@code expected}; all of them, as read.
	 */
	String saysAndHears(String userId, String text, String expected) {
		long mark = lastSeq();
		say(userId, text);
		return awaitHeard(userId, mark, expected);
	}

	/**
	 * Everything the platform delivered to the user after {@code mark}, once it holds
	 * {@code expected}.
	 */
	String awaitHeard(String userId, long mark, String expected) {
		await().atMost(PATIENCE).until(() -> heard(userId, mark), text -> text.contains(expected));
		return heard(userId, mark);
	}

	String heard(String userId, long mark) {
		StringBuilder text = new StringBuilder();
		for (Delivery d : delivered(d -> d.seq() > mark && d.recipient().equals(userId))) {
			String shown = shown(d);
			if (shown != null) {
				text.append(shown).append('\n');
			}
		}
		return text.toString();
	}

	List<Delivery> delivered(Predicate<Delivery> which) {
		return emulator.record().deliveries(d -> d.outcome() == Outcome.DELIVERED && which.test(d));
	}

	long lastSeq() {
		List<Delivery> all = emulator.record().deliveries();
		return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
	}

	/** A delivery as the person reads it on the platform; null for a card's update. */
	static String shown(Delivery d) {
		switch (d.msgType()) {
			case "text", "markdown":
				return d.content();
			case "template_card": {
				JsonNode card = Json.read(d.content());
				return card.path("main_title").path("title").asString() + "\n"
						+ card.path("sub_title_text").asString("");
			}
			case "card": {
				JsonNode params = Json.read(d.content()).path("cardParamMap");
				return params.path("title").asString() + "\n" + params.path("markdown").asString("");
			}
			case "sampleText", "sampleMarkdown": {
				if (!d.content().startsWith("{")) {
					return d.content();
				}
				JsonNode p = Json.read(d.content());
				return p.has("content") ? p.path("content").asString()
						: p.path("title").asString("") + "\n" + p.path("text").asString();
			}
			default:
				return null;
		}
	}

	/**
	 * The button of this label among a card's buttons ({@code text} and {@code key}
	 * each).
	 */
	static String key(JsonNode buttons, String label) {
		for (JsonNode b : buttons) {
			if (label.equals(b.path("text").asString())) {
				return b.path("key").asString();
			}
		}
		throw new AssertionError("no button " + label + " in " + buttons);
	}

	private JsonNode official(long id) {
		Reply reply = api.get("/api/directory/officials/" + id, admin);
		assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
		return reply.json();
	}

	private List<String> identities(long official) {
		List<String> users = new ArrayList<>();
		official(official).path("identities").forEach(i -> {
			assertThat(i.path("platform").asString()).isEqualTo(platform());
			assertThat(i.path("corpId").asString()).isEqualTo(corpId());
			users.add(i.path("userId").asString());
		});
		return users;
	}

	private static Map<String, Long> officialIds(JsonNode report) {
		Map<String, Long> ids = new LinkedHashMap<>();
		report.path("rows").forEach(r -> {
			if (r.path("officialId").asLong() > 0) {
				ids.put(r.path("name").asString(), r.path("officialId").asLong());
			}
		});
		return ids;
	}

	private static List<String> problemCodes(JsonNode report, String name) {
		List<String> codes = new ArrayList<>();
		report.path("rows").forEach(r -> {
			if (r.path("name").asString().equals(name)) {
				r.path("problems").forEach(p -> codes.add(p.path("code").asString()));
			}
		});
		return codes;
	}

	private static List<String> kinds(JsonNode run, String platformId) {
		List<String> kinds = new ArrayList<>();
		run.path("entries").forEach(e -> {
			if (platformId.equals(e.path("platformId").asString(null))) {
				kinds.add(e.path("kind").asString());
			}
		});
		return kinds;
	}

	private static JsonNode line(JsonNode run, String platformId) {
		List<JsonNode> lines = new ArrayList<>();
		run.path("entries").forEach(e -> {
			if (platformId.equals(e.path("platformId").asString(null))) {
				lines.add(e);
			}
		});
		assertThat(lines).as("one line for " + platformId + " in " + run).hasSize(1);
		return lines.get(0);
	}

	private long count(String table) {
		return db.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	private static Map<String, String> orderedMap(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}

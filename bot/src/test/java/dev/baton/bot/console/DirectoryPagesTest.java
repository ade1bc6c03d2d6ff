package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.TestOrg;
import dev.baton.bot.console.signin.LocalAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory pages over HTTP (#17, administration I): the sync runs and one run's
 * report in words (the platform's own code where a read failed), only to administrators
 * of the run's unit; the navigation offers the directory to those who keep it; the roster
 * page in English.
 */
@DomainContext
class DirectoryPagesTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${local.server.port}")
	int port;

	TestOrg org;

	@BeforeEach
	void freshOrg() {
		org = new TestOrg(directory, actors, "default");
	}

	@Test
	void theSyncRunsAndARunsReportAreReadInWordsByTheUnitsAdministratorsOnly() {
		long run = stageRun();
		ConsoleHttp admin = signedIn(org.admin);
		String runs = admin.get("/console/directory/sync").body();
		assertThat(runs).contains("通讯录同步记录")
			.contains("/console/directory/sync/runs/" + run)
			.contains("钉钉")
			.contains(org.city.name())
			.contains("部分完成（有读取失败，未停用任何人）")
			.contains("手动")
			.contains("新建1、修改0、绑定1、停用0、未匹配0、冲突0、失败1");
		HttpResponse<String> one = admin.get("/console/directory/sync/runs/" + run);
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(one.body()).contains("新建干部“许新人”（科员）并绑定账号。")
			.contains("读取部门 财政局 的成员失败：本次不停用任何人。")
			.contains("（平台返回 60011：no privilege）")
			.contains("（吴管理发起）");
		assertThat(admin.get("/console/directory/sync/runs/" + run + "?lang=en").body())
			.contains("Partial (some reads failed")
			.contains("(the platform said 60011: no privilege)");

		// an administrator of another city: not in their list, and the report refused in
		// words
		long outsideAdmin = directory.addOfficial("韩外管", "另一市系统管理员", org.elsewhere.id()).id();
		directory.assignRole(outsideAdmin, Role.ADMIN, null, org.elsewhere.id());
		ConsoleHttp outsider = signedIn(outsideAdmin);
		assertThat(outsider.get("/console/directory/sync").body())
			.doesNotContain("/console/directory/sync/runs/" + run + "\"");
		HttpResponse<String> refused = outsider.get("/console/directory/sync/runs/" + run);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("许新人");
		// an organizer administers nothing: the list is refused
		assertThat(signedIn(org.organizer).get("/console/directory/sync").statusCode()).isEqualTo(403);
	}

	/**
	 * Newcomer 21: an organizer was offered 新建单位 (and 改名, 改类型) and then refused: the
	 * forms are shown only to those who may use them, the others read who does it.
	 */
	@Test
	void theUnitFormsAreOfferedOnlyToThoseWhoMayMakeOrChangeUnits() {
		ConsoleHttp organizer = signedIn(org.organizer);
		String tree = organizer.get("/console/directory").body();
		assertThat(tree).contains("id=\"units-by-admins\"")
			.contains("由管辖该单位的系统管理员办理")
			.doesNotContain("id=\"create-unit\"");
		String unit = organizer.get("/console/directory/units/" + org.department.id()).body();
		assertThat(unit).contains("id=\"units-by-admins\"")
			.doesNotContain("id=\"create-unit\"")
			.doesNotContain("id=\"rename-unit\"")
			.doesNotContain("id=\"retype-unit\"")
			.as("what an organizer may do there stays")
			.contains("id=\"bind-group\"");
		// a form sent anyway is refused as an act, not as a page to see
		HttpResponse<String> refused = organizer.post("/console/directory/units",
				ConsoleHttp.form("parentId", Long.toString(org.department.id()), "code", "x-" + org.department.id(),
						"name", "教育局", "unitType", "UNIT", "_csrf",
						ConsoleHttp.csrf(organizer.get("/console/tokens"))));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("<h1>不能办理</h1>").doesNotContain("不能查看");
		ConsoleHttp admin = signedIn(org.admin);
		assertThat(admin.get("/console/directory").body()).contains("id=\"create-unit\"")
			.doesNotContain("id=\"units-by-admins\"");
		assertThat(admin.get("/console/directory/units/" + org.department.id()).body()).contains("id=\"create-unit\"")
			.contains("id=\"rename-unit\"")
			.contains("id=\"retype-unit\"")
			.doesNotContain("id=\"units-by-admins\"");
	}

	@Test
	void theNavigationOffersTheDirectoryToThoseWhoKeepItAndTheRosterPageReadsInEnglish() {
		String adminHome = signedIn(org.admin).get("/console").body();
		assertThat(adminHome).contains("id=\"nav-directory\"")
			.contains("id=\"nav-roster\"")
			.contains("id=\"nav-sync\"");
		ConsoleHttp organizer = signedIn(org.organizer);
		assertThat(organizer.get("/console").body()).contains("id=\"nav-roster\"").doesNotContain("id=\"nav-sync\"");
		ConsoleHttp reviewer = signedIn(org.auditReviewer);
		assertThat(reviewer.get("/console").body()).doesNotContain("id=\"nav-directory\"")
			.doesNotContain("id=\"nav-roster\"");
		HttpResponse<String> notTheirs = reviewer.get("/console/directory/roster");
		assertThat(notTheirs.statusCode()).isEqualTo(403);
		assertThat(notTheirs.body()).contains("只有管辖该单位的系统管理员或组织部门干部");

		String english = organizer.get("/console/directory/roster?lang=en").body();
		assertThat(english).contains("Roster import").contains("Download the roster template").contains("up to 10 MB");
	}

	private long stageRun() {
		jdbc.update("INSERT INTO sync_run (platform, corp_id, source, unit_id, trigger_kind, requested_by, outcome,"
				+ " started_at, finished_at, created, changed, bound, deactivated, unmatched, conflicts, failed)"
				+ " VALUES ('DINGTALK', 'dingcorp', 'main', ?, 'MANUAL', ?, 'PARTIAL', '2026-12-01 02:00:00',"
				+ " '2026-12-01 02:00:05', 1, 0, 1, 0, 0, 0, 1)", org.city.id(), org.admin);
		long run = jdbc.queryForObject("SELECT MAX(id) FROM sync_run WHERE unit_id = ?", Long.class, org.city.id());
		jdbc.update(
				"INSERT INTO sync_run_entry (run_id, kind, subject, platform_ref, name, official_id, unit_id, reason,"
						+ " args) VALUES (?, 'CREATED', 'OFFICIAL', 'u1', '许新人', ?, ?, 'sync.official.created',"
						+ " '[\"许新人\",\"科员\"]')",
				run, org.stranger, org.department.id());
		jdbc.update("INSERT INTO sync_run_entry (run_id, kind, subject, platform_ref, name, reason, args, code,"
				+ " platform_message) VALUES (?, 'FAILED', 'DEPARTMENT', '42', '财政局', 'sync.failed.members',"
				+ " '[\"财政局\"]', '60011', 'no privilege')", run);
		return run;
	}

	private ConsoleHttp signedIn(long officialId) {
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		accounts.create(Actor.SYSTEM, officialId, username, ConsoleTestSupport.PASSWORD);
		ConsoleHttp http = new ConsoleHttp(port);
		String token = csrf(http.get("/console/signin"));
		assertThat(http
			.post("/console/signin",
					form("username", username, "password", ConsoleTestSupport.PASSWORD, "_csrf", token))
			.statusCode()).isEqualTo(302);
		return http;
	}

}

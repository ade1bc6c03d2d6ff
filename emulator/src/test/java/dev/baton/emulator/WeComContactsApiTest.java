package dev.baton.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.baton.emulator.account.Directory;
import dev.baton.emulator.account.WeComApp;
import dev.baton.emulator.account.WeComContactSync;
import dev.baton.emulator.callback.WeComCallbackClient;
import dev.baton.emulator.http.QueryString;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.WxCpDepart;
import me.chanjar.weixin.cp.bean.WxCpUser;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import me.chanjar.weixin.cp.bean.user.WxCpDeptUserResult;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contact APIs and change_contact callbacks through WxJava 4.7.7: the contact-sync
 * helper's token lists userids page by page and may read no details; the app's token
 * reads names and departments within its visible range, never a mobile (the app is newer
 * than WeCom's 2022 rules); each refusal has WeCom's code.
 */
class WeComContactsApiTest {

	private PlatformEmulator emulator;

	private WxCpServiceImpl app;

	private WxCpServiceImpl contactSync;

	private HttpServer baton;

	private final List<WxCpXmlMessage> received = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() {
		emulator = PlatformEmulator.start(EmulatorConfig.defaults().stream(false));
		WeComApp sample = emulator.wecom().app();
		app = service(sample.secret());
		contactSync = service(emulator.wecom().contactSync().secret());
		Directory directory = emulator.wecom().directory();
		directory.putDepartment(new Directory.Department("1", null, "石嘴山市", 1, List.of()));
		directory.putDepartment(new Directory.Department("2", "1", "市统计局", 2, List.of("chenjg")));
		directory.putDepartment(new Directory.Department("3", "2", "办公室", 1, List.of()));
		directory.putDepartment(new Directory.Department("4", "1", "市财政局", 3, List.of("lixiao")));
		directory.putMember(new Directory.Member("chenjg", "陈建国", "13800000001", "局长", List.of("2"), true));
		directory.putMember(new Directory.Member("zhengjr", "郑接任", "13800000002", "副局长", List.of("2", "3"), true));
		directory.putMember(new Directory.Member("lixiao", "李晓", "13800000003", "局长", List.of("4"), true));
		directory.putMember(new Directory.Member("tuixiu", "退休者", "13800000004", "调研员", List.of("4"), false));
	}

	@AfterEach
	void stop() {
		if (baton != null) {
			baton.stop(0);
		}
		emulator.close();
	}

	private WxCpServiceImpl service(String secret) {
		WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
		config.setCorpId(emulator.wecom().app().corpId());
		config.setCorpSecret(secret);
		config.setAgentId(emulator.wecom().app().agentId());
		config.setBaseApiUrl(emulator.wecomBaseUrl());
		WxCpServiceImpl service = new WxCpServiceImpl();
		service.setWxCpConfigStorage(config);
		return service;
	}

	private static int errcode(Throwable e) {
		return ((WxErrorException) e).getError().getErrorCode();
	}

	@Test
	void listIdPagesEveryMemberDepartmentPairWithTheContactSyncTokenOnly() throws Exception {
		List<String> rows = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			WxCpDeptUserResult page = contactSync.getUserService().getUserListId(cursor, 2);
			page.getDeptUser().forEach(r -> rows.add(r.getUserId() + "@" + r.getDepartment()));
			cursor = page.getNextCursor();
			pages++;
		}
		while (cursor != null && !cursor.isEmpty());

		assertThat(pages).isEqualTo(3);
		assertThat(rows).containsExactly("chenjg@2", "lixiao@4", "tuixiu@4", "zhengjr@2", "zhengjr@3");
		assertThatThrownBy(() -> app.getUserService().getUserListId(null, 100))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(48002));
		assertThatThrownBy(() -> contactSync.getUserService().getUserListId(null, 10_001))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(40058));
		assertThatThrownBy(() -> contactSync.getUserService().getUserListId(null, 0))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(40058));
		assertThatThrownBy(() -> contactSync.getUserService().getUserListId("forged-cursor", 10))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(40058));
	}

	@Test
	void theAppReadsNamesAndDepartmentsButNoMobileAndTheHelperReadsNoDetails() throws Exception {
		List<WxCpDepart> departments = app.getDepartmentService().list(null);
		assertThat(departments).extracting(WxCpDepart::getId, WxCpDepart::getName, WxCpDepart::getParentId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "石嘴山市", 0L),
					org.assertj.core.groups.Tuple.tuple(2L, "市统计局", 1L),
					org.assertj.core.groups.Tuple.tuple(3L, "办公室", 2L),
					org.assertj.core.groups.Tuple.tuple(4L, "市财政局", 1L));
		assertThat(departments.get(1).getDepartmentLeader()).containsExactly("chenjg");
		assertThat(app.getDepartmentService().get(4L).getName()).isEqualTo("市财政局");
		assertThat(contactSync.getDepartmentService().simpleList(null)).hasSize(4);

		WxCpUser zheng = app.getUserService().getById("zhengjr");
		assertThat(zheng.getName()).isEqualTo("郑接任");
		assertThat(zheng.getPosition()).isEqualTo("副局长");
		assertThat(zheng.getDepartIds()).containsExactly(2L, 3L);
		assertThat(zheng.getStatus()).isEqualTo(1);
		assertThat(zheng.getMobile()).as("withheld from apps created after 2022-06-20").isNull();
		assertThat(app.getUserService().getById("tuixiu").getStatus()).isEqualTo(2);

		emulator.wecom().createdBefore2022Rules(emulator.wecom().app(), true);
		assertThat(app.getUserService().getById("zhengjr").getMobile()).isEqualTo("13800000002");

		assertThatThrownBy(() -> app.getUserService().getById("nobody"))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(60111));
		assertThatThrownBy(() -> app.getDepartmentService().get(99L))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(60123));
		assertThatThrownBy(() -> contactSync.getUserService().getById("zhengjr"))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(48009));
		assertThatThrownBy(() -> contactSync.getDepartmentService().list(null))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(48009));
		assertThatThrownBy(() -> contactSync.getDepartmentService().get(2L))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(48009));
		assertThatThrownBy(() -> contactSync.getMessageService()
			.send(me.chanjar.weixin.cp.bean.message.WxCpMessage.TEXT()
				.agentId(1000002)
				.toUser("chenjg")
				.content("hi")
				.build()))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(48002));
	}

	@Test
	void theVisibleRangeLimitsWhatTheAppSees() throws Exception {
		emulator.wecom().visibleRange(emulator.wecom().app(), List.of("2"), List.of("lixiao"));

		assertThat(app.getDepartmentService().list(null)).extracting(WxCpDepart::getId).containsExactly(2L, 3L);
		assertThat(app.getDepartmentService().simpleList(null)).extracting(WxCpDepart::getId).containsExactly(2L, 3L);
		assertThat(app.getUserService().getById("lixiao").getDepartIds())
			.as("a member named in the range, whose department is outside it")
			.isEmpty();
		assertThatThrownBy(() -> app.getUserService().getById("tuixiu"))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(60011));
		assertThatThrownBy(() -> app.getDepartmentService().get(4L))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(60011));
		assertThatThrownBy(() -> app.getUserService().getUserId("13800000004"))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(60011));
		assertThat(contactSync.getDepartmentService().simpleList(null)).as("the helper sees every department")
			.hasSize(4);
	}

	@Test
	void getUserIdFindsByMobileAndBlocksTheDayAfterTooManyMisses() throws Exception {
		assertThat(app.getUserService().getUserId("13800000002")).isEqualTo("zhengjr");
		assertThatThrownBy(() -> app.getUserService().getUserId("13999999999"))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(46004));
		assertThatThrownBy(() -> app.getUserService().getUserId("123"))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(40058));

		emulator.wecom().memberCap(10); // 20% of 10: two misses a day
		assertThatThrownBy(() -> app.getUserService().getUserId("13999999998"))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(46004));
		assertThatThrownBy(() -> app.getUserService().getUserId("13999999997"))
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(46004));
		assertThatThrownBy(() -> app.getUserService().getUserId("13800000002"))
			.as("blocked for the rest of the day, even for a mobile that exists")
			.satisfies(e -> assertThat(errcode(e)).isEqualTo(45009));
		emulator.clock().advance(java.time.Duration.ofDays(1));
		assertThat(contactSync.getUserService().getUserId("13800000002")).isEqualTo("zhengjr");
	}

	@Test
	void changeContactReachesTheAppWithNamesAndTheHelperWithIdsOnly() throws Exception {
		WeComContactSync helper = emulator.wecom().contactSync();
		WxCpDefaultConfigImpl appCrypto = crypto(emulator.wecom().app().token(), emulator.wecom().app().aesKey());
		WxCpDefaultConfigImpl helperCrypto = crypto(helper.token(), helper.aesKey());
		baton = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		baton.createContext("/app", exchange -> receive(exchange, appCrypto));
		baton.createContext("/helper", exchange -> receive(exchange, helperCrypto));
		baton.start();
		String base = "http://127.0.0.1:" + baton.getAddress().getPort();
		WeComCallbackClient toApp = emulator.wecomCallbacks(URI.create(base + "/app"));
		WeComCallbackClient toHelper = emulator.wecomContactSyncCallbacks(URI.create(base + "/helper"));
		Directory.Member zheng = emulator.wecom().directory().member("zhengjr").orElseThrow();
		Directory.Member renamed = new Directory.Member("zhengjieren", "郑接任", null, "局长", List.of("2"), true);

		assertThat(toApp.createUser(zheng).accepted()).isTrue();
		assertThat(toApp.updateUser(zheng, renamed).accepted()).isTrue();
		assertThat(toHelper.createUser(zheng).accepted()).isTrue();
		assertThat(toHelper.deleteUser("zhengjr").accepted()).isTrue();
		assertThat(toHelper.createParty(emulator.wecom().directory().department("3").orElseThrow()).accepted())
			.isTrue();

		WxCpXmlMessage created = received.get(0);
		assertThat(created.getEvent()).isEqualTo("change_contact");
		assertThat(created.getChangeType()).isEqualTo("create_user");
		assertThat(created.getUserId()).isEqualTo("zhengjr");
		assertThat(created.getName()).isEqualTo("郑接任");
		assertThat(Arrays.asList(created.getDepartments())).containsExactly(2L, 3L);
		assertThat(created.getMobile()).as("the app is newer than the 2022 rules").isNull();
		WxCpXmlMessage update = received.get(1);
		assertThat(update.getNewUserId()).isEqualTo("zhengjieren");
		assertThat(update.getPosition()).isEqualTo("局长");
		assertThat(update.getName()).as("only what changed").isNull();
		WxCpXmlMessage helperCreated = received.get(2);
		assertThat(helperCreated.getUserId()).isEqualTo("zhengjr");
		assertThat(helperCreated.getName()).as("ids only since 2022-08-15").isNull();
		assertThat(Arrays.asList(helperCreated.getDepartments())).containsExactly(2L, 3L);
		assertThat(received.get(3).getChangeType()).isEqualTo("delete_user");
		assertThat(received.get(4).getChangeType()).isEqualTo("create_party");
		assertThat(received.get(4).getId()).isEqualTo("3");
		assertThat(received.get(4).getParentId()).isEqualTo("2");
	}

	private static WxCpDefaultConfigImpl crypto(String token, String aesKey) {
		WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
		config.setCorpId(WeComApp.sample().corpId());
		config.setToken(token);
		config.setAesKey(aesKey);
		return config;
	}

	private void receive(com.sun.net.httpserver.HttpExchange exchange, WxCpDefaultConfigImpl config)
			throws IOException {
		Map<String, String> q = QueryString.parse(exchange.getRequestURI().getRawQuery());
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		received.add(WxCpXmlMessage.fromEncryptedXml(body, config, q.get("timestamp"), q.get("nonce"),
				q.get("msg_signature")));
		exchange.sendResponseHeaders(200, -1);
		exchange.close();
	}

}

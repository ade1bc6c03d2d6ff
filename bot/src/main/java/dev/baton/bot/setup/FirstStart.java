package dev.baton.bot.setup;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.system.TimeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Configuration;

/**
 * At every start, once everything else is up (demo data included): a deployment where no
 * active official holds the administrator role over the root scope gets its first
 * administrator from {@code BATON_BOOTSTRAP_ADMIN_*}, or a one-time setup code printed
 * once in the log with the curl that claims it (a later start voids it and prints a new
 * one). A deployment with a root administrator voids any code still open.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ BootstrapAdmin.class, SetupProperties.class })
class FirstStart implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Directory directory;

	private final SetupCodes codes;

	private final FirstAdministrator first;

	private final BootstrapAdmin bootstrap;

	private final Duration validity;

	private final TimeSource time;

	FirstStart(Directory directory, SetupCodes codes, FirstAdministrator first, BootstrapAdmin bootstrap,
			SetupProperties settings, TimeSource time) {
		this.directory = directory;
		this.codes = codes;
		this.first = first;
		this.bootstrap = bootstrap;
		this.validity = settings.codeValidity();
		this.time = time;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		bootstrap.check();
		if (!directory.rootAdmins().isEmpty()) {
			int voided = codes.voidOutstanding();
			log.info("Baton has {} root administrator(s){}{}", directory.rootAdmins().size(),
					voided > 0 ? "; open setup codes voided: " + voided : "",
					bootstrap.any() ? "; BATON_BOOTSTRAP_ADMIN_* are not needed any more" : "");
			return;
		}
		if (bootstrap.makesAdmin()) {
			if (first.bootstrap(bootstrap)) {
				log.info(
						"The first administrator ({}, {}) was made from BATON_BOOTSTRAP_ADMIN_*: they sign in with"
								+ " BATON_BOOTSTRAP_ADMIN_TOKEN",
						bootstrap.name().strip(), bootstrap.unitName().strip());
			}
			return;
		}
		String port = event.getApplicationContext()
			.getEnvironment()
			.getProperty("local.server.port",
					event.getApplicationContext().getEnvironment().getProperty("server.port", "8080"));
		if (bootstrap.setsCode()) {
			SetupCodes.NewCode code = codes.createGiven(bootstrap.code(), validity);
			log.warn(instructions("<BATON_BOOTSTRAP_ADMIN_CODE>", code, port, true));
		}
		else {
			log.warn(instructions(null, codes.create(validity), port, false));
		}
	}

	private String instructions(String shown, SetupCodes.NewCode code, String port, boolean given) {
		String until = ZonedDateTime.ofInstant(code.expiresAt(), time.zone()).format(LOCAL) + " (" + time.zone() + ")";
		String inCurl = shown != null ? shown : code.code();
		String line = "=".repeat(100);
		StringBuilder text = new StringBuilder("\n").append(line).append('\n');
		text.append("交接棒还没有系统管理员。")
			.append(given ? "设置码是 BATON_BOOTSTRAP_ADMIN_CODE 的值" : "一次性设置码")
			.append("，")
			.append(until)
			.append(" 前有效，只能使用一次；未使用前重启会作废它并生成新码。\n");
		text.append("Baton has no administrator yet. ")
			.append(given ? "The setup code is BATON_BOOTSTRAP_ADMIN_CODE" : "One-time setup code")
			.append(", valid until ")
			.append(until)
			.append(", once; a restart before it is claimed voids it and makes a new one.\n\n");
		if (!given) {
			text.append("    ").append(code.code()).append("\n\n");
		}
		text.append("在本机执行（把姓名、职务、手机号和最上级单位换成真实的）以认领，答复中的 token 只显示这一次：\n");
		text.append(
				"Claim it on this host (put in the real name, post, mobile and top unit); the token in the answer is shown once:\n\n");
		text.append("curl -X POST http://localhost:")
			.append(port)
			.append("/api/setup/claim -H 'Content-Type: application/json' \\\n");
		text.append("  -d '{\"code\": \"")
			.append(inCurl)
			.append("\", \"name\": \"张三\", \"post\": \"市委组织部干部监督科科长\",")
			.append(" \"mobile\": \"13800000000\", \"unitName\": \"某市\", \"unitCode\": \"city\"}'\n");
		text.append(line);
		return text.toString();
	}

}

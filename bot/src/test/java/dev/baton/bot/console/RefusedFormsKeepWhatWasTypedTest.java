package dev.baton.bot.console;

import org.springframework.context.annotation.Import;
import dev.baton.bot.BindableApps;
import java.net.http.HttpResponse;
import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static dev.baton.bot.console.ConsoleHttp.csrf;
import static dev.baton.bot.console.ConsoleHttp.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused console form comes back with what was typed (README; newcomer 15: granting
 * 审核人 without a department put role, department and scope back to 请选择, a refused binding
 * emptied platform, corpId and userId): the refusal is said and the fields hold the
 * person's input, to correct rather than type again.
 */
@DomainContext
@Import(BindableApps.class)
class RefusedFormsKeepWhatWasTypedTest {

	@Autowired
	Directory directory;

	@Autowired
	Actors actors;

	@Autowired
	LocalAccounts accounts;

	@Autowired
	MutableClock clock;

	@Value("${local.server.port}")
	int port;

	@Test
	void aRefusedRoleOrBindingComesBackAsItWasTyped() {
		clock.set(DomainContext.Clocks.START);
		TestOrg org = new TestOrg(directory, actors, "default");
		ConsoleHttp http = signIn(org.rootAdmin(directory));
		String page = "/console/directory/officials/" + org.successor;
		String token = csrf(http.get(page));

		// 审核人 without a department: refused, the role and the scope still chosen
		HttpResponse<String> granted = http.post(page + "/roles", form("role", "REVIEWER", "department", "",
				"scopeUnitId", Long.toString(org.department.id()), "_csrf", token));
		assertThat(granted.statusCode()).isEqualTo(302);
		String back = http.get(page).body();
		assertThat(back).contains("id=\"refusal\"");
		assertThat(back).containsPattern("<option value=\"REVIEWER\"[^>]*selected");
		assertThat(back).containsPattern("<option value=\"" + org.department.id() + "\"[^>]*selected");

		// the same account bound twice: refused, platform, corpId and userId kept
		String corp = BindableApps.CORP;
		String user = "typed-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(http
			.post(page + "/identities", form("platform", "DINGTALK", "corpId", corp, "userId", user, "_csrf", token))
			.statusCode()).isEqualTo(302);
		assertThat(http.get(page).body()).doesNotContain("id=\"refusal\"");
		assertThat(http
			.post(page + "/identities", form("platform", "DINGTALK", "corpId", corp, "userId", user, "_csrf", token))
			.statusCode()).isEqualTo(302);
		String again = http.get(page).body();
		assertThat(again).contains("id=\"refusal\"");
		assertThat(again).containsPattern("<option value=\"DINGTALK\"[^>]*selected");
		assertThat(again).containsPattern("id=\"bind-corp\"[^>]*value=\"" + corp + "\"");
		assertThat(again).containsPattern("id=\"bind-user\"[^>]*value=\"" + user + "\"");

		// the next visit starts afresh
		String later = http.get(page).body();
		assertThat(later).doesNotContain("id=\"refusal\"")
			.doesNotContainPattern("id=\"bind-corp\"[^>]*value=\"" + corp);
	}

	private ConsoleHttp signIn(long official) {
		return ConsoleHttp.signedIn(port, accounts, official);
	}

}

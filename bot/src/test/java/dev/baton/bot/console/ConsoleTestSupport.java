package dev.baton.bot.console;

import java.util.UUID;

import dev.baton.bot.DomainContext;
import dev.baton.bot.MutableClock;
import dev.baton.bot.TestOrg;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the console's browser tests share: a fresh org and a fresh browser per test, local
 * accounts made as Baton.
 */
public abstract class ConsoleTestSupport {

	public static final String PASSWORD = "jiaojie2026Baton";

	@Autowired
	protected Directory directory;

	@Autowired
	protected Actors actors;

	@Autowired
	protected LocalAccounts accounts;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected MutableClock clock;

	@Value("${local.server.port}")
	protected int port;

	protected TestOrg org;

	protected ConsoleBrowser browser;

	@BeforeEach
	void freshOrgAndBrowser() {
		clock.set(DomainContext.Clocks.START);
		org = new TestOrg(directory, actors, "default");
		browser = ConsoleBrowser.open(port);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		clock.set(DomainContext.Clocks.START);
	}

	/**
	 * A console account for the official, with {@link #PASSWORD}; returns the user name.
	 */
	protected String account(long officialId) {
		String username = "u" + UUID.randomUUID().toString().substring(0, 12);
		accounts.create(Actor.SYSTEM, officialId, username, PASSWORD);
		return username;
	}

	protected long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

}

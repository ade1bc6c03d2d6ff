package dev.baton.bot.setup;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.bot.access.Actor;
import dev.baton.bot.access.Actors;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.console.signin.LocalAccounts;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.directoryadmin.DirectoryAdmin;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.TooManyRequestsException;
import dev.baton.bot.web.ApiTokens;
import dev.baton.integrations.state.RateLimit;
import dev.baton.integrations.state.SharedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the first administrator of an empty deployment: the top unit, the official, the
 * administrator role over the root scope and an API token, in one transaction, either by
 * claiming the setup code or from the {@code BATON_BOOTSTRAP_ADMIN_*} settings. Guesses
 * are rate-limited: per client and for all clients together.
 */
@Service
public class FirstAdministrator {

	/** Claims from one address (right or wrong): at most 10 in 10 minutes. */
	static final RateLimit PER_CLIENT = new RateLimit(10, Duration.ofMinutes(10));

	/** Claims from everywhere together: at most 100 in 10 minutes. */
	static final RateLimit ALL_CLIENTS = new RateLimit(100, Duration.ofMinutes(10));

	static final String TOKEN_LABEL = "第一位系统管理员 / first administrator";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final SetupCodes codes;

	private final Directory directory;

	private final DirectoryAdmin directoryAdmin;

	private final Actors actors;

	private final ApiTokens tokens;

	private final AuditLog audit;

	private final SharedState state;

	private final TransactionTemplate transaction;

	private final LocalAccounts consoleAccounts;

	FirstAdministrator(SetupCodes codes, Directory directory, DirectoryAdmin directoryAdmin, Actors actors,
			ApiTokens tokens, AuditLog audit, SharedState state, PlatformTransactionManager transactions,
			LocalAccounts consoleAccounts) {
		this.consoleAccounts = consoleAccounts;
		this.codes = codes;
		this.directory = directory;
		this.directoryAdmin = directoryAdmin;
		this.actors = actors;
		this.tokens = tokens;
		this.audit = audit;
		this.state = state;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Claims the setup code: nothing changes unless the code is right, unexpired, unused
	 * and nobody administers the root scope yet.
	 * @param client the caller's address, for the rate limit
	 */
	public Claimed claim(ClaimRequest request, String client) {
		limit("setup-claim:client:" + client, PER_CLIENT);
		limit("setup-claim:all", ALL_CLIENTS);
		if ((request.consoleUsername() == null) != (request.consolePassword() == null)) {
			throw new dev.baton.bot.system.InvalidInputException("console.claim.bothOrNeither",
					"a console account needs both a user name and a password");
		}
		try {
			return transaction.execute(status -> {
				if (!directory.lockRootAdmins().isEmpty()) {
					// once set up, any code (a made-up one too) is told so: 409
					// setup.done, as README says
					throw new ConflictException("setup.done", "Baton has an administrator already");
				}
				SetupCode code = codes.take(request.code());
				Made made = make(request.name(), request.post(), request.mobile(), request.unitName(),
						request.unitCode(), request.unitType());
				if (request.consoleUsername() != null) {
					// the console account (#17) in the same transaction: a password that
					// breaks the rules claims nothing
					consoleAccounts.create(Actor.SYSTEM, made.officialId(), request.consoleUsername(),
							request.consolePassword());
				}
				codes.claimed(code, made.officialId());
				ApiTokens.Issued token = tokens.issue(actors.of(made.officialId()), made.officialId(), TOKEN_LABEL);
				Map<String, Object> detail = made.detail();
				detail.put("setupCodeId", code.id());
				audit.append(null, actors.of(made.officialId()), "SETUP_CLAIMED", detail);
				return new Claimed(made.officialId(), made.unitId(), token.info().id(), token.token());
			});
		}
		catch (RuntimeException ex) {
			log.warn("Setup code claim from {} refused: {}", client, ex.getMessage());
			throw ex;
		}
	}

	/**
	 * Makes the administrator the settings describe, with the token they give, unless a
	 * root administrator exists.
	 * @return whether it was made
	 */
	boolean bootstrap(BootstrapAdmin settings) {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			if (!directory.lockRootAdmins().isEmpty()) {
				return false;
			}
			Made made = make(settings.name(), settings.post(), settings.mobile(), settings.unitName(),
					settings.unitCode(), settings.unitType());
			tokens.register(made.officialId(), settings.token().strip(), TOKEN_LABEL);
			codes.voidOutstanding();
			audit.append(null, actors.of(made.officialId()), "ADMIN_BOOTSTRAPPED", made.detail());
			return true;
		}));
	}

	/** The top unit, the official in it and their administrator role over every unit. */
	private Made make(String name, String post, String mobile, String unitName, String unitCode, String unitType) {
		if (!directory.lockRootAdmins().isEmpty()) {
			throw new ConflictException("setup.done", "Baton has an administrator already");
		}
		// as Baton itself: the code (or the settings) is the authority; each step is
		// checked and audited as any other
		OrgUnit unit = directoryAdmin.createUnit(Actor.SYSTEM, null, unitCode, unitName, unitType);
		long official = directoryAdmin.addOfficial(Actor.SYSTEM, name, post, unit.id(), mobile).id();
		directoryAdmin.assignRole(Actor.SYSTEM, official, Role.ADMIN, null, null);
		return new Made(official, unit.id());
	}

	private void limit(String bucket, RateLimit limit) {
		Duration wait = state.acquire(bucket, limit, 1);
		if (!wait.isZero()) {
			log.warn("Setup code claims refused for {} more: too many attempts ({})", wait, bucket);
			throw new TooManyRequestsException("setup.tooManyAttempts", "too many setup code attempts", wait);
		}
	}

	/** What a claim says: the code, the administrator and the top unit. */
	public record ClaimRequest(String code, String name, String post, String mobile, String unitName, String unitCode,
			String unitType, String consoleUsername, String consolePassword) {

		@Override
		public String toString() {
			return "ClaimRequest[" + name + ", " + unitCode + ", console account " + consoleUsername + "]";
		}

	}

	/** The administrator made, their top unit, and their API token (shown this once). */
	public record Claimed(long officialId, long unitId, long tokenId, String token) {
	}

	private record Made(long officialId, long unitId) {

		Map<String, Object> detail() {
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("officialId", officialId);
			detail.put("unitId", unitId);
			return detail;
		}

	}

}

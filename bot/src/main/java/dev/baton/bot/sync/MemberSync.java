package dev.baton.bot.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.baton.bot.access.Actor;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.system.ConflictException;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.contacts.ContactUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Platform members as officials, never guessed:
 * <ol>
 * <li>an account bound to an official (by its platform user id) is that official;</li>
 * <li>else the member's mobile, when the platform gives it, names the official with that
 * mobile: one official binds, two with the same mobile are a conflict, and so is an
 * official already bound to another account;</li>
 * <li>else an official under the synced unit with a mobile and no account is looked up on
 * the platform by mobile (the platform's own look-up, for when it does not give mobiles
 * in lists), and the account it names binds;</li>
 * <li>else a member whose name the platform gives, in a department that maps to a unit,
 * becomes a new official of that unit; one without a name or a unit is reported
 * unmatched.</li>
 * </ol>
 * An official the sync made is kept in step with the platform (name, post, unit, mobile);
 * one the organization department entered (roster, REST) is only filled where blank
 * (post, mobile) and never overwritten. A listed member whose official is inactive is
 * active again.
 */
@Component
class MemberSync {

	private final Directory directory;

	private final SyncMapper mapper;

	private final AuditLog audit;

	private final TimeSource time;

	private final TransactionTemplate tx;

	MemberSync(Directory directory, SyncMapper mapper, AuditLog audit, TimeSource time, TransactionTemplate tx) {
		this.directory = directory;
		this.mapper = mapper;
		this.audit = audit;
		this.time = time;
		this.tx = tx;
	}

	/**
	 * Steps 1 and 2 for one member.
	 * @param unitId the unit of the member's department, null when none maps
	 * @return false when the member matched no official (and no conflict was found):
	 * steps 3 and 4 are for it
	 */
	boolean match(SyncSources.Source s, OrgUnit root, ContactUser user, Long unitId, SyncReport report) {
		Optional<Long> bound = directory.officialIdByIdentity(s.platform().name(), s.corpId(), user.userId());
		if (bound.isPresent()) {
			tx.executeWithoutResult(status -> keepInStep(s, root, bound.get(), user, unitId, report));
			return true;
		}
		String mobile = PlatformMobiles.normalize(user.mobile());
		if (mobile == null) {
			return false;
		}
		List<Official> withMobile = officialsWithMobile(mobile);
		if (withMobile.isEmpty()) {
			return false;
		}
		if (withMobile.size() > 1) {
			report.add(SyncReport.Kind.CONFLICT, SyncReport.Subject.MEMBER, user.userId(), user.name(), null, unitId,
					"sync.conflict.sharedMobile", display(user), PlatformMobiles.masked(mobile),
					String.join("、", withMobile.stream().map(Official::name).toList()));
			return true;
		}
		Official official = withMobile.get(0);
		String other = mapper.findUserIdOf(s.platform().name(), s.corpId(), official.id());
		if (other != null) {
			report.add(SyncReport.Kind.CONFLICT, SyncReport.Subject.MEMBER, user.userId(), user.name(), official.id(),
					official.unitId(), "sync.conflict.officialBoundElsewhere", display(user), official.name(),
					PlatformMobiles.masked(mobile));
			return true;
		}
		inTransaction(report, user, () -> {
			bind(s, official, user.userId(), "mobile");
			report.add(SyncReport.Kind.BOUND, SyncReport.Subject.OFFICIAL, user.userId(), official.name(),
					official.id(), official.unitId(), "sync.bound.byMobile", official.name(), display(user),
					PlatformMobiles.masked(mobile));
			keepInStep(s, root, official.id(), user, unitId, report);
		});
		return true;
	}

	/**
	 * Step 3: officials under the synced unit with a mobile and no account, looked up on
	 * the platform. An account the platform names that is among {@code unmatched} binds
	 * (and leaves the map); one bound to another official is a conflict.
	 * @param unmatched members not matched yet, by user id (changed: the ones bound are
	 * removed)
	 * @param readFailures whether a failed look-up makes the run incomplete
	 */
	void lookUpByMobile(SyncSources.Source s, OrgUnit root, Map<String, ContactUser> unmatched,
			Map<String, Long> unitOfUser, SyncReport report, boolean readFailures) {
		for (Official official : mapper.findUnboundWithMobile(s.platform().name(), s.corpId(), root.path())) {
			Optional<String> userId;
			try {
				userId = s.contacts().userIdByMobile(official.mobile());
			}
			catch (PlatformException ex) {
				report.failed(SyncReport.Subject.OFFICIAL, PlatformMobiles.masked(official.mobile()), official.name(),
						"sync.failed.lookUp", ex);
				if (!readFailures) {
					return;
				}
				continue;
			}
			if (userId.isEmpty()) {
				continue;
			}
			Optional<Long> holder = directory.officialIdByIdentity(s.platform().name(), s.corpId(), userId.get());
			if (holder.isPresent()) {
				// the platform says the mobile is the account of someone else in the
				// directory
				report.add(SyncReport.Kind.CONFLICT, SyncReport.Subject.OFFICIAL, userId.get(), official.name(),
						official.id(), official.unitId(), "sync.conflict.accountBoundElsewhere", official.name(),
						PlatformMobiles.masked(official.mobile()), directory.official(holder.get()).name());
				continue;
			}
			if (!unmatched.containsKey(userId.get())) {
				// an account this run did not list (outside the synced departments): left
				// for a run that does
				continue;
			}
			ContactUser user = unmatched.get(userId.get());
			if (officialsWithMobile(PlatformMobiles.normalize(official.mobile())).size() > 1) {
				report.add(SyncReport.Kind.CONFLICT, SyncReport.Subject.MEMBER, user.userId(), user.name(), null, null,
						"sync.conflict.sharedMobile", display(user), PlatformMobiles.masked(official.mobile()),
						String.join("、",
								officialsWithMobile(PlatformMobiles.normalize(official.mobile())).stream()
									.map(Official::name)
									.toList()));
				unmatched.remove(user.userId());
				continue;
			}
			inTransaction(report, user, () -> {
				bind(s, official, user.userId(), "lookUp");
				report.add(SyncReport.Kind.BOUND, SyncReport.Subject.OFFICIAL, user.userId(), official.name(),
						official.id(), official.unitId(), "sync.bound.byLookUp", official.name(), display(user),
						PlatformMobiles.masked(official.mobile()));
				keepInStep(s, root, official.id(), user, unitOfUser.get(user.userId()), report);
			});
			unmatched.remove(user.userId());
		}
	}

	/**
	 * Step 4: a new official for a member with a name in a department that maps to a
	 * unit, else unmatched.
	 */
	void createOrReport(SyncSources.Source s, ContactUser user, Long unitId, SyncReport report) {
		if (user.name() == null) {
			report.add(SyncReport.Kind.UNMATCHED, SyncReport.Subject.MEMBER, user.userId(), null, null, unitId,
					"sync.unmatched.noName", user.userId());
			return;
		}
		if (unitId == null) {
			report.add(SyncReport.Kind.UNMATCHED, SyncReport.Subject.MEMBER, user.userId(), user.name(), null, null,
					"sync.unmatched.noUnit", user.name());
			return;
		}
		String mobile = PlatformMobiles.normalize(user.mobile());
		inTransaction(report, user, () -> {
			Official official = directory.addOfficial(user.name(), user.title() == null ? "" : user.title(), unitId,
					mobile != null && officialsWithMobile(mobile).isEmpty() ? mobile : null);
			directory.bindIdentity(s.platform().name(), s.corpId(), user.userId(), official.id());
			mapper.insertMember(s.platform().name(), s.corpId(), user.userId(), official.id(), true, time.now());
			audit.append(null, Actor.SYSTEM, "SYNC_OFFICIAL_CREATED", Map.of("officialId", official.id(), "platform",
					s.platform().name(), "corpId", s.corpId(), "userId", user.userId()));
			report.add(SyncReport.Kind.CREATED, SyncReport.Subject.OFFICIAL, user.userId(), official.name(),
					official.id(), unitId, "sync.official.created", official.name(), directory.unit(unitId).name());
		});
	}

	/**
	 * One change in a transaction of its own. An account bound at the same moment by
	 * someone else (a message, an administrator, another instance) is reported, and this
	 * change is not made.
	 */
	private void inTransaction(SyncReport report, ContactUser user, Runnable change) {
		try {
			tx.executeWithoutResult(status -> change.run());
		}
		catch (ConflictException ex) {
			report.add(SyncReport.Kind.CONFLICT, SyncReport.Subject.MEMBER, user.userId(), user.name(), null, null,
					"sync.conflict.accountTaken", display(user));
		}
	}

	private void bind(SyncSources.Source s, Official official, String userId, String how) {
		directory.bindIdentity(s.platform().name(), s.corpId(), userId, official.id());
		if (mapper.findMember(s.platform().name(), s.corpId(), userId) == null) {
			mapper.insertMember(s.platform().name(), s.corpId(), userId, official.id(), false, time.now());
		}
		else {
			mapper.updateMember(s.platform().name(), s.corpId(), userId, official.id(), time.now());
		}
		audit.append(null, Actor.SYSTEM, "SYNC_IDENTITY_BOUND", Map.of("officialId", official.id(), "platform",
				s.platform().name(), "corpId", s.corpId(), "userId", userId, "by", how));
	}

	/**
	 * The official bound to the member, brought in step (see the class comment); in the
	 * caller's transaction.
	 */
	private void keepInStep(SyncSources.Source s, OrgUnit root, long officialId, ContactUser user, Long unitId,
			SyncReport report) {
		Official official = directory.official(officialId);
		SyncMapper.MemberRow member = mapper.findMember(s.platform().name(), s.corpId(), user.userId());
		if (member == null) {
			mapper.insertMember(s.platform().name(), s.corpId(), user.userId(), officialId, false, time.now());
		}
		boolean owned = member != null && member.createdBySync();
		String name = official.name();
		String post = official.post();
		long unit = official.unitId();
		String mobile = official.mobile();
		List<Change> changes = new ArrayList<>();
		if (owned && user.name() != null && !user.name().equals(name)) {
			changes.add(new Change("sync.official.name", name, user.name()));
			name = user.name();
		}
		if (user.title() != null && !user.title().equals(post) && (owned || post == null || post.isBlank())) {
			changes.add(new Change("sync.official.post", post, user.title()));
			post = user.title();
		}
		if (owned && unitId != null && unitId != unit && directory.unit(unit).path().startsWith(root.path())) {
			changes.add(new Change("sync.official.unit", directory.unit(unit).name(), directory.unit(unitId).name()));
			unit = unitId;
		}
		String given = PlatformMobiles.normalize(user.mobile());
		if (given != null && !given.equals(PlatformMobiles.normalize(mobile)) && (owned || mobile == null)) {
			List<Official> others = officialsWithMobile(given).stream().filter(o -> o.id() != officialId).toList();
			if (others.isEmpty()) {
				changes.add(new Change("sync.official.mobile", PlatformMobiles.masked(mobile),
						PlatformMobiles.masked(given)));
				mobile = given;
			}
			else {
				report.add(SyncReport.Kind.CONFLICT, SyncReport.Subject.MEMBER, user.userId(), user.name(), officialId,
						official.unitId(), "sync.conflict.mobileOfAnother", display(user), official.name(),
						PlatformMobiles.masked(given), others.get(0).name());
			}
		}
		if (!changes.isEmpty()) {
			directory.updateOfficial(officialId, name, post == null ? "" : post, unit, mobile);
			for (Change c : changes) {
				report.add(SyncReport.Kind.CHANGED, SyncReport.Subject.OFFICIAL, user.userId(), name, officialId, unit,
						c.reason(), c.from() == null ? "" : c.from(), c.to());
			}
		}
		if (!official.active()) {
			directory.reactivate(officialId);
			audit.append(null, Actor.SYSTEM, "SYNC_REACTIVATED", Map.of("officialId", officialId, "platform",
					s.platform().name(), "corpId", s.corpId(), "userId", user.userId()));
			report.add(SyncReport.Kind.CHANGED, SyncReport.Subject.OFFICIAL, user.userId(), name, officialId, unit,
					"sync.official.reactivated", name);
		}
	}

	private List<Official> officialsWithMobile(String mobile) {
		if (mobile == null) {
			return List.of();
		}
		Map<Long, Official> found = new LinkedHashMap<>();
		directory.officialsByMobile(mobile).forEach(o -> found.put(o.id(), o));
		return List.copyOf(found.values());
	}

	private static String display(ContactUser user) {
		return user.name() != null ? user.name() : user.userId();
	}

	private record Change(String reason, String from, String to) {

		Change {
			Objects.requireNonNull(reason);
		}

	}

}

package dev.baton.bot.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.contacts.ContactDepartment;
import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.contacts.ContactEventListener;
import dev.baton.integrations.contacts.ContactUser;
import dev.baton.integrations.state.SharedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Org events from any platform (DingTalk over Stream or its HTTP event subscription,
 * WeCom's change_contact), applied one at a time: each names who or what changed, and the
 * current state is read from the platform, so an event that arrives late or out of order
 * applies what is true now. A user the platform still lists is matched or made and kept
 * in step ({@link MemberSync}); one it no longer lists (or shows disabled) has left
 * ({@link Departures}). A department it lists is mapped, renamed or moved; one it no
 * longer lists is removed ({@link UnitTree}).
 * <p>
 * Each event is applied once: its key (DingTalk's eventId) is claimed before it is
 * applied, and a redelivery of a claimed key is acknowledged and changes nothing. When
 * applying fails (the platform refused a read, the database failed) the claim is
 * released, the run is reported as failed, and the exception tells the platform to
 * deliver the event again. An event for a corp no source syncs is acknowledged and
 * ignored. Each applied event is a run of its own in the report ({@code EVENT}, with its
 * type and key).
 */
@Component
class ContactEvents implements ContactEventListener {

	private static final Logger log = LoggerFactory.getLogger(ContactEvents.class);

	private final SyncSources sources;

	private final Directory directory;

	private final UnitTree units;

	private final MemberSync members;

	private final Departures departures;

	private final SyncRuns runs;

	private final SyncMapper mapper;

	private final SharedState state;

	private final TimeSource time;

	ContactEvents(SyncSources sources, Directory directory, UnitTree units, MemberSync members, Departures departures,
			SyncRuns runs, SyncMapper mapper, SharedState state, TimeSource time) {
		this.sources = sources;
		this.directory = directory;
		this.units = units;
		this.members = members;
		this.departures = departures;
		this.runs = runs;
		this.mapper = mapper;
		this.state = state;
		this.time = time;
	}

	/**
	 * Thrown to have the platform deliver the event again later: nothing of it was
	 * applied.
	 */
	static final class NotNow extends RuntimeException {

		NotNow(String message, Throwable cause) {
			super(message, cause);
		}

	}

	@Override
	public void onContactEvent(ContactEvent event) {
		Optional<SyncSources.Source> found = sources.forCorp(event.platform(), event.corpId());
		if (found.isEmpty() || found.get().contacts() == null) {
			log.info("Org event {} {} of {} {} ignored: no sync source is configured for it", event.kind(),
					event.eventKey(), event.platform(), event.corpId());
			return;
		}
		SyncSources.Source s = found.get();
		String lock = DirectorySync.lockKey(s.platform(), s.corpId());
		if (!state.putIfAbsent(lock, "event", DirectorySync.LOCK)) {
			throw new NotNow("a run of " + s.name() + " is under way: deliver the event again later", null);
		}
		try {
			try {
				if (mapper.insertEvent(s.platform().name(), s.corpId(), event.eventKey(), time.now()) != 1) {
					return;
				}
			}
			catch (DuplicateKeyException ex) {
				log.debug("Org event {} was applied before; redelivery ignored", event.eventKey());
				return;
			}
			apply(s, event);
		}
		finally {
			state.delete(lock);
		}
	}

	private void apply(SyncSources.Source s, ContactEvent event) {
		SyncMapper.RunRow run = runs.start(s, SyncRuns.Trigger.EVENT, null, event.kind().name(), event.eventKey());
		SyncReport report = new SyncReport();
		OrgUnit root = directory.unitByCode(s.unitCode()).orElse(null);
		try {
			if (root == null) {
				report.add(SyncReport.Kind.FAILED, SyncReport.Subject.UNIT, null, null, null, null,
						"sync.failed.noUnit", s.unitCode());
				runs.finish(run, null, "FAILED", report);
				return; // nothing can be placed until the unit exists: the nightly run
						// catches up
			}
			switch (event.kind()) {
				case USER_ADDED, USER_CHANGED, USER_LEFT -> users(s, root, event, report);
				case DEPARTMENT_CREATED, DEPARTMENT_CHANGED, DEPARTMENT_REMOVED -> departments(s, root, event, report);
			}
			runs.finish(run, root.id(), report.isIncomplete() ? "PARTIAL" : "DONE", report);
		}
		catch (PlatformException ex) {
			report.failed(SyncReport.Subject.MEMBER, String.join(",", event.userIds()), null, "sync.failed.event", ex);
			release(s, event, run, root, report);
			throw new NotNow("the platform refused a read for event " + event.eventKey(), ex);
		}
		catch (RuntimeException ex) {
			log.error("Applying org event {} failed", event.eventKey(), ex);
			report.add(SyncReport.Kind.FAILED, SyncReport.Subject.MEMBER, String.join(",", event.userIds()), null, null,
					null, "sync.failed.unexpected");
			release(s, event, run, root, report);
			throw ex;
		}
	}

	private void release(SyncSources.Source s, ContactEvent event, SyncMapper.RunRow run, OrgUnit root,
			SyncReport report) {
		mapper.deleteEvent(s.platform().name(), s.corpId(), event.eventKey());
		runs.finish(run, root == null ? null : root.id(), "FAILED", report);
	}

	private void users(SyncSources.Source s, OrgUnit root, ContactEvent event, SyncReport report) {
		if (event.previousUserId() != null && event.userIds().size() == 1) {
			// the platform changed the account's user id (WeCom's NewUserID): the binding
			// follows it
			mapper.renameIdentity(s.platform().name(), s.corpId(), event.previousUserId(), event.userIds().get(0));
		}
		for (String userId : event.userIds()) {
			Optional<ContactUser> now = s.contacts().user(userId);
			if (event.user() != null && event.user().userId().equals(userId)) {
				now = Optional.of(merge(event.user(), now.orElse(null)));
			}
			if (event.kind() == ContactEvent.Kind.USER_LEFT || now.isEmpty() || !now.get().active()) {
				if (now.isPresent() && now.get().active()) {
					log.info("Org event {}: {} left, but the platform lists them in service; kept", event.eventKey(),
							userId);
				}
				else {
					departures.left(s, userId, report);
					continue;
				}
			}
			ContactUser user = now.get();
			Long unitId = null;
			for (String department : user.departmentIds()) {
				unitId = units.unitOf(s, root, department, report).orElse(null);
				if (unitId != null) {
					break;
				}
			}
			if (!members.match(s, root, user, unitId, report)) {
				Map<String, ContactUser> unmatched = new LinkedHashMap<>(Map.of(user.userId(), user));
				Map<String, Long> unitOfUser = new LinkedHashMap<>();
				unitOfUser.put(user.userId(), unitId);
				if (user.mobile() == null) {
					members.lookUpByMobile(s, root, unmatched, unitOfUser, report, false);
				}
				if (unmatched.containsKey(user.userId()) && !report.isIncomplete()) {
					members.createOrReport(s, user, unitId, report);
				}
			}
		}
	}

	private void departments(SyncSources.Source s, OrgUnit root, ContactEvent event, SyncReport report) {
		for (String id : event.departmentIds()) {
			Optional<ContactDepartment> now = s.contacts().department(id);
			if (now.isPresent()) {
				units.apply(s, root, now.get(), report);
			}
			else {
				units.removed(s, root, id, report);
			}
		}
	}

	/**
	 * The fields the platform sent with the event, completed from what it gives when
	 * read.
	 */
	private static ContactUser merge(ContactUser sent, ContactUser read) {
		if (read == null) {
			return sent;
		}
		return new ContactUser(sent.userId(), sent.name() != null ? sent.name() : read.name(),
				sent.mobile() != null ? sent.mobile() : read.mobile(),
				sent.title() != null ? sent.title() : read.title(),
				sent.departmentIds().isEmpty() ? read.departmentIds() : sent.departmentIds(),
				sent.active() && read.active());
	}

}

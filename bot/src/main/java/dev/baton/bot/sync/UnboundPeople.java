package dev.baton.bot.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.baton.bot.access.Actor;
import dev.baton.bot.audit.AuditLog;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Official;
import dev.baton.bot.system.WordList;
import dev.baton.bot.directory.OrgUnit;
import dev.baton.bot.directory.Role;
import dev.baton.bot.outbox.Outbox;
import dev.baton.bot.outbox.OutboxEvent;
import dev.baton.bot.system.Savepoints;
import dev.baton.bot.system.TimeSource;
import dev.baton.integrations.chat.ChatUser;
import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.contacts.ContactDirectory;
import dev.baton.integrations.contacts.ContactUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Someone whose chat account is bound to no official writes to Baton. First Baton tries
 * to match them: their account on the platform (the corp's org chart, whether or not it
 * is synced) gives their mobile, and exactly one active official with that mobile and no
 * account on that platform is them: the account binds and they are answered as that
 * official. Otherwise they are told exactly whom to contact: the organizers over their
 * unit, by name and post (their unit is their department's, when the sync maps it; else
 * the unit the corp syncs under), or failing those the administrators over it, the
 * nearest five at most; and those people are told, through the outbox, that this person
 * tried (once per person a day, not once a message). Where Baton cannot place them (the
 * web chat, a corp no source syncs, a failed read) they get the general answer and nobody
 * is told.
 */
@Component
public class UnboundPeople {

	/** The nearest organizers (or administrators) named and told, at most. */
	static final int MAX_NAMED = 5;

	private static final Logger log = LoggerFactory.getLogger(UnboundPeople.class);

	private final SyncSources sources;

	private final Directory directory;

	private final SyncMapper mapper;

	private final Outbox outbox;

	private final AuditLog audit;

	private final TimeSource time;

	/**
	 * Savepoints, not a joined transaction: a first message's turn goes on when a binding
	 * or a notice loses a race.
	 */
	private final Savepoints tx;

	UnboundPeople(SyncSources sources, Directory directory, SyncMapper mapper, Outbox outbox, AuditLog audit,
			TimeSource time, Savepoints tx) {
		this.sources = sources;
		this.directory = directory;
		this.mapper = mapper;
		this.outbox = outbox;
		this.audit = audit;
		this.time = time;
		this.tx = tx;
	}

	/**
	 * What to do with the person: {@code officialId} when their account was bound just
	 * now (answer them as that official), else the message to send them
	 * ({@code messageKey} with {@code args}).
	 */
	public record Outcome(Long officialId, String messageKey, List<Object> args) {

		static Outcome say(String key, Object... args) {
			return new Outcome(null, key, List.of(args));
		}

	}

	public Outcome arrived(ChatUser sender) {
		if (sender.platform() == Platform.WEB) {
			return Outcome.say("conv.unbound");
		}
		Optional<ContactDirectory> contacts = sources.contacts(sender.platform(), sender.corpId());
		if (contacts.isEmpty()) {
			return Outcome.say("conv.unbound");
		}
		ContactUser member;
		try {
			Optional<ContactUser> found = contacts.get().user(sender.userId());
			if (found.isEmpty()) {
				return Outcome.say("conv.unbound");
			}
			member = found.get();
		}
		catch (PlatformException ex) {
			log.warn("An unbound sender on {} {} could not be looked up: {}", sender.platform(), sender.corpId(),
					ex.getMessage());
			return Outcome.say("conv.unbound");
		}
		Optional<Long> bound = bindByMobile(sender, member);
		if (bound.isPresent()) {
			return new Outcome(bound.get(), null, List.of());
		}
		return whomToContact(sender, member);
	}

	private Optional<Long> bindByMobile(ChatUser sender, ContactUser member) {
		String mobile = PlatformMobiles.normalize(member.mobile());
		if (mobile == null) {
			return Optional.empty();
		}
		List<Official> active = directory.officialsByMobile(mobile).stream().filter(Official::active).toList();
		if (active.size() != 1
				|| mapper.findUserIdOf(sender.platform().name(), sender.corpId(), active.get(0).id()) != null) {
			return Optional.empty();
		}
		Official official = active.get(0);
		try {
			tx.run(() -> {
				directory.bindIdentity(sender.platform().name(), sender.corpId(), sender.userId(), official.id());
				if (mapper.findMember(sender.platform().name(), sender.corpId(), sender.userId()) == null) {
					mapper.insertMember(sender.platform().name(), sender.corpId(), sender.userId(), official.id(),
							false, time.now());
				}
				audit.append(null, Actor.SYSTEM, "SYNC_IDENTITY_BOUND",
						Map.of("officialId", official.id(), "platform", sender.platform().name(), "corpId",
								sender.corpId(), "userId", sender.userId(), "by", "firstMessage"));
			});
		}
		catch (RuntimeException ex) {
			// bound at the same moment by a sync run or another message: whoever it is
			// now, ask again
			log.info("Binding {} on their first message failed: {}", sender, ex.getMessage());
			return directory.officialIdByIdentity(sender.platform().name(), sender.corpId(), sender.userId());
		}
		log.info("Bound {} to official {} by mobile on their first message", sender, official.id());
		return Optional.of(official.id());
	}

	private Outcome whomToContact(ChatUser sender, ContactUser member) {
		OrgUnit unit = unitOf(sender, member);
		if (unit == null) {
			// the platform says nothing Baton can place: nobody in particular to name or
			// to tell
			return Outcome.say("conv.unbound");
		}
		List<Long> people = directory.holders(Role.ORGANIZER, null, unit.id());
		boolean organizers = !people.isEmpty();
		if (!organizers) {
			people = directory.holders(Role.ADMIN, null, unit.id());
		}
		if (people.isEmpty()) {
			return Outcome.say("conv.unbound");
		}
		people = people.subList(0, Math.min(MAX_NAMED, people.size()));
		List<Object> named = new ArrayList<>();
		for (Long id : people) {
			Official o = directory.official(id);
			named.add(o.post() == null || o.post().isBlank() ? o.name()
					: new WordList.Both(o.name() + "（" + o.post() + "）", o.name() + " (" + o.post() + ")"));
		}
		tellOnceToday(sender, member, unit, people);
		String unitName = unit.name();
		return organizers ? Outcome.say("conv.unbound.organizers", unitName, WordList.of(named))
				: Outcome.say("conv.unbound.admins", WordList.of(named));
	}

	/**
	 * Their department's unit when the sync maps it, else the unit the corp syncs under.
	 */
	private OrgUnit unitOf(ChatUser sender, ContactUser member) {
		for (String department : member.departmentIds()) {
			SyncMapper.DepartmentRow row = mapper.findDepartment(sender.platform().name(), sender.corpId(), department);
			if (row != null && row.removedAt == null) {
				return directory.unit(row.unitId);
			}
		}
		return sources.forCorp(sender.platform(), sender.corpId())
			.flatMap(s -> directory.unitByCode(s.unitCode()))
			.orElse(null);
	}

	private void tellOnceToday(ChatUser sender, ContactUser member, OrgUnit unit, List<Long> people) {
		try {
			tx.run(() -> {
				mapper.insertUnboundAttempt(sender.platform().name(), sender.corpId(), sender.userId(), time.today(),
						unit == null ? null : unit.id(), time.now());
				Map<String, Object> payload = new LinkedHashMap<>();
				payload.put("person", member.name() == null ? "" : member.name());
				payload.put("platform", sender.platform().name());
				payload.put("unit", unit == null ? "" : unit.name());
				payload.put("title", member.title() == null ? "" : member.title());
				outbox.enqueue(null, OutboxEvent.UNBOUND_PERSON_TRIED, people, false, payload);
			});
		}
		catch (DuplicateKeyException ex) {
			// told already today
		}
	}

}

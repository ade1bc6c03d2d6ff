package dev.baton.bot.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.baton.bot.access.Access;
import dev.baton.bot.access.Action;
import dev.baton.bot.access.Actor;
import dev.baton.bot.access.NotPermittedException;
import dev.baton.bot.access.Subject;
import dev.baton.bot.directory.Directory;
import dev.baton.bot.directory.Role;
import dev.baton.bot.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The runs' reports as administrators read them, in their language: only the runs of
 * units they administer (a run whose unit is missing, to every administrator), each line
 * said in words with the platform's own code and message where a read failed.
 */
@Component
public class SyncReports {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SyncMapper mapper;

	private final Directory directory;

	private final Access access;

	private final MessageSource messages;

	SyncReports(SyncMapper mapper, Directory directory, Access access, MessageSource messages) {
		this.mapper = mapper;
		this.directory = directory;
		this.access = access;
		this.messages = messages;
	}

	public record Counts(int created, int changed, int bound, int deactivated, int unmatched, int conflicts,
			int failed) {
	}

	public record Named(long id, String name) {
	}

	public record Line(String kind, String subject, String platformId, String name, Long officialId, Long unitId,
			String text, String code, String platformMessage) {
	}

	public record RunView(long id, String platform, String source, String corpId, Named unit, String trigger,
			String eventType, String eventKey, Named requestedBy, String outcome, Instant startedAt, Instant finishedAt,
			Counts counts, List<Line> entries) {
	}

	public List<RunView> list(Actor actor, Long before, Integer limit) {
		int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
		List<String> scopes = null;
		if (!actor.isSystem()) {
			scopes = actor.roles()
				.stream()
				.filter(r -> r.role() == Role.ADMIN)
				.map(r -> r.scopePath())
				.distinct()
				.toList();
			if (scopes.isEmpty()) {
				throw new NotPermittedException(Action.SYNC_DIRECTORY, null);
			}
		}
		return mapper.findRuns(scopes, true, before, size).stream().map(r -> view(r, null)).toList();
	}

	public RunView one(Actor actor, long id) {
		SyncRun run = mapper.findRun(id);
		if (run == null) {
			throw new NotFoundException("syncRun", id);
		}
		if (run.unitId() == null) {
			if (!actor.isSystem() && actor.roles().stream().noneMatch(r -> r.role() == Role.ADMIN)) {
				throw new NotPermittedException(Action.SYNC_DIRECTORY, null);
			}
		}
		else {
			access.require(actor, Action.SYNC_DIRECTORY, new Subject(directory.unit(run.unitId()).path(), -1, -1));
		}
		List<Line> lines = new ArrayList<>();
		Locale locale = LocaleContextHolder.getLocale();
		for (SyncMapper.EntryRow e : mapper.findEntries(id)) {
			lines.add(new Line(e.kind(), e.subject(), e.platformRef(), e.name(), e.officialId(), e.unitId(),
					text(e.reason(), e.args(), locale), e.code(), e.platformMessage()));
		}
		return view(run, lines);
	}

	RunView view(SyncRun r, List<Line> lines) {
		Named unit = r.unitId() == null ? null : new Named(r.unitId(), directory.unit(r.unitId()).name());
		Named by = r.requestedBy() == null ? null
				: new Named(r.requestedBy(), directory.official(r.requestedBy()).name());
		return new RunView(r.id(), r.platform(), r.source(), r.corpId(), unit, r.triggerKind(), r.eventType(),
				r.eventKey(), by, r.outcome(), r.startedAt(), r.finishedAt(), new Counts(r.created(), r.changed(),
						r.bound(), r.deactivated(), r.unmatched(), r.conflicts(), r.failed()),
				lines);
	}

	private String text(String reason, String args, Locale locale) {
		Object[] values;
		try {
			values = JSON.readValue(args, String[].class);
		}
		catch (RuntimeException ex) {
			values = new Object[0];
		}
		for (int i = 0; i < values.length; i++) {
			// a platform's name reads as the platform is called: DINGTALK is 钉钉
			if ("DINGTALK".equals(values[i]) || "WECOM".equals(values[i])) {
				values[i] = messages.getMessage("label." + values[i], null, String.valueOf(values[i]), locale);
			}
		}
		try {
			return messages.getMessage(reason, values, locale);
		}
		catch (NoSuchMessageException ex) {
			return reason;
		}
	}

}

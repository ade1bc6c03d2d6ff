package dev.baton.bot.policy;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.directory.Directory;
import dev.baton.bot.system.NotFoundException;
import dev.baton.scheduler.calendar.WorkCalendar;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Handover policies: stored as JSON, resolved per unit up the org tree, and the deadlines
 * they set.
 */
@Service
public class Policies {

	private final PolicyMapper mapper;

	private final Directory directory;

	private final WorkCalendar calendar;

	private final JsonMapper json;

	Policies(PolicyMapper mapper, Directory directory, WorkCalendar calendar, JsonMapper json) {
		this.mapper = mapper;
		this.directory = directory;
		this.calendar = calendar;
		this.json = json;
	}

	public HandoverPolicy byCode(String code) {
		String body = mapper.findBody(code);
		if (body == null) {
			throw new NotFoundException("policy", code);
		}
		return parse(body);
	}

	/** The policy the unit uses now: its own or its nearest ancestor's. */
	public HandoverPolicy forUnit(long unitId) {
		return byCode(directory.policyCodeFor(unitId));
	}

	/**
	 * The JSON of an escalation policy as stored (a handover keeps a copy of it from the
	 * day it opens).
	 */
	public String escalationBody(String code) {
		String body = mapper.findEscalationBody(code);
		if (body == null) {
			throw new NotFoundException("escalationPolicy", code);
		}
		return body;
	}

	/** The escalation policies a handover policy may name. */
	public List<String> escalationCodes() {
		return mapper.escalationCodes();
	}

	/** Each escalation policy's name by its code, in the order of the codes. */
	public java.util.Map<String, String> escalationNames() {
		java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
		for (String code : mapper.escalationCodes()) {
			names.put(code, mapper.escalationName(code));
		}
		return names;
	}

	public List<String> codes() {
		return mapper.codes();
	}

	/** Every policy there is, by code. */
	public List<HandoverPolicy> all() {
		return mapper.bodies().stream().map(this::parse).toList();
	}

	public HandoverPolicy parse(String body) {
		return json.readValue(body, HandoverPolicy.class);
	}

	public String toJson(HandoverPolicy policy) {
		return json.writeValueAsString(policy);
	}

	/** The day a period started on {@code start} ends, on the work calendar. */
	public LocalDate due(LocalDate start, Period period) {
		return switch (period.unit()) {
			case CALENDAR_DAYS -> calendar.addCalendarDays(start, period.value());
			case WORKING_DAYS -> calendar.addWorkingDays(start, period.value());
		};
	}

}

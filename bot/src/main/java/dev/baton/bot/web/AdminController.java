package dev.baton.bot.web;

import java.time.LocalDate;
import java.util.List;

import dev.baton.bot.access.Actor;
import dev.baton.bot.audit.AuditVerification;
import dev.baton.bot.audit.AuditVerifier;
import dev.baton.bot.calendar.CalendarAdmin;
import dev.baton.bot.calendar.HolidayRange;
import dev.baton.bot.platform.SetupCheck;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration: verify the audit chain, add a year's State Council holiday notice,
 * check the chat apps' setup.
 */
@RestController
@RequestMapping("/api/admin")
class AdminController {

	private final AuditVerifier verifier;

	private final CalendarAdmin calendar;

	private final SetupCheck setupCheck;

	AdminController(AuditVerifier verifier, CalendarAdmin calendar, SetupCheck setupCheck) {
		this.verifier = verifier;
		this.calendar = calendar;
		this.setupCheck = setupCheck;
	}

	/** For each configured chat app: can Baton get a token, and if not, what to fix. */
	@GetMapping("/platforms/check")
	List<SetupCheck.Result> checkPlatforms(Actor actor) {
		return setupCheck.run(actor);
	}

	/**
	 * Walks the whole audit chain; {@code intact:false} names the first broken row and
	 * what is wrong with it.
	 */
	@GetMapping("/audit/verify")
	AuditVerification verifyAudit(Actor actor) {
		return verifier.verify(actor);
	}

	@PostMapping("/calendar/years")
	@ResponseStatus(HttpStatus.CREATED)
	void addHolidayNotice(Actor actor, @Valid @RequestBody HolidayNoticeBody body) {
		calendar.addYear(actor, body.year(), body.source(),
				body.holidays().stream().map(h -> new HolidayRange(h.name(), h.from(), h.to())).toList(),
				body.makeupWorkdays() == null ? List.of() : body.makeupWorkdays());
	}

	record HolidayNoticeBody(@NotNull @Min(2000) @Max(2999) Integer year, @NotBlank @Size(max = 256) String source,
			@NotEmpty @Size(max = 20) List<@Valid Holiday> holidays,
			@Size(max = 20) List<@NotNull LocalDate> makeupWorkdays) {
	}

	record Holiday(@NotBlank @Size(max = 64) String name, @NotNull LocalDate from, @NotNull LocalDate to) {
	}

}

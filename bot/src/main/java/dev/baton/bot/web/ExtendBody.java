package dev.baton.bot.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

import dev.baton.bot.handover.DeadlineExtensions;
import dev.baton.bot.policy.DeadlineUnit;
import dev.baton.bot.policy.Period;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/handovers/{id}/extend}: how much later, as {@code days} counted in
 * {@code unit} (CALENDAR_DAYS or WORKING_DAYS) from each step's due day, or {@code until}
 * a day; one of the two, and why.
 */
record ExtendBody(
		@Min(value = 1, message = "{api.field.days}") @Max(value = 366, message = "{api.field.days}") Integer days,
		DeadlineUnit unit, LocalDate until,
		@NotBlank(message = "{api.field.required}") @Size(max = 512, message = "{api.field.tooLong}") String reason,
		@JsonAnySetter Map<String, Object> unknownFields) implements StrictBody {

	ExtendBody {
		unknownFields = unknownFields == null ? Map.of() : new LinkedHashMap<>(unknownFields);
	}

	/**
	 * {@code days} or {@code until}, not both, not neither (reported as the field
	 * {@code until}).
	 */
	@JsonIgnore
	@AssertTrue(message = "{api.field.daysOrUntil}")
	boolean isUntil() {
		return (days == null) != (until == null);
	}

	/** {@code days} are counted in a {@code unit}, and only they are. */
	@JsonIgnore
	@AssertTrue(message = "{api.field.unitWithDays}")
	boolean isUnit() {
		return (days == null) == (unit == null);
	}

	DeadlineExtensions.Request toRequest() {
		return days != null ? new DeadlineExtensions.Request(new Period(days, unit), null)
				: new DeadlineExtensions.Request(null, until);
	}

	@Override
	public List<String> knownFields() {
		return List.of("days", "unit", "until", "reason");
	}

}

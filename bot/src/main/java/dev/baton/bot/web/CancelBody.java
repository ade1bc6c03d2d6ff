package dev.baton.bot.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/handovers/{id}/cancel}: why (kept with the record; at most 512 characters, as stored). */
record CancelBody(@NotBlank(message = "{api.field.required}") @Size(max = 512, message = "{api.field.tooLong}") String reason) {
}

package dev.baton.bot.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request, in a problem's {@code errors}: the field (a JSON path
 * such as {@code reason} or a query parameter; absent when the request as a whole is
 * wrong) and what is wrong with it, in the reader's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FieldProblem(String field, String message) {
}

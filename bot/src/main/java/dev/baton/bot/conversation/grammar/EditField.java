package dev.baton.bot.conversation.grammar;

/** Which part of an item an edit changes ("第3项金额改为120万" → {@link #AMOUNT}). */
public enum EditField {

	TITLE, DETAILS, STATUS, AMOUNT, COUNTERPARTY, DEADLINE, RESPONSIBLE

}

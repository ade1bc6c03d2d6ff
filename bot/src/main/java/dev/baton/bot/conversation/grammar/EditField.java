package dev.baton.bot.conversation.grammar;

/** Which part of an item an edit changes ("第3项金额改为120万" → {@link #AMOUNT}, "第1项面积改为29.22万亩" → {@link #QUANTITY}). */
public enum EditField {

	TITLE, DETAILS, STATUS, AMOUNT, QUANTITY, COUNTERPARTY, DEADLINE, RESPONSIBLE

}

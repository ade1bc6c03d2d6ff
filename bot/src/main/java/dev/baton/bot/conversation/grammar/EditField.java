package dev.baton.bot.conversation.grammar;

/**
 * Which part of an item an edit changes ("第3项金额改为120万" → {@link #AMOUNT},
 * "第1项面积改为29.22万亩" → {@link #QUANTITY}). {@link #DONE_ON} is when a finished item was
 * done (完成时间: a day or a month, never the deadline); {@link #SECTION} the part of the
 * checklist it is in ("把第11项移到第4部分").
 */
public enum EditField {

	TITLE, DETAILS, STATUS, AMOUNT, QUANTITY, COUNTERPARTY, DEADLINE, RESPONSIBLE, DONE_ON, SECTION

}

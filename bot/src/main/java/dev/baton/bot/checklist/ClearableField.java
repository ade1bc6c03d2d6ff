package dev.baton.bot.checklist;

/**
 * A part of an item that can be emptied ("第9项金额改为无", "第10项金额删除"): the amount with its
 * currency, the quantity with its unit, the deadline, the counterparty, the person
 * responsible, the details, when it was done (a day or a month). A title and a status are
 * never empty once said.
 */
public enum ClearableField {

	AMOUNT, QUANTITY, DEADLINE, COUNTERPARTY, RESPONSIBLE, DETAILS, DONE_ON

}

package dev.baton.bot.delivery;

/**
 * What a delivery's {@code user_id} names: a person's chat account, or a chat group (then
 * its batch holds that one group and goes as a group message).
 */
enum TargetKind {

	USER, GROUP

}

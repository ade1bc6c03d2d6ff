package dev.baton.bot.conversation;

/** The whole handover on DingTalk, through the emulator. */
class WholeHandoverOnDingTalkTest extends WholeHandoverThroughEmulator {

	@Override
	boolean onWeCom() {
		return false;
	}

}

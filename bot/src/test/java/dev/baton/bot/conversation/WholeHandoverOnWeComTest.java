package dev.baton.bot.conversation;

/** The whole handover on WeCom, through the emulator. */
class WholeHandoverOnWeComTest extends WholeHandoverThroughEmulator {

	@Override
	boolean onWeCom() {
		return true;
	}

}

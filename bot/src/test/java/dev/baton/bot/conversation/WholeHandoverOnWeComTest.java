package dev.baton.bot.conversation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The whole handover on WeCom, through the emulator. */
class WholeHandoverOnWeComTest extends WholeHandoverThroughEmulator {

	@Override
	boolean onWeCom() {
		return true;
	}

	@Autowired
	ApplicationContext beans;

	/** The 石嘴山 department as its people type it, on WeCom. */
	@Test
	void asPeopleTypeIt() {
		new ShizuishanAsPeopleTalk(beans, chat()).run();
	}

}

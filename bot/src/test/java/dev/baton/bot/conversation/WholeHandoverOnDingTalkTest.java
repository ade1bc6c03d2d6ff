package dev.baton.bot.conversation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The whole handover on DingTalk, through the emulator. */
class WholeHandoverOnDingTalkTest extends WholeHandoverThroughEmulator {

	@Override
	boolean onWeCom() {
		return false;
	}

	@Autowired
	ApplicationContext beans;

	/** The 武夷山 township as its people type it, on DingTalk. */
	@Test
	void asPeopleTypeIt() {
		new WuyishanAsPeopleTalk(beans, chat()).run();
	}

}

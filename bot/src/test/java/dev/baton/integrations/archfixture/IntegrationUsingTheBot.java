package dev.baton.integrations.archfixture;

import dev.baton.bot.BatonApplication;

/**
 * Violates the module rule (in the bot's test tree only, to show the rule fails):
 * integrations/ code that uses the bot.
 */
public class IntegrationUsingTheBot {

	public Class<?> application() {
		return BatonApplication.class;
	}

}

package dev.baton.bot;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every {@link DomainContext} starts at {@link DomainContext.Clocks#START}, whatever the
 * test before it did with time.
 */
class ResetClock implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(MutableClock.class).set(DomainContext.Clocks.START);
	}

}

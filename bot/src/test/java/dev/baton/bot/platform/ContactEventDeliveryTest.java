package dev.baton.bot.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.contacts.ContactEvent;
import dev.baton.integrations.contacts.ContactEventListener;
import dev.baton.integrations.state.InProcessSharedState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Org-chart changes handed to the listeners once each, kept for a retry when a listener
 * fails, and none lost.
 */
class ContactEventDeliveryTest {

	static final ContactEvent LEFT = new ContactEvent(Platform.WECOM, "wwcorp", ContactEvent.Kind.USER_LEFT,
			"wecom:wwcorp:delete_user:zhangsan:1700000000:00", Instant.ofEpochSecond(1700000000), List.of("zhangsan"),
			List.of(), null, null);

	final InProcessSharedState state = new InProcessSharedState();

	ContactEventDelivery with(ContactEventListener... listeners) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		for (int i = 0; i < listeners.length; i++) {
			beans.registerSingleton("listener" + i, listeners[i]);
		}
		return new ContactEventDelivery(beans.getBeanProvider(ContactEventListener.class), state);
	}

	@Test
	void withoutAListenerNothingIsRefusedAndNothingMarkedTaken() {
		ContactEventDelivery none = with();

		assertThat(none.deliver(LEFT)).isFalse();
		assertThat(none.deliver(LEFT)).isFalse();
		assertThat(state.get("contact-event:" + LEFT.eventKey())).as("a sync added later still gets a retry").isEmpty();
	}

	@Test
	void everyListenerTakesAChangeOnceAndAFailureLeavesItForTheRetry() {
		List<ContactEvent> first = new ArrayList<>();
		List<ContactEvent> second = new ArrayList<>();
		int[] failures = { 1 };
		ContactEventDelivery delivery = with(first::add, event -> {
			if (failures[0]-- > 0) {
				throw new IllegalStateException("down");
			}
			second.add(event);
		});

		assertThatThrownBy(() -> delivery.deliver(LEFT)).hasMessage("down");
		assertThat(delivery.deliver(LEFT)).isTrue();
		assertThat(delivery.deliver(LEFT)).as("taken before").isFalse();

		assertThat(first).hasSize(2);
		assertThat(second).containsExactly(LEFT);
	}

}

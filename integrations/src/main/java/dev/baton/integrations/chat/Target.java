package dev.baton.integrations.chat;

import java.util.List;

/** Who receives a message: some users of one corp, or one group. */
public sealed interface Target permits Target.Users, Target.Group {

	record Users(String corpId, List<String> userIds) implements Target {

		public Users {
			userIds = List.copyOf(userIds);
			if (userIds.isEmpty()) {
				throw new IllegalArgumentException("a message needs at least one recipient");
			}
		}

	}

	record Group(String corpId, String groupId) implements Target {
	}

}

package dev.baton.emulator.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The members and group chats one platform knows. Thread-safe. WeCom user ids are case-insensitive (the platform
 * lower-cases them in its answers), DingTalk's are not.
 */
public final class Directory {

    private final boolean caseInsensitive;
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    /** A group chat: its id (WeCom chatid, DingTalk openConversationId), its members and who created it. */
    public record Group(String id, String name, List<String> members, String ownerApp) {
        public Group {
            members = List.copyOf(members);
        }
    }

    public Directory(boolean caseInsensitive) {
        this.caseInsensitive = caseInsensitive;
    }

    private String key(String userId) {
        return caseInsensitive ? userId.toLowerCase(Locale.ROOT) : userId;
    }

    public void addUsers(Collection<String> userIds) {
        userIds.forEach(id -> users.put(key(id), id));
    }

    public void addUsers(String... userIds) {
        addUsers(List.of(userIds));
    }

    /** Adds {@code count} users named {@code prefix0001} ... and returns their ids in order. */
    public List<String> addNumberedUsers(String prefix, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            ids.add(String.format(Locale.ROOT, "%s%04d", prefix, i));
        }
        addUsers(ids);
        return ids;
    }

    public void removeUser(String userId) {
        users.remove(key(userId));
    }

    /** The canonical id of a known user, if the user exists. */
    public Optional<String> user(String userId) {
        return userId == null ? Optional.empty() : Optional.ofNullable(users.get(key(userId)));
    }

    public Set<String> users() {
        return Set.copyOf(users.values());
    }

    public void addGroup(Group group) {
        groups.put(group.id(), group);
    }

    /** Adds a group unless one with the id exists; true when added. */
    public boolean addGroupIfAbsent(Group group) {
        return groups.putIfAbsent(group.id(), group) == null;
    }

    public Optional<Group> group(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(groups.get(id));
    }

    public Collection<Group> groups() {
        return List.copyOf(groups.values());
    }
}

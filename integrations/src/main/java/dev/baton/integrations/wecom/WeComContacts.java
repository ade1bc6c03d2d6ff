package dev.baton.integrations.wecom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;
import dev.baton.integrations.contacts.ContactDepartment;
import dev.baton.integrations.contacts.ContactDirectory;
import dev.baton.integrations.contacts.ContactUser;
import dev.baton.integrations.state.SharedState;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.WxCpDepart;
import me.chanjar.weixin.cp.bean.WxCpUser;
import me.chanjar.weixin.cp.bean.user.WxCpDeptUserResult;

/**
 * A WeCom corp's org chart as a self-built app may read it since WeCom's 2022 rules,
 * through WxJava with two tokens:
 * <ul>
 * <li>the contact-sync secret's token lists who is in which department
 * ({@code user/list_id}, paged by cursor, up to 10,000 rows a page), everyone in the
 * corp, ids only: since 2022-08-15 that token may read no names from a new IP
 * (48009);</li>
 * <li>the app's own token reads names, posts, status and department names and leaders
 * within the app's visible range ({@code department/list}, {@code user/get}) and looks
 * members up by mobile ({@code user/getuserid}).</li>
 * </ul>
 * What WeCom does not give comes back as null: the mobile for every app created after
 * 2022-06-20, and everything but the id and departments for a member outside the visible
 * range. The roster import supplies those.
 * <p>
 * {@code members(d)} of several departments in a row share one listing of the corp (kept
 * {@link #ROSTER_FOR}, and dropped by every {@link #departments()}, which a sync run
 * calls first).
 */
public final class WeComContacts implements ContactDirectory {

	/** user/list_id's largest page. */
	static final int MAX_PAGE = 10_000;

	static final Duration ROSTER_FOR = Duration.ofSeconds(10);

	private static final int NO_PRIVILEGE = 60011;

	private static final int USER_NOT_FOUND = 60111;

	private static final int MOBILE_NOT_FOUND = 46004;

	private final WeComApp app;

	private final WxCpService appService;

	private final WxCpService contactSyncService;

	private final int pageSize;

	private volatile Roster roster;

	public WeComContacts(WeComApp app, SharedState state) {
		this(app, state, MAX_PAGE);
	}

	public WeComContacts(WeComApp app, SharedState state, dev.baton.integrations.chat.ApiCallCounter calls) {
		this(app, state, MAX_PAGE, calls);
	}

	/**
	 * @param pageSize rows per user/list_id call, 1 to 10,000
	 */
	public WeComContacts(WeComApp app, SharedState state, int pageSize) {
		this(app, state, pageSize, dev.baton.integrations.chat.ApiCallCounter.NONE);
	}

	/**
	 * @param calls told of every API call made, for the platform budgets
	 */
	public WeComContacts(WeComApp app, SharedState state, int pageSize,
			dev.baton.integrations.chat.ApiCallCounter calls) {
		if (!app.readsContacts()) {
			throw new IllegalArgumentException("WeCom app " + app.name() + " has no contact-sync secret");
		}
		if (pageSize < 1 || pageSize > MAX_PAGE) {
			throw new IllegalArgumentException("user/list_id pages hold 1 to " + MAX_PAGE + " rows");
		}
		this.app = app;
		this.pageSize = pageSize;
		WxCpServiceImpl appImpl = new CountingWxCpService(calls, app.corpId());
		appImpl.setWxCpConfigStorage(new SharedTokenConfig(app, state));
		this.appService = appImpl;
		WxCpServiceImpl syncImpl = new CountingWxCpService(calls, app.corpId());
		syncImpl.setWxCpConfigStorage(SharedTokenConfig.contactSync(app, state));
		this.contactSyncService = syncImpl;
	}

	@Override
	public Platform platform() {
		return Platform.WECOM;
	}

	@Override
	public String corpId() {
		return app.corpId();
	}

	public WeComApp app() {
		return app;
	}

	@Override
	public String toString() {
		return "WeCom contacts of " + app;
	}

	/**
	 * The departments in the app's visible range, with names and the leaders the app
	 * sees, each parent before its children. Only WeCom's root department (parent 0) has
	 * no parent; a department whose parent is outside the range keeps that parent's id,
	 * listed before the departments below it.
	 */
	@Override
	public List<ContactDepartment> departments() {
		roster = null;
		List<WxCpDepart> departs = call(() -> appService.getDepartmentService().list(null));
		Map<String, WxCpDepart> byId = new LinkedHashMap<>();
		for (WxCpDepart d : departs) {
			byId.put(String.valueOf(d.getId()), d);
		}
		Map<String, List<String>> children = new HashMap<>();
		List<String> roots = new ArrayList<>();
		for (Map.Entry<String, WxCpDepart> e : byId.entrySet()) {
			String parent = parentOf(e.getValue(), byId);
			if (parent == null) {
				roots.add(e.getKey());
			}
			else {
				children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.getKey());
			}
		}
		List<ContactDepartment> ordered = new ArrayList<>(byId.size());
		Set<String> placed = new LinkedHashSet<>();
		List<String> queue = new ArrayList<>(roots);
		for (int i = 0; i < queue.size(); i++) {
			String id = queue.get(i);
			if (!placed.add(id)) {
				continue;
			}
			WxCpDepart d = byId.get(id);
			List<String> leaders = d.getDepartmentLeader() == null ? List.of() : Arrays.asList(d.getDepartmentLeader());
			ordered.add(new ContactDepartment(id, parentId(d), d.getName(), leaders));
			queue.addAll(children.getOrDefault(id, List.of()));
		}
		return ordered;
	}

	/**
	 * The members directly in the department: every page of the corp's listing read with
	 * the contact-sync token, then each member read with the app's token. A member
	 * outside the app's visible range keeps only id and departments.
	 */
	@Override
	public List<ContactUser> members(String departmentId) {
		Roster current = roster();
		List<ContactUser> members = new ArrayList<>();
		for (String userId : current.members(departmentId)) {
			try {
				members.add(toUser(appService.getUserService().getById(userId)));
			}
			catch (WxErrorException ex) {
				int code = WeComErrors.code(ex);
				if (code == NO_PRIVILEGE) {
					// listed by the contact-sync helper, but outside the app's visible
					// range: WeCom names no one there
					members.add(new ContactUser(userId, null, null, null, current.departmentsOf(userId), true));
				}
				else if (code != USER_NOT_FOUND) {
					throw WeComErrors.of(ex);
				}
				// 60111: left between the listing and the read; the next run will not
				// list them
			}
			catch (RuntimeException ex) {
				throw WeComErrors.of(ex);
			}
		}
		return members;
	}

	/**
	 * The member, or empty when WeCom says there is no such userid (60111); 60011 and the
	 * rest are thrown.
	 */
	@Override
	public Optional<ContactUser> user(String userId) {
		try {
			return Optional.of(toUser(appService.getUserService().getById(userId)));
		}
		catch (WxErrorException ex) {
			if (WeComErrors.code(ex) == USER_NOT_FOUND) {
				return Optional.empty();
			}
			throw WeComErrors.of(ex);
		}
		catch (RuntimeException ex) {
			throw WeComErrors.of(ex);
		}
	}

	/**
	 * {@code user/getuserid} with the app's token: empty when no member has the mobile
	 * (46004); 60011 (the member is outside the visible range, so Baton could not message
	 * them) is thrown. Each miss counts against the corp's daily budget (20% of its
	 * head-count cap), after which WeCom refuses the API for a day.
	 */
	@Override
	public Optional<String> userIdByMobile(String mobile) {
		try {
			return Optional.of(appService.getUserService().getUserId(mobile));
		}
		catch (WxErrorException ex) {
			if (WeComErrors.code(ex) == MOBILE_NOT_FOUND) {
				return Optional.empty();
			}
			throw WeComErrors.of(ex);
		}
		catch (RuntimeException ex) {
			throw WeComErrors.of(ex);
		}
	}

	/**
	 * The self-check: the contact-sync secret gets a token, and the token lists (one row
	 * of {@code user/list_id}, which the app's own secret may not call): a wrong secret
	 * is 40001, an untrusted IP 60020.
	 */
	public void checkContactSync() {
		call(() -> {
			contactSyncService.getAccessToken(true);
			return contactSyncService.getUserService().getUserListId(null, 1);
		});
	}

	private Roster roster() {
		Roster current = roster;
		if (current != null && !current.olderThan(ROSTER_FOR)) {
			return current;
		}
		Map<String, List<String>> byDepartment = new HashMap<>();
		Map<String, List<String>> byUser = new HashMap<>();
		String cursor = null;
		do {
			String page = cursor;
			WxCpDeptUserResult result = call(() -> contactSyncService.getUserService().getUserListId(page, pageSize));
			if (result.getDeptUser() != null) {
				for (WxCpDeptUserResult.DeptUserList row : result.getDeptUser()) {
					String department = String.valueOf(row.getDepartment());
					byDepartment.computeIfAbsent(department, k -> new ArrayList<>()).add(row.getUserId());
					byUser.computeIfAbsent(row.getUserId(), k -> new ArrayList<>()).add(department);
				}
			}
			cursor = result.getNextCursor();
		}
		while (cursor != null && !cursor.isEmpty());
		current = new Roster(System.nanoTime(), byDepartment, byUser);
		roster = current;
		return current;
	}

	private static String parentId(WxCpDepart d) {
		return d.getParentId() == null || d.getParentId() == 0 ? null : String.valueOf(d.getParentId());
	}

	/**
	 * The parent among the visible departments, else null: such a department is listed
	 * with the tops.
	 */
	private static String parentOf(WxCpDepart d, Map<String, WxCpDepart> visible) {
		String parent = d.getParentId() == null || d.getParentId() == 0 ? null : String.valueOf(d.getParentId());
		return parent != null && visible.containsKey(parent) && !parent.equals(String.valueOf(d.getId())) ? parent
				: null;
	}

	/**
	 * WeCom's member as Baton reads it: status 2 (disabled) and 5 (left) and enable 0 are
	 * inactive.
	 */
	static ContactUser toUser(WxCpUser u) {
		List<String> departments = u.getDepartIds() == null ? List.of()
				: Arrays.stream(u.getDepartIds()).map(String::valueOf).toList();
		boolean active = (u.getStatus() == null || (u.getStatus() != 2 && u.getStatus() != 5))
				&& (u.getEnable() == null || u.getEnable() != 0);
		return new ContactUser(u.getUserId(), blankToNull(u.getName()), blankToNull(u.getMobile()),
				blankToNull(u.getPosition()), departments, active);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static <T> T call(WxCall<T> call) {
		try {
			return call.run();
		}
		catch (WxErrorException ex) {
			throw WeComErrors.of(ex);
		}
		catch (PlatformException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw WeComErrors.of(ex);
		}
	}

	@FunctionalInterface
	private interface WxCall<T> {

		T run() throws WxErrorException;

	}

	/** One listing of the corp by user/list_id: who is in which department. */
	private record Roster(long readAtNanos, Map<String, List<String>> byDepartment, Map<String, List<String>> byUser) {

		boolean olderThan(Duration age) {
			return System.nanoTime() - readAtNanos > age.toNanos();
		}

		List<String> members(String departmentId) {
			return Collections.unmodifiableList(byDepartment.getOrDefault(departmentId, List.of()));
		}

		List<String> departmentsOf(String userId) {
			return byUser.getOrDefault(userId, List.of());
		}

	}

}

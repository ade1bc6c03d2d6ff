package dev.baton.integrations.contacts;

import java.util.List;
import java.util.Optional;

import dev.baton.integrations.chat.Platform;
import dev.baton.integrations.chat.PlatformException;

/**
 * A platform's org chart as one corp's app may read it, for the directory sync:
 * departments, their members, and the look-up of a user id by mobile. Each call may throw
 * {@link PlatformException} with the platform's error code. What a platform does not give
 * (WeCom withholds names and mobiles from apps created after its 2022 rules) comes back
 * as null fields, never as guesses.
 */
public interface ContactDirectory {

	Platform platform();

	String corpId();

	/** Every department the app can see, each parent before its children. */
	List<ContactDepartment> departments();

	/**
	 * One department, or empty when the platform says there is no such department
	 * (removed, or never there). The default reads {@link #departments()}; a platform
	 * that can read one department alone does so.
	 */
	default Optional<ContactDepartment> department(String departmentId) {
		return departments().stream().filter(d -> d.id().equals(departmentId)).findFirst();
	}

	/** The members directly in the department, every page read. */
	List<ContactUser> members(String departmentId);

	/**
	 * One member, or empty when the platform says there is no such user (left, or never
	 * there).
	 */
	Optional<ContactUser> user(String userId);

	/**
	 * The user id of the member with this mobile, where the platform can look it up;
	 * empty when no one has it.
	 */
	Optional<String> userIdByMobile(String mobile);

}

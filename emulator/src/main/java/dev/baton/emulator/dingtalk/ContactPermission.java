package dev.baton.emulator.dingtalk;

/**
 * The contact permissions an internal app is granted in the developer console (权限管理 →
 * 通讯录管理). Without the scope an API needs, DingTalk refuses the call with errcode 60011
 * naming the scope; without {@link #MOBILE} the member APIs answer without {@code mobile}
 * and {@code state_code}.
 */
public enum ContactPermission {

	/** 通讯录部门信息读权限: department/listsub, department/get. */
	DEPARTMENT_LIST("qyapi_get_department_list"),
	/** 通讯录部门成员读权限: user/list. */
	DEPARTMENT_MEMBER("qyapi_get_department_member"),
	/** 成员信息读权限: user/get. */
	MEMBER("qyapi_get_member"),
	/** 根据手机号获取成员基本信息权限: user/getbymobile. */
	MEMBER_BY_MOBILE("qyapi_get_member_by_mobile"),
	/** 企业员工手机号信息: the {@code mobile} field of members. */
	MOBILE("Contact.User.mobile");

	private final String scope;

	ContactPermission(String scope) {
		this.scope = scope;
	}

	/** The permission's code as DingTalk names it in the refusal. */
	public String scope() {
		return scope;
	}

}

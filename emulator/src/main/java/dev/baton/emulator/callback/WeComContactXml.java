package dev.baton.emulator.callback;

import static dev.baton.emulator.callback.WeComXml.cdata;

import dev.baton.emulator.account.Directory;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The decrypted {@code change_contact} events (成员变更通知 / 部门变更通知, docs 90970 and 90971) as
 * one receiver gets them. An app's callback URL is told the member's name, departments,
 * leadership, position and status (the mobile only when the app predates 2022-06-20); the
 * contact-sync helper's event server, when configured after 2022-08-15, only the ids:
 * UserID and Department for members, Id and ParentId for departments. An update carries
 * the fields that changed; a renamed member's new id comes as NewUserID.
 */
public final class WeComContactXml {

	private final String corpId;

	private final boolean idsOnly;

	private final boolean withMobile;

	private final Directory directory;

	/**
	 * @param idsOnly the contact-sync helper's event server (configured after 2022-08-15)
	 * @param withMobile an app created before 2022-06-20
	 * @param directory where department leaders are read for IsLeaderInDept; may be null
	 */
	public WeComContactXml(String corpId, boolean idsOnly, boolean withMobile, Directory directory) {
		this.corpId = corpId;
		this.idsOnly = idsOnly;
		this.withMobile = withMobile && !idsOnly;
		this.directory = directory;
	}

	public String createUser(long createTime, Directory.Member member) {
		return head(createTime, "create_user") + "<UserID>" + cdata(member.userId()) + "</UserID>"
				+ userFields(null, member) + "</xml>";
	}

	/**
	 * The fields that differ between {@code before} and {@code after}; a new userid comes
	 * as NewUserID.
	 */
	public String updateUser(long createTime, Directory.Member before, Directory.Member after) {
		String newUserId = before.userId().equals(after.userId()) ? ""
				: "<NewUserID>" + cdata(after.userId()) + "</NewUserID>";
		return head(createTime, "update_user") + "<UserID>" + cdata(before.userId()) + "</UserID>" + newUserId
				+ userFields(before, after) + "</xml>";
	}

	public String deleteUser(long createTime, String userId) {
		return head(createTime, "delete_user") + "<UserID>" + cdata(userId) + "</UserID></xml>";
	}

	public String createParty(long createTime, Directory.Department department) {
		return head(createTime, "create_party") + partyFields(department) + "</xml>";
	}

	public String updateParty(long createTime, Directory.Department department) {
		return head(createTime, "update_party") + partyFields(department) + "</xml>";
	}

	public String deleteParty(long createTime, String departmentId) {
		return head(createTime, "delete_party") + "<Id>" + departmentId + "</Id></xml>";
	}

	private String head(long createTime, String changeType) {
		return "<xml><ToUserName>" + cdata(corpId) + "</ToUserName><FromUserName>" + cdata("sys")
				+ "</FromUserName><CreateTime>" + createTime + "</CreateTime><MsgType>" + cdata("event")
				+ "</MsgType><Event>" + cdata("change_contact") + "</Event><ChangeType>" + changeType + "</ChangeType>";
	}

	private String userFields(Directory.Member before, Directory.Member after) {
		StringBuilder xml = new StringBuilder();
		boolean departmentsChanged = before == null || !before.departmentIds().equals(after.departmentIds());
		if (departmentsChanged) {
			xml.append("<Department>").append(cdata(String.join(",", after.departmentIds()))).append("</Department>");
		}
		if (idsOnly) {
			return xml.toString();
		}
		if (departmentsChanged && !after.departmentIds().isEmpty()) {
			xml.append("<MainDepartment>").append(after.departmentIds().get(0)).append("</MainDepartment>");
			xml.append("<IsLeaderInDept>").append(cdata(leadership(after))).append("</IsLeaderInDept>");
		}
		if (before == null || !Objects.equals(before.name(), after.name())) {
			xml.append("<Name>").append(cdata(Objects.toString(after.name(), ""))).append("</Name>");
		}
		if (before == null || !Objects.equals(before.title(), after.title())) {
			xml.append("<Position>").append(cdata(Objects.toString(after.title(), ""))).append("</Position>");
		}
		if (withMobile && (before == null || !Objects.equals(before.mobile(), after.mobile()))) {
			xml.append("<Mobile>").append(cdata(Objects.toString(after.mobile(), ""))).append("</Mobile>");
		}
		if (before == null || before.active() != after.active()) {
			xml.append("<Status>").append(after.active() ? 1 : 2).append("</Status>");
		}
		return xml.toString();
	}

	private String leadership(Directory.Member member) {
		List<String> flags = member.departmentIds()
			.stream()
			.map(d -> directory != null
					&& directory.department(d).map(dep -> dep.managers().contains(member.userId())).orElse(false) ? "1"
							: "0")
			.toList();
		return flags.stream().collect(Collectors.joining(","));
	}

	private String partyFields(Directory.Department department) {
		String parent = department.parentId() == null ? "0" : department.parentId();
		if (idsOnly) {
			return "<Id>" + department.id() + "</Id><ParentId>" + cdata(parent) + "</ParentId>";
		}
		return "<Id>" + department.id() + "</Id><Name>" + cdata(department.name()) + "</Name><ParentId>" + cdata(parent)
				+ "</ParentId><Order>" + department.order() + "</Order>";
	}

}

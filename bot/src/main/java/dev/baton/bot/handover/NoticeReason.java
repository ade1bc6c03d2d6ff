package dev.baton.bot.handover;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reason the organizer typed, as a notice shows it to one reader (newcomer 24, finding
 * 10: 刘志远 read "理由：他住院了没看到通知" about himself). The record keeps the words as typed; the
 * notice reads them so that nobody reads of themselves in the third person. A reason with
 * no 他/她 reads as typed ({@code PLAIN}). One that begins with 他/她, said of a handover
 * named by one of its parties (刘志远那个交接给他延3天，他住院了…), refers to that party: that party
 * reads 您 ({@code YOU}), everyone else the party's name ({@code NAMED}). Any other 他/她
 * (no party named, or one further in the words) is not guessed at: the words are quoted
 * as the organizer's ({@code QUOTED}). The notice's {@code {reasonAs}} reads
 * {@code notify.reasonAs.<CODE>} with {@code reason}, {@code reasonRest} (the words after
 * the leading 他/她) and {@code reasonAbout} (the party's name).
 */
public final class NoticeReason {

	/** 他 or 她 for one person: not 他们, 他人, 其他. */
	private static final Pattern THIRD_PERSON = Pattern.compile("(?<!其)[他她](?![们人])");

	private final String reason;

	private final Long about;

	private final String aboutName;

	private final boolean leading;

	private final boolean thirdPerson;

	private NoticeReason(String reason, Long about, String aboutName) {
		this.reason = reason;
		this.about = about;
		this.aboutName = aboutName;
		Matcher m = THIRD_PERSON.matcher(reason);
		this.thirdPerson = m.find();
		boolean first = thirdPerson && m.start() == 0;
		this.leading = first && !m.find() && !reason.substring(1).isBlank();
	}

	/**
	 * @param reason the words as typed
	 * @param about the party the handover was named by, or null
	 * @param aboutName that party's name, or null
	 */
	public static NoticeReason of(String reason, Long about, String aboutName) {
		return new NoticeReason(reason, about, aboutName);
	}

	/** The payload fields of the reason for this reader. */
	public Map<String, Object> forReader(long reader) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("reason", reason);
		if (!thirdPerson) {
			fields.put("reasonAs", "PLAIN");
		}
		else if (leading && about != null && aboutName != null) {
			fields.put("reasonAs", about == reader ? "YOU" : "NAMED");
			fields.put("reasonRest", reason.substring(1));
			fields.put("reasonAbout", aboutName);
		}
		else {
			fields.put("reasonAs", "QUOTED");
		}
		return fields;
	}

}

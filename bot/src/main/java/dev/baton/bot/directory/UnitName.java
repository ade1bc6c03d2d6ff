package dev.baton.bot.directory;

/**
 * A unit as people name it: its full name and, where it begins with its parent's name,
 * the rest ("武夷山市上梅乡" under 武夷山市 is also "上梅乡").
 */
public record UnitName(long id, String name, String path, String parentName) {

	/**
	 * The name without the parent's name in front, or the name when it does not start
	 * with it.
	 */
	public String shortName() {
		if (parentName != null && name.startsWith(parentName) && name.length() > parentName.length() + 1) {
			return name.substring(parentName.length());
		}
		return name;
	}

}

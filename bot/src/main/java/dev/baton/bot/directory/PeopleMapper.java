package dev.baton.bot.directory;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PeopleMapper {

	/** Active officials with one of these names in the units under any of the paths. */
	List<Person> named(@Param("names") Collection<String> names, @Param("paths") List<String> paths);

	/**
	 * Active officials in the units under any of the paths whose name holds one of these
	 * characters.
	 */
	List<Person> sharing(@Param("chars") Collection<String> chars, @Param("paths") List<String> paths,
			@Param("limit") int limit);

	/** The units under any of the paths, with their parent's name. */
	List<UnitName> units(@Param("paths") List<String> paths, @Param("limit") int limit);

}

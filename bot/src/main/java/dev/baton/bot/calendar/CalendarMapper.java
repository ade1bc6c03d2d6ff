package dev.baton.bot.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CalendarMapper {

	List<Integer> years();

	List<Day> days();

	/** The loaded notices, by year. */
	List<CalendarYears.LoadedYear> loadedYears();

	boolean yearExists(int year);

	/** The years in which some open waiting step is due. */
	List<Integer> openDeadlineYears();

	void insertYear(@Param("year") int year, @Param("source") String source, @Param("at") Instant at);

	void insertDay(@Param("date") LocalDate date, @Param("kind") String kind, @Param("name") String name);

	record Day(LocalDate calDate, String kind, String name) {
	}

}

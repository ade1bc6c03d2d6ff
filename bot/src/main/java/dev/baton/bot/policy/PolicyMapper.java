package dev.baton.bot.policy;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PolicyMapper {

	@Select("SELECT body FROM handover_policy WHERE code = #{code}")
	String findBody(String code);

	@Select("SELECT body FROM escalation_policy WHERE code = #{code}")
	String findEscalationBody(String code);

	@Select("SELECT code FROM handover_policy ORDER BY code")
	List<String> codes();

	@Select("SELECT body FROM handover_policy ORDER BY code")
	List<String> bodies();

	@Select("SELECT code FROM escalation_policy ORDER BY code")
	List<String> escalationCodes();

	@Select("SELECT name FROM escalation_policy WHERE code = #{code}")
	String escalationName(String code);

	@Insert("INSERT INTO handover_policy (code, name, body, updated_at) VALUES (#{code}, #{name}, #{body}, #{at})")
	void insert(@Param("code") String code, @Param("name") String name, @Param("body") String body,
			@Param("at") java.time.Instant at);

	@Update("UPDATE handover_policy SET name = #{name}, body = #{body}, updated_at = #{at} WHERE code = #{code}")
	void update(@Param("code") String code, @Param("name") String name, @Param("body") String body,
			@Param("at") java.time.Instant at);

}

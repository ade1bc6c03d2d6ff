package dev.baton.bot.policy;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

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

}

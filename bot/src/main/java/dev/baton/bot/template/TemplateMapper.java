package dev.baton.bot.template;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface TemplateMapper {

	@Select("SELECT id FROM checklist_template WHERE code = #{code} ORDER BY version DESC LIMIT 1")
	Long latestId(String code);

	@Select("SELECT id, code, version, name FROM checklist_template WHERE id = #{id}")
	Header header(long id);

	@Select("SELECT id, position, code, title_zh, title_en, prompts, economic, default_status FROM template_section"
			+ " WHERE template_id = #{templateId} ORDER BY position")
	List<TemplateSection> sections(long templateId);

	record Header(long id, String code, int version, String name) {
	}

}

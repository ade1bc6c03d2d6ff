package dev.baton.bot.template;

import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
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

	@Select("SELECT MAX(version) FROM checklist_template WHERE code = #{code}")
	Integer latestVersion(String code);

	/** The newest version of every template, by code. */
	@Select("SELECT t.id, t.code, t.version, t.name FROM checklist_template t WHERE t.version ="
			+ " (SELECT MAX(v.version) FROM checklist_template v WHERE v.code = t.code) ORDER BY t.code")
	List<Header> latestHeaders();

	@Insert("INSERT INTO checklist_template (code, version, name, created_at) VALUES (#{t.code}, #{t.version}, #{t.name},"
			+ " #{t.at})")
	@Options(useGeneratedKeys = true, keyProperty = "t.id", keyColumn = "id")
	void insertTemplate(@Param("t") NewTemplate template);

	@Insert("INSERT INTO template_section (template_id, position, code, title_zh, title_en, prompts, economic,"
			+ " default_status) VALUES (#{templateId}, #{position}, #{code}, #{titleZh}, #{titleEn}, #{prompts},"
			+ " #{economic}, #{defaultStatus})")
	void insertSection(@Param("templateId") long templateId, @Param("position") int position,
			@Param("code") String code, @Param("titleZh") String titleZh, @Param("titleEn") String titleEn,
			@Param("prompts") String prompts, @Param("economic") boolean economic,
			@Param("defaultStatus") String defaultStatus);

	/** A version about to be written; {@code id} is set by the insert. */
	final class NewTemplate {

		public Long id;

		public final String code;

		public final int version;

		public final String name;

		public final java.time.Instant at;

		NewTemplate(String code, int version, String name, java.time.Instant at) {
			this.code = code;
			this.version = version;
			this.name = name;
			this.at = at;
		}

	}

	record Header(long id, String code, int version, String name) {
	}

}

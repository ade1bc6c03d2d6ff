package dev.baton.bot.template;

import java.util.List;

import dev.baton.bot.system.NotFoundException;
import org.springframework.stereotype.Service;

/** Checklist templates, versioned: a handover keeps the version it opened with. */
@Service
public class Templates {

	private final TemplateMapper mapper;

	Templates(TemplateMapper mapper) {
		this.mapper = mapper;
	}

	public ChecklistTemplate latest(String code) {
		Long id = mapper.latestId(code);
		if (id == null) {
			throw new NotFoundException("template", code);
		}
		return byId(id);
	}

	/** The newest version of every template, by code. */
	public List<ChecklistTemplate> latestOfEach() {
		return mapper.latestHeaders().stream().map(h -> byId(h.id())).toList();
	}

	public ChecklistTemplate byId(long id) {
		TemplateMapper.Header header = mapper.header(id);
		if (header == null) {
			throw new NotFoundException("template", id);
		}
		return new ChecklistTemplate(header.id(), header.code(), header.version(), header.name(), mapper.sections(id));
	}

}

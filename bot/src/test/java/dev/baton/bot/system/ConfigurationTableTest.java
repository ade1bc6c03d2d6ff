package dev.baton.bot.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.TypeDescriptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration tables (section "Configuration", its sub-sections included)
 * are checked against the settings records ({@link SettingsTree}): every setting is
 * documented, every documented {@code BATON_*} variable is a setting, and a documented
 * default is the record's default (read as the setting's type, so {@code 24h} is 24
 * hours).
 */
class ConfigurationTableTest {

	/** Documented defaults that are not the record's, and why. */
	private static final Map<String, String> DERIVED = Map.of("BATON_DB_URL",
			"application.yml derives the H2 URL from BATON_DATA_DIR; the record holds only a URL that is set",
			"BATON_DOCUMENTS_VERIFY_URL",
			"unset, documents carry the port the server listens on (HandoverDocuments); the record holds only a URL that is set");

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	/** One row: its variables (a trailing * covers a prefix) and its default cell. */
	record Row(List<String> variables, String defaultCell) {
	}

	@Test
	void everySettingIsDocumented() throws IOException {
		List<Row> rows = rows();
		List<String> undocumented = new ArrayList<>();
		for (SettingsTree.Setting setting : SettingsTree.settings()) {
			if (rows.stream().noneMatch(r -> r.variables().stream().anyMatch(v -> covers(v, setting.variable())))) {
				undocumented.add(setting.variable() + " (" + setting.property() + ")");
			}
		}
		assertThat(undocumented).as("settings missing from README.md, \"Configuration\"").isEmpty();
	}

	@Test
	void everyDocumentedVariableIsASetting() throws IOException {
		List<String> variables = SettingsTree.settings().stream().map(SettingsTree.Setting::variable).toList();
		List<String> unknown = new ArrayList<>();
		for (Row row : rows()) {
			for (String documented : row.variables()) {
				if (!documented.startsWith("BATON_")) {
					assertThat(documented).as("a variable of Spring's own")
						.matches("(SPRING|SERVER|MANAGEMENT)_[A-Z_]+");
					continue;
				}
				if (variables.stream().noneMatch(v -> covers(documented, v))) {
					unknown.add(documented);
				}
			}
		}
		assertThat(unknown).as("documented in README.md but read by no settings record").isEmpty();
	}

	@Test
	void documentedDefaultsAreTheRecordsDefaults() throws IOException {
		Map<String, SettingsTree.Setting> settings = new LinkedHashMap<>();
		SettingsTree.settings().forEach(s -> settings.put(s.variable(), s));
		List<String> disagree = new ArrayList<>();
		int compared = 0;
		for (Row row : rows()) {
			for (String variable : row.variables()) {
				SettingsTree.Setting setting = settings.get(variable);
				// an app's or a source's fields have no record of defaults until one is
				// configured
				if (setting == null || setting.property().contains("[0]")) {
					continue;
				}
				if (DERIVED.containsKey(variable)) {
					assertThat(setting.defaultValue()).as(variable + ": " + DERIVED.get(variable)).isNull();
					continue;
				}
				Object documented = documentedDefault(row.defaultCell(), setting);
				Object actual = setting.defaultValue() instanceof String s && s.isEmpty() ? null
						: setting.defaultValue();
				compared++;
				if (!Objects.equals(documented, actual)) {
					disagree.add(variable + ": README says " + row.defaultCell() + ", the record holds " + actual);
				}
			}
		}
		assertThat(disagree).isEmpty();
		assertThat(compared).as("defaults compared").isGreaterThan(30);
	}

	/**
	 * The default cell's first code span read as the setting's type; none, unset and
	 * empty are null.
	 */
	private static Object documentedDefault(String cell, SettingsTree.Setting setting) {
		Matcher code = CODE.matcher(cell);
		if (!cell.startsWith("`") || !code.find()) {
			assertThat(cell).as("a default that is not a literal says there is none")
				.matches("\\((none|unset|empty).*");
			return null;
		}
		TypeDescriptor type = new TypeDescriptor(ResolvableType.forType(setting.type()), null, null);
		return ApplicationConversionService.getSharedInstance().convert(code.group(1), type);
	}

	/**
	 * {@code BATON_SYNC_SOURCES_0_*} covers every variable under that prefix; otherwise
	 * the names are equal.
	 */
	private static boolean covers(String documented, String variable) {
		return documented.endsWith("*") ? variable.startsWith(documented.substring(0, documented.length() - 1))
				: documented.equals(variable);
	}

	/** The table rows of README.md's "Configuration" section that name variables. */
	static List<Row> rows() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
		int start = lines.indexOf("## Configuration");
		assertThat(start).as("README.md has a section \"## Configuration\"").isNotNegative();
		List<Row> rows = new ArrayList<>();
		for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
			String line = lines.get(i);
			if (!line.startsWith("| `")) {
				continue;
			}
			String[] cells = line.split("(?<!\\\\)\\|");
			List<String> variables = new ArrayList<>();
			Matcher code = CODE.matcher(cells[1]);
			String named = null;
			while (code.find()) {
				String name = code.group(1).strip();
				if (name.startsWith("…_")) {
					variables.add(expand(named, name.substring(1)));
				}
				else {
					named = name;
					variables.add(name);
				}
			}
			rows.add(new Row(variables, cells[2].strip()));
		}
		assertThat(rows).as("rows of the configuration tables").hasSizeGreaterThan(30);
		return rows;
	}

	/**
	 * {@code …_CORP_ID} after {@code BATON_WECOM_APPS_0_NAME} is
	 * {@code BATON_WECOM_APPS_0_CORP_ID}: the variable named before it up to its list
	 * index, or without its last word.
	 */
	private static String expand(String named, String suffix) {
		Matcher indexed = Pattern.compile("^(.*_[0-9]+)_.*$").matcher(named);
		String base = indexed.matches() ? indexed.group(1) : named.substring(0, named.lastIndexOf('_'));
		return base + suffix;
	}

}

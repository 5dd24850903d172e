package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsexport.support.GeneratedDocs;

/**
 * The table of thresholds in docs/cleaning.md is made from {@link CleaningSettings}: the
 * names and defaults from the record, the descriptions from its Javadoc ({@code @param}
 * lines). This test fails when the page disagrees with the record, or when a setting has
 * no description. Run it with {@code -Ddocs.update=true} to write the table into the page
 * anew, then review the diff.
 */
class CleaningSettingsDocTest {

	private static final Path PAGE = Path.of("docs/cleaning.md");

	private static final Path SOURCE = Path.of("src/main/java/org/newsexport/clean/CleaningSettings.java");

	private static final Pattern BLOCK = Pattern
		.compile("(<!-- generated: cleaning-settings -->\n)(.*?)(<!-- end generated -->)", Pattern.DOTALL);

	/**
	 * A {@code @param} tag of the record's Javadoc, up to the next tag or the comment's
	 * end.
	 */
	private static final Pattern PARAM = Pattern.compile("@param (\\w+) (.*?)(?=\n \\* @|\n \\*/)", Pattern.DOTALL);

	@Test
	void tableIsTheRecord() throws IOException {
		String page = Files.readString(PAGE, StandardCharsets.UTF_8);
		assertThat(BLOCK.matcher(page).find()).as("a generated block of the settings in %s", PAGE).isTrue();
		String generated = BLOCK.matcher(page)
			.replaceFirst(Matcher
				.quoteReplacement("<!-- generated: cleaning-settings -->\n" + table() + "<!-- end generated -->"));
		GeneratedDocs.check(PAGE, page, generated, "CleaningSettings", "CleaningSettingsDocTest");
	}

	@Test
	void everySettingIsDescribed() throws IOException {
		Map<String, String> descriptions = descriptions();
		for (RecordComponent component : CleaningSettings.class.getRecordComponents()) {
			assertThat(descriptions.get(component.getName())).as("the @param line of %s", component.getName())
				.isNotBlank();
		}
		assertThat(descriptions.keySet()).as("@param lines of no setting")
			.hasSize(CleaningSettings.class.getRecordComponents().length);
	}

	/** The settings, their defaults and their descriptions as a Markdown table. */
	static String table() throws IOException {
		Map<String, String> descriptions = descriptions();
		StringBuilder table = new StringBuilder(
				"| setting | default | what it is, and why that value |\n|---|---:|---|\n");
		for (RecordComponent component : CleaningSettings.class.getRecordComponents()) {
			Object value;
			try {
				value = component.getAccessor().invoke(CleaningSettings.DEFAULTS);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
			table.append("| `")
				.append(component.getName())
				.append("` | ")
				.append(value)
				.append(" | ")
				.append(markdown(descriptions.getOrDefault(component.getName(), "")))
				.append(" |\n");
		}
		return table.toString();
	}

	/** The {@code @param} descriptions of the record's Javadoc, by name, in order. */
	static Map<String, String> descriptions() throws IOException {
		String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
		String javadoc = source.substring(source.indexOf("/**"), source.indexOf("*/") + 2);
		Map<String, String> descriptions = new LinkedHashMap<>();
		Matcher param = PARAM.matcher(javadoc);
		while (param.find()) {
			descriptions.put(param.group(1), param.group(2).replaceAll("\\s*\n \\*\\s*", " ").strip());
		}
		return descriptions;
	}

	/**
	 * Javadoc's {@code {@code x}} and {@code {@link x}} as Markdown code; table cells
	 * escape their pipes.
	 */
	private static String markdown(String javadoc) {
		return javadoc.replaceAll("\\{@(?:code|link)\\s+([^}]*)}", "`$1`").replace("|", "\\|");
	}

}

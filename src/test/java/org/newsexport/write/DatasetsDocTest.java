package org.newsexport.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsexport.support.GeneratedDocs;

/**
 * The column tables of docs/datasets.md are made from {@link Datasets}, the one source of
 * the descriptions that the manifest, the Parquet footers and the DuckDB views also
 * carry: this test fails when the page disagrees with it. Run it with
 * {@code -Ddocs.update=true} to write the tables into the page anew, then review the
 * diff.
 */
class DatasetsDocTest {

	private static final Path PAGE = Path.of("docs/datasets.md");

	private static final Pattern BLOCK = Pattern
		.compile("(<!-- generated: ([a-z_]+) -->\n)(.*?)(<!-- end generated -->)", Pattern.DOTALL);

	@Test
	void columnTablesAreTheSchemas() throws IOException {
		String page = Files.readString(PAGE, StandardCharsets.UTF_8);
		String generated = generate(page);
		GeneratedDocs.check(PAGE, page, generated, "the schemas in Datasets.java", "DatasetsDocTest");
	}

	@Test
	void everyDatasetAndColumnIsDescribed() throws IOException {
		String page = Files.readString(PAGE, StandardCharsets.UTF_8);
		for (DatasetSchema schema : Datasets.ALL) {
			assertThat(page).as("generated block of %s in %s", schema.name(), PAGE)
				.contains("<!-- generated: " + schema.name() + " -->");
			assertThat(schema.description()).as("description of dataset %s", schema.name()).isNotBlank();
			for (Column column : schema.columns()) {
				assertThat(column.description()).as("description of %s.%s", schema.name(), column.name())
					.isNotBlank()
					.doesNotContain("\n");
			}
		}
	}

	/** The page with the text of every generated block made again from the schemas. */
	static String generate(String page) {
		Matcher block = BLOCK.matcher(page);
		StringBuilder out = new StringBuilder();
		while (block.find()) {
			DatasetSchema schema = Datasets.ALL.stream()
				.filter(dataset -> dataset.name().equals(block.group(2)))
				.findFirst()
				.orElseThrow(
						() -> new AssertionError(PAGE + " has a generated block of no dataset: " + block.group(2)));
			block.appendReplacement(out, Matcher.quoteReplacement(block.group(1) + table(schema) + block.group(4)));
		}
		block.appendTail(out);
		return out.toString();
	}

	/** A dataset's description and its columns as a Markdown table. */
	static String table(DatasetSchema schema) {
		StringBuilder table = new StringBuilder();
		table.append("**`").append(schema.name()).append("`**: ").append(cell(schema.description())).append("\n\n");
		table.append("| column | type | |\n|---|---|---|\n");
		for (Column column : schema.columns()) {
			table.append("| `")
				.append(column.name())
				.append("` | ")
				.append(column.type())
				.append(column.type() == ColumnType.TIMESTAMP ? " (UTC, µs)" : "")
				.append(column.nullable() ? ", null" : "")
				.append(" | ")
				.append(cell(column.description()))
				.append(" |\n");
		}
		return table.toString();
	}

	private static String cell(String text) {
		return text.replace("|", "\\|");
	}

}

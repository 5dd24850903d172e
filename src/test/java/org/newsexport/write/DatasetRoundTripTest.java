package org.newsexport.write;

import org.newsexport.support.DuckDb;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.newsexport.article.Article;
import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;

/**
 * Every dataset, written as Parquet and as CSV, read back by DuckDB with the types and
 * values it was written with.
 */
class DatasetRoundTripTest {

	private static final Map<ColumnType, String> PARQUET_TYPES = Map.of(ColumnType.STRING, "VARCHAR", ColumnType.INT32,
			"INTEGER", ColumnType.INT64, "BIGINT", ColumnType.DATE, "DATE", ColumnType.TIMESTAMP,
			"TIMESTAMP WITH TIME ZONE", ColumnType.DOUBLE, "DOUBLE", ColumnType.BOOLEAN, "BOOLEAN");

	/**
	 * What {@code read_csv} auto-detection makes of each column type: it has no 32-bit
	 * integer candidate.
	 */
	private static final Map<ColumnType, String> CSV_TYPES = Map.of(ColumnType.STRING, "VARCHAR", ColumnType.INT32,
			"BIGINT", ColumnType.INT64, "BIGINT", ColumnType.DATE, "DATE", ColumnType.TIMESTAMP,
			"TIMESTAMP WITH TIME ZONE", ColumnType.DOUBLE, "DOUBLE", ColumnType.BOOLEAN, "BOOLEAN");

	/** One column of every type, so that a type no dataset uses yet is covered too. */
	static final List<DatasetSchema> EVERY_TYPE = List.of(new DatasetSchema("every_type",
			Stream.concat(Stream.of(Column.required("id", ColumnType.STRING)),
					Arrays.stream(ColumnType.values()).map(type -> Column.optional(type.name().toLowerCase(), type)))
				.toList()));

	@TempDir
	java.nio.file.Path tmp;

	private final FileSystem fs = OutputFileSystems.get(URI.create("file:///"), OutputFileSystems.newConfiguration());

	@AfterEach
	void closeFileSystem() throws Exception {
		fs.close();
	}

	@ParameterizedTest
	@FieldSource({ "org.newsexport.write.Datasets#ALL", "EVERY_TYPE" })
	void duckDbReadsBackTheTypesAndValuesWritten(DatasetSchema schema) throws Exception {
		List<Object[]> rows = SampleRows.rows(schema, 26);
		java.nio.file.Path parquetDir = tmp.resolve(schema.name());
		java.nio.file.Path csvFile = tmp.resolve(schema.name() + ".csv");
		writeParquetInTwoParts(schema, rows, parquetDir);
		writeCsv(schema, rows, csvFile);

		String parquet = "SELECT * FROM read_parquet(" + DuckDb.literal(parquetDir.resolve("*.parquet")) + ")";
		String csv = "SELECT * FROM read_csv(" + DuckDb.literal(csvFile) + ")";
		// By default DuckDB reads "" as NULL too; this keeps the empty strings the file
		// holds.
		String csvWithEmptyStrings = "SELECT * FROM read_csv(" + DuckDb.literal(csvFile)
				+ ", allow_quoted_nulls = false)";
		try (DuckDb duckDb = new DuckDb()) {
			assertThat(duckDb.columnTypes(parquet)).containsExactlyEntriesOf(expectedTypes(schema, PARQUET_TYPES));
			assertThat(duckDb.columnTypes(csv)).containsExactlyEntriesOf(expectedTypes(schema, CSV_TYPES));
			List<List<Object>> parquetRows = duckDb.rows(parquet + " ORDER BY 1", schema);
			assertThat(parquetRows).isEqualTo(SampleRows.asLists(rows));
			assertThat(duckDb.rows(csvWithEmptyStrings + " ORDER BY 1", schema)).isEqualTo(parquetRows);
		}
	}

	@Test
	void theArticleHeaderColumnsReadTheSameInBothFormats() throws Exception {
		Article article = new Article("a", "a.txt", "0".repeat(64), 10, "Harbour town keeps its ferry",
				"Residents chose the old boat over a bridge.", "By Jane Doe and Piet van der Berg | Example Times",
				List.of("Jane Doe", "Piet van der Berg"), null, null, null, "en", null,
				List.of(new Paragraph(0, ParagraphKind.BODY, "The council counted the ballots.")), List.of(),
				List.of());
		Article none = new Article("b", "b.txt", "0".repeat(64), 10, null, null, null, null, null, null,
				List.of(new Paragraph(0, ParagraphKind.BODY, "A text without a header.")), List.of(), List.of());
		Article other = new Article("c", "c.txt", "0".repeat(64), 10, "Title", null, null, null, null, null,
				List.of(new Paragraph(0, ParagraphKind.BODY, "Another text.")), List.of(), List.of());
		List<Object[]> rows = List.of(Datasets.articleRow(article, 1, Instant.EPOCH, 1),
				Datasets.articleRow(none, 1, Instant.EPOCH, 1), Datasets.articleRow(other, 1, Instant.EPOCH, 1));
		writeParquetInTwoParts(Datasets.ARTICLES, rows, tmp.resolve("articles"));
		writeCsv(Datasets.ARTICLES, rows, tmp.resolve("articles.csv"));

		String columns = "SELECT doc_id, standfirst, byline, len(string_split(authors, '; ')) AS names, "
				+ "string_split(authors, '; ')[2] AS second, body FROM ";
		try (DuckDb duckDb = new DuckDb()) {
			for (String source : List.of(
					"read_parquet(" + DuckDb.literal(tmp.resolve("articles").resolve("*.parquet")) + ")",
					"read_csv(" + DuckDb.literal(tmp.resolve("articles.csv")) + ")")) {
				assertThat(duckDb.rows(columns + source + " ORDER BY doc_id")).as(source)
					.containsExactly(
							List.of("a", "Residents chose the old boat over a bridge.",
									"By Jane Doe and Piet van der Berg | Example Times", 2L, "Piet van der Berg",
									"The council counted the ballots."),
							Arrays.asList("b", null, null, null, null, "A text without a header."),
							Arrays.asList("c", null, null, null, null, "Another text."));
			}
		}
	}

	private void writeParquetInTwoParts(DatasetSchema schema, List<Object[]> rows, java.nio.file.Path dir)
			throws Exception {
		try (ParquetDatasetWriter writer = new ParquetDatasetWriter(fs, new Path(dir.toUri()), schema,
				ParquetOptions.defaults(), "part")) {
			writer.restore(0, 0);
			for (int i = 0; i < rows.size(); i++) {
				writer.write(rows.get(i));
				if (i == rows.size() / 2) {
					writer.seal();
				}
			}
			writer.seal();
			assertThat(writer.sealedParts()).isEqualTo(2);
		}
	}

	private void writeCsv(DatasetSchema schema, List<Object[]> rows, java.nio.file.Path file) throws Exception {
		Path parts = new Path(file.resolveSibling(schema.name() + "-csv-parts").toUri());
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, parts, schema)) {
			writer.restore(0, 0);
			for (int i = 0; i < rows.size(); i++) {
				writer.write(rows.get(i));
				if (i == rows.size() / 2) {
					writer.seal();
				}
			}
			writer.seal();
		}
		CsvDatasetWriter.assemble(fs, parts, new Path(file.toUri()), schema);
	}

	private static Map<String, String> expectedTypes(DatasetSchema schema, Map<ColumnType, String> duckDbTypes) {
		return schema.columns()
			.stream()
			.collect(Collectors.toMap(Column::name, column -> duckDbTypes.get(column.type()), (a, b) -> a,
					LinkedHashMap::new));
	}

}

package org.newsexport.write;

import org.newsexport.support.DuckDb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.entry;
import static org.newsexport.write.Column.optional;
import static org.newsexport.write.Column.required;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvDatasetWriterTest {

	private static final DatasetSchema EVERY_TYPE = new DatasetSchema("every_type",
			List.of(required("text", ColumnType.STRING), optional("note", ColumnType.STRING),
					required("small", ColumnType.INT32), required("big", ColumnType.INT64),
					optional("day", ColumnType.DATE), required("at", ColumnType.TIMESTAMP)));

	@TempDir
	java.nio.file.Path tmp;

	private final FileSystem fs = OutputFileSystems.get(URI.create("file:///"), OutputFileSystems.newConfiguration());

	@AfterEach
	void closeFileSystem() throws IOException {
		fs.close();
	}

	@Test
	void writesRfc4180WithNullAndEmptyStringApart() throws Exception {
		java.nio.file.Path file = tmp.resolve("every_type.csv");
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, new Path(file.toUri()), EVERY_TYPE)) {
			writer.restore(0, 0);
			writer.write(new Object[] { "plain", null, -5, 1234567890123L, LocalDate.of(2022, 1, 22),
					Instant.parse("2026-11-21T08:30:00.123456789Z") });
			writer.write(new Object[] { "", "", 0, 0L, null, Instant.parse("1969-12-31T23:59:59Z") });
			writer.write(new Object[] { "a, \"quoted\"\r\nline", "“ü”", Integer.MIN_VALUE, Long.MAX_VALUE,
					LocalDate.of(1969, 7, 20), Instant.parse("2026-11-21T08:30:00.000001Z") });
			writer.seal();
			assertThat(writer.sealedRows()).isEqualTo(3);
			assertThat(writer.sealedBytes()).isEqualTo(Files.size(file));
		}

		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("text,note,small,big,day,at\r\n"
				+ "plain,,-5,1234567890123,2022-01-22,2026-11-21T08:30:00.123456Z\r\n"
				+ "\"\",\"\",0,0,,1969-12-31T23:59:59.000000Z\r\n"
				+ "\"a, \"\"quoted\"\"\r\nline\",“ü”,-2147483648,9223372036854775807,1969-07-20,"
				+ "2026-11-21T08:30:00.000001Z\r\n");
		try (DuckDb duckDb = new DuckDb()) {
			String read = "SELECT note FROM read_csv(" + DuckDb.literal(file);
			assertThat(duckDb.rows(read + ", allow_quoted_nulls = false)"))
				.containsExactly(Arrays.asList((Object) null), List.of(""), List.of("“ü”"));
			// DuckDB's default reads a quoted empty string as NULL as well.
			assertThat(duckDb.rows(read + ")")).containsExactly(Arrays.asList((Object) null),
					Arrays.asList((Object) null), List.of("“ü”"));
		}
	}

	@Test
	void doublesAndBooleansAreWrittenSoThatReadersParseThemBack() throws Exception {
		DatasetSchema schema = new DatasetSchema("measures",
				List.of(required("share", ColumnType.DOUBLE), optional("flag", ColumnType.BOOLEAN)));
		java.nio.file.Path file = tmp.resolve("measures.csv");
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, new Path(file.toUri()), schema)) {
			writer.restore(0, 0);
			writer.write(new Object[] { 0.953125, true });
			writer.write(new Object[] { 0.00001, false });
			writer.write(new Object[] { -0.0, null });
			writer.write(new Object[] { 1.0e7, true });
			assertThatIllegalArgumentException().isThrownBy(() -> writer.write(new Object[] { Double.NaN, true }))
				.withMessage("measures.share is NaN, expected a finite number");
			writer.seal();
		}

		assertThat(Files.readString(file, StandardCharsets.UTF_8))
			.isEqualTo("share,flag\r\n0.953125,true\r\n1.0E-5,false\r\n-0.0,\r\n1.0E7,true\r\n");
		try (DuckDb duckDb = new DuckDb()) {
			String read = "SELECT * FROM read_csv(" + DuckDb.literal(file) + ")";
			assertThat(duckDb.columnTypes(read)).containsExactly(entry("share",
					"DOUBLE"), entry("flag", "BOOLEAN"));
			assertThat(duckDb.rows(read)).containsExactly(List.of(0.953125, true), List.of(0.00001, false),
					Arrays.asList(-0.0, null), List.of(1.0e7, true));
		}
	}

	@ParameterizedTest(name = "first run closed: {0}")
	@ValueSource(booleans = { true, false })
	void restartCutsOffRowsWrittenAfterTheLastSeal(boolean firstRunClosed) throws Exception {
		DatasetSchema schema = Datasets.PARAGRAPHS;
		List<Object[]> rows = SampleRows.rows(schema, 4_000);
		java.nio.file.Path file = tmp.resolve("paragraphs.csv");
		CsvDatasetWriter first = new CsvDatasetWriter(fs, new Path(file.toUri()), schema);
		first.restore(0, 0);
		write(first, rows.subList(0, 500));
		first.seal();
		long recordedBytes = first.sealedBytes();
		long recordedRows = first.sealedRows();
		// Enough rows to overflow the write buffers, so part of them reaches the file even without a close.
		write(first, rows.subList(500, 3_000));
		if (firstRunClosed) {
			first.close();
		}
		assertThat(Files.size(file)).isGreaterThan(recordedBytes);

		try (CsvDatasetWriter restarted = new CsvDatasetWriter(fs, new Path(file.toUri()), schema)) {
			restarted.restore(recordedBytes, recordedRows);
			assertThat(Files.size(file)).isEqualTo(recordedBytes);
			write(restarted, rows.subList(500, 4_000));
			restarted.seal();
			assertThat(restarted.sealedRows()).isEqualTo(4_000);
			assertThat(restarted.sealedBytes()).isEqualTo(Files.size(file));
		}

		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("doc_id,position,kind,text,word_count,export_sequence\r\n");
		assertThat(text.indexOf("doc_id,position")).isEqualTo(text.lastIndexOf("doc_id,position"));
		try (DuckDb duckDb = new DuckDb()) {
			assertThat(duckDb.rows("SELECT * FROM read_csv(" + DuckDb.literal(file)
					+ ", allow_quoted_nulls = false) ORDER BY 1", schema))
				.isEqualTo(SampleRows.asLists(rows));
		}
	}

	@Test
	void restoreFailsWhenTheFileIsShorterThanSealed() throws Exception {
		java.nio.file.Path file = tmp.resolve("rejects.csv");
		Files.writeString(file, "source_path,reason,detail,export_sequence\r\n");
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, new Path(file.toUri()), Datasets.REJECTS)) {
			assertThatIllegalStateException().isThrownBy(() -> writer.restore(1_000, 10))
				.withMessageContaining(file.toString())
				.withMessageContaining("has 43 bytes");
		}
	}

	@Test
	void restoreFailsWhenTheFileIsMissing() throws Exception {
		java.nio.file.Path file = tmp.resolve("rejects.csv");
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, new Path(file.toUri()), Datasets.REJECTS)) {
			assertThatIllegalStateException().isThrownBy(() -> writer.restore(27, 0))
				.withMessageContaining(file.toString())
				.withMessageContaining("missing");
		}
	}

	@Test
	void freshStartReplacesAnOldFileAndLeavesNoSideFiles() throws Exception {
		java.nio.file.Path file = tmp.resolve("rejects.csv");
		Files.writeString(file, "left over from an abandoned run\r\n");
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, new Path(file.toUri()), Datasets.REJECTS)) {
			writer.restore(0, 0);
			assertThat(writer.sealedBytes()).isEqualTo("source_path,reason,detail,export_sequence\r\n".length());
			assertThat(writer.sealedRows()).isZero();
		}
		assertThat(Files.readString(file)).isEqualTo("source_path,reason,detail,export_sequence\r\n");
		try (Stream<java.nio.file.Path> files = Files.list(tmp)) {
			assertThat(files).containsExactly(file);
		}
	}

	private static void write(CsvDatasetWriter writer, List<Object[]> rows) throws IOException {
		for (Object[] row : rows) {
			writer.write(row);
		}
	}

}

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

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FilterFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;
import org.junit.jupiter.api.AutoClose;
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

	@AutoClose
	private final FileSystem fs = OutputFileSystems.get(URI.create("file:///"), OutputFileSystems.newConfiguration());

	@Test
	void writesRfc4180WithNullAndEmptyStringApart() throws Exception {
		java.nio.file.Path file = tmp.resolve("every_type.csv");
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, parts(), EVERY_TYPE)) {
			writer.restore(0, 0);
			writer.write(new Object[] { "plain", null, -5, 1234567890123L, LocalDate.of(2022, 1, 22),
					Instant.parse("2026-11-21T08:30:00.123456789Z") });
			writer.write(new Object[] { "", "", 0, 0L, null, Instant.parse("1969-12-31T23:59:59Z") });
			writer.write(new Object[] { "a, \"quoted\"\r\nline", "“ü”", Integer.MIN_VALUE, Long.MAX_VALUE,
					LocalDate.of(1969, 7, 20), Instant.parse("2026-11-21T08:30:00.000001Z") });
			writer.seal();
			assertThat(writer.sealedRows()).isEqualTo(3);
			assertThat(writer.sealedParts()).isEqualTo(1);
		}
		CsvDatasetWriter.assemble(fs, parts(), new Path(file.toUri()), EVERY_TYPE);

		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
				"text,note,small,big,day,at\r\n" + "plain,,-5,1234567890123,2022-01-22,2026-11-21T08:30:00.123456Z\r\n"
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

	/**
	 * The writer prints from UTF-8 bytes what Commons CSV prints from the strings (RFC
	 * 4180, minimal quoting, the empty string quoted), byte for byte: every character
	 * that decides the quoting, at the start, inside and at the end of a field, and texts
	 * beyond Latin-1, with surrogate pairs and unpaired surrogates.
	 */
	@Test
	void printsWhatCommonsCsvPrintsByteForByte() throws Exception {
		DatasetSchema texts = new DatasetSchema("texts", List.of(optional("a", ColumnType.STRING),
				optional("b", ColumnType.STRING), required("n", ColumnType.INT32)));
		String[] pieces = { "", " ", "\t", "!", "\"", "#", "$", ",", "\r", "\n", "a", "Z", "é", "“", "—", "😀",
				"\ud83d", "\ude00", "\u0000", "\u007f", "\u00a0", "x y", "\"\"" };
		java.util.Random random = new java.util.Random(42);
		List<Object[]> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			rows.add(new Object[] { randomText(random, pieces), randomText(random, pieces), i - 1500 });
		}
		StringBuilder expected = new StringBuilder();
		org.apache.commons.csv.CSVFormat minimal = org.apache.commons.csv.CSVFormat.RFC4180.builder()
			.setQuoteMode(org.apache.commons.csv.QuoteMode.MINIMAL)
			.get();
		org.apache.commons.csv.CSVFormat all = org.apache.commons.csv.CSVFormat.RFC4180.builder()
			.setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
			.get();
		for (Object[] row : Stream.concat(Stream.<Object[]>of(new Object[] { "a", "b", "n" }), rows.stream())
			.toList()) {
			for (int i = 0; i < row.length; i++) {
				Object value = (row[i] instanceof Integer number) ? number.toString() : row[i];
				("".equals(value) ? all : minimal).print(value, expected, i == 0);
			}
			minimal.println(expected);
		}
		java.nio.file.Path file = tmp.resolve("texts.csv");
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, parts(), texts)) {
			writer.restore(0, 0);
			for (Object[] row : rows) {
				writer.write(row);
			}
			writer.seal();
		}
		CsvDatasetWriter.assemble(fs, parts(), new Path(file.toUri()), texts);

		assertThat(Files.readAllBytes(file)).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Null now and then, else one to four pieces. */
	private static String randomText(java.util.Random random, String[] pieces) {
		if (random.nextInt(10) == 0) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (int n = random.nextInt(4) + 1; n > 0; n--) {
			text.append(pieces[random.nextInt(pieces.length)]);
		}
		return text.toString();
	}

	@Test
	void doublesAndBooleansAreWrittenSoThatReadersParseThemBack() throws Exception {
		DatasetSchema schema = new DatasetSchema("measures",
				List.of(required("share", ColumnType.DOUBLE), optional("flag", ColumnType.BOOLEAN)));
		java.nio.file.Path file = tmp.resolve("measures.csv");
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, parts(), schema)) {
			writer.restore(0, 0);
			writer.write(new Object[] { 0.953125, true });
			writer.write(new Object[] { 0.00001, false });
			writer.write(new Object[] { -0.0, null });
			writer.write(new Object[] { 1.0e7, true });
			assertThatIllegalArgumentException().isThrownBy(() -> writer.write(new Object[] { Double.NaN, true }))
				.withMessage("measures.share is NaN, expected a finite number");
			writer.seal();
		}
		CsvDatasetWriter.assemble(fs, parts(), new Path(file.toUri()), schema);

		assertThat(Files.readString(file, StandardCharsets.UTF_8))
			.isEqualTo("share,flag\r\n0.953125,true\r\n1.0E-5,false\r\n-0.0,\r\n1.0E7,true\r\n");
		try (DuckDb duckDb = new DuckDb()) {
			String read = "SELECT * FROM read_csv(" + DuckDb.literal(file) + ")";
			assertThat(duckDb.columnTypes(read)).containsExactly(entry("share", "DOUBLE"), entry("flag", "BOOLEAN"));
			assertThat(duckDb.rows(read)).containsExactly(List.of(0.953125, true), List.of(0.00001, false),
					Arrays.asList(-0.0, null), List.of(1.0e7, true));
		}
	}

	@ParameterizedTest(name = "first run closed: {0}")
	@ValueSource(booleans = { true, false })
	void restartAfterACrashBetweenSealsDeletesExactlyTheUnsealedPartsAndNeverWritesASealedOne(boolean firstRunClosed)
			throws Exception {
		DatasetSchema schema = Datasets.PARAGRAPHS;
		List<Object[]> rows = SampleRows.rows(schema, 4_000);
		java.nio.file.Path dir = tmp.resolve("parts");
		CsvDatasetWriter first = new CsvDatasetWriter(fs, parts(), schema);
		first.restore(0, 0);
		write(first, rows.subList(0, 500));
		first.seal();
		// The state the last chunk commit saved; the seal after it was never recorded.
		int recordedParts = first.sealedParts();
		long recordedRows = first.sealedRows();
		write(first, rows.subList(500, 1_000));
		first.seal();
		// Enough rows to overflow the write buffers, so part of them reaches the open
		// part even without a close.
		write(first, rows.subList(1_000, 3_000));
		if (firstRunClosed) {
			first.close();
		}
		byte[] sealedPart = Files.readAllBytes(dir.resolve("part-00000.csv"));
		Files.writeString(dir.resolve("notes.txt"), "not a part");
		assertThat(dir.resolve("part-00001.csv")).exists();

		try (CsvDatasetWriter restarted = new CsvDatasetWriter(new WriteOnceFileSystem(fs), parts(), schema)) {
			restarted.restore(recordedParts, recordedRows);
			try (Stream<java.nio.file.Path> files = Files.list(dir)) {
				assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("part-00000.csv",
						"notes.txt");
			}
			assertThat(restarted.rows()).isEqualTo(500);
			write(restarted, rows.subList(500, 2_000));
			restarted.seal();
			write(restarted, rows.subList(2_000, 4_000));
			restarted.seal();
			assertThat(restarted.sealedRows()).isEqualTo(4_000);
			assertThat(restarted.sealedParts()).isEqualTo(3);
		}
		assertThat(Files.readAllBytes(dir.resolve("part-00000.csv"))).isEqualTo(sealedPart);

		java.nio.file.Path file = tmp.resolve("paragraphs.csv");
		CsvDatasetWriter.assemble(fs, parts(), new Path(file.toUri()), schema);
		assertThat(dir).doesNotExist();
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("doc_id,position,kind,text,word_count,export_sequence\r\n");
		assertThat(text.indexOf("doc_id,position")).isEqualTo(text.lastIndexOf("doc_id,position"));
		try (DuckDb duckDb = new DuckDb()) {
			assertThat(duckDb.rows(
					"SELECT * FROM read_csv(" + DuckDb.literal(file) + ", allow_quoted_nulls = false) ORDER BY 1",
					schema))
				.isEqualTo(SampleRows.asLists(rows));
		}
	}

	@Test
	void restoreFailsWhenASealedPartIsMissing() throws Exception {
		Files.createDirectories(tmp.resolve("parts"));
		Files.writeString(tmp.resolve("parts/part-00000.csv"), "a\r\n");
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, parts(), Datasets.REJECTS)) {
			assertThatIllegalStateException().isThrownBy(() -> writer.restore(2, 10))
				.withMessageContaining("part-00001.csv")
				.withMessageContaining("missing");
		}
	}

	@Test
	void freshStartDeletesOldPartsAndAnEmptyDatasetIsItsHeader() throws Exception {
		Files.createDirectories(tmp.resolve("parts"));
		Files.writeString(tmp.resolve("parts/part-00000.csv"), "left over from an abandoned run\r\n");
		Files.writeString(tmp.resolve("parts/.part-00001.csv.inprogress"), "left over\r\n");
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, parts(), Datasets.REJECTS)) {
			writer.restore(0, 0);
			writer.seal();
			assertThat(writer.sealedParts()).isZero();
			assertThat(writer.sealedRows()).isZero();
		}
		java.nio.file.Path file = tmp.resolve("rejects.csv");
		CsvDatasetWriter.assemble(fs, parts(), new Path(file.toUri()), Datasets.REJECTS);
		assertThat(Files.readString(file)).isEqualTo("source_path,reason,detail,export_sequence\r\n");
		try (Stream<java.nio.file.Path> files = Files.list(tmp)) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void anInterruptedAssemblyIsRedoneAndAFinishedOneOnlyTidiedUp() throws Exception {
		try (CsvDatasetWriter writer = new CsvDatasetWriter(fs, parts(), Datasets.REJECTS)) {
			writer.restore(0, 0);
			writer.write(new Object[] { "a.txt", "empty", null, 1L });
			writer.seal();
		}
		java.nio.file.Path file = tmp.resolve("rejects.csv");
		String expected = "source_path,reason,detail,export_sequence\r\na.txt,empty,,1\r\n";
		Files.writeString(tmp.resolve(".rejects.csv.assembling"), "half of an assembly");
		CsvDatasetWriter.assemble(fs, parts(), new Path(file.toUri()), Datasets.REJECTS);
		assertThat(Files.readString(file)).isEqualTo(expected);
		try (Stream<java.nio.file.Path> files = Files.list(tmp)) {
			assertThat(files).containsExactly(file);
		}

		// Killed after the rename, before the parts were deleted.
		Files.createDirectories(tmp.resolve("parts"));
		Files.writeString(tmp.resolve("parts/part-00000.csv"), "a.txt,empty,,1\r\n");
		CsvDatasetWriter.assemble(fs, parts(), new Path(file.toUri()), Datasets.REJECTS);
		assertThat(Files.readString(file)).isEqualTo(expected);
		assertThat(tmp.resolve("parts")).doesNotExist();
	}

	private Path parts() {
		return new Path(tmp.resolve("parts").toUri());
	}

	private static void write(CsvDatasetWriter writer, List<Object[]> rows) throws IOException {
		for (Object[] row : rows) {
			writer.write(row);
		}
	}

	/**
	 * A local file system that fails on every attempt to append to, truncate or replace a
	 * sealed part.
	 */
	private static final class WriteOnceFileSystem extends FilterFileSystem {

		WriteOnceFileSystem(FileSystem fs) {
			super(fs);
		}

		@Override
		public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
				short replication, long blockSize, Progressable progress) throws IOException {
			if (!f.getName().startsWith(".") || exists(f)) {
				throw new AssertionError("opened for writing: " + f);
			}
			return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
		}

		@Override
		public FSDataOutputStream append(Path f, int bufferSize, Progressable progress) {
			throw new AssertionError("appended to: " + f);
		}

		@Override
		public boolean truncate(Path f, long newLength) {
			throw new AssertionError("truncated: " + f);
		}

		@Override
		public boolean rename(Path src, Path dst) throws IOException {
			if (exists(dst)) {
				throw new AssertionError("renamed over: " + dst);
			}
			return super.rename(src, dst);
		}

		@Override
		public void close() {
			// the wrapped file system is closed by the test
		}

	}

}

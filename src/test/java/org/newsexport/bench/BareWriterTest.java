package org.newsexport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.support.DuckDb;
import org.newsexport.support.TestCorpus;

/**
 * The bare writer: the input as the job reads it, uncleaned, in one Parquet part that
 * DuckDB reads back.
 */
class BareWriterTest {

	@TempDir
	Path tmp;

	@Test
	void writesEveryDecodedFileAsOneRowOfOnePart() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Path output = tmp.resolve("bare");
		int code = BareWriter.run(
				new String[] { "--input", TestCorpus.SEEDS.toString(), "--output", output.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(code).as(err.toString()).isZero();
		assertThat(out.toString()).startsWith("bare-writer: 5 files, 0.0 MB in ").contains("MB/s", "files/s");
		try (Stream<Path> files = Files.list(output)) {
			assertThat(files.map(file -> file.getFileName().toString())).containsExactly("part-00000.parquet");
		}
		try (DuckDb duckdb = new DuckDb()) {
			String part = "read_parquet(" + DuckDb.literal(output.resolve("part-00000.parquet")) + ")";
			assertThat(duckdb.columnTypes("SELECT * FROM " + part)).containsKeys("doc_id", "body").hasSize(2);
			List<List<Object>> rows = duckdb.rows("SELECT doc_id, body FROM " + part + " ORDER BY doc_id");
			assertThat(rows).extracting(row -> row.get(0))
				.containsExactly("000_7d51bb9512d08a90", "001_05f8e552163d5b26", "002_bf629f94e6ffe79a",
						"003_a746e7c7017f5148", "004_5391374e3f5c9e27");
			for (List<Object> row : rows) {
				assertThat(row.get(1)).as("the file's text, uncleaned")
					.isEqualTo(Files.readString(TestCorpus.SEEDS.resolve(row.get(0) + ".txt")));
			}
		}
	}

	@Test
	void aMissingInputIsAUsageError() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = BareWriter.run(
				new String[] { "--input", tmp.resolve("nowhere").toString(), "--output",
						tmp.resolve("bare").toString() },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(code).isEqualTo(2);
		assertThat(err.toString()).startsWith("bare-writer: input directory does not exist: ").hasLineCount(1);
	}

}

package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.newsexport.support.Bytes;

/**
 * A corpus of hostile files, each of which must be cleaned or rejected with a clear
 * reason while the run completes; the invariant: every input {@code .txt} file is in
 * exactly one of {@code articles} and {@code rejects}.
 */
class HostileInputTest {

	private static final String ARTICLE = "A headline for the test\n\nThe first paragraph is a real sentence of the "
			+ "article, long enough to be kept by any cleaner.\n\nThe second paragraph adds more running text, "
			+ "with a quote: “We will not let you stay,” the placards read.\n";

	@TempDir
	static Path tmp;

	private static Path input;

	private static Path output;

	private static int exitCode;

	private static String stderr;

	/** Expected outcome per source_path: "article" or the reject reason. */
	private static final Map<String, String> expected = new HashMap<>();

	@BeforeAll
	static void runOnHostileCorpus() throws IOException {
		input = Files.createDirectories(tmp.resolve("input"));
		file("empty.txt", new byte[0], "empty");
		file("whitespace-only.txt", " \n\t \r\n\u00A0\n".getBytes(StandardCharsets.UTF_8), "empty");
		file("only-boilerplate.txt",
				"Leave a Reply\n\nYour email address will not be published.\n".getBytes(StandardCharsets.UTF_8),
				"no_content");
		file("png-bytes.txt", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 },
				"not_text");
		file("nul-bytes.txt", ("A headline\n\nText with a NUL\0 byte inside.\n").getBytes(StandardCharsets.UTF_8),
				"not_text");
		file("invalid-utf8.txt",
				Bytes.concat(ARTICLE.getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC3, 0x28 }), "article");
		file("windows-1252.txt", ARTICLE.replace("“", "\u201C").getBytes(Charset.forName("windows-1252")), "article");
		file("utf16-bom.txt",
				Bytes.concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, ARTICLE.getBytes(StandardCharsets.UTF_16LE)),
				"article");
		file("utf8-bom.txt", Bytes.concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				ARTICLE.getBytes(StandardCharsets.UTF_8)), "article");
		file("crlf.txt", ARTICLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), "article");
		file("lone-cr.txt", ARTICLE.replace("\n", "\r").getBytes(StandardCharsets.UTF_8), "article");
		// One line of 5 MB, far longer than a recursive regular expression survives; the
		// cleaning time grows with the line's length, and ten times as long a line (half
		// export.max-file-size) tested nothing more.
		file("long-line.txt",
				("A headline\n\n" + "word ".repeat(1_000_000) + "end.\n").getBytes(StandardCharsets.UTF_8), "article");
		StringBuilder shortLines = new StringBuilder("A headline\n\nA first sentence that is real content here.\n");
		for (int i = 0; i < 1_000_000; i++) {
			shortLines.append("x\n");
		}
		file("million-short-lines.txt", shortLines.toString().getBytes(StandardCharsets.UTF_8), "article");
		file("name with spaces.txt", ARTICLE.getBytes(StandardCharsets.UTF_8), "article");
		file("nön-ascii-名前.txt", ARTICLE.getBytes(StandardCharsets.UTF_8), "article");
		file("new\nline.txt", ARTICLE.getBytes(StandardCharsets.UTF_8), "article");
		Path unreadable = file("unreadable.txt", ARTICLE.getBytes(StandardCharsets.UTF_8), "unreadable");
		Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
		if (Files.isReadable(unreadable)) {
			// running as root: permissions do not stop reading
			expected.put("unreadable.txt", "article");
		}
		Path outside = Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("secret.txt"),
				ARTICLE);
		Files.createSymbolicLink(input.resolve("link-outside.txt"), outside);
		expected.put("link-outside.txt", "symlink");
		Files.writeString(input.resolve("notes.md"), ARTICLE);
		Files.writeString(input.resolve("image.jpg"), "not text");

		output = tmp.resolve("out");
		CliRun cli = CliRun.inFolder(tmp.resolve("repository"));
		exitCode = cli.export(input, output);
		stderr = cli.err();
	}

	private static Path file(String name, byte[] content, String outcome) throws IOException {
		expected.put(name, outcome);
		return Files.write(input.resolve(name), content);
	}

	@Test
	void runCompletes() {
		assertThat(exitCode).as(stderr).isZero();
	}

	@Test
	void everyTxtFileIsExactlyOnceAnArticleOrAReject() throws Exception {
		Map<String, String> actual = new HashMap<>();
		try (DuckDb duckdb = new DuckDb()) {
			for (List<Object> row : duckdb.rows("SELECT source_path FROM " + DuckDb.parquet(output, "articles"))) {
				assertThat(actual.put((String) row.get(0), "article")).as("twice: %s", row).isNull();
			}
			for (List<Object> row : duckdb
				.rows("SELECT source_path, reason, detail FROM " + DuckDb.parquet(output, "rejects"))) {
				assertThat(actual.put((String) row.get(0), (String) row.get(1))).as("twice: %s", row).isNull();
				assertThat((String) row.get(2)).as("detail of %s", row.get(0)).isNotBlank();
			}
		}
		assertThat(actual).isEqualTo(expected);
	}

	@Test
	void csvHoldsTheSameRowsAsParquetEvenWithNewlinesInNames() throws Exception {
		try (DuckDb duckdb = new DuckDb()) {
			for (String dataset : List.of("articles", "rejects")) {
				// DuckDB reads CSV records up to 2 MB unless told otherwise; the 50 MB
				// line makes one of 50 MB.
				assertThat(duckdb.difference(DuckDb.parquet(output, dataset),
						DuckDb.csv(output, dataset, ", max_line_size = 200000000"), "source_path"))
					.isEmpty();
			}
		}
	}

	@Test
	void decodedArticlesKeepTheirText() throws Exception {
		try (DuckDb duckdb = new DuckDb()) {
			List<Object> bodies = new ArrayList<>();
			for (String name : List.of("windows-1252.txt", "utf16-bom.txt", "utf8-bom.txt", "crlf.txt",
					"lone-cr.txt")) {
				bodies.add(
						duckdb
							.rows("SELECT body FROM " + DuckDb.parquet(output, "articles") + " WHERE source_path = "
									+ DuckDb.literal(name))
							.get(0)
							.get(0));
			}
			assertThat(bodies).allSatisfy(body -> assertThat((String) body).contains("“We will not let you stay,”")
				.doesNotContain("\r")
				.doesNotContain("\uFEFF"));
			assertThat(duckdb.rows(
					"SELECT title FROM " + DuckDb.parquet(output, "articles") + " WHERE source_path = 'utf8-bom.txt'"))
				.containsExactly(List.of("A headline for the test"));
		}
	}

	@Test
	void noStagingOrTemporaryFilesAreLeft() throws IOException {
		try (Stream<Path> files = Files.walk(output)) {
			assertThat(files.map(path -> output.relativize(path).toString())).noneMatch(
					name -> name.startsWith(".staging") || name.endsWith(".inprogress") || name.endsWith(".crc"));
		}
	}

}

package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.MainAccess;
import org.newsexport.read.SortedFileWalker;
import org.newsexport.support.DuckDb;
import org.newsexport.support.TestCorpus;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run --incremental}, in process: after a full export, a change of the input (a file changed, one added, one
 * deleted, a reject fixed) gives an export of exactly the new and changed files, whose {@code files} dataset lists
 * every input file and whose manifest counts them; read back through DuckDB.
 */
@ExtendWith(OutputCaptureExtension.class)
class IncrementalRunTest {

	private static final int FILES = 30;

	private static final String CONTENT_COLUMNS = "* EXCLUDE (job_execution_id, exported_at)";

	private static final List<String> DATASETS = List.of("articles", "paragraphs", "removed_lines", "quotes",
			"rejects", "files", "duplicates");

	@TempDir
	Path tmp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs {@code run} with a job repository of its own per {@code repository} name. */
	private int run(String repository, Path input, Path output, String... options) {
		out.reset();
		err.reset();
		List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString()));
		args.addAll(List.of(options));
		return MainAccess.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8),
				"--spring.datasource.url=jdbc:h2:file:" + tmp.resolve(repository).resolve("db"));
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void incrementalExportHoldsExactlyTheNewAndChangedFilesAndListsEveryFile() throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Files.createSymbolicLink(input.resolve("link.txt"), input.resolve("article-00000.txt"));
		Path output = tmp.resolve("out");
		assertThat(run("repository", input, output)).as(stderr()).isZero();

		JsonNode full = manifest(output);
		assertThat(full.has("incremental")).isTrue();
		assertThat(full.get("incremental").isNull()).as("a full export says incremental: null").isTrue();
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.rows("SELECT status, change, count(*) FROM " + DuckDb.parquet(output, "files")
					+ " GROUP BY ALL ORDER BY ALL"))
				.containsExactly(row("article", null, (long) FILES), row("reject", null, 3L));
		}
		long fullExecution = full.get("job_execution_id").asLong();

		Files.writeString(input.resolve("article-00003.txt"), "\n\nA paragraph added to report 3 since the first "
				+ "export, a real sentence of the article.\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		Files.writeString(input.resolve("article-new.txt"), "A new report\n\nThis report was written after the "
				+ "first export, and it is long enough to be kept as an article.\n");
		Files.delete(input.resolve("article-00007.txt"));
		Files.writeString(input.resolve("image.txt"), "No longer an image\n\nThe file that was a PNG is now a real "
				+ "report with a sentence of running text in it.\n");

		assertThat(run("repository", input, output, "--incremental")).as(stderr()).isZero();

		assertThat(stdout()).contains("COMPLETED")
			.contains("3 articles")
			.contains("1 rejects")
			.contains("incremental over export #1 (execution " + fullExecution
					+ "): 1 new, 3 changed, 29 unchanged, 1 deleted");
		JsonNode manifest = manifest(output);
		assertThat(manifest.get("parameters").get("export.sequence").asString()).isEqualTo("2");
		JsonNode incremental = manifest.get("incremental");
		assertThat(incremental.get("base_execution").asLong()).isEqualTo(fullExecution);
		assertThat(incremental.get("base_export_sequence").asLong()).isEqualTo(1);
		assertThat(incremental.get("new").asLong()).isEqualTo(1);
		assertThat(incremental.get("changed").asLong()).as("article-00003, image.txt, and the link (no hash)")
			.isEqualTo(3);
		assertThat(incremental.get("unchanged").asLong()).isEqualTo(29);
		assertThat(incremental.get("deleted").asLong()).isEqualTo(1);

		try (DuckDb duckdb = new DuckDb()) {
			String articles = DuckDb.parquet(output, "articles");
			String files = DuckDb.parquet(output, "files");
			assertThat(duckdb.rows("SELECT source_path FROM " + articles + " ORDER BY 1"))
				.containsExactly(List.of("article-00003.txt"), List.of("article-new.txt"), List.of("image.txt"));
			assertThat(duckdb.rows("SELECT source_path, reason FROM " + DuckDb.parquet(output, "rejects")))
				.containsExactly(List.of("link.txt", "symlink"));
			assertThat(duckdb.rows("SELECT source_path, status, change FROM " + files
					+ " WHERE change <> 'unchanged' ORDER BY 1"))
				.containsExactly(row("article-00003.txt", "article", "changed"), row("article-new.txt", "article", "new"),
						row("image.txt", "article", "changed"), row("link.txt", "reject", "changed"));
			assertThat(duckdb.rows("SELECT count(*) FROM " + files + " WHERE status = 'unchanged' AND change = "
					+ "'unchanged'"))
				.containsExactly(List.of(29L));
			assertEveryInputFileIsAccountedForOnce(duckdb, input, output);
			// the unchanged rows carry the hash and size the full export recorded
			assertThat(duckdb.rows("SELECT source_path, source_sha256, source_bytes FROM " + files
					+ " WHERE status = 'unchanged' ORDER BY 1"))
				.hasSize(29)
				.allSatisfy(row -> assertThat((String) row.get(1)).hasSize(64))
				.contains(row("empty.txt", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0L));

			// an incremental export's rows are those a full export of the same input has for its files
			Path reference = tmp.resolve("reference");
			assertThat(run("reference-repository", input, reference)).as(stderr()).isZero();
			for (String dataset : List.of("articles", "paragraphs", "removed_lines", "quotes")) {
				String columns = dataset.equals("articles") ? CONTENT_COLUMNS : "*";
				String exported = "(SELECT * FROM " + DuckDb.parquet(reference, dataset) + " WHERE doc_id IN "
						+ "('article-00003', 'article-new', 'image'))";
				assertThat(duckdb.count(DuckDb.parquet(output, dataset))).as(dataset).isPositive();
				assertThat(duckdb.difference(DuckDb.parquet(output, dataset), exported, columns)).as(dataset).isEmpty();
			}
			assertThat(duckdb.difference(files, DuckDb.parquet(reference, "files"), "source_path, source_sha256, "
					+ "source_bytes"))
				.as("the same files with the same hashes as a full export")
				.isEmpty();

			assertThat(duckdb.columnTypes("SELECT * FROM " + files)).containsExactly(entry("source_path", "VARCHAR"),
					entry("source_sha256", "VARCHAR"), entry("source_bytes", "BIGINT"), entry("status", "VARCHAR"),
					entry("change", "VARCHAR"));
			assertThat(duckdb.columnTypes("SELECT * FROM " + DuckDb.csv(output, "files")))
				.isEqualTo(duckdb.columnTypes("SELECT * FROM " + files));
			for (String dataset : DATASETS) {
				assertThat(duckdb.difference(DuckDb.parquet(output, dataset), DuckDb.csv(output, dataset), "*"))
					.as("CSV and Parquet hold the same rows of %s", dataset)
					.isEmpty();
			}
		}
	}

	@Test
	void incrementalRunWithoutChangesPublishesAnEmptyExportAndTheNextBuildsOnIt() throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Path output = tmp.resolve("out");
		assertThat(run("repository", input, output)).as(stderr()).isZero();
		assertThat(run("repository", input, output, "--incremental")).as(stderr()).isZero();

		assertThat(stdout()).contains("COMPLETED", "0 articles", "0 rejects", "32 files",
				"0 new, 0 changed, 32 unchanged, 0 deleted");
		assertThat(output.resolve("_SUCCESS")).exists();
		JsonNode second = manifest(output);
		assertThat(second.get("incremental").get("base_export_sequence").asLong()).isEqualTo(1);
		try (DuckDb duckdb = new DuckDb()) {
			for (String dataset : DATASETS) {
				assertThat(duckdb.count(DuckDb.parquet(output, dataset)))
					.as("%s, in Parquet and CSV", dataset)
					.isEqualTo(duckdb.count(DuckDb.csv(output, dataset)))
					.isEqualTo(dataset.equals("files") ? FILES + 2 : 0);
			}
			assertThat(duckdb.rows("SELECT DISTINCT status, change FROM " + DuckDb.parquet(output, "files")))
				.containsExactly(List.of("unchanged", "unchanged"));
		}

		// the third export is based on the second, whose index lists the files it skipped
		Files.writeString(input.resolve("article-00011.txt"), "Report 11, rewritten\n\nThe whole text of this "
				+ "report was replaced by a new sentence of running text.\n");
		assertThat(run("repository", input, output, "--incremental")).as(stderr()).isZero();

		JsonNode third = manifest(output).get("incremental");
		assertThat(third.get("base_execution").asLong()).isEqualTo(second.get("job_execution_id").asLong());
		assertThat(third.get("base_export_sequence").asLong()).isEqualTo(2);
		assertThat(List.of(third.get("new").asLong(), third.get("changed").asLong(), third.get("unchanged").asLong(),
				third.get("deleted").asLong()))
			.containsExactly(0L, 1L, (long) FILES + 1, 0L);
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.rows("SELECT source_path, title FROM " + DuckDb.parquet(output, "articles")))
				.containsExactly(List.of("article-00011.txt", "Report 11, rewritten"));
			assertEveryInputFileIsAccountedForOnce(duckdb, input, output);
		}
	}

	/** The README's nightly recipe: the deltas, copied away after each run, add up to a full export. */
	@Test
	void deltasCopiedAfterEachRunAddUpToAFullExport() throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Path output = tmp.resolve("export");
		Path deltas = tmp.resolve("deltas");
		assertThat(run("repository", input, output, "--incremental")).as(stderr()).isZero();
		copy(output, deltas.resolve("night-1"));
		Files.writeString(input.resolve("article-00004.txt"), "Report 4, corrected\n\nA correction replaced the "
				+ "text of this report with one sentence.\n");
		Files.delete(input.resolve("article-00009.txt"));
		Files.writeString(input.resolve("late.txt"), "A late report\n\nIt arrived after the first night, with a "
				+ "sentence of running text.\n");
		assertThat(run("repository", input, output, "--incremental")).as(stderr()).isZero();
		copy(output, deltas.resolve("night-2"));
		Files.writeString(input.resolve("article-00004.txt"), "Report 4, corrected twice\n\nA second correction "
				+ "replaced the text of this report again.\n");
		assertThat(run("repository", input, output, "--incremental")).as(stderr()).isZero();
		copy(output, deltas.resolve("night-3"));
		Path reference = tmp.resolve("reference");
		assertThat(run("reference-repository", input, reference)).as(stderr()).isZero();

		String union = "(SELECT * FROM read_parquet(" + DuckDb.literal(deltas.resolve("*/parquet/articles/*.parquet"))
				+ ") WHERE source_path IN (SELECT source_path FROM " + DuckDb.parquet(output, "files") + ")"
				+ " QUALIFY row_number() OVER (PARTITION BY source_path ORDER BY exported_at DESC) = 1)";
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(union)).isEqualTo(FILES);
			assertThat(duckdb.difference(union, DuckDb.parquet(reference, "articles"), CONTENT_COLUMNS)).isEmpty();
			assertThat(duckdb.rows("SELECT title FROM " + union + " WHERE source_path = 'article-00004.txt'"))
				.containsExactly(List.of("Report 4, corrected twice"));
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(from.relativize(file).toString()));
			}
		}
	}

	@Test
	void incrementalRunWithoutAUsableBaseExportsEveryFile(CapturedOutput log) throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Path output = tmp.resolve("out");

		assertThat(run("repository", input, output, "--incremental")).as(stderr()).isZero();
		assertFullExport(output);
		assertThat(stdout()).doesNotContain("incremental over");
		assertThat(log.getOut()).contains("holds no complete export: exporting every file");

		Path other = TestCorpus.generate(tmp.resolve("other"), 3);
		assertThat(run("repository", other, output)).as(stderr()).isZero();
		assertThat(run("repository", input, output, "--incremental")).as(stderr()).isZero();
		assertFullExport(output);
		assertThat(log.getOut()).contains("is of another input (" + other.toAbsolutePath() + "): exporting every file");

		Path rules = tmp.resolve("rules.yml");
		Files.writeString(rules, Files.readString(Path.of("config/cleaning-rules.yml")) + "\n# edited\n");
		assertThat(run("repository", input, output, "--incremental", "--rules", rules.toString())).as(stderr())
			.isZero();
		assertFullExport(output);
		assertThat(log.getOut()).contains("was cleaned with other cleaning rules: exporting every file");
	}

	private void assertFullExport(Path output) throws Exception {
		assertThat(manifest(output).get("incremental").isNull()).isTrue();
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(FILES);
			assertThat(duckdb.rows("SELECT DISTINCT change FROM " + DuckDb.parquet(output, "files")))
				.containsExactly(row((Object) null));
		}
	}

	/**
	 * An incremental export interrupted by a failure resumes with the base it started with, even when it is run
	 * again without {@code --incremental} and the output no longer holds that base, and publishes what an
	 * uninterrupted incremental export publishes.
	 */
	@Test
	void failedIncrementalRunResumesWithItsBaseAndPublishesTheSameExport(CapturedOutput log) throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Path output = tmp.resolve("out");
		Path reference = tmp.resolve("reference");
		assertThat(run("repository", input, output)).as(stderr()).isZero();
		assertThat(run("reference-repository", input, reference)).as(stderr()).isZero();
		for (int i = 0; i < FILES; i += 2) {
			Files.writeString(input.resolve(String.format("article-%05d.txt", i)), "Report " + i + " again\n\n"
					+ "The report was written again with one sentence of running text, number " + i + ".\n");
		}
		byte[] binary = { 'G', 'I', 'F', '8', '9', 'a', 0, 1, 0 };
		Files.write(input.resolve("article-00021.txt"), binary);
		Files.write(input.resolve("article-00025.txt"), binary);
		String[] failing = { "--incremental", "--reject-limit", "1", "--commit-interval", "2", "--part-size", "1KB" };

		assertThat(run("repository", input, output, failing)).isEqualTo(1);
		assertThat(stderr()).contains("more than 1 input files were rejected").contains("article-00025.txt");
		assertThat(log.getOut()).contains("Incremental export: based on export #1");

		// The reject of article-00021 is sealed, within the limit, and stays; the file past the limit is fixed.
		Files.writeString(input.resolve("article-00025.txt"), "Report 25 fixed\n\nThe binary file became a report "
				+ "with a sentence of running text.\n");
		// Were the base looked up again, there would be none now: the resumed export must not need the output's.
		Files.delete(output.resolve("_manifest.json"));
		assertThat(run("repository", input, output, "--commit-interval", "2", "--part-size", "1KB")).as(stderr())
			.isZero();
		assertThat(log.getOut()).contains("Resuming export #2")
			.contains("incremental as it started")
			.containsPattern("Exporting 32 files, [1-9][0-9]* done before");
		assertThat(run("reference-repository", input, reference, "--incremental")).as(stderr()).isZero();

		JsonNode resumed = manifest(output).get("incremental");
		JsonNode uninterrupted = manifest(reference).get("incremental");
		for (String count : List.of("base_export_sequence", "new", "changed", "unchanged", "deleted")) {
			assertThat(resumed.get(count).asLong()).as(count).isEqualTo(uninterrupted.get(count).asLong());
		}
		assertThat(resumed.get("changed").asLong()).isEqualTo(FILES / 2 + 2);
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.exportDifferences(output, reference)).as("rows lost or doubled by the restart").isEmpty();
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(FILES / 2 + 1);
			assertThat(duckdb.rows("SELECT source_path FROM " + DuckDb.parquet(output, "rejects")))
				.containsExactly(List.of("article-00021.txt"));
			assertEveryInputFileIsAccountedForOnce(duckdb, input, output);
		}
	}

	/** Every input .txt file is in exactly one of articles, rejects and the unchanged files; nothing else is. */
	private static void assertEveryInputFileIsAccountedForOnce(DuckDb duckdb, Path input, Path output)
			throws Exception {
		List<List<Object>> inputFiles = new ArrayList<>();
		SortedFileWalker walker = new SortedFileWalker(input, null);
		while (walker.hasNext()) {
			inputFiles.add(List.of(walker.next().relativePath()));
		}
		String accounted = "SELECT source_path FROM " + DuckDb.parquet(output, "articles") + " UNION ALL SELECT "
				+ "source_path FROM " + DuckDb.parquet(output, "rejects") + " UNION ALL SELECT source_path FROM "
				+ DuckDb.parquet(output, "files") + " WHERE status = 'unchanged'";
		assertThat(duckdb.rows(accounted + " ORDER BY 1")).containsExactlyElementsOf(sorted(inputFiles));
		assertThat(duckdb.rows("SELECT source_path FROM " + DuckDb.parquet(output, "files") + " ORDER BY 1"))
			.containsExactlyElementsOf(sorted(inputFiles));
	}

	private static List<List<Object>> sorted(List<List<Object>> paths) {
		return paths.stream().sorted((a, b) -> ((String) a.get(0)).compareTo((String) b.get(0))).toList();
	}

	private static List<Object> row(Object... values) {
		return Arrays.asList(values);
	}

	private static JsonNode manifest(Path output) throws IOException {
		return JsonMapper.builder().build().readTree(output.resolve("_manifest.json").toFile());
	}

}

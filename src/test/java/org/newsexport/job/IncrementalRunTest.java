package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.read.SortedFileWalker;
import org.newsexport.support.DuckDb;
import org.newsexport.support.TestCorpus;
import org.newsexport.write.ExportIdentity;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run --incremental}, in process: after a full export, a change of the input (a
 * file changed, one added, one deleted, a reject fixed) gives an export of exactly the
 * new and changed files, whose {@code files} dataset lists every input file and whose
 * manifest counts them; read back through DuckDB.
 */
@ExtendWith(OutputCaptureExtension.class)
class IncrementalRunTest {

	private static final int FILES = 30;

	private static final String NO_STATISTICS = "--export.line-statistics=false";

	private static final List<String> DATASETS = List.of("articles", "paragraphs", "removed_lines", "quotes", "rejects",
			"files", "duplicates");

	@TempDir
	Path tmp;

	/** Options {@code --export.*} are given to Spring as properties. */
	private final CliRun cli = CliRun.inFolder(() -> tmp.resolve("repository"));

	/** Exports the reference, with a job repository of its own. */
	private void exportReference(Path input, Path output, String... options) {
		CliRun reference = CliRun.inFolder(tmp.resolve("reference-repository"));
		assertThat(reference.export(input, output, options)).as(reference.err()).isZero();
	}

	@Test
	void incrementalExportHoldsTheWholeInputRowForRowAsAFullExportWould() throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Files.createSymbolicLink(input.resolve("link.txt"), input.resolve("article-00000.txt"));
		Path output = tmp.resolve("out");
		assertThat(cli.export(input, output, NO_STATISTICS)).as(cli.err()).isZero();

		JsonNode full = manifest(output);
		assertThat(full.has("incremental")).isTrue();
		assertThat(full.get("incremental").isNull()).as("a full export says incremental: null").isTrue();
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.rows("SELECT status, change, count(*) FROM " + DuckDb.parquet(output, "files")
					+ " GROUP BY ALL ORDER BY ALL"))
				.containsExactly(row("article", null, (long) FILES), row("reject", null, 3L));
		}
		long fullExecution = full.get("job_execution_id").asLong();

		Files.writeString(input.resolve("article-00003.txt"),
				"\n\nA paragraph added to report 3 since the first " + "export, a real sentence of the article.\n",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		Files.writeString(input.resolve("article-new.txt"), "A new report\n\nThis report was written after the "
				+ "first export, and it is long enough to be kept as an article.\n");
		Files.delete(input.resolve("article-00007.txt"));
		Files.writeString(input.resolve("image.txt"), "No longer an image\n\nThe file that was a PNG is now a real "
				+ "report with a sentence of running text in it.\n");
		// a new file that nearly repeats an unchanged one: one word of it changed
		String unchanged = Files.readString(input.resolve("article-00012.txt"));
		assertThat(unchanged).contains(" paragraph 12 ");
		Files.writeString(input.resolve("article-repeat.txt"), unchanged.replace(" paragraph 12 ", " section 12 "));

		assertThat(cli.export(input, output, "--incremental", NO_STATISTICS)).as(cli.err()).isZero();

		assertThat(cli.out()).contains("COMPLETED")
			.contains((FILES + 2) + " articles")
			.contains("2 rejects")
			.contains("incremental over export #1 (execution " + fullExecution
					+ "): 2 new, 3 changed, 29 unchanged, 1 deleted");
		JsonNode manifest = manifest(output);
		assertThat(manifest.get("parameters").get("export.sequence").asString()).isEqualTo("2");
		JsonNode incremental = manifest.get("incremental");
		assertThat(incremental.get("base_execution").asLong()).isEqualTo(fullExecution);
		assertThat(incremental.get("base_export_sequence").asLong()).isEqualTo(1);
		assertThat(incremental.get("new").asLong()).isEqualTo(2);
		assertThat(incremental.get("changed").asLong()).as("article-00003, image.txt, and the link (no hash)")
			.isEqualTo(3);
		assertThat(incremental.get("unchanged").asLong()).isEqualTo(29);
		assertThat(incremental.get("deleted").asLong()).isEqualTo(1);

		Path reference = tmp.resolve("reference");
		exportReference(input, reference, NO_STATISTICS);
		try (DuckDb duckdb = new DuckDb()) {
			String files = DuckDb.parquet(output, "files");
			// the same rows in the same order as a full export of the same input, in
			// every dataset and both formats, but for the columns that say which export
			// made a row, and how a file stands against the base
			assertThat(duckdb.exportDifferencesInOrder(output, reference,
					List.of("export_sequence", "job_execution_id", "exported_at", "change")))
				.isEmpty();
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(FILES + 2);
			assertThat(duckdb
				.rows("SELECT source_path, status, change FROM " + files + " WHERE change <> 'unchanged' ORDER BY 1"))
				.containsExactly(row("article-00003.txt", "article", "changed"),
						row("article-new.txt", "article", "new"), row("article-repeat.txt", "article", "new"),
						row("image.txt", "article", "changed"), row("link.txt", "reject", "changed"));
			assertThat(duckdb.rows("SELECT status, count(*) FROM " + files + " WHERE change = 'unchanged' GROUP BY ALL "
					+ "ORDER BY ALL"))
				.as("unchanged files keep the status they had: empty.txt is still a reject")
				.containsExactly(row("article", 28L), row("reject", 1L));
			assertEveryInputFileIsAccountedForOnce(duckdb, input, output);

			// export_sequence marks exactly the rows of the new and changed files, in
			// every dataset
			List<List<Object>> made = List.of(List.of("article-00003"), List.of("article-new"),
					List.of("article-repeat"), List.of("image"), List.of("link"));
			for (String dataset : DATASETS) {
				String key = List.of("articles", "rejects", "files").contains(dataset)
						? "regexp_replace(source_path, '[.]txt$', '')" : "doc_id";
				for (String source : List.of(DuckDb.parquet(output, dataset), DuckDb.csv(output, dataset))) {
					if (dataset.equals("duplicates")) {
						assertThat(duckdb.rows("SELECT DISTINCT export_sequence FROM " + source))
							.as("duplicates are computed again by every export")
							.containsExactly(List.of(2L));
						continue;
					}
					List<List<Object>> marked = duckdb
						.rows("SELECT DISTINCT " + key + " FROM " + source + " WHERE export_sequence = 2 ORDER BY 1");
					assertThat(made).as(dataset).containsAll(marked);
					assertThat(duckdb.rows("SELECT DISTINCT export_sequence FROM " + source + " WHERE " + key
							+ " NOT IN ('article-00003', 'article-new', 'article-repeat', 'image', 'link')"))
						.as(dataset)
						.containsExactly(List.of(1L));
				}
			}
			assertThat(duckdb.rows("SELECT DISTINCT regexp_replace(source_path, '[.]txt$', '') FROM " + files
					+ " WHERE export_sequence = 2 ORDER BY 1"))
				.containsExactlyElementsOf(made);
			// the carried rows keep the base's execution and time
			assertThat(duckdb.rows("SELECT DISTINCT job_execution_id, export_sequence FROM "
					+ DuckDb.parquet(output, "articles") + " ORDER BY 2"))
				.containsExactly(row(fullExecution, 1L), row(manifest.get("job_execution_id").asLong(), 2L));

			// the new file is found to repeat the unchanged one
			// (the generated reports of one seed are near-duplicates of each other: they
			// are one cluster)
			List<List<Object>> clusters = duckdb
				.rows("SELECT doc_id, cluster_id, export_sequence FROM " + DuckDb.parquet(output, "duplicates")
						+ " WHERE doc_id IN ('article-00012', 'article-repeat') " + "ORDER BY 1");
			assertThat(clusters).hasSize(2);
			assertThat(clusters.get(1).get(1)).as("the same cluster").isEqualTo(clusters.get(0).get(1));

			assertThat(duckdb.columnTypes("SELECT * FROM " + files)).containsExactly(entry("source_path", "VARCHAR"),
					entry("source_sha256", "VARCHAR"), entry("source_bytes", "BIGINT"), entry("status", "VARCHAR"),
					entry("change", "VARCHAR"), entry("export_sequence", "BIGINT"));
			assertThat(duckdb.columnTypes("SELECT * FROM " + DuckDb.csv(output, "files")))
				.isEqualTo(duckdb.columnTypes("SELECT * FROM " + files));
		}

		// a second incremental run over the same input carries every row over: the same
		// rows again
		Path before = tmp.resolve("before");
		copy(output, before);
		assertThat(cli.export(input, output, "--incremental", NO_STATISTICS)).as(cli.err()).isZero();
		assertThat(cli.out()).contains("0 new, 1 changed, " + (FILES + 3) + " unchanged, 0 deleted");
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.exportDifferencesInOrder(output, before, List.of("change"))
				.stream()
				.filter(difference -> !difference.contains("duplicates") && !difference.contains("link"))
				.toList())
				.as("every row but those of the link (no hash: exported again) and duplicates (computed again)")
				.isEmpty();
			assertThat(duckdb.exportDifferencesInOrder(output, before, List.of("export_sequence", "change"))).isEmpty();
		}
	}

	@Test
	void incrementalRunWithoutChangesPublishesTheSameRowsAndTheNextBuildsOnIt() throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Path output = tmp.resolve("out");
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		Path first = tmp.resolve("first");
		copy(output, first);
		assertThat(cli.export(input, output, "--incremental")).as(cli.err()).isZero();

		assertThat(cli.out()).contains("COMPLETED", FILES + " articles", "2 rejects", "32 files",
				"0 new, 0 changed, 32 unchanged, 0 deleted");
		assertThat(output.resolve("_SUCCESS")).exists();
		JsonNode second = manifest(output);
		assertThat(second.get("incremental").get("base_export_sequence").asLong()).isEqualTo(1);
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.exportDifferencesInOrder(output, first, List.of("change"))
				.stream()
				.filter(difference -> !difference.contains("duplicates"))
				.toList()).as("every row carried over as it was, with its export_sequence, execution and time")
				.isEmpty();
			assertThat(duckdb.exportDifferencesInOrder(output, first, List.of("change", "export_sequence"))).isEmpty();
			assertThat(duckdb
				.rows("SELECT DISTINCT status, change FROM " + DuckDb.parquet(output, "files") + " ORDER BY ALL"))
				.containsExactly(List.of("article", "unchanged"), List.of("reject", "unchanged"));
			// every row carried over with the first export's sequence, into parts the
			// second export wrote
			assertThat(duckdb.rows("SELECT DISTINCT decode(key), decode(value) FROM parquet_kv_metadata("
					+ DuckDb.literal(output.resolve("parquet/*/*.parquet")) + ") WHERE decode(key) IN ('"
					+ ExportIdentity.EXPORT_SEQUENCE + "', '" + ExportIdentity.WRITTEN_BY + "') ORDER BY ALL"))
				.as("the footers of the parts of an incremental export that carried every row over")
				.containsExactly(List.of(ExportIdentity.EXPORT_SEQUENCE, "2"),
						List.of(ExportIdentity.WRITTEN_BY, second.get("job_execution_id").asString()));
		}

		// the third export is based on the second, whose files list the files it carried
		// over
		Files.writeString(input.resolve("article-00011.txt"), "Report 11, rewritten\n\nThe whole text of this "
				+ "report was replaced by a new sentence of running text.\n");
		assertThat(cli.export(input, output, "--incremental")).as(cli.err()).isZero();

		JsonNode third = manifest(output).get("incremental");
		assertThat(third.get("base_execution").asLong()).isEqualTo(second.get("job_execution_id").asLong());
		assertThat(third.get("base_export_sequence").asLong()).isEqualTo(2);
		assertThat(List.of(third.get("new").asLong(), third.get("changed").asLong(), third.get("unchanged").asLong(),
				third.get("deleted").asLong()))
			.containsExactly(0L, 1L, (long) FILES + 1, 0L);
		try (DuckDb duckdb = new DuckDb()) {
			// last night's changes, as docs/incremental.md filters them
			assertThat(duckdb.rows("SELECT source_path, title FROM " + DuckDb.parquet(output, "articles")
					+ " WHERE export_sequence = (SELECT parameters.\"export.sequence\"::BIGINT FROM read_json("
					+ DuckDb.literal(output.resolve("_manifest.json")) + "))"))
				.containsExactly(List.of("article-00011.txt", "Report 11, rewritten"));
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(FILES);
			assertEveryInputFileIsAccountedForOnce(duckdb, input, output);
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(path -> !path.getFileName().toString().startsWith(".news-export")).toList()) {
				Files.copy(file, to.resolve(from.relativize(file).toString()));
			}
		}
	}

	@Test
	void incrementalRunWithoutAUsableBaseExportsEveryFile(CapturedOutput log) throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Path output = tmp.resolve("out");

		assertThat(cli.export(input, output, "--incremental")).as(cli.err()).isZero();
		assertFullExport(output);
		assertThat(cli.out()).doesNotContain("incremental over");
		assertThat(log.getOut()).contains("holds no complete export: exporting every file");

		Path other = TestCorpus.generate(tmp.resolve("other"), 3);
		assertThat(cli.export(other, output)).as(cli.err()).isZero();
		assertThat(cli.export(input, output, "--incremental")).as(cli.err()).isZero();
		assertFullExport(output);
		assertThat(log.getOut()).contains("is of another input (" + other.toAbsolutePath() + "): exporting every file");

		Path rules = tmp.resolve("rules.yml");
		Files.writeString(rules, Files.readString(Path.of("config/cleaning-rules.yml")) + "\n# edited\n");
		assertThat(cli.export(input, output, "--incremental", "--rules", rules.toString())).as(cli.err()).isZero();
		assertFullExport(output);
		assertThat(log.getOut()).contains("was cleaned with other cleaning rules: exporting every file");

		// an export written before export_sequence existed held the changes only: it is
		// no base
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		Path manifest = output.resolve("_manifest.json");
		JsonNode older = JsonMapper.builder().build().readTree(manifest.toFile());
		for (JsonNode dataset : older.get("datasets")) {
			Iterator<JsonNode> columns = dataset.get("columns").iterator();
			while (columns.hasNext()) {
				if (columns.next().get("name").asString().equals("export_sequence")) {
					columns.remove();
				}
			}
		}
		JsonMapper.builder().build().writeValue(manifest.toFile(), older);
		assertThat(cli.export(input, output, "--incremental")).as(cli.err()).isZero();
		assertFullExport(output);
		assertThat(log.getOut()).contains("has no export_sequence column (an older version wrote it, with the "
				+ "changes only): exporting every file");

		// an export written before the articles had a standfirst column: its rows cannot
		// be carried over as they are
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		JsonNode withoutStandfirst = JsonMapper.builder().build().readTree(manifest.toFile());
		for (JsonNode dataset : withoutStandfirst.get("datasets")) {
			Iterator<JsonNode> columns = dataset.get("columns").iterator();
			while (columns.hasNext()) {
				if (columns.next().get("name").asString().equals("standfirst")) {
					columns.remove();
				}
			}
		}
		JsonMapper.builder().build().writeValue(manifest.toFile(), withoutStandfirst);
		assertThat(cli.export(input, output, "--incremental")).as(cli.err()).isZero();
		assertFullExport(output);
		assertThat(log.getOut()).contains("has no column articles.standfirst (an older version wrote it, without "
				+ "that column): exporting every file");
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
	 * An incremental export interrupted by a failure resumes with the base it started
	 * with, even when it is run again without {@code --incremental}, and publishes what
	 * an uninterrupted incremental export publishes; it refuses, in one line, to resume
	 * once the output no longer holds its base.
	 */
	@Test
	void failedIncrementalRunResumesWithItsBaseAndPublishesTheSameExport(CapturedOutput log) throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Path output = tmp.resolve("out");
		Path reference = tmp.resolve("reference");
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		exportReference(input, reference);
		for (int i = 0; i < FILES; i += 2) {
			Files.writeString(input.resolve(String.format("article-%05d.txt", i)), "Report " + i + " again\n\n"
					+ "The report was written again with one sentence of running text, number " + i + ".\n");
		}
		byte[] binary = { 'G', 'I', 'F', '8', '9', 'a', 0, 1, 0 };
		Files.write(input.resolve("article-00021.txt"), binary);
		Files.write(input.resolve("article-00025.txt"), binary);
		String[] failing = { "--incremental", "--reject-limit", "1", "--commit-interval", "2", "--part-size", "1KB" };

		assertThat(cli.export(input, output, failing)).isEqualTo(1);
		assertThat(cli.err()).contains("more than 1 input files were rejected").contains("article-00025.txt");
		assertThat(log.getOut()).contains("Incremental export: based on export #1");

		// The reject of article-00021 is sealed, within the limit, and stays; the file
		// past the limit is fixed.
		Files.writeString(input.resolve("article-00025.txt"),
				"Report 25 fixed\n\nThe binary file became a report " + "with a sentence of running text.\n");
		// The rows of unchanged files are carried over from the base: it must still be
		// the export in the output.
		Path manifest = output.resolve("_manifest.json");
		Path aside = tmp.resolve("manifest-aside.json");
		Files.move(manifest, aside);
		assertThat(cli.export(input, output, "--commit-interval", "2", "--part-size", "1KB")).isEqualTo(1);
		assertThat(cli.err().lines()).singleElement()
			.asString()
			.startsWith("news-export: ")
			.contains("the base of this incremental export (export #1, execution 1) is no longer the export "
					+ "published in")
			.contains("abandon this execution");
		Files.move(aside, manifest);
		// Resumed without --incremental: it goes on as it started, with the base it
		// started with.
		assertThat(cli.export(input, output, "--commit-interval", "2", "--part-size", "1KB")).as(cli.err()).isZero();
		assertThat(log.getOut()).contains("Resuming export #2")
			.contains("incremental as it started")
			.containsPattern("Exporting 32 files, [1-9][0-9]* done before");
		exportReference(input, reference, "--incremental");

		JsonNode resumed = manifest(output).get("incremental");
		JsonNode uninterrupted = manifest(reference).get("incremental");
		for (String count : List.of("base_export_sequence", "new", "changed", "unchanged", "deleted")) {
			assertThat(resumed.get(count).asLong()).as(count).isEqualTo(uninterrupted.get(count).asLong());
		}
		assertThat(resumed.get("changed").asLong()).isEqualTo(FILES / 2 + 2);
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.exportDifferences(output, reference)).as("rows lost or doubled by the restart").isEmpty();
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(FILES - 1);
			assertThat(duckdb.rows("SELECT source_path FROM " + DuckDb.parquet(output, "rejects")))
				.containsExactly(List.of("article-00021.txt"), List.of("empty.txt"), List.of("image.txt"));
			assertEveryInputFileIsAccountedForOnce(duckdb, input, output);
		}
	}

	/**
	 * Every input .txt file is in exactly one of articles, rejects and the unchanged
	 * files; nothing else is.
	 */
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

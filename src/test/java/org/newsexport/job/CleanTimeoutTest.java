package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;

/**
 * A rule that backtracks catastrophically on one line of one file (several unbounded
 * quantifiers in a row over the same letters: a shape the load-time check lets through):
 * that file is rejected as {@code clean_timeout} within {@code export.max-clean-time},
 * every other file is exported, and a rerun gives the same export.
 */
class CleanTimeoutTest {

	/**
	 * Tried on lines that open with a small letter; on 400 of them it would run for
	 * hours.
	 */
	private static final String SLOW_RULE = """
			  - name: slow-letters
			    category: test
			    action: drop
			    pattern: '^[a-z]+[a-z]+[a-z]+[a-z]+[a-z]+[a-z]+!$'
			""";

	private static final String ARTICLE = "Headline number %d\n\nA real sentence of article %d, long enough to be "
			+ "kept by the cleaner, said the minister on Monday.\n\nthe second paragraph opens with a small letter and"
			+ " ends like a sentence.\n";

	@TempDir
	Path tmp;

	@Test
	void theFileThatRunsPastTheLimitIsRejectedAndTheRunGoesOn() throws Exception {
		Path rules = tmp.resolve("rules.yml");
		String shipped = Files.readString(Path.of("config/cleaning-rules.yml"), StandardCharsets.UTF_8);
		Files.writeString(rules, shipped.replace("\nrules:\n", "\nrules:\n" + SLOW_RULE));
		Path input = Files.createDirectories(tmp.resolve("input"));
		for (int i = 0; i < 6; i++) {
			Files.writeString(input.resolve(String.format("file-%02d.txt", i)), ARTICLE.formatted(i, i));
		}
		Files.writeString(input.resolve("file-03.txt"), ARTICLE.formatted(3, 3) + "\n" + "a".repeat(400) + "\n");

		CliRun cli = CliRun.inFolder(tmp.resolve("repository"))
			.with("--export.rules-file=" + rules, "--export.max-clean-time=1s", "--export.threads=2");
		long start = System.nanoTime();
		assertThat(cli.export(input, tmp.resolve("out"))).as(cli.err()).isZero();
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(seconds).as("the run, its file abandoned after 1 s").isLessThan(30);
		assertThat(cli.export(input, tmp.resolve("again"))).as(cli.err()).isZero();

		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb
				.rows("SELECT source_path, reason, detail FROM " + DuckDb.parquet(tmp.resolve("out"), "rejects")))
				.containsExactly(List.of("file-03.txt", "clean_timeout",
						"cleaning took longer than export.max-clean-time (1s) and was abandoned"));
			assertThat(duckdb
				.rows("SELECT source_path FROM " + DuckDb.parquet(tmp.resolve("out"), "articles") + " ORDER BY 1"))
				.extracting(row -> row.get(0))
				.containsExactly("file-00.txt", "file-01.txt", "file-02.txt", "file-04.txt", "file-05.txt");
			assertThat(duckdb.exportDifferences(tmp.resolve("again"), tmp.resolve("out"))).isEmpty();
		}
	}

}

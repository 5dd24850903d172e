package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;

import tools.jackson.databind.json.JsonMapper;

/**
 * Past the reject limit the run fails with one clear line; after the files are fixed, the
 * same command completes.
 */
class RejectLimitTest {

	private static final String ARTICLE = "Headline %d\n\nA real sentence of article %d, long enough to be kept.\n";

	@TempDir
	Path tmp;

	@Test
	void failsPastTheLimitAndCompletesOnceTheFilesAreFixed() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("input"));
		for (int i = 0; i < 10; i++) {
			Path file = input.resolve(String.format("file-%02d.txt", i));
			if (i % 3 == 1) {
				Files.write(file, new byte[] { 'G', 'I', 'F', 0, 0, 1 });
			}
			else {
				Files.writeString(file, ARTICLE.formatted(i, i));
			}
		}
		Path output = tmp.resolve("out");
		CliRun cli = CliRun.inFolder(tmp.resolve("repository"));
		String[] options = { "--reject-limit", "2", "--commit-interval", "2" };

		assertThat(cli.export(input, output, options)).isEqualTo(1);
		String message = cli.err();
		assertThat(message).contains("more than 2 input files were rejected (export.reject-limit)")
			.contains("file-07.txt (not_text")
			.contains("run the same command again to resume")
			.hasLineCount(1);
		assertThat(output.resolve("_SUCCESS")).doesNotExist();

		for (int i = 1; i < 10; i += 3) {
			Files.writeString(input.resolve(String.format("file-%02d.txt", i)), ARTICLE.formatted(i, i));
		}
		assertThat(cli.export(input, output, options)).as(cli.err()).isZero();

		var manifest = JsonMapper.builder().build().readTree(output.resolve("_manifest.json").toFile());
		assertThat(manifest.get("parameters").get("export.sequence").asString()).as("the failed export resumed")
			.isEqualTo("1");
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(
					duckdb.count(DuckDb.parquet(output, "articles")) + duckdb.count(DuckDb.parquet(output, "rejects")))
				.isEqualTo(10);
			assertThat(duckdb.count(DuckDb.parquet(output, "rejects"))).isLessThanOrEqualTo(2);
		}
	}

}

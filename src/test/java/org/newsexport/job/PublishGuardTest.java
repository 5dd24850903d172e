package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.newsexport.support.TestCorpus;

/**
 * The publish guard, in process: an input without {@code *.txt} files, or one that lost
 * most of its files, is not published over a good export (exit 6, the published export
 * byte for byte as it was, the execution FAILED), the same command exports the input
 * again, and {@code --force} publishes the refused export.
 */
class PublishGuardTest {

	private static final int FILES = 20;

	@TempDir
	Path tmp;

	private final CliRun cli = CliRun.inFolder(() -> tmp.resolve("repository"));

	@Test
	void emptyInputAfterAGoodExportIsRefusedAndLeavesTheExportAsItWas() throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Path output = tmp.resolve("out");
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		Map<String, String> published = hashes(output);

		// An unmounted folder: no *.txt file at all, only what the mount point holds.
		Path empty = Files.createDirectories(tmp.resolve("mount-point"));
		Files.writeString(empty.resolve("README"), "mount the crawl here\n");
		assertThat(cli.export(empty, output)).as(cli.out() + cli.err()).isEqualTo(6);
		assertThat(cli.err().lines()).singleElement()
			.asString()
			.matches("news-export: execution \\d+ refused to publish: the input has no \\*\\.txt file, and an export"
					+ " of 20 articles is published; check the input, or run again with --force to publish anyway");
		assertThat(hashes(output)).as("the published export, byte for byte").isEqualTo(published);

		// The same command exports the input again, in case it was fixed: still empty, it
		// is refused again.
		assertThat(cli.export(empty, output)).isEqualTo(6);
		assertThat(hashes(output)).isEqualTo(published);
		assertThat(cli.run("executions", "--format", "csv")).isZero();
		assertThat(cli.out().lines().skip(1).limit(3).map(line -> line.split(",")[1])).containsExactly("FAILED",
				"ABANDONED", "COMPLETED");

		// Once the folder is mounted again, the same command publishes.
		TestCorpus.generate(empty, FILES);
		assertThat(cli.export(empty, output)).as(cli.err()).isZero();
		assertThat(cli.out()).contains("COMPLETED").contains(": 20 articles,");
		assertThat(hashes(output)).isNotEqualTo(published);
	}

	@Test
	void inputThatLostMostOfItsFilesIsRefusedAndForcePublishesIt() throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		Path output = tmp.resolve("out");
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		Map<String, String> published = hashes(output);
		for (int i = 0; i < FILES; i++) {
			if (i % 4 != 0) {
				Files.delete(input.resolve(String.format("article-%05d.txt", i)));
			}
		}

		assertThat(cli.export(input, output)).as(cli.out() + cli.err()).isEqualTo(6);
		assertThat(cli.err().lines()).singleElement()
			.asString()
			.matches("news-export: execution \\d+ refused to publish: 5 articles against 20 published \\(below "
					+ "export.min-keep-ratio 0.5\\); check the input, or run again with --force to publish anyway");
		assertThat(hashes(output)).isEqualTo(published);
		String refused = cli.err().replaceAll("(?s)news-export: execution (\\d+) .*", "$1");

		// --force on a restart of the refused execution publishes it, without exporting
		// it again.
		assertThat(cli.run("restart", refused, "--force")).as(cli.out() + cli.err()).isZero();
		assertThat(cli.out()).contains(" COMPLETED ").contains(": 5 articles,");
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(5);
		}
		// The next export, of the same 5 files, has nothing to refuse.
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
	}

	@Test
	void aFirstExportAKeptShareAndAnotherInputAreNotGuarded() throws Exception {
		Path output = tmp.resolve("out");
		Path empty = Files.createDirectories(tmp.resolve("empty"));
		assertThat(cli.export(empty, output)).as(cli.err()).isZero();
		Path input = TestCorpus.generate(tmp.resolve("input"), 4);
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		Files.delete(input.resolve("article-00000.txt"));
		// 3 of 4: above 0.5
		assertThat(cli.export(input, output, "--commit-interval", "2")).as(cli.err()).isZero();
		// An export of another input replaces the published one by intent: only an empty
		// input is refused.
		Path other = Files.createDirectories(tmp.resolve("other"));
		Files.copy(input.resolve("article-00001.txt"), other.resolve("one.txt"));
		assertThat(cli.export(other, output)).as(cli.err()).isZero();
		assertThat(cli.export(empty, output)).isEqualTo(6);
		assertThat(cli.export(empty, output, "--force")).as(cli.err()).isZero();
	}

	/**
	 * SHA-256 of every file of the published export, by path: all under the output but
	 * its hidden entries (the lock, and the staging of the refused execution, kept for
	 * its resumption).
	 */
	private static Map<String, String> hashes(Path output) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(output)) {
			for (Path file : files.filter(Files::isRegularFile)
				.filter(file -> !output.relativize(file).getName(0).toString().startsWith("."))
				.toList()) {
				hashes.put(output.relativize(file).toString(), sha256(Files.readAllBytes(file)));
			}
		}
		assertThat(hashes).containsKey("_SUCCESS").containsKey("_manifest.json");
		return hashes;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

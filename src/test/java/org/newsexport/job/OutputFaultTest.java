package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.newsexport.support.FullDiskFileSystem;
import org.newsexport.support.TestCorpus;

/**
 * Output faults: the run fails with one clear line, the previous export stays whole, a
 * run after the fix completes.
 */
class OutputFaultTest {

	@TempDir
	Path tmp;

	private final CliRun cli = CliRun.inFolder(() -> tmp.resolve("repository"));

	@AfterEach
	void emptyDiskAgain() {
		FullDiskFileSystem.setFreeBytes(Long.MAX_VALUE);
	}

	@Test
	void fullDiskFailsTheRunKeepsThePreviousExportAndTheRunAfterTheFixCompletes() throws Exception {
		Path out = tmp.resolve("out");
		String output = "fullfs://" + out;
		assertThat(cli.export(TestCorpus.SEEDS, output)).as(cli.err()).isZero();
		String previousManifest = Files.readString(out.resolve("_manifest.json"));

		Path input = TestCorpus.generate(tmp.resolve("input"), 200);
		FullDiskFileSystem.setFreeBytes(300_000);
		assertThat(cli.export(input, output)).isEqualTo(1);
		assertThat(cli.err()).contains("No space left on device")
			.contains("run the same command again to resume")
			.hasLineCount(1);
		assertThat(out.resolve("_SUCCESS")).exists();
		assertThat(out.resolve("_manifest.json")).hasContent(previousManifest);
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(out, "articles"))).isEqualTo(5);
		}

		FullDiskFileSystem.setFreeBytes(Long.MAX_VALUE);
		assertThat(cli.export(input, output)).as(cli.err()).isZero();
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(out, "articles"))).isEqualTo(200);
			assertThat(duckdb.count(DuckDb.parquet(out, "rejects"))).isEqualTo(2);
		}
	}

	@Test
	void outputDirectoryThatIsNotWritableIsAUsageError() throws Exception {
		Path out = Files.createDirectories(tmp.resolve("read-only"));
		Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
		if (Files.isWritable(out)) {
			return; // running as root: permissions do not stop writing
		}
		assertThat(cli.export(TestCorpus.SEEDS, out.toString())).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: output directory is not writable: " + out + "\n");
	}

}

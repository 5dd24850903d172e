package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.newsexport.support.JobProcess;
import org.newsexport.support.TestCorpus;

/**
 * SIGTERM to a real job process in the middle of its input stops it as {@code stop ID}
 * does: exit status 5, one line on stderr, the execution STOPPED with its datasets sealed
 * where they stand, and the next run resumes after the last file read and publishes what
 * an uninterrupted run publishes.
 */
class SignalStopTest {

	private static final int FILES = 120;

	/** The articles and the two rejects of {@link TestCorpus}. */
	private static final int INPUT_FILES = FILES + 2;

	private static final Pattern STOPPED = Pattern
		.compile("news-export: execution (\\d+) STOPPED by SIGTERM after " + "(\\d+) of " + INPUT_FILES
				+ " files \\((\\d+) articles, (\\d+) rejects\\); run the same command again " + "to resume");

	@Test
	void sigtermStopsAtAChunkBoundaryAndTheNextRunResumesWhereItStopped(@TempDir Path tmp) throws Exception {
		Path input = TestCorpus.generate(tmp.resolve("input"), FILES);
		String url = "jdbc:h2:file:" + tmp.resolve("repository/db") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
		Path output = tmp.resolve("out");
		// Parts large enough not to be sealed by size before the signal: what is sealed
		// at the stop is all there is.
		String[] run = { "run", "--input", input.toString(), "--output", output.toString(), "--commit-interval", "5",
				"--part-size", "64MB" };
		JobProcess running = JobProcess.start(tmp.resolve("running.log"), tmp.resolve("running.err"),
				List.of("spring.datasource.url=" + url, "spring.main.sources=org.newsexport.support.SlowChunks",
						"test.chunk-delay-ms=100"),
				run);
		// until the export step has written its first chunk (an open part), and a little
		// more
		running.awaitWhileAlive("the export step's first chunk", () -> openArticlesPart(output));
		Thread.sleep(500);
		running.terminate();
		assertThat(running.waitFor(120)).as(running.output()).isEqualTo(5);

		String stderr = Files.readString(tmp.resolve("running.err"));
		assertThat(stderr.lines()).as(stderr).hasSize(1);
		Matcher stopped = STOPPED.matcher(stderr.strip());
		assertThat(stopped.matches()).as(stderr).isTrue();
		long id = Long.parseLong(stopped.group(1));
		long done = Long.parseLong(stopped.group(2));
		assertThat(done).isPositive().isLessThan(INPUT_FILES);
		assertThat(Long.parseLong(stopped.group(3)) + Long.parseLong(stopped.group(4))).isEqualTo(done);
		assertThat(running.output()).contains("SIGTERM: stopping execution " + id).doesNotContain("\tat ");
		assertThat(output.resolve("_SUCCESS")).doesNotExist();

		CliRun cli = CliRun.onUrl(url);
		assertThat(cli.run("executions", "--format", "csv")).as(cli.err()).isZero();
		assertThat(cli.out().lines().skip(1).findFirst().orElseThrow()).startsWith(id + ",STOPPED,");
		assertThat(cli.run("show", String.valueOf(id))).as(cli.err()).isZero();
		assertThat(cli.out()).contains("export: " + FailureMessages.STOPPED).doesNotContainIgnoringCase("interrupted");

		assertThat(cli.run(run)).as(cli.err()).isZero();
		assertThat(cli.out()).contains("COMPLETED", FILES + " articles");
		assertThat(cli.run("show", String.valueOf(id + 1))).as(cli.err()).isZero();
		assertThat(cli.out()).contains("COMPLETED").doesNotContain("stopped");
		// The datasets were sealed where the run stopped: the rerun reads exactly the
		// files it had not read.
		String password = H2JobRepository.of(url).credentials("sa").password();
		try (Connection connection = DriverManager.getConnection(url, "sa", password);
				ResultSet reads = connection.createStatement()
					.executeQuery("SELECT READ_COUNT FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'export'"
							+ " ORDER BY STEP_EXECUTION_ID")) {
			assertThat(reads.next()).isTrue();
			assertThat(reads.next()).isTrue();
			assertThat(reads.getLong(1)).isEqualTo(INPUT_FILES - done);
		}

		Path reference = tmp.resolve("reference");
		CliRun uninterrupted = CliRun.inFolder(tmp.resolve("reference-db"));
		assertThat(uninterrupted.export(input, reference)).as(uninterrupted.err()).isZero();
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.exportDifferences(output, reference)).as("rows lost or doubled by the stop").isEmpty();
		}
	}

	private static boolean openArticlesPart(Path output) throws IOException {
		Path staging = output.resolve(".staging");
		if (!Files.isDirectory(staging)) {
			return false;
		}
		try (Stream<Path> files = Files.walk(staging)) {
			return files.anyMatch(path -> path.getParent().getFileName().toString().equals("articles")
					&& path.getFileName().toString().endsWith(".inprogress"));
		}
	}

}

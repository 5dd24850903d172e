package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.newsexport.support.JobProcess;
import org.newsexport.support.TestCorpus;
import org.newsexport.write.DatasetSchema;
import org.newsexport.write.Datasets;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Kills a real job process with SIGKILL in the middle of its input, runs the same command
 * again, and checks that the published export equals the one of an uninterrupted run: on
 * the default H2 file repository and on PostgreSQL. In the {@code slow} Maven profile: it
 * starts eleven job processes. Each run that is killed, stopped or raced, and each run
 * after a kill, is a process of its own; the uninterrupted runs it compares with, an
 * earlier export, and the commands that list, stop and resume a stopped run run in this
 * JVM (another process to the job).
 */
@Tag("slow")
@ExtendWith(OutputCaptureExtension.class)
class CrashRestartTest {

	private static final int FILES = 400;

	/**
	 * Three cleaning threads whatever the machine's processors: the restart is tested
	 * with items cleaned in parallel and chunks written on the writer's own thread, as
	 * production runs them.
	 */
	private static final String THREADS = "export.threads=3";

	private static final String[] RUN_OPTIONS = { "--commit-interval", "5", "--part-size", "16KB" };

	private static EmbeddedPostgres postgres;

	@TempDir
	static Path shared;

	private static Path input;

	/**
	 * The uninterrupted export of {@link #input} with the options of
	 * {@link #killResumeAndCompare}.
	 */
	private static Path reference;

	@BeforeAll
	static void corpusAndDatabase() throws IOException {
		input = TestCorpus.generate(shared.resolve("input"), FILES);
		postgres = EmbeddedPostgres.builder().start();
		reference = shared.resolve("reference");
		CliRun uninterrupted = CliRun.inFolder(shared.resolve("reference-repository")).with("--" + THREADS);
		assertThat(uninterrupted.export(input, reference, RUN_OPTIONS)).as(uninterrupted.err()).isZero();
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void killedRunResumesAndPublishesTheSameExportOnH2(@TempDir Path tmp) throws Exception {
		// As config/application.yml: a commit is on disk when it returns, so a SIGKILL
		// loses no committed chunk.
		String url = "jdbc:h2:file:" + tmp.resolve("repository/job-repository") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
		killResumeAndCompare(tmp, List.of("spring.datasource.url=" + url));
		String password = H2JobRepository.of(url).credentials("sa").password();
		try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
			assertResumedWithoutReadingEverythingAgain(connection);
		}
	}

	@Test
	void killedRunResumesAndPublishesTheSameExportOnPostgres(@TempDir Path tmp) throws Exception {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
		}
		List<String> database = List.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
				"spring.datasource.password=");
		killResumeAndCompare(tmp, database);
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			assertResumedWithoutReadingEverythingAgain(connection);
		}
	}

	@Test
	void secondProcessOnTheSameOutputRefusesWhileTheFirstRuns(@TempDir Path tmp) throws Exception {
		List<String> database = List.of("spring.datasource.url=jdbc:h2:file:" + tmp.resolve("repository/db")
				+ ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
		Path output = tmp.resolve("out");
		JobProcess first = JobProcess.start(tmp.resolve("first.log"), slow(database), runArgs(output));
		try {
			first.awaitWhileAlive("1 sealed part", () -> sealedArticleParts(output) >= 1);
			JobProcess second = JobProcess.start(tmp.resolve("second.log"), database, runArgs(output));
			assertThat(second.waitFor(120)).as(second.output()).isEqualTo(3);
			assertThat(second.output()).contains("news-export: already running:").doesNotContain("\tat ");
		}
		finally {
			first.kill();
		}
	}

	@Test
	void twoProcessesStartingTheSameExportAtOnceRunExactlyOneOnPostgres(@TempDir Path tmp) throws Exception {
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
		}
		List<String> database = List.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"spring.datasource.username=postgres", "spring.datasource.password=");
		// Half the input: the run that goes on needs only to outlast the start of the
		// other.
		Path half = TestCorpus.generate(tmp.resolve("input"), FILES / 2);
		Path output = tmp.resolve("out");
		JobProcess first = JobProcess.start(tmp.resolve("first.log"), slow(database), runArgs(half, output));
		JobProcess second = JobProcess.start(tmp.resolve("second.log"), slow(database), runArgs(half, output));
		try {
			Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
			while (first.isAlive() && second.isAlive() && Instant.now().isBefore(deadline)) {
				Thread.sleep(50);
			}
			JobProcess refused = first.isAlive() ? second : first;
			JobProcess running = refused == first ? second : first;
			assertThat(refused.waitFor(10)).as(refused.output()).isEqualTo(3);
			assertThat(refused.output()).contains("news-export: already running:");
			assertThat(running.isAlive()).as(running.output()).isTrue();
			assertThat(running.waitFor(300)).as(running.output()).isZero();
		}
		finally {
			first.kill();
			second.kill();
		}
	}

	@Test
	void stopFromAnotherProcessEndsTheRunStoppedAndTheNextRunResumesIt(@TempDir Path tmp, CapturedOutput log)
			throws Exception {
		String url = "jdbc:h2:file:" + tmp.resolve("repository/db") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
		List<String> database = List.of("spring.datasource.url=" + url);
		Path output = tmp.resolve("out");
		JobProcess running = JobProcess.start(tmp.resolve("running.log"), slow(database), runArgs(output));
		running.awaitWhileAlive("1 sealed part", () -> sealedArticleParts(output) >= 1);
		CliRun cli = CliRun.onUrl(url);
		assertThat(cli.run("executions", "--status", "started", "--format", "csv")).as(cli.err()).isZero();
		String id = cli.out().lines().skip(1).findFirst().orElseThrow().split(",")[0];

		// This JVM is the other process: stop only marks the execution in the job
		// repository.
		assertThat(cli.run("stop", id)).as(cli.err()).isZero();
		assertThat(running.waitFor(120)).as(running.output()).isEqualTo(5);
		assertThat(running.output()).contains("STOPPED").contains("run the same command again to resume");
		assertThat(output.resolve("_SUCCESS")).doesNotExist();

		assertThat(cli.export(input, output, RUN_OPTIONS)).as(cli.err()).isZero();
		assertThat(log.getOut()).contains("Resuming export #1 (execution " + id + " ended STOPPED)");
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(FILES);
		}
	}

	/**
	 * An incremental export killed in the middle resumes with its base and publishes what
	 * an uninterrupted incremental export over the same base publishes.
	 */
	@Test
	void killedIncrementalRunResumesAndPublishesTheSameExport(@TempDir Path tmp) throws Exception {
		List<String> database = List.of("spring.datasource.url=jdbc:h2:file:" + tmp.resolve("repository/db")
				+ ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
		CliRun cli = inProcess(database);
		int files = FILES / 2;
		Path changing = TestCorpus.generate(tmp.resolve("input"), files);
		Path output = tmp.resolve("out");
		assertThat(cli.export(changing, output, RUN_OPTIONS)).as(cli.err()).isZero();
		// The reference starts from the same published export, so that its base is the
		// same.
		Path reference = tmp.resolve("reference");
		try (Stream<Path> walk = Files.walk(output)) {
			for (Path file : walk.filter(path -> !path.getFileName().toString().startsWith(".news-export")).toList()) {
				Files.copy(file, reference.resolve(output.relativize(file).toString()));
			}
		}
		for (int i = 0; i < files; i += 2) {
			Path file = changing.resolve(String.format("article-%05d.txt", i));
			Files.writeString(file, Files.readString(file) + "\nA paragraph added to report " + i
					+ " after the first export, with a sentence of running text.\n");
		}
		Files.delete(changing.resolve("article-00001.txt"));

		JobProcess killed = JobProcess.start(tmp.resolve("killed.log"), slow(database),
				incremental(runArgs(changing, output)));
		killed.awaitWhileAlive("3 sealed parts", () -> sealedArticleParts(output) >= 3);
		killed.kill();
		assertThat(killed.output()).contains("Incremental export: based on export #1");
		JobProcess resumed = JobProcess.start(tmp.resolve("resumed.log"), database,
				incremental(runArgs(changing, output)));
		assertThat(resumed.waitFor(300)).as(resumed.output()).isZero();
		assertThat(resumed.output()).contains("ended without finishing")
			.contains("Resuming export #2")
			.contains("incremental over export #1")
			.contains((files / 2) + " changed, " + (files / 2 + 1) + " unchanged, 1 deleted");
		assertThat(cli.export(changing, reference, incremental(RUN_OPTIONS))).as(cli.err()).isZero();

		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).as("the whole input: changed and carried over")
				.isEqualTo(files - 1);
			assertThat(duckdb.count(DuckDb.parquet(output, "articles") + " WHERE export_sequence = 2"))
				.isEqualTo(files / 2);
			assertThat(duckdb.count(DuckDb.parquet(output, "files"))).isEqualTo(files + 1);
			assertThat(duckdb.exportDifferences(output, reference)).as("rows lost or doubled by the restart").isEmpty();
		}
	}

	private static String[] incremental(String[] args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--incremental");
		return all.toArray(String[]::new);
	}

	/**
	 * Compares with {@link #reference}, the uninterrupted export of the same input with
	 * the same options.
	 */
	private void killResumeAndCompare(Path tmp, List<String> repository) throws Exception {
		List<String> database = new ArrayList<>(repository);
		database.add(THREADS);

		// An earlier export of other files into the same output, which the killed run
		// must leave as it was.
		Path output = tmp.resolve("out");
		CliRun earlier = inProcess(database);
		assertThat(earlier.export(TestCorpus.SEEDS, output)).as(earlier.err()).isZero();
		String earlierManifest = Files.readString(output.resolve("_manifest.json"));

		JobProcess killed = JobProcess.start(tmp.resolve("killed.log"), slow(database), runArgs(output));
		// Parts are sealed on the writing thread, and a commit saves the seals done by
		// then: the repository is up to two seals behind the part files. Five parts make
		// sure that at least one seal is saved before the kill.
		killed.awaitWhileAlive("5 sealed parts", () -> sealedArticleParts(output) >= 5);
		killed.kill();
		assertThat(output.resolve("_SUCCESS")).exists();
		assertThat(output.resolve("_manifest.json")).hasContent(earlierManifest);
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(5);
			assertThat(duckdb.count(DuckDb.csv(output, "articles"))).isEqualTo(5);
		}

		JobProcess resumed = JobProcess.start(tmp.resolve("resumed.log"), database, runArgs(output));
		assertThat(resumed.waitFor(300)).as(resumed.output()).isZero();
		assertThat(resumed.output()).contains("ended without finishing").contains("Resuming export #1");
		assertThat(output.resolve("_SUCCESS")).exists();
		assertThat(output.resolve(".staging")).doesNotExist();

		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(output, "articles"))).isEqualTo(FILES);
			assertThat(duckdb.count(DuckDb.parquet(output, "rejects"))).isEqualTo(2);
			// every copy of a seed differs from the others in two numbers only: 5
			// clusters of all the articles
			assertThat(duckdb.count(DuckDb.parquet(output, "duplicates"))).isEqualTo(FILES);
			for (DatasetSchema schema : Datasets.ALL) {
				assertThat(duckdb.count(DuckDb.parquet(output, schema.name()))).as(schema.name())
					.isEqualTo(duckdb.count(DuckDb.parquet(reference, schema.name())));
			}
			assertThat(duckdb.exportDifferences(output, reference)).as("rows lost or doubled by the restart").isEmpty();
		}
	}

	/**
	 * The resumed execution's export step read fewer files than there are: it started
	 * from the checkpoint.
	 */
	private static void assertResumedWithoutReadingEverythingAgain(Connection connection) throws SQLException {
		List<long[]> steps = new ArrayList<>();
		try (ResultSet rs = connection.createStatement()
			.executeQuery(
					"SELECT s.JOB_EXECUTION_ID, s.READ_COUNT FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e"
							+ " ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID WHERE s.STEP_NAME = 'export'"
							+ " ORDER BY s.STEP_EXECUTION_ID")) {
			while (rs.next()) {
				steps.add(new long[] { rs.getLong(1), rs.getLong(2) });
			}
		}
		// earlier run of the seeds, killed run, resumed run
		assertThat(steps).hasSize(3);
		long resumedReads = steps.get(2)[1];
		assertThat(resumedReads).isPositive().isLessThan(FILES + 2);
	}

	private static List<String> slow(List<String> database) {
		List<String> properties = new ArrayList<>(database);
		properties.add("spring.main.sources=org.newsexport.support.SlowChunks");
		properties.add("test.chunk-delay-ms=150");
		return properties;
	}

	private static String[] runArgs(Path output) {
		return runArgs(input, output);
	}

	private static String[] runArgs(Path input, Path output) {
		List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString()));
		args.addAll(List.of(RUN_OPTIONS));
		return args.toArray(String[]::new);
	}

	/**
	 * The command line in this JVM, with the Spring properties that a job process gets as
	 * {@code -D} options.
	 */
	private static CliRun inProcess(List<String> properties) {
		return CliRun.withoutRepository()
			.with(properties.stream().map(property -> "--" + property).toArray(String[]::new));
	}

	private static long sealedArticleParts(Path output) throws IOException {
		Path staging = output.resolve(".staging");
		if (!Files.isDirectory(staging)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(staging)) {
			return files.filter(path -> path.getParent().getFileName().toString().equals("articles"))
				.filter(path -> path.getFileName().toString().matches("part-\\d+\\.parquet"))
				.count();
		}
	}

}

package org.newsexport.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.newsexport.support.JobProcess;
import org.newsexport.support.TestCorpus;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Remote partitioning across JVMs on one machine, as on several: an Artemis broker and a
 * PostgreSQL job repository (both embedded in this test's process), two
 * {@code news-export worker} processes and a {@code news-export run} manager process. The
 * published export equals the single-process export of the same input, every dataset in
 * both formats, row for row. Then a worker killed with SIGKILL in the middle of a
 * partition: the run fails within a bounded time (the worker timeout), and the same
 * command run again completes with the same export, running again only the partition that
 * did not complete (asserted from the job repository). In the {@code slow} Maven profile.
 */
@Tag("slow")
@Timeout(value = 600, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class RemotePartitioningProcessesTest {

	private static final int FILES = 240;

	private static final int PARTITIONS = 4;

	private static final List<String> IDENTITY = List.of("job_execution_id", "exported_at", "export_sequence");

	private static final Pattern STARTED = Pattern
		.compile("partition (exportPartition:p-\\d+) of execution (\\d+) " + "started");

	@TempDir
	static Path shared;

	private static EmbeddedActiveMQ broker;

	private static String brokerUrl;

	private static EmbeddedPostgres postgres;

	private static Path input;

	private static Path reference;

	private final List<JobProcess> processes = new ArrayList<>();

	@BeforeAll
	static void startBrokerAndDatabaseAndExportOnce() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		broker = BrokerCommand.start("127.0.0.1", port, shared.resolve("broker"));
		brokerUrl = "tcp://127.0.0.1:" + port;
		postgres = EmbeddedPostgres.builder().start();
		input = TestCorpus.generate(shared.resolve("input"), FILES);
		reference = shared.resolve("reference");
		CliRun cli = CliRun.inFolder(shared.resolve("reference-repository"));
		assertThat(cli.export(input, reference)).as(cli.err()).isZero();
	}

	@AfterAll
	static void stop() throws Exception {
		if (broker != null) {
			broker.stop();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	/**
	 * The job repository and the broker, as every process of the run is given them, with
	 * a short worker timeout.
	 */
	private static List<String> shared(String... more) {
		List<String> properties = new ArrayList<>(
				List.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
						"spring.datasource.username=postgres", "spring.datasource.password=",
						"export.broker-url=" + brokerUrl, "export.worker-timeout=10s"));
		properties.addAll(List.of(more));
		return properties;
	}

	private JobProcess worker(Path log, String... properties) throws Exception {
		JobProcess worker = JobProcess.start(log, shared(properties), "worker");
		processes.add(worker);
		worker.awaitWhileAlive("the worker's ready line", () -> worker.output().contains("worker ready"));
		return worker;
	}

	private JobProcess manager(Path log, Path output) throws IOException {
		JobProcess manager = JobProcess.start(log, shared(), "run", "--input", input.toString(), "--output",
				output.toString(), "--partitions", String.valueOf(PARTITIONS), "--commit-interval", "5");
		processes.add(manager);
		return manager;
	}

	@Test
	void twoWorkersMakeTheExportOfOneProcessAndAKilledWorkersPartitionIsRunAgainAlone() throws Exception {
		try {
			JobProcess first = worker(shared.resolve("worker-1.log"));
			JobProcess second = worker(shared.resolve("worker-2.log"));

			// Two workers, one manager: the export of one process.
			Path output = shared.resolve("out");
			JobProcess run = manager(shared.resolve("manager.log"), output);
			assertThat(run.waitFor(300)).as(run.output()).isZero();
			assertThat(run.output()).contains("COMPLETED");
			try (DuckDb duckdb = new DuckDb()) {
				assertThat(duckdb.exportDifferencesInOrder(output, reference, IDENTITY)).isEmpty();
			}
			String workers = first.output() + second.output();
			for (int i = 0; i < PARTITIONS; i++) {
				assertThat(workers).as("the workers ran every partition")
					.contains("partition exportPartition:p-0000" + i + " of execution ")
					.contains("partition profilePartition:p-0000" + i + " of execution ")
					.contains("partition duplicatesPartition:p-0000" + i + " of execution ");
			}
			first.terminate();
			second.terminate();
			assertThat(first.waitFor(60)).as(first.output()).isZero();
			assertThat(second.waitFor(60)).as(second.output()).isZero();

			// Slow workers; the one that takes the first export partition is killed in
			// the middle of it.
			String[] slow = { "spring.main.sources=org.newsexport.support.SlowChunks", "test.chunk-delay-ms=150" };
			JobProcess doomed = worker(shared.resolve("worker-3.log"), slow);
			JobProcess survivor = worker(shared.resolve("worker-4.log"), slow);
			Path killedOutput = shared.resolve("out-killed");
			JobProcess killedRun = manager(shared.resolve("manager-killed.log"), killedOutput);
			doomed.awaitWhileAlive("an export partition on the worker", () -> STARTED.matcher(doomed.output()).find());
			Matcher started = STARTED.matcher(doomed.output());
			assertThat(started.find()).isTrue();
			String killedPartition = started.group(1);
			Thread.sleep(500); // a chunk or two into it
			doomed.kill();
			assertThat(killedRun.waitFor(240)).as(killedRun.output()).isEqualTo(1);
			assertThat(killedRun.output()).contains(killedPartition).contains("taken for dead");

			JobProcess rerun = manager(shared.resolve("manager-rerun.log"), killedOutput);
			assertThat(rerun.waitFor(300)).as(rerun.output()).isZero();
			try (DuckDb duckdb = new DuckDb()) {
				assertThat(duckdb.exportDifferencesInOrder(killedOutput, reference, IDENTITY)).isEmpty();
			}
			Map<String, List<String>> runs = partitionRuns(Long.parseLong(started.group(2)));
			assertThat(runs).as("the export's partitions, the statuses of their executions").hasSize(PARTITIONS);
			runs.forEach((partition, statuses) -> assertThat(statuses).as(partition)
				.isEqualTo(partition.equals(killedPartition) ? List.of("FAILED", "COMPLETED") : List.of("COMPLETED")));
			assertThat(survivor.output()).contains("partition " + killedPartition + " of execution ");
		}
		finally {
			for (JobProcess process : processes) {
				if (process.isAlive()) {
					process.kill();
				}
			}
		}
	}

	/**
	 * The statuses of each export partition's executions, oldest first, over the job
	 * instance of an execution.
	 */
	private static Map<String, List<String>> partitionRuns(long jobExecutionId) throws Exception {
		Map<String, List<String>> runs = new TreeMap<>();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT s.STEP_NAME, s.STATUS FROM BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e "
							+ "ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE e.JOB_INSTANCE_ID = (SELECT "
							+ "JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = " + jobExecutionId
							+ ") AND s.STEP_NAME LIKE 'exportPartition:%' ORDER BY s.STEP_EXECUTION_ID")) {
			while (rows.next()) {
				runs.computeIfAbsent(rows.getString(1), name -> new ArrayList<>()).add(rows.getString(2));
			}
		}
		return runs;
	}

}

package org.newsexport.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.support.InMemoryJobRepository;
import org.newsexport.job.ExportParameters;
import org.newsexport.job.ExportPartitions;
import org.newsexport.write.OutputFileSystems;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;

/**
 * The manager's {@link RemotePartitionHandler} and a worker's {@link PartitionListener}
 * and {@link PartitionWorker} in one JVM, over an embedded Artemis broker on a free TCP
 * port, with an H2 in-memory job repository and a trivial partition step. The worker
 * timeout is short (2 s) so that a dead worker is seen quickly.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RemotePartitioningTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private static final String QUEUE = "test.partitions";

	@TempDir
	Path folder;

	private EmbeddedActiveMQ broker;

	private String brokerUrl;

	private JobRepository jobRepository;

	private JdbcTransactionManager transactionManager;

	private CachingConnectionFactory managerConnections;

	private final ByteArrayOutputStream workerOutput = new ByteArrayOutputStream();

	/**
	 * What each partition's step does, by partition name (p-00001); the default completes
	 * at once.
	 */
	private final Map<String, Behaviour> behaviours = new HashMap<>();

	/** Partitions whose worker writes no heartbeat (a frozen process). */
	private final List<String> silent = new java.util.ArrayList<>();

	/**
	 * The last job execution run, as it ended in memory (with its failure exceptions,
	 * which are not stored).
	 */
	private JobExecution lastRun;

	/** Partitions whose step runs many chunks rather than one. */
	private final List<String> chunked = new java.util.ArrayList<>();

	private PartitionWorker lastWorker;

	private final CountDownLatch release = new CountDownLatch(1);

	private interface Behaviour {

		void run(StepExecution stepExecution) throws Exception;

	}

	@BeforeEach
	void start() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		broker = BrokerCommand.start("127.0.0.1", port, folder.resolve("broker"));
		brokerUrl = "tcp://127.0.0.1:" + port;
		InMemoryJobRepository repository = InMemoryJobRepository.create();
		jobRepository = repository.jobRepository();
		transactionManager = repository.transactionManager();
		managerConnections = new CachingConnectionFactory(new ActiveMQConnectionFactory(brokerUrl));
	}

	@AfterEach
	void stop() throws Exception {
		release.countDown();
		managerConnections.destroy();
		broker.stop();
	}

	@Test
	void everyPartitionRunsOnTheWorkerAndTheStepCompletes() throws Exception {
		try (PartitionListener worker = worker(2)) {
			worker.start();
			JobExecution execution = runJob(3);
			assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(partitions(execution)).extracting(StepExecution::getStatus)
				.containsOnly(BatchStatus.COMPLETED)
				.hasSize(3);
			// Each ran the partition step on the worker: its tasklet's write count is in
			// the repository.
			assertThat(partitions(execution)).extracting(StepExecution::getWriteCount).containsOnly(5L);
			assertThat(manager(execution).getWriteCount()).isEqualTo(15);
		}
		assertThat(workerLines()).filteredOn(line -> line.contains(" COMPLETED in ")).hasSize(3);
		assertThat(workerLines()).filteredOn(line -> line.endsWith(" started")).hasSize(3);
	}

	@Test
	void aPartitionWhoseWorkerFreezesIsFailedAndTheOthersComplete() throws Exception {
		silent.add("p-00001");
		behaviours.put("p-00001", stepExecution -> {
			// One heartbeat, as a worker writes before it freezes, then nothing at all
			// until released.
			try (FileSystem fs = OutputFileSystems.get(Heartbeat.output(stepExecution),
					OutputFileSystems.newConfiguration())) {
				Heartbeat.write(fs, Heartbeat.file(stepExecution), new Heartbeat.Beat(1, "frozenhost", 99));
			}
			release.await(60, TimeUnit.SECONDS);
		});
		// Alive but slow: one long chunk, longer than the worker timeout, with the
		// heartbeat beating meanwhile.
		behaviours.put("p-00002", stepExecution -> Thread.sleep(TIMEOUT.multipliedBy(2).toMillis()));
		try (PartitionListener worker = worker(3)) {
			worker.start();
			JobExecution execution = runJob(3);
			assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
			Map<String, StepExecution> byName = new HashMap<>();
			partitions(execution).forEach(step -> byName.put(step.getStepName(), step));
			StepExecution frozen = byName.get("exportPartition:p-00001");
			assertThat(frozen.getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(frozen.getEndTime()).isNotNull();
			assertThat(frozen.getExitStatus().getExitCode()).isEqualTo(ExitStatus.FAILED.getExitCode());
			assertThat(frozen.getExitStatus().getExitDescription())
				.isEqualTo("its worker (frozenhost pid 99) gave no sign of life for 2s and is taken for dead");
			assertThat(byName.get("exportPartition:p-00000").getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(byName.get("exportPartition:p-00002").getStatus()).isEqualTo(BatchStatus.COMPLETED);
			// The zombie wakes up and tries to commit: refused, its partition stays
			// failed for a restart to rerun.
			release.countDown();
			worker.close();
			StepExecution after = jobRepository.getStepExecution(frozen.getId());
			assertThat(after.getStatus()).isEqualTo(BatchStatus.FAILED);
			assertThat(after.getExitStatus().getExitDescription()).contains("frozenhost pid 99");
		}
		assertThat(workerLines()).filteredOn(line -> line.contains(" COMPLETED in ")).hasSize(2);
	}

	@Test
	void withoutWorkersTheStepFailsWithOneLineAndLeftoverRequestsAreSkippedLater() throws Exception {
		JobExecution execution = runJob(2);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(lastRun.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.contains("no worker took a partition from " + QUEUE + " at " + brokerUrl + " for 2s: are "
					+ "`news-export worker` processes running with the same broker and job repository?");
		assertThat(partitions(execution)).extracting(StepExecution::getStatus)
			.containsOnly(BatchStatus.FAILED)
			.hasSize(2);
		// A worker started now finds the two requests still queued, for an execution that
		// has failed: skipped.
		try (PartitionListener worker = worker(1)) {
			worker.start();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (workerLines().stream().filter(line -> line.startsWith("skipped: ")).count() < 2
					&& System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
		}
		assertThat(workerLines()).containsExactlyInAnyOrder(
				"skipped: partition exportPartition:p-00000 of execution " + execution.getId() + ", which is FAILED",
				"skipped: partition exportPartition:p-00001 of execution " + execution.getId() + ", which is FAILED");
	}

	@Test
	void aRestartRerunsOnlyThePartitionThatFailed() throws Exception {
		silent.add("p-00001");
		behaviours.put("p-00001", stepExecution -> release.await(60, TimeUnit.SECONDS));
		try (PartitionListener worker = worker(3)) {
			worker.start();
			JobExecution failed = runJob(3, null);
			assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
			release.countDown();
			behaviours.clear();
			silent.clear();
			JobExecution restarted = runJob(3, failed.getJobInstance());
			assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(partitions(restarted)).extracting(StepExecution::getStepName)
				.containsExactly("exportPartition:p-00001");
		}
	}

	@Test
	void aStoppedWorkerStopsItsPartitionAtTheNextChunkAndTheJobEndsStopped() throws Exception {
		CountDownLatch running = new CountDownLatch(1);
		chunked.add("p-00000");
		try (PartitionListener worker = worker(1)) {
			worker.start();
			Thread stopper = new Thread(() -> {
				try {
					if (running.await(60, TimeUnit.SECONDS)) {
						lastWorker.stop();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
			behaviours.put("p-00000", stepExecution -> running.countDown());
			stopper.start();
			JobExecution execution = runJob(1, null);
			stopper.join(60_000);
			assertThat(execution.getStatus()).isEqualTo(BatchStatus.STOPPED);
			StepExecution partition = partitions(execution).get(0);
			assertThat(partition.getStatus()).isEqualTo(BatchStatus.STOPPED);
			// It stopped at a chunk boundary, after some chunks and long before the 1000
			// it would have run.
			assertThat(partition.getCommitCount()).isBetween(1L, 999L);
		}
		assertThat(workerLines())
			.anyMatch(line -> line.contains("exportPartition:p-00000 of execution") && line.contains(" STOPPED in "));
	}

	private List<String> workerLines() {
		return workerOutput.toString(StandardCharsets.UTF_8).lines().toList();
	}

	/** A worker with the trivial partition step, not started. */
	private PartitionListener worker(int concurrency) {
		HeartbeatListener heartbeat = new HeartbeatListener(Duration.ofMillis(200),
				uri -> OutputFileSystems.get(uri, OutputFileSystems.newConfiguration()));
		StepExecutionListener heartbeatUnlessSilent = new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				if (!silent.contains(partitionName(stepExecution))) {
					heartbeat.beforeStep(stepExecution);
				}
			}

			@Override
			public ExitStatus afterStep(StepExecution stepExecution) {
				return heartbeat.afterStep(stepExecution);
			}
		};
		Step step = new StepBuilder(ExportPartitions.WORKER_STEP, jobRepository).tasklet((contribution, chunk) -> {
			StepExecution stepExecution = contribution.getStepExecution();
			Behaviour behaviour = behaviours.get(partitionName(stepExecution));
			if (behaviour != null) {
				behaviour.run(stepExecution);
			}
			contribution.incrementWriteCount(5);
			if (chunked.contains(partitionName(stepExecution)) && stepExecution.getCommitCount() < 1000) {
				Thread.sleep(10); // a thousand chunks of 10 ms
				return RepeatStatus.CONTINUABLE;
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).listener(heartbeatUnlessSilent).build();
		PartitionWorker worker = new PartitionWorker(jobRepository, PartitionWorker.byName(List.of(step)),
				new PrintStream(workerOutput, true, StandardCharsets.UTF_8));
		lastWorker = worker;
		return new PartitionListener(new ActiveMQConnectionFactory(brokerUrl), QUEUE, concurrency, worker) {
			@Override
			public void close() {
				super.close();
				heartbeat.close();
			}
		};
	}

	private static String partitionName(StepExecution stepExecution) {
		String name = stepExecution.getStepName();
		return name.substring(name.indexOf(':') + 1);
	}

	/**
	 * Runs a job whose {@code export} step is partitioned into {@code partitions} remote
	 * partitions.
	 */
	private JobExecution runJob(int partitions) throws Exception {
		return runJob(partitions, null);
	}

	/** Runs that job, or restarts it when {@code instance} is given. */
	private JobExecution runJob(int partitions, JobInstance instance) throws Exception {
		RemotePartitionHandler handler = new RemotePartitionHandler(
				new JmsPartitionRequests(new JmsTemplate(managerConnections), QUEUE, brokerUrl),
				manager -> new RepositoryPartitionView(jobRepository, manager.getJobExecutionId(),
						uri -> OutputFileSystems.get(uri, OutputFileSystems.newConfiguration())),
				ExportPartitions.WORKER_STEP, TIMEOUT, Duration.ofMillis(100));
		handler.setGridSize(partitions);
		Step export = new StepBuilder("export", jobRepository).partitioner(ExportPartitions.WORKER_STEP, gridSize -> {
			Map<String, ExecutionContext> contexts = new HashMap<>();
			for (int i = 0; i < gridSize; i++) {
				contexts.put(String.format("p-%05d", i), new ExecutionContext());
			}
			return contexts;
		}).partitionHandler(handler).build();
		Job job = new JobBuilder("remoteTestJob", jobRepository).start(export).build();
		JobParameters parameters = new JobParametersBuilder()
			.addString(ExportParameters.OUTPUT, folder.resolve("output").toUri().toString())
			.addString("run", UUID.randomUUID().toString())
			.toJobParameters();
		if (instance != null) {
			parameters = jobRepository.getJobExecutions(instance).get(0).getJobParameters();
		}
		else {
			instance = jobRepository.createJobInstance(job.getName(), parameters);
		}
		JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		job.execute(execution);
		lastRun = execution;
		return jobRepository.getJobExecution(execution.getId());
	}

	private static List<StepExecution> partitions(JobExecution execution) {
		return execution.getStepExecutions().stream().filter(step -> step.getStepName().contains(":")).toList();
	}

	private static StepExecution manager(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals("export"))
			.findFirst()
			.orElseThrow();
	}

}

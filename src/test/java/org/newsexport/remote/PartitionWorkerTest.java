package org.newsexport.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.newsexport.support.InMemoryJobRepository;
import org.newsexport.job.ExportPartitions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Which requests a worker runs and which it skips, against an H2 in-memory job
 * repository.
 */
class PartitionWorkerTest {

	private JobRepository jobRepository;

	private JdbcTransactionManager transactionManager;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private PartitionWorker worker;

	private JobExecution job;

	@BeforeEach
	void repository() throws Exception {
		InMemoryJobRepository repository = InMemoryJobRepository.create();
		jobRepository = repository.jobRepository();
		transactionManager = repository.transactionManager();
		Step step = new StepBuilder(ExportPartitions.WORKER_STEP, jobRepository).tasklet((contribution, chunk) -> {
			contribution.incrementWriteCount(3);
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
		worker = new PartitionWorker(jobRepository, PartitionWorker.byName(List.of(step)),
				new PrintStream(output, true, StandardCharsets.UTF_8));
		JobParameters parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString())
			.toJobParameters();
		JobInstance instance = jobRepository.createJobInstance("job", parameters);
		job = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		job.setStatus(BatchStatus.STARTED);
		jobRepository.update(job);
	}

	private StepExecution partition(String name) {
		return jobRepository.createStepExecution("exportPartition:" + name, job);
	}

	private void handle(StepExecution partition) {
		worker.handle(new StepExecutionRequest(ExportPartitions.WORKER_STEP, partition.getId()));
	}

	private List<String> lines() {
		return output.toString(StandardCharsets.UTF_8).lines().toList();
	}

	@Test
	void runsAQueuedPartitionAndSaysSo() {
		StepExecution partition = partition("p-00000");
		handle(partition);
		StepExecution saved = jobRepository.getStepExecution(partition.getId());
		assertThat(saved.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(saved.getWriteCount()).isEqualTo(3);
		assertThat(lines()).hasSize(2);
		assertThat(lines().get(0))
			.isEqualTo("partition exportPartition:p-00000 of execution " + job.getId() + " started");
		assertThat(lines().get(1))
			.startsWith("partition exportPartition:p-00000 of execution " + job.getId() + " COMPLETED in ")
			.endsWith("(0 read, 3 written)");
	}

	@Test
	void skipsAPartitionAlreadyStartedOrEnded() {
		StepExecution partition = partition("p-00000");
		handle(partition);
		output.reset();
		handle(partition); // the same request again
		assertThat(lines()).containsExactly(
				"skipped: partition exportPartition:p-00000 of execution " + job.getId() + " is already COMPLETED");
	}

	@Test
	void skipsAPartitionOfAnExecutionThatHasEnded() {
		StepExecution partition = partition("p-00000");
		job.setStatus(BatchStatus.FAILED);
		jobRepository.update(job);
		handle(partition);
		assertThat(lines()).containsExactly(
				"skipped: partition exportPartition:p-00000 of execution " + job.getId() + ", which is FAILED");
		assertThat(jobRepository.getStepExecution(partition.getId()).getStatus()).isEqualTo(BatchStatus.STARTING);
	}

	@Test
	void skipsAStepExecutionThatIsNotInTheRepository() {
		worker.handle(new StepExecutionRequest(ExportPartitions.WORKER_STEP, 4242L));
		assertThat(lines()).containsExactly(
				"skipped: step execution 4242 is not in the job repository (does the manager use another one?)");
	}

	@Test
	void aPartitionOfAStoppingExecutionOrOfAStoppedWorkerEndsStoppedWithoutRunning() {
		StepExecution first = partition("p-00000");
		job.setStatus(BatchStatus.STOPPING);
		jobRepository.update(job);
		handle(first);
		assertThat(jobRepository.getStepExecution(first.getId()).getStatus()).isEqualTo(BatchStatus.STOPPED);
		job.setStatus(BatchStatus.STARTED);
		jobRepository.update(job);
		worker.stop();
		StepExecution second = partition("p-00001");
		handle(second);
		StepExecution saved = jobRepository.getStepExecution(second.getId());
		assertThat(saved.getStatus()).isEqualTo(BatchStatus.STOPPED);
		assertThat(saved.getWriteCount()).isZero();
		assertThat(saved.getEndTime()).isNotNull();
	}

	@Test
	void aRequestForAStepThisWorkerDoesNotHaveFailsThePartition() {
		StepExecution partition = partition("p-00000");
		worker.handle(new StepExecutionRequest("otherStep", partition.getId()));
		StepExecution saved = jobRepository.getStepExecution(partition.getId());
		assertThat(saved.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(saved.getExitStatus().getExitDescription()).startsWith("no step named otherStep in the worker on ");
	}

}

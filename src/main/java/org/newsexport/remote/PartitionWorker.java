package org.newsexport.remote;

import java.util.function.LongConsumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.newsexport.job.ExportParameters.ProcessIdentity;
import org.newsexport.job.FailureMessages;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs the partition requests a worker takes from the queue, one at a time per calling
 * thread, with Spring Batch Integration's {@link StepExecutionRequestHandler}: the step
 * execution (and its saved context) is loaded from the shared job repository and the step
 * runs in this process. A request whose job execution no longer runs (failed, stopped,
 * abandoned or completed, e.g. left in the queue by a manager that died) or whose step
 * execution was already started or ended is skipped with one line. When the handler
 * leaves the final state to its caller (the step threw instead of recording its end), it
 * is saved here, unless the step execution was ended meanwhile by the manager (its worker
 * was taken for dead: this worker is a zombie and its result is discarded).
 */
public class PartitionWorker {

	private static final Log logger = LogFactory.getLog(PartitionWorker.class);

	private final JobRepository jobRepository;

	private final Function<String, Step> steps;

	private final PrintStream out;

	private final ProcessIdentity self = ProcessIdentity.current();

	/** The step executions this worker runs now, to stop them; guarded by this. */
	private final Set<StepExecution> running = new HashSet<>();

	/** Whether this worker is stopping; guarded by this. */
	private boolean stopping;

	/**
	 * @param steps the step of a step name ({@code exportPartition}), or {@code null}
	 * @param out where the one line per partition started and finished goes
	 */
	/** Partitions of each job execution running in this worker now. */
	private final Map<Long, Integer> partitionsOfJob = new ConcurrentHashMap<>();

	/** Told the id of a job execution none of whose partitions runs here any more. */
	private LongConsumer jobIdle = id -> {
	};

	/**
	 * What to do when no partition of a job execution runs in this worker any more, e.g.
	 * close the output file system that its partitions shared (the job's own end, which
	 * closes it in the manager, does not run in a worker).
	 */
	public void whenJobIdle(LongConsumer jobIdle) {
		this.jobIdle = jobIdle;
	}

	public PartitionWorker(JobRepository jobRepository, Function<String, Step> steps, PrintStream out) {
		this.jobRepository = jobRepository;
		this.steps = steps;
		this.out = out;
	}

	/** The step of a name among these steps, for {@link #PartitionWorker}. */
	public static Function<String, Step> byName(Collection<Step> steps) {
		return name -> steps.stream().filter(step -> step.getName().equals(name)).findFirst().orElse(null);
	}

	/**
	 * Stops the partitions running here at their next chunk boundary (they end STOPPED,
	 * with their datasets sealed where they stand, and a restart resumes them), and any
	 * request taken from now on is ended STOPPED at once. Only the in-memory flag the
	 * step checks at its chunk boundaries is set: the step execution is written by its
	 * own thread only.
	 */
	public synchronized void stop() {
		stopping = true;
		running.forEach(StepExecution::setTerminateOnly);
	}

	/** Runs one request; never throws (what went wrong is logged). */
	public void handle(StepExecutionRequest request) {
		try {
			run(request);
		}
		catch (RuntimeException ex) {
			logger.error("Partition request " + request.getStepExecutionId() + " failed: "
					+ FailureMessages.rootMessage(ex));
		}
	}

	private void run(StepExecutionRequest request) {
		StepExecution stepExecution = load(request.getStepExecutionId());
		if (stepExecution == null) {
			out.println("skipped: step execution " + request.getStepExecutionId()
					+ " is not in the job repository (does the manager use another one?)");
			return;
		}
		String name = stepExecution.getStepName();
		JobExecution job = stepExecution.getJobExecution();
		if (job.getStatus() != BatchStatus.STARTED && job.getStatus() != BatchStatus.STARTING
				&& job.getStatus() != BatchStatus.STOPPING) {
			out.println(
					"skipped: partition " + name + " of execution " + job.getId() + ", which is " + job.getStatus());
			return;
		}
		if (stepExecution.getStatus() != BatchStatus.STARTING) {
			out.println("skipped: partition " + name + " of execution " + job.getId() + " is already "
					+ stepExecution.getStatus());
			return;
		}
		if (steps.apply(request.getStepName()) == null) {
			// Not left STARTING: the manager would wait for it until its worker timeout,
			// then blame the queue.
			end(stepExecution, BatchStatus.FAILED, "no step named " + request.getStepName() + " in the worker on "
					+ worker() + " (another version of news-export?)");
			out.println("partition " + name + " of execution " + job.getId() + " FAILED: no step named "
					+ request.getStepName() + " in this worker");
			return;
		}
		boolean stopNow;
		synchronized (this) {
			stopNow = stopping || job.getStatus() == BatchStatus.STOPPING;
		}
		if (stopNow) {
			end(stepExecution, BatchStatus.STOPPED, "stopped before it started on " + worker());
			out.println("partition " + name + " of execution " + job.getId() + " STOPPED before it started");
			return;
		}
		out.println("partition " + name + " of execution " + job.getId() + " started");
		long started = System.nanoTime();
		StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
		handler.setJobRepository(jobRepository);
		handler.setStepLocator(new Locator());
		partitionsOfJob.merge(job.getId(), 1, Integer::sum);
		StepExecution result;
		try {
			result = handler.handle(request);
			saveEnd(result);
		}
		finally {
			if (partitionsOfJob.merge(job.getId(), -1, Integer::sum) == 0) {
				partitionsOfJob.remove(job.getId(), 0);
				jobIdle.accept(job.getId());
			}
		}
		StepExecution saved = jobRepository.getStepExecution(request.getStepExecutionId());
		StepExecution shown = saved != null ? saved : result;
		out.println("partition " + name + " of execution " + job.getId() + " " + shown.getStatus() + " in "
				+ String.format("%.1f s", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0) + " ("
				+ shown.getReadCount() + " read, " + shown.getWriteCount() + " written)"
				+ describe(shown.getExitStatus()));
	}

	/**
	 * Saves the end of a step execution whose step threw rather than recording its end
	 * itself ("The receiver should update the stepExecution in repository", says
	 * {@link StepExecutionRequestHandler}).
	 */
	private void saveEnd(StepExecution result) {
		if (result.getStatus().isRunning()) {
			return; // cannot happen: the handler returns an ended step execution
		}
		StepExecution saved = jobRepository.getStepExecution(result.getId());
		if (saved == null || !saved.getStatus().isRunning()) {
			if (saved != null && saved.getStatus() != result.getStatus()) {
				logger.warn("Partition " + result.getStepName() + " was ended " + saved.getStatus() + " meanwhile ("
						+ saved.getExitStatus().getExitDescription() + "); this worker's result is discarded");
			}
			return;
		}
		String failures = result.getFailureExceptions()
			.stream()
			.map(FailureMessages::rootMessage)
			.collect(Collectors.joining("; "));
		end(saved, result.getStatus(), failures.isEmpty() ? "on " + worker() : failures + " (on " + worker() + ")");
	}

	private void end(StepExecution stepExecution, BatchStatus status, String description) {
		stepExecution.setStatus(status);
		stepExecution.setExitStatus(new ExitStatus(status.name(), description));
		stepExecution.setEndTime(LocalDateTime.now());
		try {
			jobRepository.update(stepExecution);
		}
		catch (OptimisticLockingFailureException ex) {
			logger.warn("Partition " + stepExecution.getStepName() + " changed meanwhile (the manager may have "
					+ "taken this worker for dead); this worker's result is discarded");
		}
	}

	/**
	 * The step execution, or {@code null} when there is none (the JDBC repository throws
	 * rather than say so).
	 */
	private StepExecution load(long id) {
		try {
			return jobRepository.getStepExecution(id);
		}
		catch (IncorrectResultSizeDataAccessException ex) {
			return null;
		}
	}

	private String worker() {
		return self.host() + " pid " + self.pid();
	}

	private static String describe(ExitStatus exit) {
		String description = exit.getExitDescription();
		if (description == null || description.isBlank()) {
			return "";
		}
		String first = description.lines().findFirst().orElse("");
		return ": " + first;
	}

	/** Finds the step, and makes the step execution it runs known to {@link #stop}. */
	private final class Locator implements StepLocator {

		@Override
		public Step getStep(String name) {
			Step step = steps.apply(name);
			if (step == null) {
				return null;
			}
			return new Step() {
				@Override
				public String getName() {
					return step.getName();
				}

				@Override
				public void execute(StepExecution stepExecution) throws JobInterruptedException {
					synchronized (PartitionWorker.this) {
						running.add(stepExecution);
						if (stopping) {
							stepExecution.setTerminateOnly();
						}
					}
					try {
						step.execute(stepExecution);
					}
					finally {
						synchronized (PartitionWorker.this) {
							running.remove(stepExecution);
						}
					}
				}
			};
		}

	}

}

package org.newsexport.remote;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.newsexport.job.FailureMessages;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Runs the partitions of a partitioned step on {@code news-export worker} processes:
 * sends one {@link StepExecutionRequest} per partition to a queue
 * ({@link PartitionRequests}), then learns the results by polling the job repository
 * ({@link PartitionView}) until every partition has ended. Every wait is bounded by a
 * liveness rule rather than by a total time ({@link Liveness}, measured on this process's
 * clock only):
 * <ul>
 * <li>A partition a worker has taken (STARTED) that shows no sign of life for the worker
 * timeout (no change of its step execution's version, counts or last update, nor of its
 * {@link Heartbeat}) is taken for dead: this handler marks it FAILED in the job
 * repository (exit description naming the worker's host and pid when its heartbeat said
 * them), keeps waiting for the others, then returns; the partition step then fails
 * because a partition failed, and a restart reruns only the partitions that did not
 * complete (from their last commit). A zombie worker, one that was only paused and later
 * commits, fails on an optimistic-locking failure: its step execution's version changed
 * when it was marked FAILED, so its commit is refused and nothing it does after is
 * recorded.
 * <li>When partitions are queued, none runs, and nothing has changed for the worker
 * timeout, no worker is taking requests: the queued partitions are marked FAILED and the
 * step fails with {@link NoWorkerException}, one line.
 * <li>When the job is being stopped ({@code news-export stop}), the partitions still
 * queued are marked STOPPED; the running ones stop at their next chunk boundary on their
 * own.
 * </ul>
 * Requests are not redelivered: a worker acknowledges a request when it takes it, and a
 * partition whose worker dies is failed and rerun by a restart (see
 * docs/several-machines.md).
 */
public class RemotePartitionHandler extends AbstractPartitionHandler {

	private static final Log logger = LogFactory.getLog(RemotePartitionHandler.class);

	/** How often a progress line is logged even when nothing changed. */
	private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(60);

	private final PartitionRequests requests;

	private final Function<StepExecution, PartitionView> views;

	private final String workerStepName;

	private final Duration workerTimeout;

	private final Duration pollInterval;

	private final LongSupplier nanoTime;

	private final Sleeper sleeper;

	/** Sleeps between polls; replaced in tests. */
	public interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

	/**
	 * @param requests where requests go
	 * @param views the partitions of the manager step execution's job execution
	 * @param workerStepName the step the workers run, {@code exportPartition}
	 * @param workerTimeout how long a partition may show no sign of life
	 * @param pollInterval how often the job repository is polled
	 */
	public RemotePartitionHandler(PartitionRequests requests, Function<StepExecution, PartitionView> views,
			String workerStepName, Duration workerTimeout, Duration pollInterval) {
		this(requests, views, workerStepName, workerTimeout, pollInterval, System::nanoTime,
				duration -> Thread.sleep(duration.toMillis()));
	}

	RemotePartitionHandler(PartitionRequests requests, Function<StepExecution, PartitionView> views,
			String workerStepName, Duration workerTimeout, Duration pollInterval, LongSupplier nanoTime,
			Sleeper sleeper) {
		this.requests = requests;
		this.views = views;
		this.workerStepName = workerStepName;
		this.workerTimeout = workerTimeout;
		this.pollInterval = pollInterval;
		this.nanoTime = nanoTime;
		this.sleeper = sleeper;
	}

	/**
	 * A poll interval for a worker timeout: a fifth of it, at most 1 s and at least 20
	 * ms.
	 */
	public static Duration pollIntervalFor(Duration workerTimeout) {
		Duration interval = workerTimeout.dividedBy(5);
		if (interval.compareTo(Duration.ofSeconds(1)) > 0) {
			return Duration.ofSeconds(1);
		}
		return interval.compareTo(Duration.ofMillis(20)) < 0 ? Duration.ofMillis(20) : interval;
	}

	@Override
	protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitions)
			throws Exception {
		if (partitions.isEmpty()) {
			return partitions;
		}
		Set<Long> ids = new LinkedHashSet<>();
		long jobExecutionId = managerStepExecution.getJobExecutionId();
		for (StepExecution partition : partitions) {
			ids.add(partition.getId());
		}
		PartitionView view = views.apply(managerStepExecution);
		try {
			try {
				for (StepExecution partition : partitions) {
					requests.send(new StepExecutionRequest(workerStepName, partition.getId()), jobExecutionId);
				}
			}
			catch (RuntimeException ex) {
				String line = "cannot send the partitions to " + requests.where() + ": "
						+ FailureMessages.rootMessage(ex);
				failQueued(view, ids, line);
				throw new IllegalStateException(line);
			}
			logger.info("Sent " + partitions.size() + " partitions to " + requests.where());
			try {
				await(view, ids);
			}
			catch (RuntimeException | InterruptedException ex) {
				failQueued(view, ids, "the manager stopped waiting: " + FailureMessages.rootMessage(ex));
				throw ex;
			}
			return new HashSet<>(view.load(ids));
		}
		finally {
			if (view instanceof AutoCloseable closeable) {
				closeable.close();
			}
		}
	}

	private void await(PartitionView view, Set<Long> ids) throws InterruptedException {
		Liveness liveness = new Liveness(workerTimeout, nanoTime);
		String lastProgress = null;
		long lastLogged = nanoTime.getAsLong();
		Long failingSince = null;
		while (true) {
			List<PartitionState> states;
			try {
				states = view.read(ids);
				failingSince = null;
			}
			catch (RuntimeException ex) {
				// A blip of the job repository's connection: retried, for at most the
				// worker timeout.
				long now = nanoTime.getAsLong();
				if (failingSince == null) {
					failingSince = now;
					logger.warn("Cannot read the partitions' state (retrying for up to " + format(workerTimeout) + "): "
							+ FailureMessages.rootMessage(ex));
				}
				else if (now - failingSince >= workerTimeout.toNanos()) {
					throw ex;
				}
				sleeper.sleep(pollInterval);
				continue;
			}
			Liveness.Verdict verdict = liveness.observe(states);
			for (PartitionState dead : verdict.dead()) {
				String worker = dead.worker();
				String description = "its worker" + (worker == null ? "" : " (" + worker + ")")
						+ " gave no sign of life for " + format(workerTimeout) + " and is taken for dead";
				if (view.end(dead, BatchStatus.FAILED, description)) {
					logger.warn("Partition " + dead.name() + " FAILED: " + description
							+ "; a restart runs it again from its last commit");
					liveness.progressed();
				}
			}
			if (!verdict.queued().isEmpty() && view.jobStatus() == BatchStatus.STOPPING) {
				for (PartitionState queued : verdict.queued()) {
					view.end(queued, BatchStatus.STOPPED, "the job was stopped before a worker took it");
				}
				liveness.progressed();
				sleeper.sleep(pollInterval);
				continue;
			}
			if (verdict.nobodyWorks()) {
				String line = "no worker took a partition from " + requests.where() + " for " + format(workerTimeout)
						+ ": are `news-export worker` processes running with the same broker and job repository?";
				for (PartitionState queued : verdict.queued()) {
					view.end(queued, BatchStatus.FAILED, line);
				}
				throw new NoWorkerException(line);
			}
			if (verdict.allFinished()) {
				logger.info("Partitions: " + verdict.finished().size() + " finished");
				return;
			}
			String progress = verdict.finished().size() + " done, " + (verdict.running().size() + verdict.dead().size())
					+ " running, " + verdict.queued().size() + " queued (of " + ids.size() + ")";
			long now = nanoTime.getAsLong();
			if (!progress.equals(lastProgress) || now - lastLogged >= PROGRESS_INTERVAL.toNanos()) {
				logger.info("Partitions: " + progress);
				lastProgress = progress;
				lastLogged = now;
			}
			sleeper.sleep(pollInterval);
		}
	}

	/**
	 * Marks the partitions no worker has taken FAILED, so that a restart can rerun them
	 * (a partition left STARTING blocks a restart); their requests, if a worker takes
	 * them later, are skipped. Best effort: the job repository may be what failed.
	 */
	private static void failQueued(PartitionView view, Set<Long> ids, String description) {
		try {
			for (PartitionState state : view.read(ids)) {
				if (state.queued()) {
					view.end(state, BatchStatus.FAILED, description);
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Cannot mark the queued partitions failed: " + FailureMessages.rootMessage(ex));
		}
	}

	/** {@code 5m}, {@code 90s}, {@code 1500ms}. */
	static String format(Duration duration) {
		long millis = duration.toMillis();
		if (millis % 60_000 == 0) {
			return millis / 60_000 + "m";
		}
		return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
	}

}

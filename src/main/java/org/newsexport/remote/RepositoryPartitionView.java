package org.newsexport.remote;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The partitions of one job execution as the job repository holds them, with the
 * heartbeats their workers leave on the output's file system ({@link Heartbeat}). Closing
 * it closes the file systems it opened.
 */
public class RepositoryPartitionView implements PartitionView, AutoCloseable {

	private static final Log logger = LogFactory.getLog(RepositoryPartitionView.class);

	private final JobRepository jobRepository;

	private final long jobExecutionId;

	private final Function<URI, FileSystem> fileSystems;

	private final Map<URI, FileSystem> open = new HashMap<>();

	/**
	 * @param fileSystems makes a new file system for an output URI, owned by this view;
	 * {@code null}: no heartbeats
	 */
	public RepositoryPartitionView(JobRepository jobRepository, long jobExecutionId,
			Function<URI, FileSystem> fileSystems) {
		this.jobRepository = jobRepository;
		this.jobExecutionId = jobExecutionId;
		this.fileSystems = fileSystems;
	}

	@Override
	public List<PartitionState> read(Collection<Long> stepExecutionIds) {
		List<PartitionState> states = new ArrayList<>();
		for (StepExecution step : load(stepExecutionIds)) {
			states.add(new PartitionState(step.getId(), step.getStepName(), step.getStatus(), step.getVersion(),
					step.getReadCount(), step.getWriteCount(), step.getCommitCount(), step.getLastUpdated(),
					heartbeat(step)));
		}
		return states;
	}

	private String heartbeat(StepExecution step) {
		Path file = fileSystems == null ? null : Heartbeat.file(step);
		if (file == null || step.getStatus() != BatchStatus.STARTED) {
			return null;
		}
		try {
			FileSystem fs = open.computeIfAbsent(Heartbeat.output(step), fileSystems);
			return Heartbeat.read(fs, file);
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not read the heartbeat " + file + ": " + ex.getMessage());
			return null;
		}
	}

	@Override
	public BatchStatus jobStatus() {
		JobExecution job = jobRepository.getJobExecution(jobExecutionId);
		return job == null ? BatchStatus.UNKNOWN : job.getStatus();
	}

	@Override
	public boolean end(PartitionState seen, BatchStatus status, String description) {
		StepExecution step = jobRepository.getStepExecution(seen.id());
		if (step == null || !step.getStatus().isRunning() || !Objects.equals(step.getVersion(), seen.version())) {
			return false;
		}
		step.setStatus(status);
		step.setExitStatus(new ExitStatus(status.name(), description));
		step.setEndTime(LocalDateTime.now());
		try {
			jobRepository.update(step);
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			return false; // its worker updated it meanwhile
		}
	}

	@Override
	public List<StepExecution> load(Collection<Long> stepExecutionIds) {
		JobExecution job = jobRepository.getJobExecution(jobExecutionId);
		if (job == null) {
			throw new IllegalStateException("job execution " + jobExecutionId + " is no longer in the job repository");
		}
		List<StepExecution> steps = new ArrayList<>();
		for (StepExecution step : job.getStepExecutions()) {
			if (stepExecutionIds.contains(step.getId())) {
				steps.add(step);
			}
		}
		return steps;
	}

	@Override
	public void close() {
		open.values().forEach(fs -> {
			try {
				fs.close();
			}
			catch (IOException ex) {
				logger.debug("Could not close " + fs.getUri() + ": " + ex.getMessage());
			}
		});
		open.clear();
	}

}

package org.newsexport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.newsexport.write.PartitionGather;
import org.newsexport.write.RejectLimit;
import org.newsexport.write.RejectLimitExceededException;
import org.newsexport.write.SealState;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The end of the partitioned {@code export} step, on the manager: once every partition is
 * done (in this execution or an earlier one), adds up their sealed row and file counts
 * into the step's context (promoted to the job's, where {@code publish} finds them),
 * checks the reject limit over all partitions, and gathers the partitions' staged
 * datasets into the export's staging layout ({@link PartitionGather}).
 * <p>
 * The partitions' states are read from the job repository, not from the executions handed
 * in: those are only the partitions run by this execution, and, when workers ran them,
 * copies older than the repository's.
 */
public class ExportPartitions extends PartitionedStepEnd {

	/**
	 * The worker step: partitions are its executions, named
	 * {@code exportPartition:p-00000}, ...
	 */
	public static final String WORKER_STEP = "exportPartition";

	private final JobRepository jobRepository;

	private final JobFileSystems fileSystems;

	private final long rejectLimit;

	/**
	 * Per job execution: the rejects its partitions in this process hold, against the
	 * reject limit.
	 */
	private final Map<Long, AtomicLong> rejectCounts = new ConcurrentHashMap<>();

	public ExportPartitions(JobRepository jobRepository, JobFileSystems fileSystems, long rejectLimit) {
		super(jobRepository);
		this.jobRepository = jobRepository;
		this.fileSystems = fileSystems;
		this.rejectLimit = rejectLimit;
	}

	/**
	 * Before the partitions run: the rejects of the partitions completed by earlier
	 * executions count too.
	 */
	/**
	 * What the manager step does before its partitions run: see
	 * {@link #managerListener()}.
	 */
	void beforeStep(StepExecution manager) {
		rejectCount(manager.getJobExecutionId())
			.set(completedRejects(manager.getJobExecution(), InputPartitioner.gridSize(manager)));
	}

	void afterStep(StepExecution manager) {
		rejectCounts.remove(manager.getJobExecutionId());
	}

	/**
	 * The count of rejects that the partitions of a job execution share in this process,
	 * so that the reject limit fails the partition that crosses it before its rows are
	 * sealed. Partitions run by workers in other processes count their own; the sum over
	 * all is checked when every partition is done.
	 */
	public AtomicLong rejectCount(long jobExecutionId) {
		return rejectCounts.computeIfAbsent(jobExecutionId, id -> new AtomicLong());
	}

	/**
	 * The listener of the manager step. Not this class itself: every {@code StepListener}
	 * bean is added to the export's worker step, which must not run the manager's
	 * callbacks.
	 */
	public StepExecutionListener managerListener() {
		return new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				ExportPartitions.this.beforeStep(stepExecution);
			}

			@Override
			public ExitStatus afterStep(StepExecution stepExecution) {
				ExportPartitions.this.afterStep(stepExecution);
				return null;
			}
		};
	}

	@Override
	protected void allPartitionsDone(StepExecution result) {
		JobExecution job = result.getJobExecution();
		List<String> names = InputPartitioner.names(result);
		List<ExecutionContext> sealed = new ArrayList<>();
		for (String name : names) {
			StepExecution partition = jobRepository.getLastStepExecution(job.getJobInstance(),
					WORKER_STEP + ":" + name);
			if (partition == null || partition.getStatus() != BatchStatus.COMPLETED) {
				throw new IllegalStateException("Partition " + name + " of the export is "
						+ (partition == null ? "missing" : partition.getStatus()) + " after every partition ran");
			}
			sealed.add(partition.getExecutionContext());
		}
		ExecutionContext context = result.getExecutionContext();
		SealState.countKeys()
			.forEach(key -> context.putLong(key, sealed.stream().mapToLong(c -> c.getLong(key, 0L)).sum()));
		long rejects = sealed.stream().mapToLong(SealState::sealedOwnRejects).sum();
		if (rejectLimit >= 0 && rejects > rejectLimit) {
			throw new RejectLimitExceededException(
					RejectLimit.message(rejectLimit, null) + " (" + rejects + " over " + names.size() + " partitions)");
		}
		RunFiles files = RunFiles.of(job, fileSystems);
		try {
			new PartitionGather(files.fs(), files.staging()).gather(names, sealed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot gather the partitions of the export in " + files.staging().root() + ": " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * The rejects the completed partitions of an export hold, counted against the reject
	 * limit.
	 */
	long completedRejects(JobExecution job, int gridSize) {
		long rejects = 0;
		for (int i = 0; i < gridSize; i++) {
			StepExecution partition = jobRepository.getLastStepExecution(job.getJobInstance(),
					WORKER_STEP + ":" + InputPartitioner.name(i));
			if (partition != null && partition.getStatus() == BatchStatus.COMPLETED) {
				rejects += SealState.sealedOwnRejects(partition.getExecutionContext());
			}
		}
		return rejects;
	}

}

package org.newsexport.remote;

import java.util.Collection;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

/**
 * What the manager reads and writes of the partitions of one job execution (the job
 * repository, in production).
 */
public interface PartitionView {

	/** The current state of these partitions' step executions, with their heartbeats. */
	List<PartitionState> read(Collection<Long> stepExecutionIds);

	/**
	 * The job execution's status: {@code STOPPING} when {@code news-export stop} asked it
	 * to stop.
	 */
	BatchStatus jobStatus();

	/**
	 * Ends a partition that no worker will finish: its status and exit status become
	 * {@code status} with the description, its end time now, provided its step execution
	 * is still the one {@code seen} (same version).
	 * @return whether it was ended; {@code false} when it changed meanwhile (its worker
	 * is alive after all)
	 */
	boolean end(PartitionState seen, BatchStatus status, String description);

	/**
	 * The partitions' step executions as the job repository holds them, for the partition
	 * step's aggregation.
	 */
	List<StepExecution> load(Collection<Long> stepExecutionIds);

}

package org.newsexport.job;

import java.util.Collection;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.partition.support.RemoteStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The end of a partitioned step, on the manager: the partitions' statuses and counts are
 * added up into the manager step from the job repository (partitions run by workers are
 * copies there, not the objects handed in), and only when every partition completed does
 * {@link #allPartitionsDone} combine their results (a partition that failed or stopped
 * ends the step so, and a restart runs that partition again).
 */
abstract class PartitionedStepEnd implements StepExecutionAggregator {

	private final StepExecutionAggregator counts;

	PartitionedStepEnd(JobRepository jobRepository) {
		RemoteStepExecutionAggregator counts = new RemoteStepExecutionAggregator(jobRepository);
		counts.setDelegate(new DefaultStepExecutionAggregator());
		this.counts = counts;
	}

	@Override
	public final void aggregate(StepExecution result, Collection<StepExecution> executions) {
		counts.aggregate(result, executions);
		if (result.getStatus() == BatchStatus.COMPLETED) {
			allPartitionsDone(result);
		}
	}

	/**
	 * Combines the results of the partitions, every one of which completed (in this
	 * execution or an earlier one).
	 */
	protected abstract void allPartitionsDone(StepExecution result);

}

package org.newsexport.job;

import org.springframework.batch.core.partition.PartitionHandler;

/**
 * Where the partitions of a partitioned step run when not on threads of this process: a
 * bean of this type (remote partitioning over a broker) makes the
 * {@link PartitionHandler} of each partitioned step, given the worker step's name
 * ({@code profilePartition}, {@code exportPartition}, {@code duplicatesPartition}).
 */
@FunctionalInterface
public interface PartitionHandlers {

	PartitionHandler forStep(String workerStep);

}

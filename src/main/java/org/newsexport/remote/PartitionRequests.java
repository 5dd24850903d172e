package org.newsexport.remote;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Where the manager sends its partitions' requests: a queue that workers take them from.
 */
public interface PartitionRequests {

	/**
	 * Sends one request: the step to run and the id of its step execution, whose context
	 * the worker loads.
	 */
	void send(StepExecutionRequest request, long jobExecutionId);

	/** Where requests go, for messages: {@code queue Q at tcp://host:61616}. */
	String where();

}

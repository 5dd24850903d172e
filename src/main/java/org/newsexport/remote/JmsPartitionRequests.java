package org.newsexport.remote;

import jakarta.jms.Message;

import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.jms.core.JmsTemplate;

/**
 * Partition requests as JMS messages on a queue: a text message whose properties
 * {@value #STEP_NAME}, {@value #STEP_EXECUTION_ID} and {@value #JOB_EXECUTION_ID} say
 * what to run (properties rather than a serialized {@link StepExecutionRequest}, so that
 * no Java deserialization is involved on the worker).
 */
public class JmsPartitionRequests implements PartitionRequests {

	static final String STEP_NAME = "stepName";

	static final String STEP_EXECUTION_ID = "stepExecutionId";

	static final String JOB_EXECUTION_ID = "jobExecutionId";

	private final JmsTemplate jms;

	private final String queue;

	private final String brokerUrl;

	public JmsPartitionRequests(JmsTemplate jms, String queue, String brokerUrl) {
		this.jms = jms;
		this.queue = queue;
		this.brokerUrl = brokerUrl;
	}

	@Override
	public void send(StepExecutionRequest request, long jobExecutionId) {
		jms.send(queue, session -> {
			Message message = session.createTextMessage(request.toString());
			message.setStringProperty(STEP_NAME, request.getStepName());
			message.setLongProperty(STEP_EXECUTION_ID, request.getStepExecutionId());
			message.setLongProperty(JOB_EXECUTION_ID, jobExecutionId);
			return message;
		});
	}

	/** The request a message carries. */
	static StepExecutionRequest request(Message message) throws jakarta.jms.JMSException {
		return new StepExecutionRequest(message.getStringProperty(STEP_NAME),
				message.getLongProperty(STEP_EXECUTION_ID));
	}

	@Override
	public String where() {
		return queue + " at " + brokerUrl;
	}

}

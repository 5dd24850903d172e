package org.newsexport.remote;

import java.time.Duration;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * Takes partition requests from the queue and hands them to a {@link PartitionWorker}: a
 * Spring {@link DefaultMessageListenerContainer} with {@code concurrency} consumers, each
 * running one partition at a time. A request is acknowledged when it is received (no
 * redelivery: a partition whose worker dies is failed by the manager and rerun by a
 * restart). On Artemis the consumers prefetch nothing ({@code consumerWindowSize=0}), so
 * a busy worker does not hold requests that an idle one could run.
 */
public class PartitionListener implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(PartitionListener.class);

	private final DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();

	public PartitionListener(ConnectionFactory connectionFactory, String queue, int concurrency,
			PartitionWorker worker) {
		if (connectionFactory instanceof ActiveMQConnectionFactory artemis) {
			artemis.setConsumerWindowSize(0);
		}
		container.setConnectionFactory(connectionFactory);
		container.setDestinationName(queue);
		container.setConcurrentConsumers(concurrency);
		container.setMaxConcurrentConsumers(concurrency);
		container.setSessionAcknowledgeMode(Session.AUTO_ACKNOWLEDGE);
		container.setReceiveTimeout(Duration.ofSeconds(1).toMillis());
		container.setAutoStartup(false);
		container.setMessageListener((MessageListener) message -> onMessage(message, worker));
		container.afterPropertiesSet();
	}

	private static void onMessage(Message message, PartitionWorker worker) {
		try {
			worker.handle(JmsPartitionRequests.request(message));
		}
		catch (JMSException | RuntimeException ex) {
			logger.error("Not a partition request, skipped: " + message + ": " + ex.getMessage());
		}
	}

	/** Starts taking requests. */
	public void start() {
		container.start();
	}

	/**
	 * Stops taking requests, waits for the running ones to end, and closes the
	 * connections.
	 */
	@Override
	public void close() {
		container.shutdown();
	}

}

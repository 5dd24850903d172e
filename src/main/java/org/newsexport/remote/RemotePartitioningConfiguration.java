package org.newsexport.remote;

import java.time.Duration;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.newsexport.job.ExportProperties;
import org.newsexport.job.PartitionHandlers;
import org.newsexport.write.OutputFileSystems;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;

/**
 * The beans of remote partitioning, when {@code export.broker-url} is set: the
 * {@link PartitionHandlers} that make the {@link RemotePartitionHandler} of each
 * partitioned step (profile, export, duplicates), and the worker side's
 * {@link HeartbeatListener}, which the job's configuration adds to the partition step as
 * it adds every step listener bean.
 * <p>
 * Without a broker each of these bean methods returns {@code null}: Spring then holds a
 * null bean, which {@code ObjectProvider.getIfAvailable()} and {@code orderedStream()}
 * skip. That rather than a condition on the property, because the context is prepared
 * ahead of time (Spring AOT), when the conditions are evaluated once for good; and
 * nothing is made (no connection, no thread) when no broker is set.
 */
@Configuration(proxyBeanMethods = false)
public class RemotePartitioningConfiguration {

	@Bean(destroyMethod = "destroy")
	CachingConnectionFactory partitionRequestConnections(ExportProperties properties) {
		if (!properties.remote()) {
			return null;
		}
		return new CachingConnectionFactory(new ActiveMQConnectionFactory(properties.brokerUrl()));
	}

	/**
	 * The partition handlers of the partitioned steps, one per worker step, each with the
	 * grid size of the run.
	 */
	@Bean
	PartitionHandlers remotePartitionHandlers(ExportProperties properties, JobRepository jobRepository,
			ObjectProvider<CachingConnectionFactory> connections) {
		if (!properties.remote()) {
			return null;
		}
		return workerStep -> {
			JmsTemplate jms = new JmsTemplate(connections.getObject());
			Duration timeout = properties.workerTimeout();
			RemotePartitionHandler handler = new RemotePartitionHandler(
					new JmsPartitionRequests(jms, properties.brokerQueue(), properties.brokerUrl()),
					manager -> new RepositoryPartitionView(jobRepository, manager.getJobExecutionId(),
							uri -> OutputFileSystems.get(uri, OutputFileSystems.newConfiguration())),
					workerStep, timeout, RemotePartitionHandler.pollIntervalFor(timeout));
			handler.setGridSize(properties.partitions());
			return handler;
		};
	}

	@Bean(destroyMethod = "close")
	HeartbeatListener partitionHeartbeat(ExportProperties properties) {
		if (!properties.remote()) {
			return null;
		}
		return new HeartbeatListener(HeartbeatListener.intervalFor(properties.workerTimeout()),
				uri -> OutputFileSystems.get(uri, OutputFileSystems.newConfiguration()));
	}

}

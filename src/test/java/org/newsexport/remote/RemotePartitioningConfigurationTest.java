package org.newsexport.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.newsexport.job.ExportProperties;
import org.newsexport.job.PartitionHandlers;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;

/**
 * The remote beans exist only with a broker URL; without one they are null beans that an
 * {@code ObjectProvider} skips, which is what the export step's configuration relies on.
 */
class RemotePartitioningConfigurationTest {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ExportProperties.class)
	static class Context {

		@Bean
		JobRepository jobRepository() {
			return new ResourcelessJobRepository();
		}

	}

	private static AnnotationConfigApplicationContext context(Map<String, Object> properties) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
		context.register(Context.class, RemotePartitioningConfiguration.class);
		context.refresh();
		return context;
	}

	@Test
	void withoutBrokerThereIsNoHandlerNorHeartbeat() {
		try (AnnotationConfigApplicationContext context = context(Map.of("export.broker-url", ""))) {
			assertThat(context.getBeanProvider(PartitionHandlers.class).getIfAvailable()).isNull();
			assertThat(context.getBeanProvider(StepListener.class).orderedStream()).isEmpty();
		}
	}

	@Test
	void withBrokerTheHandlerHasTheGridSizeAndTheHeartbeatIsAStepListener() {
		try (AnnotationConfigApplicationContext context = context(
				Map.of("export.broker-url", "tcp://127.0.0.1:1", "export.partitions", "4"))) {
			PartitionHandler handler = context.getBeanProvider(PartitionHandlers.class)
				.getObject()
				.forStep("exportPartition");
			assertThat(handler).isInstanceOf(RemotePartitionHandler.class);
			assertThat(((RemotePartitionHandler) handler).getGridSize()).isEqualTo(4);
			assertThat(context.getBeanProvider(StepListener.class).orderedStream())
				.hasExactlyElementsOfTypes(HeartbeatListener.class);
		}
	}

}

package org.newsexport.remote;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.newsexport.job.JobFileSystems;
import org.newsexport.job.ExportProperties;
import org.newsexport.job.FailureMessages;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import sun.misc.Signal;

/**
 * {@code news-export worker}: takes partition requests from the broker's queue and runs
 * them, until SIGTERM or SIGINT. On the first signal the worker takes no more requests,
 * the partition it runs stops at its next chunk boundary (it ends STOPPED with its
 * datasets sealed where they stand; the export then ends STOPPED once its other
 * partitions are done, and a restart resumes that partition), and the process exits 0. A
 * second signal ends the process at once (a crash: the manager takes the partition for
 * dead after its worker timeout).
 */
public final class WorkerCommand {

	/**
	 * The Spring property of {@code --concurrency}: partitions a worker process runs at
	 * once.
	 */
	public static final String CONCURRENCY = "worker.concurrency";

	private final CountDownLatch stop = new CountDownLatch(1);

	private volatile String received;

	/**
	 * Runs the worker in an application context that holds the job repository and the
	 * partition step.
	 * @return the exit code: 0 when stopped by a signal, 2 when the configuration does
	 * not allow a worker, 1 when the broker cannot be reached
	 */
	public static int run(ApplicationContext context, PrintStream out, PrintStream err) throws Exception {
		return new WorkerCommand().work(context, out, err);
	}

	private int work(ApplicationContext context, PrintStream out, PrintStream err) throws Exception {
		ExportProperties properties = context.getBean(ExportProperties.class);
		if (!properties.remote()) {
			err.println("news-export: 'worker' needs a broker: --broker-url tcp://HOST:61616 or export.broker-url "
					+ "(start one with 'news-export broker')");
			return 2;
		}
		Environment environment = context.getEnvironment();
		int concurrency = environment.getProperty(CONCURRENCY, Integer.class, 1);
		if (concurrency < 1) {
			err.println("news-export: --concurrency must be at least 1, not " + concurrency);
			return 2;
		}
		String repository = withoutPassword(environment.getProperty("spring.datasource.url", "?"));
		if (repository.startsWith("jdbc:h2:file:")) {
			err.println("news-export: warning: the job repository is an H2 file: workers on this machine only "
					+ "(use PostgreSQL for workers on several machines)");
		}
		List<Step> steps = context.getBeanProvider(Step.class).orderedStream().toList();
		PartitionWorker worker = new PartitionWorker(context.getBean(JobRepository.class),
				PartitionWorker.byName(steps), out);
		worker.whenJobIdle(context.getBean(JobFileSystems.class)::close);
		try (ActiveMQConnectionFactory connections = new ActiveMQConnectionFactory(properties.brokerUrl())) {
			// Not "ready" with a wrong URL: the listener would only log its retries.
			try (Connection probe = connections.createConnection()) {
				probe.getMetaData();
			}
			catch (JMSException ex) {
				err.println("news-export: cannot reach the broker at " + properties.brokerUrl() + ": "
						+ FailureMessages.rootMessage(ex));
				return 1;
			}
		}
		try (ActiveMQConnectionFactory connections = new ActiveMQConnectionFactory(properties.brokerUrl());
				PartitionListener listener = new PartitionListener(connections, properties.brokerQueue(), concurrency,
						worker)) {
			install(worker, err);
			listener.start();
			out.println("worker ready: broker " + properties.brokerUrl() + ", queue " + properties.brokerQueue()
					+ ", repository " + repository);
			stop.await();
		} // closing the listener waits for the running partition to stop at its chunk
			// boundary
		out.println("worker stopped by " + received);
		return 0;
	}

	private void install(PartitionWorker worker, PrintStream err) {
		for (String name : List.of("TERM", "INT")) {
			try {
				Signal signal = new Signal(name);
				Signal.handle(signal, caught -> {
					synchronized (this) {
						if (received != null) {
							err.println("news-export: SIG" + caught.getName() + " again: ended at once");
							Runtime.getRuntime().halt(128 + caught.getNumber());
						}
						received = "SIG" + caught.getName();
					}
					err.println("news-export: " + received + ": taking no more partitions; a running one stops at "
							+ "its next chunk boundary (a second signal ends the worker at once)");
					worker.stop();
					stop.countDown();
				});
			}
			catch (IllegalArgumentException ex) {
				// this JVM does not let the signal be handled (-Xrs): its default action
				// stays
			}
		}
	}

	/**
	 * A JDBC URL without its password, if it holds one ({@code password=...} as a
	 * parameter).
	 */
	static String withoutPassword(String url) {
		return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
	}

}

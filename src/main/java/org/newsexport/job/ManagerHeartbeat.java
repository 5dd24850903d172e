package org.newsexport.job;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsexport.job.ExportParameters.ProcessIdentity;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The sign of life of the process that runs a job execution (the manager, when workers
 * run its partitions), for a process on <em>another host</em> that finds the execution
 * still marked running in a shared job repository and must tell a live run from a dead
 * one: on its own host a process id answers that, across hosts it does not.
 * <p>
 * While the job runs, a thread of its own rewrites {@code OUTPUT/.news-export-heartbeat}
 * every few seconds with a counter, the execution's id, host and pid. The other process
 * watches that file by its own clock only (the hosts' clocks may differ): a change within
 * {@code export.worker-timeout} means the run is alive; none means it is dead and may be
 * recovered. The file is in the output, which every process of a run shares; it is
 * removed when the job ends.
 */
public class ManagerHeartbeat implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(ManagerHeartbeat.class);

	static final String FILE = ".news-export-heartbeat";

	private final JobFileSystems fileSystems;

	private final Duration interval;

	private final Map<Long, ScheduledExecutorService> beating = new ConcurrentHashMap<>();

	/**
	 * @param interval how often the file is rewritten: well under the time a watcher
	 * waits for a change
	 */
	public ManagerHeartbeat(JobFileSystems fileSystems, Duration interval) {
		this.fileSystems = fileSystems;
		this.interval = interval;
	}

	/**
	 * How often a heartbeat is rewritten for a watcher that waits {@code timeout} for a
	 * change: a sixth of it, at most 5 s and at least 100 ms. The job's heartbeat and a
	 * worker's partition heartbeat both beat at this pace.
	 */
	public static Duration intervalFor(Duration timeout) {
		Duration interval = timeout.dividedBy(6);
		if (interval.compareTo(Duration.ofSeconds(5)) > 0) {
			return Duration.ofSeconds(5);
		}
		return interval.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : interval;
	}

	static Path file(URI output) {
		return new Path(new Path(output), FILE);
	}

	@Override
	public void beforeJob(JobExecution job) {
		URI output = URI.create(job.getJobParameters().getString(ExportParameters.OUTPUT));
		FileSystem fs = fileSystems.get(job, output);
		ProcessIdentity self = ProcessIdentity.current();
		AtomicLong counter = new AtomicLong();
		ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread beat = new Thread(runnable, "manager-heartbeat");
			beat.setDaemon(true);
			return beat;
		});
		thread.scheduleWithFixedDelay(() -> {
			String content = counter.incrementAndGet() + " " + job.getId() + " " + self.host() + " " + self.pid();
			try (OutputStream out = fs.create(file(output), true)) {
				out.write(content.getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException | RuntimeException ex) {
				logger.debug("Could not write the heartbeat: " + ex.getMessage());
			}
		}, 0, Math.max(interval.toMillis(), 1), TimeUnit.MILLISECONDS);
		beating.put(job.getId(), thread);
	}

	@Override
	public void afterJob(JobExecution job) {
		ScheduledExecutorService thread = beating.remove(job.getId());
		if (thread == null) {
			return;
		}
		thread.shutdownNow();
		try {
			thread.awaitTermination(10, TimeUnit.SECONDS);
			URI output = URI.create(job.getJobParameters().getString(ExportParameters.OUTPUT));
			fileSystems.get(job, output).delete(file(output), false);
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			logger.debug("Could not remove the heartbeat: " + ex.getMessage());
		}
	}

	/**
	 * Whether the run of a job execution shows a sign of life within {@code timeout}: its
	 * heartbeat file changes, by this process's clock. Returns as soon as it changes.
	 */
	static boolean alive(FileSystem fs, URI output, long jobExecutionId, Duration timeout, LongSupplier nanoTime)
			throws InterruptedException {
		String first = read(fs, output, jobExecutionId);
		long deadline = nanoTime.getAsLong() + timeout.toNanos();
		Duration poll = intervalFor(timeout).dividedBy(2);
		while (nanoTime.getAsLong() < deadline) {
			Thread.sleep(Math.max(poll.toMillis(), 10));
			String now = read(fs, output, jobExecutionId);
			if (now != null && !now.equals(first)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The heartbeat of the execution, or {@code null} when there is none (or it is
	 * another execution's).
	 */
	private static String read(FileSystem fs, URI output, long jobExecutionId) {
		try (FSDataInputStream in = fs.open(file(output))) {
			String content = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
			String[] fields = content.split(" ");
			return fields.length == 4 && fields[1].equals(String.valueOf(jobExecutionId)) ? content : null;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}

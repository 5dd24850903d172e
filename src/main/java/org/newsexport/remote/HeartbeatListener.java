package org.newsexport.remote;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsexport.job.ManagerHeartbeat;
import org.newsexport.job.ExportParameters.ProcessIdentity;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The worker's side of the {@link Heartbeat}: while a partition step runs, a daemon
 * thread rewrites the partition's heartbeat file every {@code interval} with a counter,
 * this host and this pid; when the step ends, the file is deleted. Only partitions' step
 * executions (named {@code step:partition}) have one. The thread touches only that file,
 * never the step execution. A failed write is logged and retried at the next beat: the
 * manager takes a partition for dead only after its whole worker timeout without any sign
 * of life.
 */
public class HeartbeatListener implements StepExecutionListener, AutoCloseable {

	private static final Log logger = LogFactory.getLog(HeartbeatListener.class);

	private final Duration interval;

	private final Function<URI, FileSystem> fileSystems;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<Long, Beating> beating = new ConcurrentHashMap<>();

	/**
	 * @param interval how often the heartbeat is rewritten (a fraction of the manager's
	 * worker timeout)
	 * @param fileSystems makes a new file system for an output URI, owned by this
	 * listener
	 */
	public HeartbeatListener(Duration interval, Function<URI, FileSystem> fileSystems) {
		this.interval = interval;
		this.fileSystems = fileSystems;
	}

	/**
	 * A beat interval for a worker timeout: {@link ManagerHeartbeat#intervalFor}, the
	 * job's own heartbeat's.
	 */
	public static Duration intervalFor(Duration workerTimeout) {
		return ManagerHeartbeat.intervalFor(workerTimeout);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		Path file = Heartbeat.file(stepExecution);
		if (file == null) {
			return;
		}
		FileSystem fs = fileSystems.apply(Heartbeat.output(stepExecution));
		ProcessIdentity self = ProcessIdentity.current();
		AtomicLong counter = new AtomicLong();
		Beating beating = new Beating(fs, file);
		Runnable beat = () -> {
			synchronized (beating) {
				if (beating.stopped) {
					return;
				}
				try {
					Heartbeat.write(fs, file, new Heartbeat.Beat(counter.incrementAndGet(), self.host(), self.pid()));
				}
				catch (IOException | RuntimeException ex) {
					logger.warn("Could not write the heartbeat " + file + ": " + ex.getMessage());
				}
			}
		};
		beat.run(); // the first beat before the step reads anything
		beating.task = timer.scheduleWithFixedDelay(beat, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
		this.beating.put(stepExecution.getId(), beating);
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		Beating beat = beating.remove(stepExecution.getId());
		if (beat != null) {
			beat.stop();
		}
		return null;
	}

	@Override
	public void close() {
		beating.values().forEach(Beating::stop);
		beating.clear();
		timer.shutdownNow();
	}

	/**
	 * One partition's beats; its lock is held while a beat writes, so that none writes
	 * after {@link #stop}.
	 */
	private static final class Beating {

		private final FileSystem fs;

		private final Path file;

		private ScheduledFuture<?> task;

		private boolean stopped;

		Beating(FileSystem fs, Path file) {
			this.fs = fs;
			this.file = file;
		}

		synchronized void stop() {
			if (stopped) {
				return;
			}
			stopped = true;
			task.cancel(false);
			try {
				fs.delete(file, false);
			}
			catch (IOException ex) {
				logger.debug("Could not delete the heartbeat " + file + ": " + ex.getMessage());
			}
			try {
				fs.close();
			}
			catch (IOException ex) {
				logger.debug("Could not close the heartbeat's file system: " + ex.getMessage());
			}
		}

	}

}

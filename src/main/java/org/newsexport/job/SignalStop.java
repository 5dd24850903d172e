package org.newsexport.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Stops a run gracefully on SIGTERM ({@code systemctl stop}, {@code docker stop},
 * {@code kill}) and SIGINT (Ctrl-C), the way {@code news-export stop ID} does: the job
 * execution is marked STOPPING in the job repository, the export step ends at its next
 * chunk boundary with its datasets sealed where they stand, the execution ends STOPPED,
 * and the process exits with its usual report (exit status 5) instead of the JVM's 143 or
 * 130. A second signal ends the process at once (exit status 128 + the signal's number,
 * 143 or 130, as the JVM's own handler): the run is then a crash, resumed like one.
 * <p>
 * Why not Spring Batch's {@code JobExecutionShutdownHook}: a shutdown hook runs once the
 * JVM has begun to exit, in parallel with every other hook: H2's closes the job
 * repository's database under the running job (which then fails with "Database is already
 * closed"), as Hadoop's closes its cached file systems and Spring Boot's its logging; the
 * JVM halts as soon as the hooks return, and that hook returns once it has asked the job
 * to stop, not once the job has stopped; and it stops through {@code JobOperator.stop},
 * whose update of the running step execution races the step's own (see
 * {@link ExportLauncher#stop}). Handling the signal instead keeps the JVM alive, and the
 * run ends on its own thread.
 */
public class SignalStop implements JobExecutionListener {

	private static final Log logger = LogFactory.getLog(SignalStop.class);

	private static final List<String> SIGNALS = List.of("TERM", "INT");

	private final ObjectProvider<ExportLauncher> launcher;

	private final RunHistory history;

	/** The first signal received, e.g. {@code SIGTERM}. */
	private volatile String received;

	/** The execution this process runs; guarded by this. */
	private Long running;

	/** Whether the execution has ended; guarded by this. */
	private boolean ended;

	public SignalStop(ObjectProvider<ExportLauncher> launcher, RunHistory history) {
		this.launcher = launcher;
		this.history = history;
	}

	/**
	 * Takes over SIGTERM and SIGINT until the returned handle is closed, which gives them
	 * back to the JVM. Where the JVM does not let them be handled (e.g. {@code -Xrs}),
	 * they keep their default action.
	 */
	public Installation install() {
		Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
		for (String name : SIGNALS) {
			try {
				Signal signal = new Signal(name);
				previous.put(signal, Signal.handle(signal, this::handle));
			}
			catch (IllegalArgumentException ex) {
				logger.debug("SIG" + name + " cannot be handled: " + ex.getMessage());
			}
		}
		return () -> previous.forEach((signal, handler) -> {
			try {
				Signal.handle(signal, handler);
			}
			catch (IllegalArgumentException ex) {
				logger.debug("SIG" + signal.getName() + " cannot be given back: " + ex.getMessage());
			}
		});
	}

	/**
	 * The signal that stopped the run, e.g. {@code SIGTERM}; {@code null} when none was
	 * received.
	 */
	public String received() {
		return received;
	}

	/** On a thread the JVM starts for each signal. */
	private void handle(Signal signal) {
		String name = "SIG" + signal.getName();
		synchronized (this) {
			if (received != null) {
				// A crash, as a SIGKILL would be: no shutdown hooks, which would close
				// the job repository and the file systems under the running job and have
				// it fail with stack traces. Committed chunks are kept.
				System.err.println((System.console() != null ? "\n" : "") + "news-export: " + name
						+ " again: ended at once; run the same command again to resume");
				Runtime.getRuntime().halt(128 + signal.getNumber());
			}
			received = name;
		}
		requestStop();
	}

	private void requestStop() {
		Long id;
		boolean over;
		synchronized (this) {
			id = running;
			over = ended;
		}
		if (id == null) {
			logger.info(received + (over ? ": the run has ended" : ": the export will stop as soon as it starts"));
			return;
		}
		try {
			launcher.getObject().stop(history.execution(id));
			logger.info(received + ": stopping execution " + id + " at the next chunk boundary (a second signal "
					+ "ends the process at once)");
		}
		catch (NothingToDoException ex) {
			logger.info(received + ": " + ex.getMessage());
		}
		catch (Exception ex) {
			logger.warn(received + ": cannot stop execution " + id + ": " + FailureMessages.rootMessage(ex));
		}
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		boolean stop;
		synchronized (this) {
			running = jobExecution.getId();
			stop = received != null;
		}
		if (stop) {
			requestStop();
		}
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		synchronized (this) {
			running = null;
			ended = true;
		}
	}

	/** Gives the signals back to the JVM. */
	public interface Installation extends AutoCloseable {

		@Override
		void close();

	}

}

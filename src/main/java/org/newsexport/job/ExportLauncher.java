package org.newsexport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.newsexport.job.ExportParameters.ProcessIdentity;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Starts an export the way a scheduler expects: the same command resumes an interrupted export (failed, stopped or
 * killed), starts the next export once the last one completed, and refuses while another process runs it.
 */
public class ExportLauncher {

	private static final Log logger = LogFactory.getLog(ExportLauncher.class);

	private static final Pattern URI_WITH_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");

	private final JobOperator jobOperator;

	private final Job job;

	private final RunHistory history;

	private final RulesFile rulesFile;

	public ExportLauncher(JobOperator jobOperator, Job job, RunHistory history, RulesFile rulesFile) {
		this.jobOperator = jobOperator;
		this.job = job;
		this.history = history;
		this.rulesFile = rulesFile;
	}

	/**
	 * Runs the export of {@code input} into {@code output} to its end.
	 * @throws InvalidRunException when the input or output cannot be used
	 * @throws ExportAlreadyRunningException when another live process runs an export into the same output
	 */
	public JobExecution run(String input, String output) throws Exception {
		Path inputDir = inputDirectory(input);
		URI outputUri = outputUri(output);
		try (OutputLock lock = OutputLock.acquire(outputUri)) {
			ProcessIdentity self = ProcessIdentity.current();
			recoverCrashedExecution(history.lastExecution(outputUri.toString()), self);
			ExportParameters parameters = parameters(inputDir.toString(), outputUri.toString());
			try {
				return jobOperator.start(job, parameters.toJobParameters(self));
			}
			catch (JobExecutionAlreadyRunningException | DataIntegrityViolationException ex) {
				throw new ExportAlreadyRunningException("another process started the same export just now");
			}
		}
	}

	private ExportParameters parameters(String inputDir, String outputUri) {
		JobExecution last = history.lastExecution(outputUri, inputDir);
		if (last == null) {
			logger.info("Starting export #1 of " + inputDir + " into " + outputUri);
			return new ExportParameters(inputDir, outputUri, rulesFile.sha256(), 1);
		}
		ExportParameters previous = ExportParameters.of(last.getJobParameters());
		BatchStatus status = last.getStatus();
		boolean restartable = status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
		if (restartable && previous.rulesSha256().equals(rulesFile.sha256())) {
			logger.info("Resuming export #" + previous.sequence() + " (execution " + last.getId() + " ended "
					+ status + ")");
			return previous;
		}
		if (restartable) {
			logger.info("The cleaning rules changed since execution " + last.getId() + " (" + status
					+ "): abandoning it and starting a new export");
			abandon(last);
		}
		ExportParameters next = new ExportParameters(inputDir, outputUri, rulesFile.sha256(), previous.sequence() + 1);
		logger.info("Starting export #" + next.sequence() + " of " + inputDir + " into " + outputUri);
		return next;
	}

	private void recoverCrashedExecution(JobExecution last, ProcessIdentity self) {
		if (last == null || !last.isRunning()) {
			return;
		}
		ProcessIdentity owner = ProcessIdentity.of(last.getJobParameters());
		String who = "execution " + last.getId() + " (pid " + owner.pid() + " on " + owner.host() + ")";
		if (!self.host().equals(owner.host())) {
			throw new ExportAlreadyRunningException(who + " is still marked running; if that process is gone, "
					+ "abandon the execution before running again");
		}
		if (owner.isAlive()) {
			throw new ExportAlreadyRunningException(who + " is already running this export");
		}
		logger.info(who + " ended without finishing (killed or crashed): marking it FAILED to restart it");
		jobOperator.recover(last);
	}

	private void abandon(JobExecution execution) {
		try {
			jobOperator.abandon(execution);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			throw new ExportAlreadyRunningException("execution " + execution.getId() + " is running");
		}
	}

	static Path inputDirectory(String input) {
		Path dir = Path.of(input).toAbsolutePath().normalize();
		if (!Files.exists(dir)) {
			throw new InvalidRunException("input directory does not exist: " + dir);
		}
		if (!Files.isDirectory(dir)) {
			throw new InvalidRunException("input is not a directory: " + dir);
		}
		if (!Files.isReadable(dir)) {
			throw new InvalidRunException("input directory is not readable: " + dir);
		}
		return dir;
	}

	static URI outputUri(String output) {
		if (URI_WITH_SCHEME.matcher(output).matches() && !output.startsWith("file:")) {
			return URI.create(output);
		}
		Path dir = output.startsWith("file:") ? Path.of(URI.create(output)) : Path.of(output);
		dir = dir.toAbsolutePath().normalize();
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new InvalidRunException("output path is a file, not a directory: " + dir);
		}
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new InvalidRunException("cannot create output directory " + dir + ": " + ex.getMessage(), ex);
		}
		if (!Files.isWritable(dir)) {
			throw new InvalidRunException("output directory is not writable: " + dir);
		}
		try {
			return new URI("file", null, dir.toString(), null);
		}
		catch (URISyntaxException ex) {
			throw new UncheckedIOException(new IOException("Bad output path " + dir, ex));
		}
	}

}

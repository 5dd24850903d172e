package org.newsexport.job;

import java.time.Duration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.newsexport.job.ExportParameters.ProcessIdentity;
import org.newsexport.read.IncludePattern;
import org.newsexport.write.OutputFileSystems;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Starts an export the way a scheduler expects: the same command resumes an interrupted
 * export (failed, stopped or killed), starts the next export once the last one completed,
 * and refuses while another process runs it.
 */
public class ExportLauncher {

	private static final Log logger = LogFactory.getLog(ExportLauncher.class);

	private static final Pattern URI_WITH_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");

	private final JobOperator jobOperator;

	private final Job job;

	private final RunHistory history;

	private final RulesFile rulesFile;

	private final JobRepository jobRepository;

	private final IncludePattern include;

	private boolean force;

	/**
	 * How long a run marked running by another host must show no sign of life to be taken
	 * for dead.
	 */
	private Duration otherHostTimeout = Duration.ofMinutes(5);

	public ExportLauncher(JobOperator jobOperator, Job job, RunHistory history, RulesFile rulesFile,
			JobRepository jobRepository) {
		this(jobOperator, job, history, rulesFile, jobRepository, IncludePattern.DEFAULT);
	}

	/**
	 * @param include the input files of a new export; an interrupted export resumes with
	 * its own
	 */
	public ExportLauncher(JobOperator jobOperator, Job job, RunHistory history, RulesFile rulesFile,
			JobRepository jobRepository, IncludePattern include) {
		this.include = include;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = job;
		this.history = history;
		this.rulesFile = rulesFile;
	}

	/**
	 * With {@code export.force}, {@code run} resumes an export the publish guard refused,
	 * and publishes it; without, it abandons that export and exports the input again.
	 */
	public void setForce(boolean force) {
		this.force = force;
	}

	/**
	 * How long an execution marked running by a process of another host must show no sign
	 * of life (its {@link ManagerHeartbeat}) before a run here marks it failed and
	 * resumes its export.
	 */
	public void setOtherHostTimeout(Duration timeout) {
		this.otherHostTimeout = timeout;
	}

	/**
	 * Runs the export of {@code input} into {@code output} to its end.
	 * @param incremental whether a new export cleans only the files new or changed since
	 * the export in the output, carrying the rows of the others over from it; an
	 * interrupted export resumes as it started, whatever this says
	 * @throws InvalidRunException when the input or output cannot be used
	 * @throws ExportAlreadyRunningException when another live process runs an export into
	 * the same output
	 */
	public JobExecution run(String input, String output, boolean incremental) throws Exception {
		Path inputDir = inputDirectory(input);
		URI outputUri = outputUri(output);
		try (OutputLock lock = OutputLock.acquire(outputUri)) {
			ProcessIdentity self = ProcessIdentity.current();
			recoverCrashedExecution(history.lastExecution(outputUri.toString()), self);
			ExportParameters parameters = parameters(inputDir.toString(), outputUri.toString(), incremental);
			try {
				return jobOperator.start(job, parameters.toJobParameters(self));
			}
			catch (JobExecutionAlreadyRunningException | DataIntegrityViolationException ex) {
				throw new ExportAlreadyRunningException("another process started the same export just now");
			}
		}
	}

	/**
	 * Resumes the export that {@code execution} belongs to, with its own input and
	 * output: what {@code run} with them would do when that export is the one that
	 * failed.
	 * @throws NothingToDoException when that export is not failed or stopped (it
	 * completed, was abandoned, or a later execution resumed it)
	 */
	public JobExecution resume(JobExecution execution) throws Exception {
		ExportParameters parameters = ExportParameters.of(execution.getJobParameters());
		inputDirectory(parameters.inputDir());
		URI outputUri = URI.create(parameters.outputUri());
		if (!"file".equals(outputUri.getScheme())) {
			probe(outputUri);
		}
		try (OutputLock lock = OutputLock.acquire(outputUri)) {
			ProcessIdentity self = ProcessIdentity.current();
			recoverCrashedExecution(history.lastExecution(parameters.outputUri()), self);
			JobExecution latest = history.latestOfSameExport(execution);
			BatchStatus status = latest.getStatus();
			if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
				throw new NothingToDoException("export #" + parameters.sequence() + " (execution " + latest.getId()
						+ ") is " + status + ": nothing to restart");
			}
			if (!parameters.rulesSha256().equals(rulesFile.sha256())) {
				throw new InvalidRunException("the cleaning rules changed since execution " + latest.getId()
						+ ": resuming would clean one export with two sets of rules; abandon it and run again");
			}
			logger.info("Resuming export #" + parameters.sequence() + " (execution " + latest.getId() + " ended "
					+ status + ")");
			return jobOperator.start(job, parameters.toJobParameters(self));
		}
	}

	/**
	 * Asks a running execution, in this process or another, to stop at its next chunk
	 * boundary.
	 */
	public void stop(JobExecution execution) throws Exception {
		if (!execution.isRunning()) {
			throw new NothingToDoException(
					"execution " + execution.getId() + " is not running (" + execution.getStatus() + ")");
		}
		ProcessIdentity owner = ProcessIdentity.of(execution.getJobParameters());
		if (ProcessIdentity.current().host().equals(owner.host()) && !owner.isAlive()) {
			throw new NothingToDoException("execution " + execution.getId() + " is not running: its process (pid "
					+ owner.pid() + ") is gone; run again to resume it, or abandon it");
		}
		// Only the job execution is marked STOPPING: the running process reads it at its
		// next chunk commit (the job repository's update of a step execution checks it)
		// and ends the step STOPPED. JobOperator.stop would also update the running step
		// execution from this process, racing the running process's own update of it: the
		// loser of that race fails on the step execution's version, and the run failed
		// instead of stopping.
		for (int attempt = 1;; attempt++) {
			execution.setStatus(BatchStatus.STOPPING);
			try {
				jobRepository.update(execution);
				return;
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == 5) {
					throw ex;
				}
				// the running process updated it meanwhile
				execution = history.execution(execution.getId());
				if (!execution.isRunning()) {
					throw new NothingToDoException(
							"execution " + execution.getId() + " is not running (" + execution.getStatus() + ")");
				}
			}
		}
	}

	/**
	 * Marks a failed, stopped or dead execution ABANDONED, so that the next run starts a
	 * new export.
	 */
	public JobExecution abandon(JobExecution execution) throws Exception {
		if (execution.isRunning()) {
			recoverCrashedExecution(execution, ProcessIdentity.current());
			execution = history.execution(execution.getId());
		}
		if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
			throw new NothingToDoException(
					"execution " + execution.getId() + " is " + execution.getStatus() + ": nothing to abandon");
		}
		return jobOperator.abandon(execution);
	}

	private ExportParameters parameters(String inputDir, String outputUri, boolean incremental) throws Exception {
		JobExecution last = history.lastExecution(outputUri, inputDir);
		if (last == null) {
			logger.info(
					"Starting export #1 of " + inputDir + " into " + outputUri + (incremental ? ", incremental" : ""));
			return new ExportParameters(inputDir, outputUri, rulesFile.sha256(), 1, incremental, include);
		}
		ExportParameters previous = ExportParameters.of(last.getJobParameters());
		BatchStatus status = last.getStatus();
		boolean restartable = status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
		boolean sameRules = previous.rulesSha256().equals(rulesFile.sha256());
		if (restartable && !force && PublishGuard.refused(last)) {
			logger.info("Execution " + last.getId() + " refused to publish its export: abandoning it and exporting "
					+ inputDir + " again (--force would publish it)");
			abandon(last);
		}
		else if (restartable && sameRules && previous.include().equals(include)) {
			logger.info("Resuming export #" + previous.sequence() + " (execution " + last.getId() + " ended " + status
					+ ")" + (previous.incremental() == incremental ? "" : ", " + kind(previous.incremental())
							+ " as it started (" + kind(incremental) + " applies from the next export)"));
			return previous;
		}
		else if (restartable) {
			logger.info((sameRules ? "The include pattern changed (" + previous.include() + ", now " + include + ")"
					: "The cleaning rules changed") + " since execution " + last.getId() + " (" + status
					+ "): abandoning it and starting a new export");
			abandon(last);
		}
		ExportParameters next = new ExportParameters(inputDir, outputUri, rulesFile.sha256(), previous.sequence() + 1,
				incremental, include);
		logger.info("Starting export #" + next.sequence() + " of " + inputDir + " into " + outputUri
				+ (incremental ? ", incremental" : ""));
		return next;
	}

	private static String kind(boolean incremental) {
		return incremental ? "incremental" : "full";
	}

	private void recoverCrashedExecution(JobExecution last, ProcessIdentity self) {
		if (last == null || !last.isRunning()) {
			return;
		}
		ProcessIdentity owner = ProcessIdentity.of(last.getJobParameters());
		String who = "execution " + last.getId() + " (pid " + owner.pid() + " on " + owner.host() + ")";
		if (!self.host().equals(owner.host())) {
			// Another host: its process id says nothing here. Its heartbeat in the output
			// says whether it runs.
			URI output = URI.create(ExportParameters.of(last.getJobParameters()).outputUri());
			logger.info(who + " is marked running: watching its heartbeat in " + output + " for up to "
					+ otherHostTimeout.toSeconds() + " s (export.worker-timeout) to tell whether it is alive");
			boolean alive;
			try (FileSystem fs = OutputFileSystems.get(output, OutputFileSystems.newConfiguration())) {
				alive = ManagerHeartbeat.alive(fs, output, last.getId(), otherHostTimeout, System::nanoTime);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the heartbeat in " + output + ": " + ex.getMessage(), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ExportAlreadyRunningException(
						who + " is still marked running (interrupted while watching " + "its heartbeat)");
			}
			if (alive) {
				throw new ExportAlreadyRunningException(who + " is running (its heartbeat in the output changes)");
			}
			logger.info(who + " gave no sign of life for " + otherHostTimeout.toSeconds() + " s: marking it FAILED "
					+ "to restart it");
			jobOperator.recover(last);
			return;
		}
		if (owner.isAlive()) {
			throw new ExportAlreadyRunningException(who + " is running");
		}
		logger.info(who + " ended without finishing (killed or crashed): marking it FAILED to restart it");
		jobOperator.recover(last);
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

	/**
	 * Checks that an output on a file system other than the local one can be reached and
	 * written.
	 */
	private static void probe(URI output) {
		try {
			OutputFileSystems.probe(output);
		}
		catch (IOException | RuntimeException ex) {
			String reason = FailureMessages.rootMessage(ex);
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof UnknownHostException) {
					reason = "unknown host " + reason;
					break;
				}
			}
			throw new InvalidRunException("cannot use output " + output + ": " + reason, ex);
		}
	}

	static URI outputUri(String output) {
		if (URI_WITH_SCHEME.matcher(output).matches() && !output.startsWith("file:")) {
			URI uri;
			try {
				uri = new URI(output);
			}
			catch (URISyntaxException ex) {
				throw new InvalidRunException("invalid output URI " + output + ": " + ex.getMessage(), ex);
			}
			probe(uri);
			return uri;
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

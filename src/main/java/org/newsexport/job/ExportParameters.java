package org.newsexport.job;

import java.time.Instant;

import org.newsexport.read.IncludePattern;
import org.newsexport.write.ExportIdentity;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of an export. The identifying ones decide whether a run is new or a
 * restart: the input directory, the output location, the SHA-256 of the rules file and
 * the export sequence number, which grows by one each time an export of the same input
 * into the same output completes; and the include pattern, which like the rules changes
 * what an export holds (it is recorded only when it is not the default {@code *.txt}, so
 * that the exports recorded before it keep their identity). Whether the export is
 * incremental is chosen when it starts and kept by every execution that resumes it, but
 * it does not identify it. The others say which process runs the execution, so that a
 * later run can tell a crashed execution from a live one.
 */
public record ExportParameters(String inputDir, String outputUri, String rulesSha256, long sequence,
		boolean incremental, IncludePattern include) {

	public static final String INPUT = "input.dir";

	public static final String OUTPUT = "output.uri";

	public static final String RULES = "rules.sha256";

	public static final String SEQUENCE = "export.sequence";

	public static final String INCREMENTAL = "export.incremental";

	public static final String INCLUDE = "export.include";

	public static final String HOST = "process.host";

	public static final String PID = "process.pid";

	public static final String PROCESS_STARTED = "process.started";

	/**
	 * The identity of the export an execution runs, for the footers of the Parquet parts
	 * it writes.
	 */
	public static ExportIdentity identity(JobExecution job) {
		JobParameters parameters = job.getJobParameters();
		return new ExportIdentity(job.getJobInstance().getInstanceId(), parameters.getLong(SEQUENCE),
				parameters.getString(RULES), job.getId());
	}

	public static ExportParameters of(JobParameters parameters) {
		return new ExportParameters(parameters.getString(INPUT), parameters.getString(OUTPUT),
				parameters.getString(RULES), parameters.getLong(SEQUENCE), isIncremental(parameters),
				include(parameters));
	}

	/**
	 * The include pattern of the export of these parameters ({@code *.txt} when none is
	 * recorded).
	 */
	public static IncludePattern include(JobParameters parameters) {
		String include = parameters.getString(INCLUDE);
		return include == null ? IncludePattern.DEFAULT : IncludePattern.parse(include);
	}

	/**
	 * Whether the export of these parameters is incremental (false for executions older
	 * than the option).
	 */
	public static boolean isIncremental(JobParameters parameters) {
		return Boolean.parseBoolean(parameters.getString(INCREMENTAL));
	}

	public JobParameters toJobParameters(ProcessIdentity process) {
		JobParametersBuilder builder = new JobParametersBuilder().addString(INPUT, inputDir, true)
			.addString(OUTPUT, outputUri, true)
			.addString(RULES, rulesSha256, true)
			.addLong(SEQUENCE, sequence, true);
		if (!include.isDefault()) {
			builder.addString(INCLUDE, include.toString(), true);
		}
		return builder.addString(INCREMENTAL, String.valueOf(incremental), false)
			.addString(HOST, process.host(), false)
			.addLong(PID, process.pid(), false)
			.addString(PROCESS_STARTED, String.valueOf(process.started()), false)
			.toJobParameters();
	}

	/** Who runs an execution. */
	public record ProcessIdentity(String host, long pid, Instant started) {

		public static ProcessIdentity current() {
			ProcessHandle self = ProcessHandle.current();
			return new ProcessIdentity(HostName.get(), self.pid(), self.info().startInstant().orElse(null));
		}

		public static ProcessIdentity of(JobParameters parameters) {
			String started = parameters.getString(PROCESS_STARTED);
			return new ProcessIdentity(parameters.getString(HOST), parameters.getLong(PID, -1L),
					started == null || started.equals("null") ? null : Instant.parse(started));
		}

		/** Whether this process is alive; only answerable on the same host. */
		public boolean isAlive() {
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(handle -> started == null || started.equals(handle.info().startInstant().orElse(null)))
				.isPresent();
		}

	}

}

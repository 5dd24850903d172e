package org.newsexport.cli;

/** The process exit codes, for schedulers to act on. */
public enum ExitCode {

	/** The run completed and the export is published. */
	COMPLETED(0),
	/**
	 * The run failed; the previous export is untouched; running the same command again
	 * resumes it.
	 */
	FAILED(1),
	/** Bad command line or configuration: nothing was run. */
	USAGE(2),
	/** Another live process is running an export into the same output. */
	ALREADY_RUNNING(3),
	/**
	 * Nothing to do: no failed execution to restart, the execution to stop is not
	 * running, or no completed execution to write a report of.
	 */
	NOTHING_TO_DO(4),
	/**
	 * The run was stopped before the end ({@code stop ID}, SIGTERM or SIGINT); running
	 * the same command again resumes it.
	 */
	STOPPED(5),
	/**
	 * The publish step refused to replace the published export (an input without
	 * {@code *.txt} files, or one that lost most of its articles); the published export
	 * is untouched, and the execution resumes (with {@code --force} to publish anyway) or
	 * is abandoned.
	 */
	PUBLISH_REFUSED(6);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

}

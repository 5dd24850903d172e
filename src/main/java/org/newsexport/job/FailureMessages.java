package org.newsexport.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Keeps the message that says why a step failed. Batch records a failure's whole stack
 * trace as the exit description, cut at 2,500 characters, which usually loses the
 * innermost cause; this listener saves that cause's message in the step's context, where
 * {@code show} and {@code executions} find it; for a stopped step, that it was stopped.
 */
public class FailureMessages implements StepExecutionListener {

	static final String KEY = "export.failure";

	/**
	 * What {@code show} says of a step that was stopped, instead of Batch's "Job
	 * interrupted status detected."
	 */
	static final String STOPPED = "stopped before its end (stop ID, SIGTERM or SIGINT); the next run resumes it";

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() == BatchStatus.STOPPED) {
			stepExecution.getExecutionContext().putString(KEY, STOPPED);
		}
		else if (!stepExecution.getFailureExceptions().isEmpty()) {
			stepExecution.getExecutionContext()
				.putString(KEY, rootMessage(stepExecution.getFailureExceptions().get(0)));
		}
		else {
			// a resumed step inherits the context of the one before
			stepExecution.getExecutionContext().remove(KEY);
		}
		return null;
	}

	/**
	 * The message of the innermost cause: the one that says what is wrong, without the
	 * wrapping.
	 */
	public static String rootMessage(Throwable ex) {
		String message = null;
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				message = t.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
			}
		}
		return message != null ? message : ex.getClass().getSimpleName();
	}

}

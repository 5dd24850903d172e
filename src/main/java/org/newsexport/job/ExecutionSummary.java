package org.newsexport.job;

import org.springframework.batch.core.BatchStatus;
import java.util.stream.Stream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.newsexport.write.Datasets;
import org.newsexport.write.SealState;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One execution of the export job as the run history shows it. Its times are instants
 * (UTC, as in the datasets): the job repository keeps local times of the JVM's zone,
 * which this converts.
 *
 * @param sequence the export sequence number (the same for an execution and the restarts
 * that resume it)
 * @param filesRead files the export step read in this execution
 * @param articles articles the export holds so far (sealed rows, over all its executions)
 * @param rejects rejects the export holds so far
 */
public record ExecutionSummary(long id, long instanceId, String status, String exitCode, String exitDescription,
		String input, String output, Long sequence, Instant start, Instant end, Double durationSeconds, long filesRead,
		long articles, long rejects, List<StepSummary> steps) {

	/** A step of the execution. */
	public record StepSummary(String name, String status, long read, long written, long commits, long rollbacks,
			Instant start, Instant end, String exitDescription) {

		static StepSummary of(StepExecution step) {
			return new StepSummary(step.getStepName(), step.getStatus().name(), step.getReadCount(),
					step.getWriteCount(), step.getCommitCount(), step.getRollbackCount(), instant(step.getStartTime()),
					instant(step.getEndTime()), failure(step));
		}

	}

	/** "org.example.SomeException: " in front of a message. */
	private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: ");

	public static ExecutionSummary of(JobExecution execution) {
		ExportParameters parameters = ExportParameters.of(execution.getJobParameters());
		StepExecution export = execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals("export"))
			.findFirst()
			.orElse(null);
		ExecutionContext counts = exportCounts(execution);
		Double seconds = execution.getStartTime() == null ? null
				: Duration
					.between(execution.getStartTime(),
							execution.getEndTime() != null ? execution.getEndTime() : LocalDateTime.now())
					.toMillis() / 1000.0;
		return new ExecutionSummary(execution.getId(), execution.getJobInstance().getInstanceId(),
				execution.getStatus().name(), execution.getExitStatus().getExitCode(),
				execution.getStepExecutions()
					.stream()
					.filter(step -> step.getExecutionContext().containsKey(FailureMessages.KEY))
					.map(step -> step.getStepName() + ": " + step.getExecutionContext().getString(FailureMessages.KEY))
					.findFirst()
					.orElse(firstLine(execution.getExitStatus().getExitDescription())),
				parameters.inputDir(), parameters.outputUri(), parameters.sequence(), instant(execution.getStartTime()),
				instant(execution.getEndTime()), seconds, filesRead(execution),
				SealState.sealedRows(counts, Datasets.ARTICLES), SealState.sealedRows(counts, Datasets.REJECTS),
				execution.getStepExecutions()
					.stream()
					.sorted(Comparator.comparingLong(StepExecution::getId))
					.map(StepSummary::of)
					.toList());
	}

	/**
	 * The rows the export holds so far: when this execution completed the export step,
	 * its counts (promoted to the job's context too); while it runs or when it stopped or
	 * failed, the sum of the sealed counts of the partitions this execution ran
	 * (partitions completed by an earlier execution are not among them); when this
	 * execution did not run the export step, the job's context.
	 */
	public static ExecutionContext exportCounts(JobExecution execution) {
		StepExecution export = step(execution, "export");
		if (export != null && export.getStatus() == BatchStatus.COMPLETED) {
			return export.getExecutionContext();
		}
		List<StepExecution> partitions = partitions(execution);
		if (partitions.isEmpty()) {
			return export != null ? export.getExecutionContext() : execution.getExecutionContext();
		}
		ExecutionContext sum = new ExecutionContext();
		Stream.concat(SealState.countKeys().stream(), Stream.of(ExportProgress.INPUT_FILES_KEY))
			.forEach(key -> sum.putLong(key,
					partitions.stream()
						.mapToLong(partition -> partition.getExecutionContext().getLong(key, 0L))
						.sum()));
		return sum;
	}

	/** Files the export step read in this execution, over its partitions. */
	static long filesRead(JobExecution execution) {
		StepExecution export = step(execution, "export");
		if (export != null && export.getStatus() == BatchStatus.COMPLETED) {
			return export.getReadCount();
		}
		return partitions(execution).stream().mapToLong(StepExecution::getReadCount).sum();
	}

	private static StepExecution step(JobExecution execution, String name) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().equals(name))
			.findFirst()
			.orElse(null);
	}

	private static List<StepExecution> partitions(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStepName().startsWith(ExportPartitions.WORKER_STEP + ":"))
			.toList();
	}

	/** A time of the job repository (local, in the JVM's zone) as an instant. */
	static Instant instant(LocalDateTime time) {
		return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
	}

	private static String failure(StepExecution step) {
		return step.getExecutionContext().containsKey(FailureMessages.KEY)
				? step.getExecutionContext().getString(FailureMessages.KEY)
				: firstLine(step.getExitStatus().getExitDescription());
	}

	/**
	 * What an exit description says in one line. Batch stores a failure's whole stack
	 * trace there: its innermost cause ("Caused by: …") is the message that says what
	 * went wrong.
	 */
	private static String firstLine(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String line = text.strip()
			.lines()
			.filter(candidate -> candidate.startsWith("Caused by: "))
			.reduce((first, second) -> second)
			.map(cause -> cause.substring("Caused by: ".length()))
			.orElse(text.strip().lines().findFirst().orElse(""));
		line = EXCEPTION_PREFIX.matcher(line).replaceFirst("");
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}

}

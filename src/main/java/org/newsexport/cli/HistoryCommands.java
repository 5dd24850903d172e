package org.newsexport.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsexport.job.ExecutionSummary;
import org.newsexport.job.ExportLauncher;
import org.newsexport.job.InvalidRunException;
import org.newsexport.job.NothingToDoException;
import org.newsexport.job.RunHistory;
import org.newsexport.job.RunReports;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run-history commands: {@code executions}, {@code show}, {@code restart},
 * {@code stop}, {@code abandon} and {@code report}.
 */
final class HistoryCommands {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private static final String[] COLUMNS = { "id", "status", "export", "input", "output", "start", "end", "duration_s",
			"files_read", "articles", "rejects" };

	private final RunHistory history;

	private final ExportLauncher launcher;

	private final RunReports reports;

	private final String defaultOutput;

	private final PrintStream out;

	/**
	 * @param defaultOutput the output whose latest completed execution {@code report}
	 * without an id reports on, when no {@code --output} is given ({@code export.output})
	 */
	HistoryCommands(RunHistory history, ExportLauncher launcher, RunReports reports, String defaultOutput,
			PrintStream out) {
		this.history = history;
		this.launcher = launcher;
		this.reports = reports;
		this.defaultOutput = defaultOutput;
		this.out = out;
	}

	/**
	 * Runs the command; returns the execution a {@code restart} ran, else {@code null}.
	 */
	JobExecution execute(CommandLine commandLine) throws Exception {
		switch (commandLine.command()) {
			case "executions" -> executions(commandLine);
			case "show" -> show(execution(commandLine.executionId()), format(commandLine, "table"));
			case "restart" -> {
				return launcher.resume(commandLine.options().containsKey("last-failed") ? lastFailed()
						: execution(commandLine.executionId()));
			}
			case "stop" -> {
				JobExecution execution = execution(commandLine.executionId());
				launcher.stop(execution);
				out.println("news-export: asked execution " + execution.getId()
						+ " to stop; it ends STOPPED at its next chunk boundary");
			}
			case "abandon" -> {
				JobExecution abandoned = launcher.abandon(execution(commandLine.executionId()));
				out.println("news-export: execution " + abandoned.getId() + " is " + abandoned.getStatus()
						+ "; the next run of its input and output starts a new export");
			}
			case "report" -> report(commandLine);
			default -> throw new UsageException("unknown command '" + commandLine.command() + "'");
		}
		return null;
	}

	/**
	 * Checks the options of {@code executions} and {@code show}, so that a mistake is
	 * named before Spring starts.
	 */
	static void check(CommandLine commandLine) {
		format(commandLine, "table");
		status(commandLine);
		positive(commandLine.options().getOrDefault("limit", "50"), "--limit");
	}

	private static BatchStatus status(CommandLine commandLine) {
		String status = commandLine.options().get("status");
		if (status == null) {
			return null;
		}
		try {
			return BatchStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(
					"unknown status '" + status + "' (COMPLETED, FAILED, STOPPED, STARTED, " + "ABANDONED, ...)", null);
		}
	}

	private void executions(CommandLine commandLine) throws IOException {
		BatchStatus batchStatus = status(commandLine);
		int limit = positive(commandLine.options().getOrDefault("limit", "50"), "--limit");
		List<ExecutionSummary> summaries = history.executions(batchStatus, limit)
			.stream()
			.map(ExecutionSummary::of)
			.toList();
		switch (format(commandLine, "table")) {
			case "json" -> out.println(JSON.writeValueAsString(summaries));
			case "csv" -> {
				try (CSVPrinter printer = new CSVPrinter(new NonClosingAppendable(out), CSVFormat.RFC4180)) {
					printer.printRecord((Object[]) COLUMNS);
					for (ExecutionSummary summary : summaries) {
						printer.printRecord(row(summary));
					}
				}
			}
			default -> table(summaries);
		}
	}

	private void show(JobExecution execution, String format) {
		ExecutionSummary summary = ExecutionSummary.of(execution);
		if (format.equals("json")) {
			out.println(JSON.writeValueAsString(summary));
			return;
		}
		out.println("execution " + summary.id() + " of export #" + summary.sequence() + " (job instance "
				+ summary.instanceId() + "): " + summary.status() + " (exit code " + summary.exitCode() + ")");
		out.println("  input     " + summary.input());
		out.println("  output    " + summary.output());
		out.println("  started   " + time(summary.start()) + ", ended " + time(summary.end()) + ", "
				+ duration(summary.durationSeconds()));
		out.println("  export    " + summary.articles() + " articles, " + summary.rejects() + " rejects so far; "
				+ summary.filesRead() + " files read in this execution");
		if (summary.exitDescription() != null) {
			out.println("  exit      " + summary.exitDescription());
		}
		out.println(String.format("  %-10s %-10s %8s %8s %8s %9s  %-20s  %s", "step", "status", "read", "written",
				"commits", "rollbacks", "start", "end"));
		for (ExecutionSummary.StepSummary step : summary.steps()) {
			out.println(
					String.format("  %-10s %-10s %8d %8d %8d %9d  %-20s  %s", step.name(), step.status(), step.read(),
							step.written(), step.commits(), step.rollbacks(), time(step.start()), time(step.end())));
			if (step.exitDescription() != null) {
				out.println("             " + step.exitDescription());
			}
		}
	}

	private void table(List<ExecutionSummary> summaries) {
		List<String[]> rows = new ArrayList<>();
		rows.add(COLUMNS);
		summaries.forEach(summary -> rows.add(row(summary)));
		int[] widths = new int[COLUMNS.length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				line.append(String.format("%-" + widths[i] + "s", row[i])).append(i < row.length - 1 ? "  " : "");
			}
			out.println(line.toString().stripTrailing());
		}
	}

	private static String[] row(ExecutionSummary summary) {
		return new String[] { String.valueOf(summary.id()), summary.status(), "#" + summary.sequence(), summary.input(),
				summary.output(), time(summary.start()), time(summary.end()),
				summary.durationSeconds() == null ? "" : String.format(Locale.ROOT, "%.1f", summary.durationSeconds()),
				String.valueOf(summary.filesRead()), String.valueOf(summary.articles()),
				String.valueOf(summary.rejects()) };
	}

	/**
	 * Writes the run report of the execution given, or of the latest completed one into
	 * the output; one line says where.
	 */
	private void report(CommandLine commandLine) throws IOException {
		JobExecution execution;
		if (commandLine.arguments().isEmpty()) {
			String output = RunReports.outputUri(commandLine.options().getOrDefault("output", defaultOutput));
			execution = reports.lastCompleted(output);
			if (execution == null) {
				throw new NothingToDoException(
						"no completed execution into " + output + " to report on (see 'news-export executions')");
			}
		}
		else {
			execution = execution(commandLine.executionId());
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				throw new NothingToDoException("execution " + execution.getId() + " is " + execution.getStatus()
						+ ": only a completed execution has a report");
			}
		}
		String to = commandLine.options().get("to");
		String written = reports.write(execution, to == null ? null : Path.of(to));
		out.println("news-export: wrote the report of execution " + execution.getId() + " to " + written);
	}

	private JobExecution execution(long id) {
		JobExecution execution = history.execution(id);
		if (execution == null) {
			throw new InvalidRunException(
					"no execution " + id + " in the job repository (see 'news-export executions')");
		}
		return execution;
	}

	private JobExecution lastFailed() {
		for (JobExecution execution : history.executions(null, Integer.MAX_VALUE)) {
			BatchStatus status = execution.getStatus();
			if ((status == BatchStatus.FAILED || status == BatchStatus.STOPPED)
					&& history.latestOfSameExport(execution).getId() == execution.getId()) {
				return execution;
			}
		}
		throw new NothingToDoException("no failed or stopped export to restart");
	}

	private static String format(CommandLine commandLine, String fallback) {
		String format = commandLine.options().getOrDefault("format", fallback);
		if (!List.of("table", "csv", "json").contains(format)) {
			throw new UsageException("unknown format '" + format + "' (table, csv or json)", null);
		}
		return format;
	}

	private static int positive(String value, String option) {
		try {
			int number = Integer.parseInt(value);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new UsageException(option + " must be a positive number, not '" + value + "'", null);
	}

	/** A time in UTC to the second, with its zone: {@code 2026-12-03 11:35:20Z}. */
	static String time(Instant time) {
		return time == null ? "" : time.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
	}

	private static String duration(Double seconds) {
		return seconds == null ? "not started" : String.format(Locale.ROOT, "%.1f s", seconds);
	}

	/** Lets a CSV printer write to stdout without closing it. */
	private record NonClosingAppendable(PrintStream out) implements Appendable {

		@Override
		public Appendable append(CharSequence csq) {
			out.append(csq);
			return this;
		}

		@Override
		public Appendable append(CharSequence csq, int start, int end) {
			out.append(csq, start, end);
			return this;
		}

		@Override
		public Appendable append(char c) {
			out.append(c);
			return this;
		}

	}

}

package org.newsexport.job;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsexport.report.HtmlReport;
import org.newsexport.report.RunFigures;
import org.newsexport.report.RunFiguresReader;
import org.newsexport.write.DatasetSchema;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.Manifest;
import org.newsexport.write.OutputFileSystems;
import org.newsexport.write.SealState;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The run report of a completed execution ({@code _report.html}, see the {@code report}
 * package): its figures from the job repository (the execution, its steps, the last
 * completed runs into the same output) and from the published datasets, rendered and
 * written through the output's Hadoop file system. Written by the job after a run
 * completes ({@link #listener}) and by {@code news-export report} for any completed
 * execution.
 */
public class RunReports {

	private static final Log logger = LogFactory.getLog(RunReports.class);

	/** How many completed runs into the output the trend shows, this one included. */
	public static final int TREND_RUNS = 20;

	private static final Pattern URI_WITH_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");

	private final RunHistory history;

	public RunReports(RunHistory history) {
		this.history = history;
	}

	/**
	 * After a run that completed, writes the report into its output; a report that cannot
	 * be written is a WARN line in the log, never a failure of the run, whose export is
	 * already published.
	 */
	JobExecutionListener listener(JobFileSystems fileSystems) {
		return new JobExecutionListener() {
			@Override
			public void afterJob(JobExecution jobExecution) {
				if (jobExecution.getStatus() != BatchStatus.COMPLETED) {
					return;
				}
				ExportLayout output = null;
				try {
					RunFiles files = RunFiles.of(jobExecution, fileSystems);
					output = files.output();
					write(files.fs(), files.output(), jobExecution, files.output().report());
					logger.info("Run report: " + files.output().report());
				}
				catch (Exception | LinkageError ex) {
					logger.warn("Could not write the run report" + (output != null ? " " + output.report() : "")
							+ " (the export is published; 'news-export report' writes it again): "
							+ FailureMessages.rootMessage(ex)
							+ (output != null && removeStale(fileSystems, jobExecution, output)
									? "; the previous export's report was removed" : ""));
				}
			}
		};
	}

	/**
	 * Removes a previous export's report that a new one could not replace; whether there
	 * was one.
	 */
	private static boolean removeStale(JobFileSystems fileSystems, JobExecution jobExecution, ExportLayout output) {
		try {
			FileSystem fs = RunFiles.of(jobExecution, fileSystems).fs();
			return fs.exists(output.report()) && fs.getFileStatus(output.report()).isFile()
					&& fs.delete(output.report(), false);
		}
		catch (Exception ex) {
			return false;
		}
	}

	/**
	 * Writes the report of a completed execution, read from its output: into the output
	 * ({@code _report.html}), or into a local file.
	 * @param to the local file, or {@code null} for the output's {@code _report.html}
	 * @return where it was written
	 */
	public String write(JobExecution execution, java.nio.file.Path to) throws IOException {
		ExportLayout output = new ExportLayout(
				new Path(URI.create(ExportParameters.of(execution.getJobParameters()).outputUri())));
		try (FileSystem fs = OutputFileSystems.get(output.root().toUri(), OutputFileSystems.newConfiguration())) {
			if (to == null) {
				if (!fs.exists(output.root())) {
					throw new InvalidRunException("the output of execution " + execution.getId() + ", " + output.root()
							+ ", does not exist; --to FILE writes its report elsewhere");
				}
				write(fs, output, execution, output.report());
				return output.report().toString();
			}
			String html = HtmlReport.render(figures(fs, output, execution), Instant.now());
			java.nio.file.Path file = to.toAbsolutePath();
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Files.writeString(file, html, StandardCharsets.UTF_8);
			return file.toString();
		}
	}

	/**
	 * Writes the report into {@code target} on the output's file system: whole into a
	 * hidden file beside it, then renamed into place, so that a reader never sees half of
	 * one.
	 */
	void write(FileSystem fs, ExportLayout output, JobExecution execution, Path target) throws IOException {
		byte[] html = HtmlReport.render(figures(fs, output, execution), Instant.now()).getBytes(StandardCharsets.UTF_8);
		Path temporary = new Path(target.getParent(), "." + target.getName() + ".tmp");
		try {
			try (OutputStream out = fs.create(temporary, true)) {
				out.write(html);
			}
			fs.delete(target, false);
			if (!fs.rename(temporary, target)) {
				throw new IOException("Cannot move " + temporary + " to " + target);
			}
		}
		catch (IOException | RuntimeException ex) {
			try {
				fs.delete(temporary, false);
			}
			catch (IOException | RuntimeException suppressed) {
				ex.addSuppressed(suppressed);
			}
			throw ex;
		}
	}

	/** The figures of a completed execution into {@code output}. */
	RunFigures figures(FileSystem fs, ExportLayout output, JobExecution execution) throws IOException {
		ExecutionSummary summary = ExecutionSummary.of(execution);
		Map<String, Long> rows = new LinkedHashMap<>();
		for (DatasetSchema schema : Datasets.ALL) {
			rows.put(schema.name(), SealState.sealedRows(execution.getExecutionContext(), schema));
		}
		Map<String, Double> steps = new LinkedHashMap<>();
		for (ExecutionSummary.StepSummary step : summary.steps()) {
			if (!step.name().contains(":") && step.start() != null && step.end() != null) {
				steps.merge(step.name(), java.time.Duration.between(step.start(), step.end()).toMillis() / 1000.0,
						Double::sum);
			}
		}
		List<RunFigures.TrendPoint> trend = new ArrayList<>();
		for (JobExecution earlier : history.completedExecutions(summary.output(), execution.getId(), TREND_RUNS)) {
			ExecutionSummary point = earlier.getId() == execution.getId() ? summary : ExecutionSummary.of(earlier);
			trend.add(new RunFigures.TrendPoint(point.id(), point.sequence(), point.end(), point.durationSeconds(),
					point.filesRead(), point.articles(), point.rejects()));
		}
		Collections.reverse(trend);
		RunFigures.Run run = new RunFigures.Run(summary.id(), summary.instanceId(), summary.sequence(), summary.input(),
				summary.output(), summary.start(), summary.end(), summary.durationSeconds(), summary.filesRead(),
				incremental(execution));
		return new RunFiguresReader(fs, output).read(run, rows, steps, trend);
	}

	private static String incremental(JobExecution execution) {
		Manifest.Incremental incremental = IncrementalBase.recorded(execution.getExecutionContext());
		if (incremental == null) {
			return null;
		}
		return String.format(
				"incremental over export #%d (execution %d): %d new, %d changed, %d unchanged, " + "%d deleted files",
				incremental.baseExportSequence(), incremental.baseExecution(), incremental.newFiles(),
				incremental.changed(), incremental.unchanged(), incremental.deleted());
	}

	/**
	 * The output URI as the job parameters record it ({@code file:/abs/path} for a local
	 * directory), without creating or probing anything.
	 */
	public static String outputUri(String output) {
		if (URI_WITH_SCHEME.matcher(output).matches() && !output.startsWith("file:")) {
			return output;
		}
		java.nio.file.Path dir = output.startsWith("file:") ? java.nio.file.Path.of(URI.create(output))
				: java.nio.file.Path.of(output);
		try {
			return new URI("file", null, dir.toAbsolutePath().normalize().toString(), null).toString();
		}
		catch (URISyntaxException ex) {
			throw new InvalidRunException("invalid output " + output + ": " + ex.getMessage(), ex);
		}
	}

	/** The latest completed execution into the output, or {@code null}. */
	public JobExecution lastCompleted(String outputUri) {
		List<JobExecution> executions = history.completedExecutions(outputUri, Long.MAX_VALUE, 1);
		return executions.isEmpty() ? null : executions.get(0);
	}

}

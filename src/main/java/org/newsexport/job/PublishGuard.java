package org.newsexport.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportLayout;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides whether an export may replace the one published in the output. An empty or
 * unmounted input folder, or one that lost most of its files, would otherwise publish an
 * export with few or no articles over last night's. Refused:
 * <ul>
 * <li>an export of an input without a single {@code *.txt} file (no row in
 * {@code files});</li>
 * <li>an export that holds the whole input's articles but fewer than
 * {@code export.min-keep-ratio} times the published export's, when that is of the same
 * input directory (an export of another input replaces it by intent).</li>
 * </ul>
 * Nothing is guarded when no export is published ({@code _SUCCESS} and
 * {@code _manifest.json}), nor when a publish already began ({@code _SUCCESS} is removed
 * first): its resumption completes it. {@code export.force} publishes anyway. A refused
 * execution is resumed by {@code run --force} and {@code restart}; a {@code run} without
 * {@code --force} abandons it and exports the input again, which may have been fixed (see
 * {@link ExportLauncher}).
 */
public final class PublishGuard {

	private static final Log logger = LogFactory.getLog(PublishGuard.class);

	/** Set in the context of a publish step that refused to publish. */
	private static final String REFUSED_KEY = "export.publish-refused";

	private final FileSystem fs;

	private final ExportLayout output;

	private final double minKeepRatio;

	private final boolean force;

	public PublishGuard(FileSystem fs, ExportLayout output, double minKeepRatio, boolean force) {
		this.fs = fs;
		this.output = output;
		this.minKeepRatio = minKeepRatio;
		this.force = force;
	}

	/**
	 * @param inputDir the input directory of the staged export
	 * @param files the staged export's {@code files} rows: every input file
	 * @param articles the staged export's articles
	 * @throws PublishRefusedException when the export must not replace the published one
	 */
	public void check(String inputDir, long files, long articles) throws IOException {
		JsonNode manifest = publishedManifest();
		if (manifest == null) {
			return; // a first export, or the end of a publish that began
		}
		long published = articles(manifest);
		String refusal = null;
		if (files == 0) {
			refusal = "the input has no *.txt file, and an export of " + number(published) + " articles is published";
		}
		else if (articles < minKeepRatio * published
				&& inputDir.equals(manifest.path("parameters").path(ExportParameters.INPUT).asString(null))) {
			refusal = number(articles) + " articles against " + number(published)
					+ " published (below export.min-keep-ratio " + ratio() + ")";
		}
		if (refusal == null) {
			return;
		}
		if (force) {
			logger.info("Publishing anyway (export.force): " + refusal);
			return;
		}
		throw new PublishRefusedException(
				"refused to publish: " + refusal + "; check the input, or run again with --force to publish anyway");
	}

	static void markRefused(StepExecution publishStep) {
		publishStep.getExecutionContext().putString(REFUSED_KEY, "true");
	}

	/** Whether {@code execution} failed because its publish step refused to publish. */
	static boolean refused(JobExecution execution) {
		return execution.getStatus() == BatchStatus.FAILED && execution.getStepExecutions()
			.stream()
			.anyMatch(step -> step.getStepName().equals("publish") && step.getStatus() == BatchStatus.FAILED
					&& step.getExecutionContext().containsKey(REFUSED_KEY));
	}

	/**
	 * The manifest of the export published in the output, or {@code null} when none is
	 * (completely).
	 */
	private JsonNode publishedManifest() throws IOException {
		if (!fs.exists(output.success()) || !fs.exists(output.manifest())) {
			return null;
		}
		try (InputStream in = fs.open(output.manifest())) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

	private static long articles(JsonNode manifest) {
		for (JsonNode dataset : manifest.path("datasets")) {
			if (dataset.path("name").asString("").equals(Datasets.ARTICLES.name())) {
				return dataset.path("rows").asLong();
			}
		}
		return 0;
	}

	private String ratio() {
		return minKeepRatio == Math.rint(minKeepRatio) ? String.format(Locale.ROOT, "%.1f", minKeepRatio)
				: String.valueOf(minKeepRatio);
	}

	static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

}

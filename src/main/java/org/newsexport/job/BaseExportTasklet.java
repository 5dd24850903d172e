package org.newsexport.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.newsexport.read.FileIndex;
import org.newsexport.write.DatasetSchema;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.StringColumnReader;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code base} step of an incremental export: takes the export published in the
 * output as the base when its manifest says it is of the same input directory, cleaned
 * with the same rules and has the {@code export_sequence} column (an older export held
 * the changes only), reads its {@code files} dataset into a {@link FileIndex} and saves
 * that in staging ({@link IncrementalBase}); the export step carries the base's rows of
 * unchanged files over. Otherwise, and for a full export, the export has no base: every
 * file is exported. The step runs once per export: a restart skips it, so that a resumed
 * export keeps its base.
 */
public class BaseExportTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(BaseExportTasklet.class);

	private final boolean incremental;

	private final FileSystem fs;

	private final ExportLayout output;

	private final ExportLayout staging;

	private final String inputDir;

	private final String rulesSha256;

	public BaseExportTasklet(boolean incremental, FileSystem fs, ExportLayout output, ExportLayout staging,
			String inputDir, String rulesSha256) {
		this.incremental = incremental;
		this.fs = fs;
		this.output = output;
		this.staging = staging;
		this.inputDir = inputDir;
		this.rulesSha256 = rulesSha256;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		fs.delete(staging.baseFiles(), false);
		if (!incremental) {
			return RepeatStatus.FINISHED;
		}
		IncrementalBase base = find();
		if (base != null) {
			base.save(fs, staging);
			base.record(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
			logger.info("Incremental export: based on export #" + base.sequence() + " (execution " + base.execution()
					+ ") in " + output.root() + ", " + base.files().size()
					+ " files; the files with the same content are skipped");
		}
		return RepeatStatus.FINISHED;
	}

	/** The export in the output as a base, or {@code null} (and why, in the log). */
	IncrementalBase find() throws IOException {
		String fullExport = ": exporting every file";
		if (!fs.exists(output.success()) || !fs.exists(output.manifest())) {
			logger.info("Incremental export: " + output.root() + " holds no complete export" + fullExport);
			return null;
		}
		JsonNode manifest;
		try (InputStream in = fs.open(output.manifest())) {
			manifest = JsonMapper.builder().build().readTree(in);
		}
		JsonNode parameters = manifest.path("parameters");
		String baseInput = string(parameters.path(ExportParameters.INPUT));
		if (!inputDir.equals(baseInput)) {
			logger.info("Incremental export: the export in " + output.root() + " is of another input (" + baseInput
					+ ")" + fullExport);
			return null;
		}
		if (!rulesSha256.equals(string(parameters.path(ExportParameters.RULES)))) {
			logger.info("Incremental export: the export in " + output.root() + " was cleaned with other cleaning rules"
					+ fullExport);
			return null;
		}
		boolean hasFiles = false;
		for (JsonNode dataset : manifest.path("datasets")) {
			hasFiles |= Datasets.FILES.name().equals(string(dataset.path("name")));
		}
		if (!hasFiles) {
			logger.info("Incremental export: the export in " + output.root() + " has no " + Datasets.FILES.name()
					+ " dataset (an older version wrote it)" + fullExport);
			return null;
		}
		if (!hasExportSequence(manifest)) {
			logger.info("Incremental export: the export in " + output.root() + " has no " + Datasets.EXPORT_SEQUENCE
					+ " column (an older version wrote it, with the changes only)" + fullExport);
			return null;
		}
		String missing = missingColumn(manifest);
		if (missing != null) {
			logger.info("Incremental export: the export in " + output.root() + " has no column " + missing
					+ " (an older version wrote it, without that column)" + fullExport);
			return null;
		}
		FileIndex.Builder files = FileIndex.builder();
		new StringColumnReader(fs, output.parquetDir(Datasets.FILES), Datasets.FILES, "source_path", "source_sha256")
			.forEach(row -> files.add(row[0], row[1]));
		return new IncrementalBase(manifest.path("job_execution_id").asLong(),
				Long.parseLong(string(parameters.path(ExportParameters.SEQUENCE))), files.build());
	}

	/**
	 * Whether every dataset of the manifest has the column an export's rows are carried
	 * over with.
	 */
	private static boolean hasExportSequence(JsonNode manifest) {
		for (JsonNode dataset : manifest.path("datasets")) {
			boolean found = false;
			for (JsonNode column : dataset.path("columns")) {
				found |= Datasets.EXPORT_SEQUENCE.equals(string(column.path("name")));
			}
			if (!found) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The first column of today's datasets that the manifest's dataset lacks, as
	 * "dataset.column" (its rows could not be carried over as they are), or {@code null}.
	 */
	private static String missingColumn(JsonNode manifest) {
		for (JsonNode dataset : manifest.path("datasets")) {
			String name = string(dataset.path("name"));
			for (DatasetSchema schema : Datasets.ALL) {
				if (!schema.name().equals(name)) {
					continue;
				}
				Set<String> columns = new HashSet<>();
				for (JsonNode column : dataset.path("columns")) {
					columns.add(string(column.path("name")));
				}
				for (String column : schema.columnNames()) {
					if (!columns.contains(column)) {
						return name + "." + column;
					}
				}
			}
		}
		return null;
	}

	private static String string(JsonNode node) {
		return node.isString() ? node.asString() : null;
	}

}

package org.newsexport.job;

import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.write.CsvDatasetWriter;
import org.newsexport.write.DatasetSchema;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.ExportPublisher;
import org.newsexport.write.Manifest;
import org.newsexport.write.ManifestWriter;
import org.newsexport.write.ReaderFiles;
import org.newsexport.write.SealState;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step: assembles each dataset's staged CSV parts into its one CSV file, writes
 * the files for readers ({@link ReaderFiles}: the DuckDB views) and the manifest into
 * staging (with, for an incremental export, its base and the counts of new, changed,
 * unchanged and deleted files), asks the {@link PublishGuard} whether the export may
 * replace the published one, then publishes the staged export into the output.
 */
public class PublishTasklet implements Tasklet {

	private final FileSystem fs;

	private final ExportLayout output;

	private final StageTimings timings;

	private final PublishGuard guard;

	public PublishTasklet(FileSystem fs, ExportLayout output, StageTimings timings, PublishGuard guard) {
		this.fs = fs;
		this.output = output;
		this.timings = timings;
		this.guard = guard;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		ExportLayout staging = output.staging(job.getJobInstance().getInstanceId());
		ExportPublisher publisher = new ExportPublisher(fs, output);
		if (publisher.isPublished(staging)) {
			return RepeatStatus.FINISHED;
		}
		for (DatasetSchema schema : Datasets.ALL) {
			if (fs.exists(staging.csvPartsDir(schema))) {
				CsvDatasetWriter.assemble(fs, staging.csvPartsDir(schema), staging.csvFile(schema), schema);
			}
		}
		boolean datasetsStillStaged = fs.exists(staging.root().suffix("/" + ExportLayout.PARQUET))
				|| fs.exists(staging.root().suffix("/" + ExportLayout.CSV));
		if (!fs.exists(staging.manifest()) && datasetsStillStaged) {
			// before the manifest, whose presence says both are written
			ReaderFiles.write(fs, staging, Datasets.ALL);
			ManifestWriter manifests = new ManifestWriter(fs);
			manifests.write(staging.manifest(), manifest(job, staging, manifests));
		}
		ExecutionContext context = job.getExecutionContext();
		try {
			guard.check(job.getJobParameters().getString(ExportParameters.INPUT),
					SealState.sealedRows(context, Datasets.FILES), SealState.sealedRows(context, Datasets.ARTICLES));
		}
		catch (PublishRefusedException ex) {
			PublishGuard.markRefused(chunkContext.getStepContext().getStepExecution());
			throw ex;
		}
		publisher.publish(staging);
		return RepeatStatus.FINISHED;
	}

	private Manifest manifest(JobExecution job, ExportLayout staging, ManifestWriter manifests) throws Exception {
		ExecutionContext context = job.getExecutionContext();
		IncrementalBase base = IncrementalBase.load(fs, staging, context);
		List<Manifest.Dataset> datasets = new ArrayList<>();
		for (DatasetSchema schema : Datasets.ALL) {
			datasets.add(manifests.dataset(staging, schema, SealState.sealedRows(context, schema)));
		}
		Map<String, String> parameters = new TreeMap<>();
		for (JobParameter<?> parameter : job.getJobParameters()) {
			if (parameter.identifying()) {
				parameters.put(parameter.name(), String.valueOf(parameter.value()));
			}
		}
		return new Manifest(job.getJobInstance().getJobName(), job.getJobInstance().getInstanceId(), job.getId(),
				context.getString(ExportJobConfiguration.EXPORTED_AT_KEY), parameters,
				base.isIncremental() ? base.holdings(context) : null, datasets, timings.seconds(job));
	}

}

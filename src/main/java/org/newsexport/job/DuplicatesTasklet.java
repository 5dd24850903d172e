package org.newsexport.job;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hadoop.fs.FileSystem;
import org.newsexport.dedup.Corpus;
import org.newsexport.dedup.DuplicateFinder;
import org.newsexport.dedup.DuplicateSummary;
import org.newsexport.dedup.MinHashParameters;
import org.newsexport.write.ArticleBodyReader;
import org.newsexport.write.CsvDatasetWriter;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportItemWriter;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.ParquetDatasetWriter;
import org.newsexport.write.ParquetOptions;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The step between export and publish: reads the sealed {@code articles} back from staging, finds exact and
 * near-duplicates, and writes the {@code duplicates} dataset into staging in both formats. It keeps no state of its
 * own: a restarted step computes it all again from the articles and overwrites what an interrupted attempt left.
 */
public class DuplicatesTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(DuplicatesTasklet.class);

	private final FileSystem fs;

	private final ExportLayout staging;

	private final ParquetOptions parquet;

	private final long partTargetBytes;

	private final MinHashParameters parameters;

	private final Path workDir;

	private final int threads;

	private final long exportSequence;

	/**
	 * @param partTargetBytes buffered Parquet bytes at which a part is sealed, as in the export step
	 * @param workDir a local directory for the temporary signature and shingle files
	 * @param threads threads that sketch the articles (the result does not depend on their number)
	 * @param exportSequence the export's sequence number, in every row: the dataset is computed again by every
	 * export, over all of its articles (an incremental export's carried ones too)
	 */
	public DuplicatesTasklet(FileSystem fs, ExportLayout staging, ParquetOptions parquet, long partTargetBytes,
			MinHashParameters parameters, Path workDir, int threads, long exportSequence) {
		this.threads = threads;
		this.exportSequence = exportSequence;
		this.fs = fs;
		this.staging = staging;
		this.parquet = parquet;
		this.partTargetBytes = partTargetBytes;
		this.parameters = parameters;
		this.workDir = workDir;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long rows = writeDuplicates();
		contribution.incrementWriteCount(rows);
		contribution.getStepExecution()
			.getExecutionContext()
			.putLong(ExportItemWriter.sealedRowsKey(Datasets.DUPLICATES), rows);
		return RepeatStatus.FINISHED;
	}

	/** Writes the dataset from scratch, replacing any earlier attempt's files; returns its row count. */
	long writeDuplicates() throws IOException {
		ArticleBodyReader articles = new ArticleBodyReader(fs, staging.parquetDir(Datasets.ARTICLES));
		Corpus corpus = visitor -> articles.forEach(visitor::visit);
		long started = System.nanoTime();
		try (ParquetDatasetWriter parquetWriter = new ParquetDatasetWriter(fs,
				staging.parquetDir(Datasets.DUPLICATES), Datasets.DUPLICATES, parquet, "part");
				CsvDatasetWriter csvWriter = new CsvDatasetWriter(fs, staging.csvPartsDir(Datasets.DUPLICATES),
						Datasets.DUPLICATES)) {
			parquetWriter.restore(0, 0);
			csvWriter.restore(0, 0);
			DuplicateSummary summary = new DuplicateFinder(parameters, workDir, threads).find(corpus, duplicate -> {
				Object[] row = Datasets.duplicateRow(duplicate, exportSequence);
				parquetWriter.write(row);
				csvWriter.write(row);
				if (parquetWriter.bufferedBytes() >= partTargetBytes) {
					parquetWriter.seal();
				}
			});
			parquetWriter.seal();
			parquetWriter.sealEmptyPartIfNone();
			csvWriter.seal();
			logger.info(String.format("Duplicates: %s; %.1f s", summary, (System.nanoTime() - started) / 1e9));
			return parquetWriter.sealedRows();
		}
	}

}

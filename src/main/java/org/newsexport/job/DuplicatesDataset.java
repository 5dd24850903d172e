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
import org.newsexport.dedup.SketchSource;
import org.newsexport.write.ArticleBodyReader;
import org.newsexport.write.CsvDatasetWriter;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.ParquetDatasetWriter;
import org.newsexport.write.ParquetOptions;

/**
 * The {@code duplicates} dataset of an export: reads the sealed {@code articles} back
 * from staging, finds exact and near-duplicates, and writes the dataset into staging in
 * both formats. Written from scratch on every call, replacing what an interrupted attempt
 * left, so the duplicates step keeps no state of its own beyond its partitions' sketches
 * ({@link DuplicatesPartitions}).
 */
public class DuplicatesDataset {

	private static final Log logger = LogFactory.getLog(DuplicatesDataset.class);

	private final FileSystem fs;

	private final ExportLayout staging;

	private final ParquetOptions parquet;

	private final long partTargetBytes;

	private final MinHashParameters parameters;

	private final Path workDir;

	private final int threads;

	private final long exportSequence;

	/**
	 * @param partTargetBytes buffered Parquet bytes at which a part is sealed, as in the
	 * export step
	 * @param workDir a local directory for the temporary signature and shingle files
	 * @param threads threads that sketch the articles when {@link #write()} sketches them
	 * (the result does not depend on their number)
	 * @param exportSequence the export's sequence number, in every row: the dataset is
	 * computed again by every export, over all of its articles (an incremental export's
	 * carried ones too)
	 */
	public DuplicatesDataset(FileSystem fs, ExportLayout staging, ParquetOptions parquet, long partTargetBytes,
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

	/**
	 * Writes the dataset in one process, sketching every article here; returns its row
	 * count.
	 */
	public long write() throws IOException {
		DuplicateFinder finder = new DuplicateFinder(parameters, workDir, threads);
		return write(consumer -> finder.sketch(articles(), consumer));
	}

	/**
	 * Writes the dataset from the sketches of the articles, computed beforehand in the
	 * articles' order; returns its row count. Only the articles in clusters are read
	 * again.
	 */
	public long write(SketchSource sketches) throws IOException {
		long started = System.nanoTime();
		try (ParquetDatasetWriter parquetWriter = new ParquetDatasetWriter(fs, staging.parquetDir(Datasets.DUPLICATES),
				Datasets.DUPLICATES, parquet, "part");
				CsvDatasetWriter csvWriter = new CsvDatasetWriter(fs, staging.csvPartsDir(Datasets.DUPLICATES),
						Datasets.DUPLICATES)) {
			parquetWriter.restore(0, 0);
			csvWriter.restore(0, 0);
			DuplicateSummary summary = new DuplicateFinder(parameters, workDir, threads).find(sketches, articles(),
					duplicate -> {
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

	private Corpus articles() {
		ArticleBodyReader articles = new ArticleBodyReader(fs, staging.parquetDir(Datasets.ARTICLES));
		return visitor -> articles.forEach(visitor::visit);
	}

}

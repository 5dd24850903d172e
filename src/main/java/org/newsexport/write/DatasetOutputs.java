package org.newsexport.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The open part files of the export step: every dataset it writes, in Parquet and CSV,
 * written row by row and sealed together, with the time each format takes added up. Taken
 * up from a saved {@link SealState}.
 */
final class DatasetOutputs {

	/**
	 * The datasets the export step writes, in this order; the partitions' parts of each
	 * are gathered.
	 */
	static final List<DatasetSchema> DATASETS = List.of(Datasets.ARTICLES, Datasets.PARAGRAPHS, Datasets.REMOVED_LINES,
			Datasets.QUOTES, Datasets.REJECTS, Datasets.FILES);

	final DatasetOutput articles;

	final DatasetOutput paragraphs;

	final DatasetOutput removedLines;

	final DatasetOutput quotes;

	final DatasetOutput rejects;

	final DatasetOutput files;

	private final List<DatasetOutput> all;

	DatasetOutputs(FileSystem fs, ExportLayout staging, ParquetOptions parquet, WriteTimes times) {
		this.all = DATASETS.stream()
			.map(schema -> new DatasetOutput(schema,
					new ParquetDatasetWriter(fs, staging.parquetDir(schema), schema, parquet, "part"),
					new CsvDatasetWriter(fs, staging.csvPartsDir(schema), schema), times))
			.toList();
		this.articles = all.get(0);
		this.paragraphs = all.get(1);
		this.removedLines = all.get(2);
		this.quotes = all.get(3);
		this.rejects = all.get(4);
		this.files = all.get(5);
	}

	/** Every dataset, in the order of {@link #DATASETS}. */
	List<DatasetOutput> all() {
		return all;
	}

	/**
	 * Takes up the sealed parts a saved state counts, deleting what was written after
	 * them.
	 * @see ParquetDatasetWriter#restore
	 */
	void restore(ExecutionContext context) throws IOException {
		for (DatasetOutput output : all) {
			DatasetSchema schema = output.schema();
			output.parquet()
				.restore(SealState.sealedParts(context, schema, SealState.PARQUET),
						SealState.sealedRows(context, schema, SealState.PARQUET));
			if (SealState.hasSingleCsvFile(context, schema)) {
				throw new IllegalStateException("The staged CSV of dataset " + schema.name() + " was written by an "
						+ "earlier version as one file, which this version does not take up; start a new export");
			}
			output.csv()
				.restore(SealState.sealedParts(context, schema, SealState.CSV),
						SealState.sealedRows(context, schema, SealState.CSV));
		}
	}

	/** The bytes of the open Parquet parts, buffered in memory. */
	long bufferedBytes() {
		return all.stream().mapToLong(output -> output.parquet().bufferedBytes()).sum();
	}

	/**
	 * Closes the open parts of every dataset and renames them into place.
	 * @param end the end of the input: a dataset without rows gets an empty Parquet part
	 */
	void seal(boolean end) throws IOException {
		for (DatasetOutput output : all) {
			output.seal(end);
		}
	}

	/** Discards the open parts: rows not sealed never become a part file. */
	void close() {
		for (DatasetOutput output : all) {
			output.close();
		}
	}

	/** One dataset in both formats. */
	record DatasetOutput(DatasetSchema schema, ParquetDatasetWriter parquet, CsvDatasetWriter csv, WriteTimes times) {

		/**
		 * Writes the row in both formats, its texts encoded to UTF-8 once for both
		 * (counted as Parquet time).
		 */
		void write(Object[] row) throws IOException {
			long started = System.nanoTime();
			DatasetRows.requireValid(schema, row);
			Object[] encoded = EncodedRow.of(row);
			parquet.writeEncoded(encoded);
			times.addParquet(started);
			started = System.nanoTime();
			csv.writeEncoded(encoded);
			times.addCsv(started);
		}

		void seal(boolean end) throws IOException {
			long started = System.nanoTime();
			parquet.seal();
			if (end) {
				parquet.sealEmptyPartIfNone();
			}
			times.addParquet(started);
			started = System.nanoTime();
			csv.seal();
			times.addCsv(started);
		}

		void close() {
			long started = System.nanoTime();
			try {
				parquet.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				times.addParquet(started);
				started = System.nanoTime();
				try {
					csv.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				finally {
					times.addCsv(started);
				}
			}
		}

	}

}

package org.newsexport.write;

import org.apache.hadoop.fs.Path;

/**
 * Where an export's files go. Runs write into a staging directory inside the output,
 * hidden from readers (its name starts with a dot, which DuckDB globs, pandas and Spark
 * skip), and {@link ExportPublisher} moves the finished datasets into place.
 *
 * <pre>
 * OUT/parquet/&lt;dataset&gt;/part-00000.parquet
 * OUT/csv/&lt;dataset&gt;.csv
 * OUT/parquet/README.txt          each folder is one dataset (see {@link ReaderFiles})
 * OUT/duckdb.sql                  a DuckDB view per dataset
 * OUT/_manifest.json
 * OUT/_SUCCESS                     written last
 * OUT/_report.html                 the run report, written after the export is published (see the report package)
 * OUT/.staging/instance-&lt;id&gt;/...  the same layout while a run is in progress, except that each CSV
 *                                  is first part files, csv/&lt;dataset&gt;/part-00000.csv, assembled at publish
 * </pre>
 */
public record ExportLayout(Path root) {

	public static final String PARQUET = "parquet";

	public static final String CSV = "csv";

	public static final String MANIFEST = "_manifest.json";

	public static final String DUCKDB = "duckdb.sql";

	public static final String SUCCESS = "_SUCCESS";

	public static final String REPORT = "_report.html";

	public Path stagingRoot() {
		return new Path(root, ".staging");
	}

	/** The same layout, inside the staging directory of one job instance. */
	public ExportLayout staging(long jobInstanceId) {
		return new ExportLayout(new Path(stagingRoot(), "instance-" + jobInstanceId));
	}

	/**
	 * The same layout, for one partition of the export step inside this staging
	 * directory: {@code partitions/<name>/...}; its datasets are gathered into this
	 * layout when every partition is done.
	 */
	public ExportLayout partition(String name) {
		return new ExportLayout(new Path(partitionsRoot(), name));
	}

	/** Where the partitions of the export step stage their datasets (staging only). */
	public Path partitionsRoot() {
		return new Path(root, "partitions");
	}

	public Path parquetDir(DatasetSchema dataset) {
		return new Path(new Path(root, PARQUET), dataset.name());
	}

	public Path csvFile(DatasetSchema dataset) {
		return new Path(new Path(root, CSV), dataset.name() + ".csv");
	}

	/**
	 * Where a dataset's CSV part files are staged, before they are assembled into
	 * {@link #csvFile}.
	 */
	public Path csvPartsDir(DatasetSchema dataset) {
		return new Path(new Path(root, CSV), dataset.name());
	}

	/** The DuckDB views of the datasets ({@link ReaderFiles}). */
	public Path duckDbViews() {
		return new Path(root, DUCKDB);
	}

	/** Says that each folder of {@code parquet} is one dataset ({@link ReaderFiles}). */
	public Path parquetReadme() {
		return new Path(new Path(root, PARQUET), "README.txt");
	}

	public Path manifest() {
		return new Path(root, MANIFEST);
	}

	/**
	 * Where the profile step leaves the run's line statistics for the export step
	 * (staging only).
	 */
	public Path lineStatistics() {
		return new Path(root, "_line-statistics.bin");
	}

	/**
	 * Where the {@code base} step leaves the files of an incremental export's base for
	 * the export step (staging only).
	 */
	public Path baseFiles() {
		return new Path(root, "_base-files.bin");
	}

	/**
	 * Where a partition of the duplicates step saves the sketches of its articles
	 * (staging only).
	 */
	public Path sketches() {
		return new Path(root, "_sketches.bin");
	}

	/** The run report of the published export: one self-contained HTML page. */
	public Path report() {
		return new Path(root, REPORT);
	}

	public Path success() {
		return new Path(root, SUCCESS);
	}

}

package org.newsexport.write;

import java.io.IOException;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Moves a finished export from staging into the output, so that readers never see half of
 * one: {@code _SUCCESS} is removed first and written last, the datasets, the DuckDB views
 * and the manifest are swapped in by renames (atomic on a local file system and HDFS),
 * and the previous export stays whole until the new one is in place. Every step can be
 * repeated, so a publish interrupted by a crash completes when the run is restarted.
 * Where a rename is a copy (S3A), a reader can see a mix while this runs, but never
 * {@code _SUCCESS} beside it.
 */
public final class ExportPublisher {

	private static final List<String> ENTRIES = List.of(ExportLayout.PARQUET, ExportLayout.CSV, ExportLayout.DUCKDB,
			ExportLayout.MANIFEST);

	private final FileSystem fs;

	private final ExportLayout output;

	public ExportPublisher(FileSystem fs, ExportLayout output) {
		this.fs = fs;
		this.output = output;
	}

	/**
	 * @param staging the staged export, its manifest already written
	 */
	public void publish(ExportLayout staging) throws IOException {
		fs.delete(output.success(), false);
		Path previous = new Path(output.root(), ".previous");
		for (String entry : ENTRIES) {
			Path staged = new Path(staging.root(), entry);
			if (!fs.exists(staged)) {
				continue; // moved by an earlier, interrupted publish
			}
			Path target = new Path(output.root(), entry);
			if (fs.exists(target)) {
				Path aside = new Path(previous, entry);
				fs.delete(aside, true);
				fs.mkdirs(previous);
				rename(target, aside);
			}
			rename(staged, target);
		}
		fs.create(output.success(), true).close();
		fs.delete(previous, true);
		// Unfinished runs of other job instances into this output cannot be published
		// over this one any more.
		fs.delete(output.stagingRoot(), true);
	}

	/** True when the staged export was already moved into place by an earlier attempt. */
	public boolean isPublished(ExportLayout staging) throws IOException {
		return !fs.exists(staging.root()) && fs.exists(output.success());
	}

	private void rename(Path from, Path to) throws IOException {
		if (!fs.rename(from, to)) {
			throw new IOException("Cannot move " + from + " to " + to);
		}
	}

}

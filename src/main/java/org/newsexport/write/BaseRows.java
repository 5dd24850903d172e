package org.newsexport.write;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsexport.read.SortedFileWalker;

/**
 * The rows of the export an incremental export is based on, read forward only, dataset by
 * dataset, so that the rows of its unchanged files are carried over into the new export
 * as they are, in input order, without cleaning the files again. The base's rows are in
 * input order ({@link SortedFileWalker#compare} on the source path; the datasets keyed by
 * {@code doc_id} by {@code doc_id + ".txt"}, which is the source path), and so are the
 * files of the new export: for each unchanged file the cursors skip the base's rows of
 * the files before it (deleted, changed, or exported again for another reason) and hand
 * on its own. Memory holds one row per dataset, and the row group being read.
 */
public final class BaseRows implements Closeable {

	/** Takes a row carried over. */
	@FunctionalInterface
	public interface RowSink {

		void accept(Object[] row) throws IOException;

	}

	private final List<Cursor> cursors = new ArrayList<>();

	/**
	 * @param base where the base export is published
	 * @param datasets the datasets to carry, each keyed by its first column
	 * ({@code doc_id} or {@code source_path})
	 */
	public BaseRows(FileSystem fs, ExportLayout base, List<DatasetSchema> datasets) throws IOException {
		try {
			for (DatasetSchema schema : datasets) {
				boolean docId = schema.columns().get(0).name().equals("doc_id");
				List<Path> parts = DatasetRowReader.parts(fs, base.parquetDir(schema));
				if (!parts.isEmpty()) {
					requireColumns(fs, parts.get(0), schema);
				}
				cursors.add(new Cursor(schema, new DatasetRowReader(fs, parts, schema), docId));
			}
		}
		catch (IOException | RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * Checked before the first row is carried, so that an export that cannot carry its
	 * base fails at its start.
	 */
	private static void requireColumns(FileSystem fs, Path part, DatasetSchema schema) throws IOException {
		List<String> missing = DatasetRowReader.missingColumns(fs, part, schema);
		if (!missing.isEmpty()) {
			throw new IOException("its " + schema.name() + " have no column " + String.join(", ", missing)
					+ " (written by an older version of news-export): they cannot be carried over; run a full export");
		}
	}

	/**
	 * Skips the rows of every file up to and including {@code sourcePath}: where a
	 * restarted export resumes.
	 */
	public void skipThrough(String sourcePath) throws IOException {
		for (Cursor cursor : cursors) {
			cursor.skip(sourcePath, true);
		}
	}

	/**
	 * Hands on the base's rows of {@code sourcePath} in {@code dataset} (none when the
	 * file has no row there), after skipping the rows of the files before it.
	 * @return the number of rows handed on
	 */
	public long carry(DatasetSchema dataset, String sourcePath, RowSink sink) throws IOException {
		for (Cursor cursor : cursors) {
			if (cursor.schema == dataset) {
				return cursor.carry(sourcePath, sink);
			}
		}
		throw new IllegalArgumentException("Not a dataset carried over: " + dataset.name());
	}

	@Override
	public void close() throws IOException {
		IOException failure = null;
		for (Cursor cursor : cursors) {
			try {
				cursor.reader.close();
			}
			catch (IOException ex) {
				failure = ex;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	/** One dataset of the base, at the first row not yet skipped or carried. */
	private static final class Cursor {

		private final DatasetSchema schema;

		private final DatasetRowReader reader;

		private final boolean docIdKey;

		private Object[] row;

		private String key;

		private boolean exhausted;

		Cursor(DatasetSchema schema, DatasetRowReader reader, boolean docIdKey) {
			this.schema = schema;
			this.reader = reader;
			this.docIdKey = docIdKey;
		}

		/**
		 * Whether a row is at hand, reading it if needed; checks that the rows come in
		 * input order.
		 */
		private boolean fill() throws IOException {
			if (row != null) {
				return true;
			}
			if (exhausted) {
				return false;
			}
			Object[] next = reader.next();
			if (next == null) {
				exhausted = true;
				return false;
			}
			String nextKey = docIdKey ? next[0] + ".txt" : (String) next[0];
			if (key != null && !key.equals(nextKey) && SortedFileWalker.compare(key, nextKey) > 0) {
				throw new IllegalStateException("The base export's " + schema.name() + " are not in input order ("
						+ nextKey + " after " + key + "): it cannot be carried over; run a full export");
			}
			row = next;
			key = nextKey;
			return true;
		}

		void skip(String sourcePath, boolean inclusive) throws IOException {
			while (fill()) {
				int c = key.equals(sourcePath) ? 0 : SortedFileWalker.compare(key, sourcePath);
				if (c > 0 || c == 0 && !inclusive) {
					return;
				}
				row = null;
			}
		}

		long carry(String sourcePath, RowSink sink) throws IOException {
			skip(sourcePath, false);
			long carried = 0;
			while (fill() && key.equals(sourcePath)) {
				Object[] current = row;
				row = null;
				sink.accept(current);
				carried++;
			}
			return carried;
		}

	}

}

package org.newsexport.write;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Writes the rows of one dataset as Parquet part files in a directory. Parquet cannot be
 * appended to, so each part is written under a hidden in-progress name and renamed to its
 * final name only when sealed: a reader never sees half a part, and the sealed part and
 * row counts are all a restart needs. Each part's footer carries the descriptions of the
 * dataset and its columns, and the export's identity ({@link ExportIdentity#footer}).
 */
public final class ParquetDatasetWriter implements Closeable {

	private final FileSystem fs;

	private final Path dir;

	private final DatasetSchema schema;

	private final ParquetOptions options;

	private final PartFiles parts;

	private boolean restored;

	private int sealedParts;

	private long sealedRows;

	private ParquetWriter<Object[]> openPart;

	private long openPartRows;

	public ParquetDatasetWriter(FileSystem fs, Path dir, DatasetSchema schema, ParquetOptions options,
			String partPrefix) {
		this.fs = fs;
		this.dir = dir;
		this.schema = schema;
		this.options = options;
		this.parts = new PartFiles(dir, partPrefix, "parquet");
	}

	/**
	 * Takes up from the state a previous run recorded, {@code (0, 0)} on a fresh start,
	 * as {@link PartFiles#restore} says; no sealed part is opened.
	 */
	public void restore(int sealedParts, long sealedRows) throws IOException {
		parts.restore(fs, sealedParts, sealedRows, schema.name());
		this.sealedParts = sealedParts;
		this.sealedRows = sealedRows;
		this.restored = true;
	}

	public void write(Object[] row) throws IOException {
		DatasetRows.requireValid(schema, row);
		writeEncoded(EncodedRow.of(row));
	}

	/**
	 * Writes a row already checked by {@link DatasetRows#requireValid} and encoded by
	 * {@link EncodedRow#of}.
	 */
	void writeEncoded(Object[] row) throws IOException {
		if (!restored) {
			throw new IllegalStateException("restore must be called before writing to " + dir);
		}
		if (openPart == null) {
			openPart = openPart();
		}
		try {
			openPart.write(row);
		}
		catch (IOException ex) {
			throw failure("write a row to", inProgressPath(), ex);
		}
		openPartRows++;
	}

	/**
	 * Approximate bytes of the open part, written and buffered; 0 when no part is open.
	 */
	public long bufferedBytes() {
		return (openPart != null) ? openPart.getDataSize() : 0;
	}

	/**
	 * Closes the open part and renames it to its final name; does nothing if no row came
	 * since the last seal.
	 */
	public void seal() throws IOException {
		if (openPart == null) {
			return;
		}
		Path inProgress = inProgressPath();
		Path part = new Path(dir, parts.name(sealedParts));
		long rows = openPartRows;
		try {
			closeOpenPart();
			if (!fs.rename(inProgress, part)) {
				throw new IOException("rename failed");
			}
		}
		catch (IOException ex) {
			throw failure("seal " + inProgress + " as", part, ex);
		}
		sealedParts++;
		sealedRows += rows;
	}

	/**
	 * Seals an empty part (schema, no rows) when the dataset has none, so that every
	 * dataset of a finished export can be read, e.g. by a DuckDB glob that fails on no
	 * files.
	 */
	public void sealEmptyPartIfNone() throws IOException {
		if (sealedParts == 0 && openPart == null) {
			openPart = openPart();
			seal();
		}
	}

	public int sealedParts() {
		return sealedParts;
	}

	public long sealedRows() {
		return sealedRows;
	}

	public List<String> sealedPartNames() {
		return IntStream.range(0, sealedParts).mapToObj(parts::name).toList();
	}

	/** Discards the open part, if any: rows not sealed never become a part file. */
	@Override
	public void close() throws IOException {
		if (openPart == null) {
			return;
		}
		Path inProgress = inProgressPath();
		try {
			closeOpenPart();
		}
		catch (IOException ex) {
			throw failure("close", inProgress, ex);
		}
		finally {
			deleteDiscarded(inProgress);
		}
	}

	private ParquetWriter<Object[]> openPart() throws IOException {
		Path file = inProgressPath();
		try {
			RowParquetWriterBuilder builder = new RowParquetWriterBuilder(new FileSystemOutputFile(fs, file), schema)
				.withConf(fs.getConf())
				.withCompressionCodec(options.compression())
				.withRowGroupSize(options.rowGroupSize())
				.withPageSize(options.pageSize())
				.withDictionaryEncoding(options.dictionary())
				.withExtraMetaData(ExportIdentity.footer(schema, options.identity()));
			for (Column column : schema.columns()) {
				if (options.plainColumns().contains(column.name())) {
					builder.withDictionaryEncoding(column.name(), false);
				}
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw failure("create", file, ex);
		}
	}

	/**
	 * Forgets the open part before closing it, so that a failed close is not tried again.
	 */
	private void closeOpenPart() throws IOException {
		ParquetWriter<Object[]> part = openPart;
		openPart = null;
		openPartRows = 0;
		part.close();
	}

	private void deleteDiscarded(Path file) throws IOException {
		try {
			fs.delete(file, false);
		}
		catch (IOException ex) {
			throw failure("delete the discarded part", file, ex);
		}
	}

	private Path inProgressPath() {
		return parts.inProgress(sealedParts);
	}

	private static IOException failure(String action, Path file, IOException cause) {
		return new IOException("Could not " + action + " " + file + ": " + cause.getMessage(), cause);
	}

}

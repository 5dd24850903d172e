package org.newsexport.write;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads back some STRING columns of a sealed dataset, part by part in name order and row
 * by row, decoding no other column: one row in memory at a time. A null value is read as
 * {@code null}. A {@link DatasetRowReader} of the dataset's schema projected on those
 * columns.
 */
public final class StringColumnReader {

	private final FileSystem fs;

	private final Path dir;

	private final List<Path> parts;

	private final DatasetSchema projection;

	/**
	 * @param dir the directory of the dataset's sealed parts, e.g.
	 * {@link ExportLayout#parquetDir} of {@link Datasets#ARTICLES}
	 * @param schema the dataset's schema
	 * @param columns the STRING columns to read, in the order of the values given to the
	 * consumer
	 */
	public StringColumnReader(FileSystem fs, Path dir, DatasetSchema schema, String... columns) {
		this(fs, dir, null, schema, columns);
	}

	/**
	 * @param parts some sealed parts of the dataset ({@link DatasetRowReader#parts}),
	 * read in this order
	 * @param schema the dataset's schema
	 * @param columns the STRING columns to read, in the order of the values given to the
	 * consumer
	 */
	public StringColumnReader(FileSystem fs, List<Path> parts, DatasetSchema schema, String... columns) {
		this(fs, null, List.copyOf(parts), schema, columns);
	}

	private StringColumnReader(FileSystem fs, Path dir, List<Path> parts, DatasetSchema schema, String... columns) {
		this.fs = fs;
		this.dir = dir;
		this.parts = parts;
		this.projection = new DatasetSchema(schema.name(),
				Arrays.stream(columns).map(name -> stringColumn(schema, name)).toList());
	}

	private static Column stringColumn(DatasetSchema schema, String name) {
		List<Column> matches = schema.columns().stream().filter(column -> column.name().equals(name)).toList();
		if (matches.isEmpty() || matches.get(0).type() != ColumnType.STRING) {
			throw new IllegalArgumentException("no STRING column " + name + " in " + schema.name());
		}
		return matches.get(0);
	}

	/** Takes the values of one row. */
	@FunctionalInterface
	public interface RowConsumer {

		void accept(String[] values) throws IOException;

	}

	/** Gives every row to {@code consumer}, in the same order on every call. */
	public void forEach(RowConsumer consumer) throws IOException {
		try (DatasetRowReader reader = parts != null ? new DatasetRowReader(fs, parts, projection)
				: new DatasetRowReader(fs, dir, projection)) {
			for (Object[] row = reader.next(); row != null; row = reader.next()) {
				consumer.accept(Arrays.copyOf(row, row.length, String[].class));
			}
		}
	}

}

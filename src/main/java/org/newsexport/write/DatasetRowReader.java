package org.newsexport.write;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.conf.HadoopParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.InitContext;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.InvalidRecordException;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/**
 * Reads the rows of a sealed dataset back as the {@code Object[]} rows its writers take,
 * every column typed as {@link ColumnType} says: part by part in name order, one row at a
 * time, forward only. What an incremental export carries over from its base.
 */
public final class DatasetRowReader implements Closeable {

	private static final Pattern PART = Pattern.compile("part-\\d+\\.parquet");

	private final FileSystem fs;

	private final DatasetSchema schema;

	private final Iterator<Path> parts;

	private Path part;

	private ParquetReader<Object[]> reader;

	/**
	 * @param dir the directory of the dataset's sealed parts
	 */
	public DatasetRowReader(FileSystem fs, Path dir, DatasetSchema schema) throws IOException {
		this(fs, parts(fs, dir), schema);
	}

	/**
	 * @param parts some sealed parts of the dataset, read in this order
	 */
	public DatasetRowReader(FileSystem fs, List<Path> parts, DatasetSchema schema) {
		this.fs = fs;
		this.schema = schema;
		this.parts = List.copyOf(parts).iterator();
	}

	/**
	 * The sealed parts of a dataset in their directory, in name order: the order its rows
	 * are read in.
	 */
	public static List<Path> parts(FileSystem fs, Path dir) throws IOException {
		try {
			FileStatus[] statuses = fs.listStatus(dir, path -> PART.matcher(path.getName()).matches());
			return Arrays.stream(statuses)
				.map(FileStatus::getPath)
				.sorted(Comparator.comparing(Path::getName))
				.toList();
		}
		catch (IOException ex) {
			throw new IOException("Could not list the parts of " + dir + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The columns of {@code schema} that a part's file does not have: a dataset written
	 * by an older version of the export, before they were added.
	 */
	public static List<String> missingColumns(FileSystem fs, Path part, DatasetSchema schema) throws IOException {
		MessageType file;
		try (ParquetFileReader reader = ParquetFileReader.open(new FileSystemInputFile(fs, part))) {
			file = reader.getFooter().getFileMetaData().getSchema();
		}
		catch (IOException | RuntimeException ex) {
			throw new IOException("Could not read the " + schema.name() + " of " + part + ": " + ex.getMessage(), ex);
		}
		return schema.columns().stream().map(Column::name).filter(name -> !file.containsField(name)).toList();
	}

	/**
	 * The rows of a dataset's sealed parts in their directory, from the parts' footers
	 * (no row is read); 0 when the directory does not exist.
	 */
	public static long rowCount(FileSystem fs, Path dir) throws IOException {
		if (!fs.exists(dir)) {
			return 0;
		}
		long rows = 0;
		for (Path part : parts(fs, dir)) {
			try (ParquetFileReader reader = ParquetFileReader.open(new FileSystemInputFile(fs, part))) {
				rows += reader.getRecordCount();
			}
			catch (IOException | RuntimeException ex) {
				throw new IOException("Could not read the footer of " + part + ": " + ex.getMessage(), ex);
			}
		}
		return rows;
	}

	/**
	 * The schema of a dataset projected on some of its columns, in the order given: a
	 * reader of it decodes no other column.
	 */
	public static DatasetSchema projection(DatasetSchema schema, String... columns) {
		return new DatasetSchema(schema.name(),
				Arrays.stream(columns)
					.map(name -> schema.columns()
						.stream()
						.filter(column -> column.name().equals(name))
						.findFirst()
						.orElseThrow(() -> new IllegalArgumentException("no column " + name + " in " + schema.name())))
					.toList());
	}

	/** The next row, or {@code null} after the last. */
	public Object[] next() throws IOException {
		while (true) {
			if (reader == null) {
				if (!parts.hasNext()) {
					return null;
				}
				part = parts.next();
				reader = new Builder(new FileSystemInputFile(fs, part), fs.getConf(), schema).build();
			}
			Object[] row;
			try {
				row = reader.read();
			}
			catch (IOException | InvalidRecordException ex) {
				throw new IOException("Could not read the " + schema.name() + " of " + part + ": " + ex.getMessage(),
						ex);
			}
			if (row != null) {
				return row;
			}
			reader.close();
			reader = null;
		}
	}

	@Override
	public void close() throws IOException {
		if (reader != null) {
			reader.close();
			reader = null;
		}
	}

	private static final class Builder extends ParquetReader.Builder<Object[]> {

		private final DatasetSchema schema;

		Builder(FileSystemInputFile file, Configuration conf, DatasetSchema schema) {
			super(file, new HadoopParquetConfiguration(conf));
			this.schema = schema;
		}

		@Override
		protected ReadSupport<Object[]> getReadSupport() {
			return new RowReadSupport(schema);
		}

	}

	/**
	 * Reads the file's columns by the schema's names, so a file with the columns in
	 * another order reads the same.
	 */
	private static final class RowReadSupport extends ReadSupport<Object[]> {

		private final DatasetSchema schema;

		RowReadSupport(DatasetSchema schema) {
			this.schema = schema;
		}

		@Override
		public ReadContext init(InitContext context) {
			MessageType file = context.getFileSchema();
			for (Column column : schema.columns()) {
				if (!file.containsField(column.name())) {
					throw new InvalidRecordException("no column " + column.name() + " in " + schema.name());
				}
			}
			return new ReadContext(RowWriteSupport.messageType(schema));
		}

		@Override
		public RecordMaterializer<Object[]> prepareForRead(Configuration configuration,
				Map<String, String> keyValueMetaData, MessageType fileSchema, ReadContext readContext) {
			return new RowMaterializer(schema.columns());
		}

	}

	private static final class RowMaterializer extends RecordMaterializer<Object[]> {

		private Object[] current;

		private final Converter[] fields;

		RowMaterializer(List<Column> columns) {
			fields = new Converter[columns.size()];
			for (int i = 0; i < fields.length; i++) {
				fields[i] = new Field(i, columns.get(i).type());
			}
		}

		private final GroupConverter root = new GroupConverter() {

			@Override
			public Converter getConverter(int fieldIndex) {
				return fields[fieldIndex];
			}

			@Override
			public void start() {
				current = new Object[fields.length];
			}

			@Override
			public void end() {
			}

		};

		@Override
		public Object[] getCurrentRecord() {
			return current;
		}

		@Override
		public GroupConverter getRootConverter() {
			return root;
		}

		private final class Field extends PrimitiveConverter {

			private final int index;

			private final ColumnType type;

			Field(int index, ColumnType type) {
				this.index = index;
				this.type = type;
			}

			@Override
			public void addBinary(Binary value) {
				current[index] = value.toStringUsingUTF8();
			}

			@Override
			public void addInt(int value) {
				current[index] = type == ColumnType.DATE ? LocalDate.ofEpochDay(value) : Integer.valueOf(value);
			}

			@Override
			public void addLong(long value) {
				current[index] = type == ColumnType.TIMESTAMP ? Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L),
						Math.floorMod(value, 1_000_000L) * 1_000L) : Long.valueOf(value);
			}

			@Override
			public void addDouble(double value) {
				current[index] = value;
			}

			@Override
			public void addBoolean(boolean value) {
				current[index] = value;
			}

		}

	}

}

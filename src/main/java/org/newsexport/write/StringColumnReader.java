package org.newsexport.write;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.conf.HadoopParquetConfiguration;
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
import org.apache.parquet.schema.Types;

/**
 * Reads back some STRING columns of a sealed dataset, part by part in name order and row by row, decoding no other
 * column: one row in memory at a time. A null value is read as {@code null}.
 */
public final class StringColumnReader {

	private static final Pattern PART = Pattern.compile("part-\\d+\\.parquet");

	private final FileSystem fs;

	private final Path dir;

	private final String rows;

	private final List<String> columns;

	/**
	 * @param dir the directory of the dataset's sealed parts, e.g. {@link ExportLayout#parquetDir} of
	 * {@link Datasets#ARTICLES}
	 * @param rows what the rows are, for messages: {@code articles}
	 * @param columns the columns to read, in the order of the values given to the consumer
	 */
	public StringColumnReader(FileSystem fs, Path dir, String rows, String... columns) {
		this.fs = fs;
		this.dir = dir;
		this.rows = rows;
		this.columns = List.of(columns);
	}

	/** Takes the values of one row. */
	@FunctionalInterface
	public interface RowConsumer {

		void accept(String[] values) throws IOException;

	}

	/** Gives every row to {@code consumer}, in the same order on every call. */
	public void forEach(RowConsumer consumer) throws IOException {
		for (Path part : parts()) {
			try (ParquetReader<String[]> reader = new ReaderBuilder(new FileSystemInputFile(fs, part), fs.getConf(),
					columns)
				.build()) {
				for (String[] row = reader.read(); row != null; row = reader.read()) {
					consumer.accept(row);
				}
			}
			catch (IOException | InvalidRecordException ex) {
				throw new IOException("Could not read the " + rows + " of " + part + ": " + ex.getMessage(), ex);
			}
		}
	}

	private List<Path> parts() throws IOException {
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

	private static final class ReaderBuilder extends ParquetReader.Builder<String[]> {

		private final List<String> columns;

		ReaderBuilder(FileSystemInputFile file, Configuration conf, List<String> columns) {
			super(file, new HadoopParquetConfiguration(conf));
			this.columns = columns;
		}

		@Override
		protected ReadSupport<String[]> getReadSupport() {
			return new Projection(columns);
		}

	}

	/** Projects the file's schema on the columns, and makes each record a {@code String[]} of their values. */
	private static final class Projection extends ReadSupport<String[]> {

		private final List<String> columns;

		Projection(List<String> columns) {
			this.columns = columns;
		}

		@Override
		public ReadContext init(InitContext context) {
			MessageType file = context.getFileSchema();
			Types.MessageTypeBuilder projection = Types.buildMessage();
			for (String column : columns) {
				projection.addField(file.getType(column));
			}
			return new ReadContext(projection.named(file.getName()));
		}

		@Override
		public RecordMaterializer<String[]> prepareForRead(Configuration configuration,
				Map<String, String> keyValueMetaData, MessageType fileSchema, ReadContext readContext) {
			return new RowMaterializer(columns.size());
		}

	}

	private static final class RowMaterializer extends RecordMaterializer<String[]> {

		private String[] current;

		private final Converter[] fields;

		RowMaterializer(int columns) {
			fields = new Converter[columns];
			for (int i = 0; i < columns; i++) {
				fields[i] = new StringField(i);
			}
		}

		private final GroupConverter root = new GroupConverter() {

			@Override
			public Converter getConverter(int fieldIndex) {
				return fields[fieldIndex];
			}

			@Override
			public void start() {
				current = new String[fields.length];
			}

			@Override
			public void end() {
			}

		};

		@Override
		public String[] getCurrentRecord() {
			return current;
		}

		@Override
		public GroupConverter getRootConverter() {
			return root;
		}

		private final class StringField extends PrimitiveConverter {

			private final int index;

			StringField(int index) {
				this.index = index;
			}

			@Override
			public void addBinary(Binary value) {
				current[index] = value.toStringUsingUTF8();
			}

		}

	}

}

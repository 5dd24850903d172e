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
 * Reads back the {@code doc_id} and {@code body} of a sealed {@code articles} dataset, part by part in name order and
 * row by row, decoding no other column: what the duplicates step needs, one article in memory at a time.
 */
public final class ArticleBodyReader {

	private static final Pattern PART = Pattern.compile("part-\\d+\\.parquet");

	private final FileSystem fs;

	private final Path dir;

	/**
	 * @param dir the directory of the dataset's sealed parts, e.g. {@link ExportLayout#parquetDir} of
	 * {@link Datasets#ARTICLES}
	 */
	public ArticleBodyReader(FileSystem fs, Path dir) {
		this.fs = fs;
		this.dir = dir;
	}

	/** Takes the doc id and body of one article. */
	@FunctionalInterface
	public interface ArticleBodyConsumer {

		void accept(String docId, String body) throws IOException;

	}

	/** Gives every article to {@code consumer}, in the same order on every call. */
	public void forEach(ArticleBodyConsumer consumer) throws IOException {
		for (Path part : parts()) {
			try (ParquetReader<String[]> reader = new ReaderBuilder(new FileSystemInputFile(fs, part), fs.getConf())
				.build()) {
				for (String[] article = reader.read(); article != null; article = reader.read()) {
					consumer.accept(article[0], article[1]);
				}
			}
			catch (IOException | InvalidRecordException ex) {
				throw new IOException("Could not read the articles of " + part + ": " + ex.getMessage(), ex);
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

		ReaderBuilder(FileSystemInputFile file, Configuration conf) {
			super(file, new HadoopParquetConfiguration(conf));
		}

		@Override
		protected ReadSupport<String[]> getReadSupport() {
			return new DocIdAndBody();
		}

	}

	/** Projects the file's schema on {@code doc_id} and {@code body}, and makes each record a {@code String[2]}. */
	private static final class DocIdAndBody extends ReadSupport<String[]> {

		@Override
		public ReadContext init(InitContext context) {
			MessageType file = context.getFileSchema();
			MessageType projection = Types.buildMessage()
				.addField(file.getType("doc_id"))
				.addField(file.getType("body"))
				.named(file.getName());
			return new ReadContext(projection);
		}

		@Override
		public RecordMaterializer<String[]> prepareForRead(Configuration configuration,
				Map<String, String> keyValueMetaData, MessageType fileSchema, ReadContext readContext) {
			return new ArticleMaterializer();
		}

	}

	private static final class ArticleMaterializer extends RecordMaterializer<String[]> {

		private String[] current;

		private final Converter[] fields = { new StringField(0), new StringField(1) };

		private final GroupConverter root = new GroupConverter() {

			@Override
			public Converter getConverter(int fieldIndex) {
				return fields[fieldIndex];
			}

			@Override
			public void start() {
				current = new String[2];
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

package org.newsexport.write;

import org.newsexport.support.DuckDb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetDatasetWriterTest {

	private static final DatasetSchema SCHEMA = Datasets.PARAGRAPHS;

	private static final List<Object[]> ROWS = SampleRows.rows(SCHEMA, 10);

	@TempDir
	java.nio.file.Path tmp;

	@AutoClose
	private final FileSystem fs = OutputFileSystems.get(URI.create("file:///"), OutputFileSystems.newConfiguration());

	@Test
	void sealedPartsAppearUnderTheirFinalNamesOnly() throws Exception {
		try (ParquetDatasetWriter writer = writer(ParquetOptions.defaults())) {
			writer.restore(0, 0);
			write(writer, 0, 3);
			assertThat(writer.bufferedBytes()).isPositive();
			assertThat(fileNames()).containsExactly(".part-00000.parquet.inprogress");

			writer.seal();
			assertThat(writer.bufferedBytes()).isZero();
			write(writer, 3, 5);
			writer.seal();

			assertThat(writer.sealedParts()).isEqualTo(2);
			assertThat(writer.sealedRows()).isEqualTo(5);
			assertThat(writer.sealedPartNames()).containsExactly("part-00000.parquet", "part-00001.parquet");
		}
		assertThat(fileNames()).containsExactly("part-00000.parquet", "part-00001.parquet");
		try (DuckDb duckDb = new DuckDb()) {
			assertThat(duckDb.rows("SELECT parse_filename(filename), count(*) FROM read_parquet("
					+ DuckDb.literal(tmp.resolve("*.parquet")) + ", filename = true) GROUP BY ALL ORDER BY 1"))
				.containsExactly(List.of("part-00000.parquet", 3L), List.of("part-00001.parquet", 2L));
		}
	}

	@Test
	void sealWithoutNewRowsWritesNoPart() throws Exception {
		try (ParquetDatasetWriter writer = writer(ParquetOptions.defaults())) {
			writer.restore(0, 0);
			writer.seal();
			assertThat(fileNames()).isEmpty();

			write(writer, 0, 1);
			writer.seal();
			writer.seal();
			assertThat(writer.sealedParts()).isEqualTo(1);
		}
		assertThat(fileNames()).containsExactly("part-00000.parquet");
	}

	@Test
	void closeDiscardsTheUnsealedPart() throws Exception {
		try (ParquetDatasetWriter writer = writer(ParquetOptions.defaults())) {
			writer.restore(0, 0);
			write(writer, 0, 2);
			writer.seal();
			write(writer, 2, 3);
		}
		assertThat(fileNames()).containsExactly("part-00000.parquet");
	}

	@Test
	void restartDeletesWhatTheLastRunLeftBeyondItsRecordedStateAndContinues() throws Exception {
		Files.writeString(tmp.resolve("README.txt"), "not a part");
		ParquetDatasetWriter crashed = writer(ParquetOptions.defaults());
		crashed.restore(0, 0);
		write(crashed, 0, 3);
		crashed.seal();
		int recordedParts = crashed.sealedParts();
		long recordedRows = crashed.sealedRows();
		// Sealed after the state was recorded, then a part left in progress: a crashed
		// run closes nothing.
		write(crashed, 3, 5);
		crashed.seal();
		write(crashed, 5, 6);
		assertThat(fileNames()).containsExactly(".part-00002.parquet.inprogress", "README.txt", "part-00000.parquet",
				"part-00001.parquet");

		try (ParquetDatasetWriter restarted = writer(ParquetOptions.defaults())) {
			restarted.restore(recordedParts, recordedRows);
			assertThat(fileNames()).containsExactly("README.txt", "part-00000.parquet");
			write(restarted, 3, 10);
			restarted.seal();
			assertThat(restarted.sealedParts()).isEqualTo(2);
			assertThat(restarted.sealedRows()).isEqualTo(10);
		}
		assertThat(fileNames()).containsExactly("README.txt", "part-00000.parquet", "part-00001.parquet");
		try (DuckDb duckDb = new DuckDb()) {
			assertThat(duckDb.rows(
					"SELECT * FROM read_parquet(" + DuckDb.literal(tmp.resolve("*.parquet")) + ") ORDER BY 1", SCHEMA))
				.isEqualTo(SampleRows.asLists(ROWS));
		}
	}

	@Test
	void restoreFailsWhenASealedPartIsMissing() throws Exception {
		try (ParquetDatasetWriter writer = writer(ParquetOptions.defaults())) {
			assertThatIllegalStateException().isThrownBy(() -> writer.restore(1, 3))
				.withMessageContaining(tmp.resolve("part-00000.parquet").toString());
		}
	}

	@Test
	void writeBeforeRestoreFails() throws Exception {
		try (ParquetDatasetWriter writer = writer(ParquetOptions.defaults())) {
			assertThatIllegalStateException().isThrownBy(() -> writer.write(ROWS.get(0)))
				.withMessageContaining("restore");
		}
	}

	@Test
	void rowThatDoesNotFitTheSchemaIsRejectedWithTheColumnNamed() throws Exception {
		try (ParquetDatasetWriter writer = writer(ParquetOptions.defaults())) {
			writer.restore(0, 0);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> writer.write(new Object[] { "doc", null, "body", "text", 3, 1L }))
				.withMessage("paragraphs.position is required but null");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> writer.write(new Object[] { "doc", 1L, "body", "text", 3, 1L }))
				.withMessage("paragraphs.position holds a java.lang.Long, expected java.lang.Integer");
		}
	}

	@Test
	void footerHasTheLogicalTypesAndZstd() throws Exception {
		try (ParquetDatasetWriter writer = new ParquetDatasetWriter(fs, new Path(tmp.toUri()), Datasets.ARTICLES,
				ParquetOptions.defaults(), "part")) {
			writer.restore(0, 0);
			for (Object[] row : SampleRows.rows(Datasets.ARTICLES, 5)) {
				writer.write(row);
			}
			writer.seal();
		}
		ParquetMetadata footer = footer(tmp.resolve("part-00000.parquet"));

		assertThat(footer.getFileMetaData().getSchema()).isEqualTo(MessageTypeParser.parseMessageType("""
				message articles {
				  required binary doc_id (STRING);
				  required binary source_path (STRING);
				  required binary source_sha256 (STRING);
				  required int64 source_bytes;
				  optional binary title (STRING);
				  optional binary standfirst (STRING);
				  optional binary byline (STRING);
				  optional binary authors (STRING);
				  optional binary dateline (STRING);
				  optional binary agency (STRING);
				  optional binary section (STRING);
				  optional binary language (STRING);
				  optional int32 published_date (DATE);
				  required binary body (STRING);
				  required int32 paragraph_count;
				  required int32 word_count;
				  required int32 char_count;
				  required int32 removed_line_count;
				  required int64 job_execution_id;
				  required int64 exported_at (TIMESTAMP(MICROS,true));
				  required int64 export_sequence;
				}
				"""));
		assertThat(columnChunks(footer).map(ColumnChunkMetaData::getCodec)).containsOnly(CompressionCodecName.ZSTD);
		try (DuckDb duckDb = new DuckDb()) {
			assertThat(duckDb.rows("SELECT DISTINCT compression FROM parquet_metadata("
					+ DuckDb.literal(tmp.resolve("part-00000.parquet")) + ")"))
				.containsExactly(List.of("ZSTD"));
		}
	}

	@Test
	void rowGroupSizeIsTheConfiguredOne() throws Exception {
		try (ParquetDatasetWriter writer = writer(ParquetOptions.defaults().withRowGroupSize(16 * 1024))) {
			writer.restore(0, 0);
			for (Object[] row : SampleRows.rows(SCHEMA, 2_000)) {
				writer.write(row);
			}
			writer.seal();
		}
		assertThat(footer(tmp.resolve("part-00000.parquet")).getBlocks()).hasSizeBetween(2, 20);
	}

	@Test
	void everyPartsFooterDescribesTheDatasetAndTheExport() throws Exception {
		ExportIdentity identity = new ExportIdentity(7, 3, "ab12", 9);
		try (ParquetDatasetWriter writer = writer(ParquetOptions.defaults().withIdentity(identity))) {
			writer.restore(0, 0);
			write(writer, 0, 3);
			writer.seal();
			writer.sealEmptyPartIfNone();
			write(writer, 3, 5);
			writer.seal();
		}
		for (String part : List.of("part-00000.parquet", "part-00001.parquet")) {
			try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(tmp.resolve(part)))) {
				java.util.Map<String, String> footer = reader.getFooter().getFileMetaData().getKeyValueMetaData();
				assertThat(footer).as("footer of %s", part)
					.containsEntry("news_export.dataset", "paragraphs")
					.containsEntry("news_export.dataset.description", SCHEMA.description())
					.containsEntry("news_export.column.kind", "`heading`, `body`, `caption`, `quote` or `list_item`.")
					.containsEntry("news_export.job_instance_id", "7")
					.containsEntry("news_export.export_sequence", "3")
					.containsEntry("news_export.rules_sha256", "ab12")
					.containsEntry("news_export.written_by_execution", "9");
				for (Column column : SCHEMA.columns()) {
					assertThat(footer).as("footer of %s", part)
						.containsEntry("news_export.column." + column.name(), column.description());
				}
			}
		}
	}

	@Test
	void withoutAnIdentityTheFooterStillDescribesTheColumns() throws Exception {
		try (ParquetDatasetWriter writer = writer(ParquetOptions.defaults())) {
			writer.restore(0, 0);
			writer.sealEmptyPartIfNone();
		}
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(tmp.resolve("part-00000.parquet")))) {
			assertThat(reader.getFooter().getFileMetaData().getKeyValueMetaData())
				.containsEntry("news_export.column.position", "0-based among the article's kept paragraphs.")
				.doesNotContainKeys("news_export.job_instance_id", "news_export.written_by_execution");
		}
	}

	private ParquetDatasetWriter writer(ParquetOptions options) {
		return new ParquetDatasetWriter(fs, new Path(tmp.toUri()), SCHEMA, options, "part");
	}

	private static void write(ParquetDatasetWriter writer, int from, int to) throws IOException {
		for (Object[] row : ROWS.subList(from, to)) {
			writer.write(row);
		}
	}

	/** Every file in the output directory, hidden ones included, sorted. */
	private List<String> fileNames() throws IOException {
		try (Stream<java.nio.file.Path> files = Files.list(tmp)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static ParquetMetadata footer(java.nio.file.Path file) throws IOException {
		try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
			return reader.getFooter();
		}
	}

	private static Stream<ColumnChunkMetaData> columnChunks(ParquetMetadata footer) {
		return footer.getBlocks().stream().map(BlockMetaData::getColumns).flatMap(List::stream);
	}

}

package org.newsexport.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows read back with {@link DatasetRowReader} are the rows written, every type and null
 * included, across parts; and {@link BaseRows} hands on the rows of a file, skipping
 * those of the files before it, in the walk's order.
 */
class BaseRowsTest {

	@TempDir
	Path tmp;

	private final FileSystem fs = OutputFileSystems.get(URI.create("file:///"), OutputFileSystems.newConfiguration());

	@AfterEach
	void close() throws IOException {
		fs.close();
	}

	@Test
	void everyDatasetReadsBackAsWrittenAcrossParts() throws IOException {
		ExportLayout export = new ExportLayout(new org.apache.hadoop.fs.Path(tmp.toUri()));
		for (DatasetSchema schema : Datasets.ALL) {
			List<Object[]> rows = SampleRows.rows(schema, 40);
			write(export, schema, rows.subList(0, 25), rows.subList(25, 40));
			List<Object[]> read = new ArrayList<>();
			try (DatasetRowReader reader = new DatasetRowReader(fs, export.parquetDir(schema), schema)) {
				for (Object[] row = reader.next(); row != null; row = reader.next()) {
					read.add(row);
				}
				assertThat(reader.next()).isNull();
			}
			assertThat(SampleRows.asLists(read)).as(schema.name()).isEqualTo(SampleRows.asLists(rows));
		}
	}

	@Test
	void carriesTheRowsOfAFileAndSkipsThoseBefore() throws IOException {
		ExportLayout export = new ExportLayout(new org.apache.hadoop.fs.Path(tmp.toUri()));
		// walk order: a component compares before a longer name ("a/x.txt" < "a.txt"
		// would be wrong as plain text)
		write(export, Datasets.QUOTES, List.<Object[]>of(quote("a/x", 0), quote("a/x", 1), quote("a", 0)),
				List.<Object[]>of(quote("b", 0), quote("d", 0), quote("d", 1)));
		write(export, Datasets.REJECTS, List.<Object[]>of(reject("a.txt")), List.<Object[]>of());
		try (BaseRows base = new BaseRows(fs, export, List.of(Datasets.QUOTES, Datasets.REJECTS))) {
			base.skipThrough("a/x.txt");
			List<Object> carried = new ArrayList<>();
			assertThat(base.carry(Datasets.QUOTES, "a.txt", row -> carried.add(row[1]))).isOne();
			assertThat(base.carry(Datasets.QUOTES, "c.txt", row -> carried.add(row[1]))).as("no rows").isZero();
			assertThat(base.carry(Datasets.REJECTS, "c.txt", row -> carried.add(row[0]))).as("a.txt skipped").isZero();
			assertThat(base.carry(Datasets.QUOTES, "d.txt", row -> carried.add(row[0] + "/" + row[1]))).isEqualTo(2);
			assertThat(base.carry(Datasets.QUOTES, "e.txt", row -> carried.add(row[1]))).isZero();
			assertThat(carried).containsExactly(0, "d/0", "d/1");
		}
	}

	@Test
	void rowsOutOfInputOrderAreRefused() throws IOException {
		ExportLayout export = new ExportLayout(new org.apache.hadoop.fs.Path(tmp.toUri()));
		write(export, Datasets.QUOTES, List.<Object[]>of(quote("b", 0), quote("a", 0)), List.<Object[]>of());
		try (BaseRows base = new BaseRows(fs, export, List.of(Datasets.QUOTES))) {
			assertThatIllegalStateException().isThrownBy(() -> base.carry(Datasets.QUOTES, "z.txt", row -> {
			})).withMessageContaining("not in input order (a.txt after b.txt)");
		}
	}

	private static Object[] quote(String docId, int position) {
		return new Object[] { docId, position, "a quotation of four words", null, 1L };
	}

	private static Object[] reject(String path) {
		return new Object[] { path, "empty", null, 1L };
	}

	@SafeVarargs
	private void write(ExportLayout export, DatasetSchema schema, List<Object[]>... parts) throws IOException {
		try (ParquetDatasetWriter writer = new ParquetDatasetWriter(fs, export.parquetDir(schema), schema,
				ParquetOptions.defaults(), "part")) {
			writer.restore(0, 0);
			for (List<Object[]> part : parts) {
				for (Object[] row : part) {
					writer.write(Arrays.copyOf(row, row.length));
				}
				writer.seal();
			}
		}
	}

}

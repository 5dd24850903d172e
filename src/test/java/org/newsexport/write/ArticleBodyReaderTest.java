package org.newsexport.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleBodyReaderTest {

	private static final int BODY = java.util.Arrays.asList(Datasets.ARTICLES.columnNames()).indexOf("body");

	@TempDir
	java.nio.file.Path tmp;

	@AutoClose
	private final FileSystem fs = OutputFileSystems.get(URI.create("file:///"), OutputFileSystems.newConfiguration());

	@Test
	void readsDocIdAndBodyOfEverySealedPartInOrderAndNothingElse() throws Exception {
		List<Object[]> rows = SampleRows.rows(Datasets.ARTICLES, 30);
		Path dir = new Path(tmp.resolve("articles").toUri());
		try (ParquetDatasetWriter writer = new ParquetDatasetWriter(fs, dir, Datasets.ARTICLES,
				ParquetOptions.defaults(), "part")) {
			writer.restore(0, 0);
			for (int i = 0; i < rows.size(); i++) {
				writer.write(rows.get(i));
				if (i == 9 || i == 19) {
					writer.seal();
				}
			}
			writer.seal();
			writer.write(rows.get(0)); // left in progress: not a sealed part
			Files.writeString(tmp.resolve("articles/notes.txt"), "not a part");

			List<String> read = new ArrayList<>();
			new ArticleBodyReader(fs, dir).forEach((docId, body) -> read.add(docId + " | " + body));

			assertThat(read).containsExactlyElementsOf(rows.stream().map(row -> row[0] + " | " + row[BODY]).toList());
		}
	}

	@Test
	void anEmptyPartHasNoArticle() throws Exception {
		Path dir = new Path(tmp.resolve("articles").toUri());
		try (ParquetDatasetWriter writer = new ParquetDatasetWriter(fs, dir, Datasets.ARTICLES,
				ParquetOptions.defaults(), "part")) {
			writer.restore(0, 0);
			writer.sealEmptyPartIfNone();
		}
		List<String> read = new ArrayList<>();

		new ArticleBodyReader(fs, dir).forEach((docId, body) -> read.add(docId));

		assertThat(read).isEmpty();
	}

	@Test
	void aDatasetWithoutTheColumnsSaysWhichFile() throws Exception {
		Path dir = new Path(tmp.resolve("paragraphs").toUri());
		try (ParquetDatasetWriter writer = new ParquetDatasetWriter(fs, dir, Datasets.PARAGRAPHS,
				ParquetOptions.defaults(), "part")) {
			writer.restore(0, 0);
			writer.write(SampleRows.rows(Datasets.PARAGRAPHS, 1).get(0));
			writer.seal();
		}

		assertThatIOException().isThrownBy(() -> new ArticleBodyReader(fs, dir).forEach((docId, body) -> {
		})).withMessageStartingWith("Could not read the articles of " + new Path(dir, "part-00000.parquet"));
	}

}

package org.newsexport.write;

import java.io.IOException;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads back the {@code doc_id} and {@code body} of a sealed {@code articles} dataset,
 * part by part in name order and row by row, decoding no other column: what the
 * duplicates step needs, one article in memory at a time.
 */
public final class ArticleBodyReader {

	private final StringColumnReader reader;

	/**
	 * @param dir the directory of the dataset's sealed parts, e.g.
	 * {@link ExportLayout#parquetDir} of {@link Datasets#ARTICLES}
	 */
	public ArticleBodyReader(FileSystem fs, Path dir) {
		this.reader = new StringColumnReader(fs, dir, Datasets.ARTICLES, "doc_id", "body");
	}

	/**
	 * @param parts some of the dataset's sealed parts ({@link DatasetRowReader#parts}),
	 * read in this order: a range of the articles
	 */
	public ArticleBodyReader(FileSystem fs, List<Path> parts) {
		this.reader = new StringColumnReader(fs, parts, Datasets.ARTICLES, "doc_id", "body");
	}

	/** Takes the doc id and body of one article. */
	@FunctionalInterface
	public interface ArticleBodyConsumer {

		void accept(String docId, String body) throws IOException;

	}

	/** Gives every article to {@code consumer}, in the same order on every call. */
	public void forEach(ArticleBodyConsumer consumer) throws IOException {
		reader.forEach(row -> consumer.accept(row[0], row[1]));
	}

}

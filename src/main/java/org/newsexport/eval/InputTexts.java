package org.newsexport.eval;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.newsexport.article.SourceItem;
import org.newsexport.article.SourceText;
import org.newsexport.read.InputFileReader;
import org.newsexport.read.ReadCheckpoint;

/**
 * The input files of an evaluation, read by the job's own {@link InputFileReader}: every
 * {@code .txt} file under the directory in the job's order, decoded and rejected exactly
 * as the job does. A rejected file's body is empty.
 */
final class InputTexts {

	/** The job's default {@code export.max-file-size}. */
	private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

	private final Path root;

	InputTexts(Path root) {
		this.root = root;
	}

	/**
	 * Calls {@code texts} with each readable file and {@code rejects} with the doc id of
	 * each other, in order.
	 */
	void forEach(Consumer<SourceText> texts, Consumer<String> rejects) {
		InputFileReader reader = new InputFileReader(root, new ReadCheckpoint(), MAX_FILE_BYTES);
		for (SourceItem item = reader.read(); item != null; item = reader.read()) {
			if (item instanceof SourceText text) {
				texts.accept(text);
			}
			else {
				String path = item.sourcePath();
				rejects.accept(path.substring(0, path.length() - ".txt".length()));
			}
		}
	}

}

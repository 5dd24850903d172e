package org.newsexport.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

import org.newsexport.article.SourceText;
import org.newsexport.read.DecodedText;
import org.newsexport.read.InputEntry;
import org.newsexport.read.SortedFileWalker;
import org.newsexport.read.TextDecoder;

/**
 * The input files of an evaluation, read as the job reads them: every {@code .txt} file under the directory in the
 * job's order, decoded by the same {@link TextDecoder}. A file the job would reject (a link, not text, blank) is
 * handed on with a {@code null} text: its body is empty.
 */
final class InputTexts {

	private final Path root;

	private final TextDecoder decoder = new TextDecoder();

	InputTexts(Path root) {
		this.root = root;
	}

	/** Calls {@code consumer} with each file's doc id and its decoded text (or {@code null}), in the job's order. */
	void forEach(Consumer<SourceText> texts, Consumer<String> rejects) {
		SortedFileWalker walker = new SortedFileWalker(root, null);
		while (walker.hasNext()) {
			InputEntry entry = walker.next();
			String docId = entry.relativePath().substring(0, entry.relativePath().length() - ".txt".length());
			SourceText text = entry.symbolicLink() ? null : read(entry, docId);
			if (text == null) {
				rejects.accept(docId);
			}
			else {
				texts.accept(text);
			}
		}
	}

	private SourceText read(InputEntry entry, String docId) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(entry.path());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read input file " + entry.path() + ": " + ex.getMessage(), ex);
		}
		DecodedText decoded = decoder.decode(bytes);
		if (!decoded.isText() || decoded.text().isBlank()) {
			return null;
		}
		return new SourceText(docId, entry.relativePath(), sha256(bytes), bytes.length, decoded.text());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}

package org.newsexport.article;

import java.util.Objects;

/**
 * One input file, decoded.
 *
 * @param docId the path relative to the input root without its extension, such as
 * {@code .txt} (the file stem for files at the top of the input root)
 * @param sourcePath the path relative to the input root, '/'-separated
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param bytes size of the file in bytes
 * @param text the decoded text, line ends as in the file
 */
public record SourceText(String docId, String sourcePath, String sha256, long bytes,
		String text) implements SourceItem {

	public SourceText {
		Objects.requireNonNull(docId, "docId");
		Objects.requireNonNull(sourcePath, "sourcePath");
		Objects.requireNonNull(sha256, "sha256");
		Objects.requireNonNull(text, "text");
	}

}

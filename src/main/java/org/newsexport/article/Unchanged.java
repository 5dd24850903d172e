package org.newsexport.article;

import java.util.Objects;

/**
 * An input file that an incremental export skips: its content is the same as in the export it is based on. It is
 * neither cleaned nor written as an article or reject, only listed in the {@code files} dataset.
 *
 * @param sourcePath the path relative to the input root, '/'-separated
 * @param sha256 lower-case hex SHA-256 of the file's bytes
 * @param bytes size of the file in bytes
 */
public record Unchanged(String sourcePath, String sha256, long bytes) implements SourceItem, ExportRecord {

	public Unchanged {
		Objects.requireNonNull(sourcePath, "sourcePath");
		Objects.requireNonNull(sha256, "sha256");
	}

}

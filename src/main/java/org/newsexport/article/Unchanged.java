package org.newsexport.article;

import java.util.Objects;

/**
 * An input file that an incremental export does not clean again: its content is the same
 * as in the export it is based on, whose rows of the file the writer carries over as they
 * are.
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

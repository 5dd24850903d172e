package org.newsexport.article;

import java.util.Objects;

/**
 * An input file that could not become an article, with a machine-readable reason and a detail for people.
 */
public record Reject(String sourcePath, RejectReason reason, String detail) implements ExportRecord, SourceItem {

	public Reject {
		Objects.requireNonNull(sourcePath, "sourcePath");
		Objects.requireNonNull(reason, "reason");
	}

}

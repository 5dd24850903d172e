package org.newsexport.article;

import java.util.Objects;

/**
 * An input file that could not become an article, with a machine-readable reason and a
 * detail for people.
 *
 * @param sourceSha256 lower-case hex SHA-256 of the file's bytes, or {@code null} when
 * they were not read (a link, a file too large or unreadable)
 * @param sourceBytes size of the file, or {@code null} when unknown
 */
public record Reject(String sourcePath, RejectReason reason, String detail, String sourceSha256,
		Long sourceBytes) implements ExportRecord, SourceItem {

	public Reject {
		Objects.requireNonNull(sourcePath, "sourcePath");
		Objects.requireNonNull(reason, "reason");
	}

	/** A reject of a file whose bytes were not read. */
	public Reject(String sourcePath, RejectReason reason, String detail) {
		this(sourcePath, reason, detail, null, null);
	}

	/** A reject of a file that was read. */
	public static Reject of(SourceText source, RejectReason reason, String detail) {
		return new Reject(source.sourcePath(), reason, detail, source.sha256(), source.bytes());
	}

}

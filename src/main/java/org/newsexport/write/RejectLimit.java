package org.newsexport.write;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.newsexport.article.ExportRecord;
import org.newsexport.article.Reject;

/**
 * {@code export.reject-limit}: the most rejects the export may hold. The rejects are
 * counted on the step's thread as each chunk is handed to the writer, sealed or not,
 * together with those of the other writers sharing the count (the partitions of one
 * export in this process); one more than the limit fails the chunk before it is written,
 * so that the run fails before sealing it and a restart after the files are fixed reads
 * them again. Rejects carried over from a base export do not count.
 */
public final class RejectLimit {

	private final long limit;

	private AtomicLong count = new AtomicLong();

	/**
	 * @param limit the most rejects the export may hold, negative for no limit
	 */
	RejectLimit(long limit) {
		this.limit = limit;
	}

	/**
	 * Counts together with the other writers given the same count. Called before
	 * {@link #add}.
	 */
	void share(AtomicLong count) {
		this.count = count;
	}

	/** Rejects this writer holds already (its sealed ones, on a restart). */
	void add(long rejects) {
		count.addAndGet(rejects);
	}

	/**
	 * Counts the rejects of a chunk.
	 * @throws RejectLimitExceededException at the first one over the limit
	 */
	void count(List<? extends ExportRecord> records) {
		for (ExportRecord record : records) {
			if (record instanceof Reject reject) {
				if (count.incrementAndGet() > limit && limit >= 0) {
					throw new RejectLimitExceededException(message(limit,
							reject.sourcePath() + " (" + reject.reason().code() + ": " + reject.detail() + ")"));
				}
			}
		}
	}

	/** The reject limit's message: the limit, and the last reject over it. */
	public static String message(long rejectLimit, String last) {
		return "more than " + rejectLimit + " input files were rejected (export.reject-limit)"
				+ (last == null ? "" : "; the last: " + last)
				+ ". Fix or remove the files, or raise the limit, and run again";
	}

}

package org.newsexport.write;

import org.newsexport.read.FileChange;
import org.newsexport.read.FileIndex;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Counts, in an incremental export, the files of each change against the base export's
 * {@link FileIndex} (new, changed, unchanged) and the {@code rejects} rows carried over
 * from the base. What was written since the last seal is kept apart from what is sealed,
 * and only the sealed counts are saved, so that over restarts each file is counted once.
 * Used on the writing thread only (and on the step's thread once that is idle).
 */
final class ChangeCounts {

	private final long[] pending = new long[FileChange.values().length];

	private final long[] sealed = new long[FileChange.values().length];

	private long pendingCarriedRejects;

	private long sealedCarriedRejects;

	/** Takes up the sealed counts of a saved state, zero on a fresh start. */
	void restore(ExecutionContext context) {
		for (FileChange change : FileChange.values()) {
			sealed[change.ordinal()] = SealState.sealedFiles(context, change);
		}
		sealedCarriedRejects = SealState.sealedCarriedRejects(context);
	}

	/** A file written with its change. */
	void file(FileChange change) {
		pending[change.ordinal()]++;
	}

	/** Rows of {@code rejects} carried over from the base. */
	void carriedRejects(long rows) {
		pendingCarriedRejects += rows;
	}

	/** Everything counted since the last seal is sealed. */
	void seal() {
		for (int i = 0; i < pending.length; i++) {
			sealed[i] += pending[i];
			pending[i] = 0;
		}
		sealedCarriedRejects += pendingCarriedRejects;
		pendingCarriedRejects = 0;
	}

	long sealed(FileChange change) {
		return sealed[change.ordinal()];
	}

	long sealedCarriedRejects() {
		return sealedCarriedRejects;
	}

}

package org.newsexport.dedup;

import java.util.Objects;

/**
 * A document in a cluster of two or more exact or near-duplicates. The cluster's
 * representative is its member with the smallest doc id (in code point order, as DuckDB
 * and Parquet sort UTF-8); every other member is compared with it.
 *
 * @param docId the document
 * @param clusterId the doc id of the cluster's representative
 * @param duplicateOf the representative; null for the representative itself
 * @param estimatedJaccard the MinHash estimate of the shingle Jaccard similarity with the
 * representative; null for it
 * @param exactJaccard the Jaccard similarity of the two shingle sets; null for the
 * representative
 * @param exactDuplicate whether the normalised body equals the representative's; null for
 * the representative
 */
public record Duplicate(String docId, String clusterId, String duplicateOf, Double estimatedJaccard,
		Double exactJaccard, Boolean exactDuplicate) {

	public Duplicate {
		Objects.requireNonNull(docId, "docId");
		Objects.requireNonNull(clusterId, "clusterId");
	}

	static Duplicate representative(String docId) {
		return new Duplicate(docId, docId, null, null, null, null);
	}

	public boolean isRepresentative() {
		return duplicateOf == null;
	}

}

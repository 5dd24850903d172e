package org.newsexport.dedup;

/**
 * What a search for duplicates found.
 *
 * @param documents documents read
 * @param wordlessDocuments documents whose body has no word, left out
 * @param clusters clusters of two or more documents
 * @param clusteredDocuments documents in those clusters: the rows written
 * @param links how the clusters were formed
 */
public record DuplicateSummary(int documents, int wordlessDocuments, int clusters, int clusteredDocuments,
		LinkStats links) {

	@Override
	public String toString() {
		return documents + " articles, " + clusteredDocuments + " in " + clusters + " clusters of duplicates ("
				+ links.exactDuplicateLinks() + " exact-duplicate links, " + links.nearDuplicateLinks()
				+ " near-duplicate links from " + links.comparisons() + " signature comparisons, "
				+ links.cappedBuckets() + " capped buckets, largest bucket " + links.largestBucket() + "), "
				+ wordlessDocuments + " articles without words left out";
	}

}

package org.newsexport.dedup;

/**
 * What linking documents into clusters did.
 *
 * @param exactDuplicateLinks unions made by equal normalised body hashes
 * @param candidatePairs pairs that shared an LSH bucket and were looked at (a pair is
 * counted once per band shared)
 * @param alreadyJoined candidate pairs already in one cluster, not compared
 * @param rejected candidate pairs whose estimated Jaccard similarity was below the
 * threshold
 * @param nearDuplicateLinks unions made by candidate pairs at or above the threshold
 * @param cappedBuckets buckets larger than the cap, compared as a chain of windows
 * @param largestBucket the size of the largest bucket
 */
public record LinkStats(long exactDuplicateLinks, long candidatePairs, long alreadyJoined, long rejected,
		long nearDuplicateLinks, long cappedBuckets, int largestBucket) {

	LinkStats withExactDuplicateLinks(long links) {
		return new LinkStats(links, candidatePairs, alreadyJoined, rejected, nearDuplicateLinks, cappedBuckets,
				largestBucket);
	}

	/** Signature comparisons made: the candidate pairs not already joined. */
	public long comparisons() {
		return candidatePairs - alreadyJoined;
	}

}

package org.newsexport.dedup;

import java.util.Arrays;
import java.util.BitSet;

import org.newsexport.hash.Hashes;

/**
 * MinHash LSH: documents whose signatures agree on all the rows of a band fall in the
 * same bucket of that band and are candidate pairs; a candidate pair is linked when its
 * signatures agree on at least the threshold's share of values. A bucket is a run of
 * equal keys in the band's sorted {@code (band hash, document)} pairs.
 * <p>
 * Buckets are capped: in a bucket of more than {@code maxBucketSize} documents (many
 * copies of one text, or bodies made mostly of the same boilerplate) each document is
 * compared with the {@code maxBucketSize − 1} before it rather than with all, so a band
 * costs at most {@code n × (maxBucketSize − 1)} comparisons. Copies still end in one
 * cluster through the chain; two similar documents far apart in a huge bucket are missed
 * unless another band or the chain joins them.
 */
final class LshLinker {

	private static final long GOLDEN = 0x9e3779b97f4a7c15L;

	private final MinHashParameters parameters;

	private final SignatureFile signatures;

	private final BitSet wordless;

	private final int minAgreements;

	private long candidatePairs;

	private long alreadyJoined;

	private long rejected;

	private long links;

	private long cappedBuckets;

	private int largestBucket;

	LshLinker(MinHashParameters parameters, SignatureFile signatures, BitSet wordless) {
		this.parameters = parameters;
		this.signatures = signatures;
		this.wordless = wordless;
		this.minAgreements = parameters.minAgreements();
	}

	LinkStats link(UnionFind clusters) {
		int documents = signatures.documents();
		long[] keys = new long[documents - wordless.cardinality()];
		for (int band = 0; band < parameters.bands(); band++) {
			int k = 0;
			for (int doc = 0; doc < documents; doc++) {
				if (!wordless.get(doc)) {
					keys[k++] = ((long) bandHash(doc, band) << 32) | doc;
				}
			}
			Arrays.sort(keys);
			for (int start = 0; start < keys.length;) {
				int end = start + 1;
				while (end < keys.length && (keys[end] >>> 32) == (keys[start] >>> 32)) {
					end++;
				}
				compareBucket(keys, start, end, clusters);
				start = end;
			}
		}
		return new LinkStats(0, candidatePairs, alreadyJoined, rejected, links, cappedBuckets, largestBucket);
	}

	private void compareBucket(long[] keys, int start, int end, UnionFind clusters) {
		int size = end - start;
		largestBucket = Math.max(largestBucket, size);
		boolean capped = size > parameters.maxBucketSize();
		if (capped) {
			cappedBuckets++;
		}
		for (int i = start + 1; i < end; i++) {
			int from = capped ? Math.max(start, i - (parameters.maxBucketSize() - 1)) : start;
			for (int j = from; j < i; j++) {
				compare((int) keys[j], (int) keys[i], clusters);
			}
		}
	}

	private void compare(int a, int b, UnionFind clusters) {
		candidatePairs++;
		if (clusters.connected(a, b)) {
			alreadyJoined++;
		}
		else if (signatures.agreements(a, b) >= minAgreements) {
			clusters.union(a, b);
			links++;
		}
		else {
			rejected++;
		}
	}

	private int bandHash(int doc, int band) {
		int first = band * parameters.rows();
		long h = band;
		for (int i = first; i < first + parameters.rows(); i++) {
			h = (h ^ (signatures.get(doc, i) & 0xffffffffL)) * GOLDEN;
		}
		return (int) (Hashes.mix(h) >>> 32);
	}

}

package org.newsexport.dedup;

import org.newsexport.dedup.DuplicateIndex.Sketch;

/**
 * Computes what a {@link DuplicateIndex} keeps of a document, its {@link Sketch}: the
 * MinHash signature of its shingles and the hash of its normalised body. The per-document
 * part of finding duplicates: it reads no state shared between documents, so documents
 * can be sketched on several threads, or by several processes, and the sketches added to
 * the index in order afterwards. Thread-safe.
 */
public final class Sketcher {

	private final int permutations;

	private final Shingler shingler;

	private final MinHasher minHasher;

	public Sketcher(MinHashParameters parameters) {
		this.permutations = parameters.permutations();
		this.shingler = new Shingler(parameters.shingleSize());
		this.minHasher = new MinHasher(parameters.permutations(), parameters.seed());
	}

	/** The sketch of a document's body. */
	public Sketch sketch(CharSequence body) {
		long[] tokens = Shingler.tokenHashes(body);
		if (tokens.length == 0) {
			return new Sketch(null, 0);
		}
		int[] signature = new int[permutations];
		// the windows with their repeats and in their order: the minimums are those of
		// the distinct shingles
		minHasher.signature(shingler.windows(tokens), signature);
		return new Sketch(signature, Shingler.sequenceHash(tokens));
	}

}

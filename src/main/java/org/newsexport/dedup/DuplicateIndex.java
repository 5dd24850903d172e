package org.newsexport.dedup;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;

/**
 * The cross-document state of near-duplicate detection: per document, its MinHash
 * signature (in a memory-mapped {@link SignatureFile}) and its normalised body hash,
 * never its text. {@link #link()} then joins documents into clusters: exact duplicates by
 * body hash, near-duplicates by MinHash LSH with candidate pairs verified on their
 * signatures.
 * <p>
 * Heap per document: 8 bytes of body hash, 5 of union-find, 1 bit for bodies without
 * words, and while linking 8 bytes of bucket key (one band at a time); plus
 * {@code 4 × permutations} bytes of signature on disk, memory-mapped. Linking sorts the
 * keys of each band, {@code O(n log n)}, and compares each document, per band, with at
 * most {@code maxBucketSize − 1} others, {@code O(n)}.
 */
public final class DuplicateIndex implements Closeable {

	private final MinHashParameters parameters;

	private final Sketcher sketcher;

	private final SignatureFile signatures;

	/** Stored for a body without words: it has no shingles, and is never linked. */
	private final int[] noSignature;

	private final BitSet wordless = new BitSet();

	private long[] bodyHashes = new long[1024];

	private int documents;

	private UnionFind clusters;

	private LinkStats stats;

	/**
	 * @param workDir a local directory for the temporary signature file
	 */
	public DuplicateIndex(MinHashParameters parameters, Path workDir) throws IOException {
		this.parameters = parameters;
		this.sketcher = new Sketcher(parameters);
		this.signatures = new SignatureFile(workDir, parameters.permutations());
		this.noSignature = new int[parameters.permutations()];
	}

	/** Adds the next document; returns its index, from 0 in the order of the calls. */
	public int add(CharSequence body) throws IOException {
		return add(sketch(body));
	}

	/**
	 * What {@link #add(Sketch)} keeps of a document: its signature and body hash. Reads
	 * no state of the index, so documents can be sketched on several threads and added in
	 * order ({@link Sketcher}).
	 */
	public Sketch sketch(CharSequence body) {
		return sketcher.sketch(body);
	}

	/**
	 * Adds the next document, sketched; returns its index, from 0 in the order of the
	 * calls.
	 */
	public int add(Sketch sketch) throws IOException {
		if (clusters != null) {
			throw new IllegalStateException("Documents cannot be added after linking");
		}
		if (sketch.signature() == null) {
			wordless.set(documents);
			signatures.append(noSignature);
		}
		else {
			signatures.append(sketch.signature());
		}
		if (documents == bodyHashes.length) {
			bodyHashes = Arrays.copyOf(bodyHashes, documents + documents / 2);
		}
		bodyHashes[documents] = sketch.bodyHash();
		return documents++;
	}

	/**
	 * A document as the index keeps it.
	 *
	 * @param signature its MinHash signature; {@code null} for a body without words
	 * @param bodyHash the hash of its normalised body
	 */
	public record Sketch(int[] signature, long bodyHash) {
	}

	public int size() {
		return documents;
	}

	/** Documents whose body has no word: they have no shingles and are never linked. */
	public int wordlessDocuments() {
		return wordless.cardinality();
	}

	long bodyHash(int doc) {
		return bodyHashes[doc];
	}

	/**
	 * Joins exact and near-duplicates into clusters, once; later calls return the same
	 * clusters. Bodies without words stay alone.
	 */
	public UnionFind link() throws IOException {
		if (clusters == null) {
			signatures.map();
			bodyHashes = Arrays.copyOf(bodyHashes, documents);
			clusters = new UnionFind(documents);
			long exact = linkExactDuplicates();
			stats = new LshLinker(parameters, signatures, wordless).link(clusters).withExactDuplicateLinks(exact);
		}
		return clusters;
	}

	/** What linking did; null before {@link #link()}. */
	public LinkStats stats() {
		return stats;
	}

	/** The MinHash estimate of the Jaccard similarity of two documents' shingle sets. */
	public double estimatedJaccard(int a, int b) {
		requireLinked();
		return (double) signatures.agreements(a, b) / parameters.permutations();
	}

	/**
	 * Whether two documents have the same normalised body (same tokens in the same order,
	 * case folded).
	 */
	public boolean sameNormalisedBody(int a, int b) {
		requireLinked();
		return !wordless.get(a) && !wordless.get(b) && bodyHashes[a] == bodyHashes[b];
	}

	/**
	 * Groups documents by the high half of their body hash, then joins those with equal
	 * full hashes.
	 */
	private long linkExactDuplicates() {
		long[] keys = new long[documents - wordless.cardinality()];
		int k = 0;
		for (int doc = 0; doc < documents; doc++) {
			if (!wordless.get(doc)) {
				keys[k++] = (bodyHashes[doc] & 0xffffffff00000000L) | doc;
			}
		}
		Arrays.sort(keys);
		long links = 0;
		for (int start = 0; start < keys.length;) {
			int end = start + 1;
			while (end < keys.length && (keys[end] >>> 32) == (keys[start] >>> 32)) {
				end++;
			}
			// Each member joins the first earlier one with the same full hash: for copies
			// that is the first of the group, and members with another full hash (a
			// collision of the high halves) are rare.
			for (int i = start + 1; i < end; i++) {
				int doc = (int) keys[i];
				for (int j = start; j < i; j++) {
					int earlier = (int) keys[j];
					if (bodyHashes[earlier] == bodyHashes[doc]) {
						if (clusters.union(earlier, doc)) {
							links++;
						}
						break;
					}
				}
			}
			start = end;
		}
		return links;
	}

	private void requireLinked() {
		if (clusters == null) {
			throw new IllegalStateException("link() must be called first");
		}
	}

	@Override
	public void close() throws IOException {
		signatures.close();
	}

}

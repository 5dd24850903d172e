package org.newsexport.dedup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.newsexport.parallel.OrderedWork;

/**
 * Finds the exact and near-duplicates of a corpus in two passes over it. The first
 * computes each document's signature and body hash (its sketch: per document, so it can
 * be done beforehand in parts, {@link #sketch}) into a {@link DuplicateIndex} and links
 * the clusters; the second shingles again only the documents in clusters, into a
 * temporary {@link ShingleFile}, so that each can be compared exactly with its cluster's
 * representative. Memory holds no text: per document the index's few bytes, and per
 * clustered document its doc id.
 */
public final class DuplicateFinder {

	/**
	 * Code point order: the order of UTF-8 bytes, in which DuckDB and Parquet statistics
	 * sort strings.
	 */
	static final Comparator<String> CODE_POINT_ORDER = DuplicateFinder::compareCodePoints;

	/**
	 * Documents read ahead of the index: enough to keep the threads busy, few enough to
	 * hold in memory.
	 */
	private static final int DOCUMENTS_IN_FLIGHT = 64;

	private final MinHashParameters parameters;

	private final Path workDir;

	private final int threads;

	/**
	 * @param workDir a local directory for the temporary files, deleted when done
	 */
	public DuplicateFinder(MinHashParameters parameters, Path workDir) {
		this(parameters, workDir, 1);
	}

	/**
	 * @param workDir a local directory for the temporary files, deleted when done
	 * @param threads threads that shingle and sketch the documents; the result is the
	 * same for any number
	 */
	public DuplicateFinder(MinHashParameters parameters, Path workDir, int threads) {
		this.parameters = parameters;
		this.workDir = workDir;
		this.threads = threads;
	}

	/**
	 * Gives {@code sink} one {@link Duplicate} per document in a cluster of two or more,
	 * ordered by cluster id then doc id, so the representative comes first in its
	 * cluster.
	 */
	public DuplicateSummary find(Corpus corpus, DuplicateSink sink) throws IOException {
		return find(consumer -> sketch(corpus, consumer), corpus, sink);
	}

	/**
	 * As {@link #find(Corpus, DuplicateSink)}, with the first pass's sketches computed
	 * beforehand, e.g. by {@link #sketch} in parts of the corpus, and read back in the
	 * corpus' order: the result is the same. Only the documents in clusters are read from
	 * {@code corpus}, which must hold the sketched documents in the same order.
	 */
	public DuplicateSummary find(SketchSource sketches, Corpus corpus, DuplicateSink sink) throws IOException {
		try (DuplicateIndex index = new DuplicateIndex(parameters, workDir);
				ShingleFile shingleFile = new ShingleFile(workDir)) {
			sketches.forEach(index::add);
			UnionFind clusters = index.link();
			BitSet members = clusters.inSetsOfTwoOrMore();
			ClusteredDocuments clustered = new ClusteredDocuments(index, members, shingleFile,
					new Shingler(parameters.shingleSize()));
			if (!members.isEmpty()) {
				corpus.forEach(clustered::visit);
				if (clustered.seen != index.size()) {
					throw new IllegalStateException("The corpus gave " + index.size() + " documents, then "
							+ clustered.seen + ": it changed while duplicates were searched");
				}
			}
			int clusterCount = clustered.emit(clusters, sink);
			return new DuplicateSummary(index.size(), index.wordlessDocuments(), clusterCount, clustered.docs.length,
					index.stats());
		}
	}

	/**
	 * The first pass's work per document: gives {@code consumer} the sketch of every
	 * document of {@code corpus}, in its order, computed on this finder's threads.
	 * Returns the number of documents.
	 */
	public long sketch(Corpus corpus, SketchSource.SketchConsumer consumer) throws IOException {
		try (OrderedWork<DuplicateIndex.Sketch> sketching = new OrderedWork<>("duplicates", threads,
				Math.max(threads, DOCUMENTS_IN_FLIGHT), consumer::accept)) {
			return sketch(corpus, sketching);
		}
	}

	/**
	 * As {@link #sketch(Corpus, SketchSource.SketchConsumer)}, on threads shared with
	 * other work (e.g. the other partitions of a step in this process) rather than this
	 * finder's own.
	 * @param pool the threads; {@code null} sketches on the calling thread
	 */
	public long sketch(Corpus corpus, ExecutorService pool, SketchSource.SketchConsumer consumer) throws IOException {
		try (OrderedWork<DuplicateIndex.Sketch> sketching = new OrderedWork<>(pool, DOCUMENTS_IN_FLIGHT,
				consumer::accept)) {
			return sketch(corpus, sketching);
		}
	}

	private long sketch(Corpus corpus, OrderedWork<DuplicateIndex.Sketch> sketching) throws IOException {
		Sketcher sketcher = new Sketcher(parameters);
		long[] documents = new long[1];
		corpus.forEach((docId, body) -> {
			sketching.submit(() -> sketcher.sketch(body));
			documents[0]++;
		});
		sketching.finish();
		return documents[0];
	}

	/**
	 * The documents in clusters, with their doc ids and where their shingles are in the
	 * shingle file.
	 */
	private static final class ClusteredDocuments {

		private final DuplicateIndex index;

		private final BitSet members;

		private final ShingleFile shingleFile;

		private final Shingler shingler;

		private final int[] docs;

		private final String[] docIds;

		private final long[] positions;

		private final int[] lengths;

		private int seen;

		private int slots;

		ClusteredDocuments(DuplicateIndex index, BitSet members, ShingleFile shingleFile, Shingler shingler) {
			this.index = index;
			this.members = members;
			this.shingleFile = shingleFile;
			this.shingler = shingler;
			int count = members.cardinality();
			this.docs = new int[count];
			this.docIds = new String[count];
			this.positions = new long[count];
			this.lengths = new int[count];
		}

		void visit(String docId, String body) throws IOException {
			int doc = seen++;
			if (members.get(doc)) {
				Shingles shingles = shingler.shingle(body);
				if (shingles.bodyHash() != index.bodyHash(doc)) {
					throw new IllegalStateException("Document " + doc + " (" + docId + ") is not the one read first: "
							+ "the corpus changed while duplicates were searched");
				}
				long[] hashes = shingles.hashes();
				docs[slots] = doc;
				docIds[slots] = docId;
				positions[slots] = shingleFile.append(hashes);
				lengths[slots] = hashes.length;
				slots++;
			}
		}

		/** Writes the rows, cluster by cluster; returns the number of clusters. */
		int emit(UnionFind clusters, DuplicateSink sink) throws IOException {
			int[] roots = new int[docs.length];
			for (int s = 0; s < docs.length; s++) {
				roots[s] = clusters.find(docs[s]);
			}
			Integer[] order = new Integer[docs.length];
			Arrays.setAll(order, s -> s);
			Arrays.sort(order,
					Comparator.<Integer>comparingInt(s -> roots[s]).thenComparing(s -> docIds[s], CODE_POINT_ORDER));
			Integer[] clusterStarts = clusterStarts(order, roots);
			Arrays.sort(clusterStarts, Comparator.comparing(start -> docIds[order[start]], CODE_POINT_ORDER));
			for (int start : clusterStarts) {
				int representative = order[start];
				String clusterId = docIds[representative];
				long[] representativeShingles = shingleFile.read(positions[representative], lengths[representative]);
				sink.accept(Duplicate.representative(clusterId));
				for (int i = start + 1; i < order.length && roots[order[i]] == roots[representative]; i++) {
					int member = order[i];
					long[] shingles = shingleFile.read(positions[member], lengths[member]);
					sink.accept(new Duplicate(docIds[member], clusterId, clusterId,
							index.estimatedJaccard(docs[member], docs[representative]),
							Shingles.jaccard(shingles, representativeShingles),
							index.sameNormalisedBody(docs[member], docs[representative])));
				}
			}
			return clusterStarts.length;
		}

		private static Integer[] clusterStarts(Integer[] order, int[] roots) {
			return IntStream.range(0, order.length)
				.filter(i -> i == 0 || roots[order[i]] != roots[order[i - 1]])
				.boxed()
				.toArray(Integer[]::new);
		}

	}

	private static int compareCodePoints(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int cpA = a.codePointAt(i);
			int cpB = b.codePointAt(j);
			if (cpA != cpB) {
				return Integer.compare(cpA, cpB);
			}
			i += Character.charCount(cpA);
			j += Character.charCount(cpB);
		}
		return Boolean.compare(i < a.length(), j < b.length());
	}

}

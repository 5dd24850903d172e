package org.newsexport.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MinHash LSH and exact-duplicate linking, on synthetic texts of known similarity. */
class DuplicateIndexTest {

	private static final MinHashParameters PARAMETERS = MinHashParameters.DEFAULTS;

	@TempDir
	Path tmp;

	private final SyntheticText texts = new SyntheticText(7);

	@Test
	void nearDuplicatesAreLinkedAndUnrelatedDocumentsAreNot() throws IOException {
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			bodies.add(SyntheticText.text(texts.words(400)));
		}
		for (int i = 0; i < 10; i++) { // documents 100..109: copies of 0..9 at about 0.9
			bodies.add(SyntheticText.text(texts.edited(List.of(bodies.get(i).split(" ")), 0.9, 5)));
		}
		try (DuplicateIndex index = index(bodies)) {
			UnionFind clusters = index.link();

			for (int i = 0; i < 10; i++) {
				assertThat(clusters.connected(i, 100 + i)).as("document %d and its copy", i).isTrue();
				assertThat(index.estimatedJaccard(i, 100 + i)).isGreaterThanOrEqualTo(0.8);
			}
			assertThat(clusters.inSetsOfTwoOrMore().cardinality()).isEqualTo(20);
			assertThat(index.stats().nearDuplicateLinks()).isEqualTo(10);
			assertThat(index.stats().exactDuplicateLinks()).isZero();
		}
	}

	@Test
	void pairsAreLinkedAboveTheThresholdAndNotWellBelowIt() throws IOException {
		assertThat(linkedShare(0.95)).isEqualTo(1.0);
		assertThat(linkedShare(0.9)).isEqualTo(1.0);
		// at the threshold: a candidate with probability 0.95, then an estimate on either
		// side of it
		assertThat(linkedShare(0.8)).isBetween(0.2, 0.8);
		assertThat(linkedShare(0.7)).isLessThan(0.1);
		assertThat(linkedShare(0.5)).isZero();
	}

	/**
	 * The share of 60 pairs of documents at about {@code jaccard} that end in one
	 * cluster.
	 */
	private double linkedShare(double jaccard) throws IOException {
		int pairs = 60;
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < pairs; i++) {
			List<String> words = texts.words(600);
			bodies.add(SyntheticText.text(words));
			bodies.add(SyntheticText.text(texts.edited(words, jaccard, 5)));
		}
		try (DuplicateIndex index = index(bodies)) {
			UnionFind clusters = index.link();
			int linked = 0;
			for (int i = 0; i < pairs; i++) {
				linked += clusters.connected(2 * i, 2 * i + 1) ? 1 : 0;
			}
			assertThat(clusters.inSetsOfTwoOrMore().cardinality()).isEqualTo(2 * linked);
			return (double) linked / pairs;
		}
	}

	@Test
	void bodiesThatDifferOnlyInCaseSpacingAndPunctuationAreExactDuplicates() throws IOException {
		List<String> bodies = List.of("Thousands of people gathered in the Iraqi capital, on Sunday.",
				"THOUSANDS of people gathered in the Iraqi capital on Sunday",
				"Thousands of people\n\ngathered in the Iraqi capital — on Sunday!",
				"Thousands of people gathered in the Iraqi capital on Monday.");
		try (DuplicateIndex index = index(bodies)) {
			UnionFind clusters = index.link();

			assertThat(index.sameNormalisedBody(0, 1)).isTrue();
			assertThat(index.sameNormalisedBody(0, 2)).isTrue();
			assertThat(index.sameNormalisedBody(0, 3)).isFalse();
			assertThat(clusters.connected(0, 1)).isTrue();
			assertThat(clusters.connected(0, 2)).isTrue();
			assertThat(clusters.connected(0, 3)).isFalse();
			assertThat(index.stats().exactDuplicateLinks()).isEqualTo(2);
		}
	}

	@Test
	void bodiesWithoutWordsAreNeverLinked() throws IOException {
		try (DuplicateIndex index = index(List.of("— ★ —", "— ★ —", "…", "a real body of a few words here"))) {
			UnionFind clusters = index.link();

			assertThat(index.wordlessDocuments()).isEqualTo(3);
			assertThat(clusters.inSetsOfTwoOrMore().isEmpty()).isTrue();
			assertThat(index.sameNormalisedBody(0, 1)).isFalse();
		}
	}

	@Test
	void aHugeBucketIsComparedAsAChainOfWindowsYetEndsInOneCluster() throws IOException {
		int copies = 300;
		int cap = 10;
		List<String> words = texts.words(1000);
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < copies; i++) {
			// each with its own last word: near, not exact, duplicates
			List<String> copy = new ArrayList<>(words);
			copy.add("last" + i);
			bodies.add(SyntheticText.text(copy));
		}
		MinHashParameters capped = new MinHashParameters(5, 16, 8, 0.8, cap, PARAMETERS.seed());
		MinHashParameters uncapped = new MinHashParameters(5, 16, 8, 0.8, copies, PARAMETERS.seed());

		try (DuplicateIndex index = index(bodies, capped)) {
			UnionFind clusters = index.link();
			LinkStats stats = index.stats();

			assertThat(clusters.inSetsOfTwoOrMore().cardinality()).isEqualTo(copies);
			assertThat(stats.largestBucket()).isGreaterThan(cap);
			assertThat(stats.cappedBuckets()).isPositive();
			assertThat(stats.candidatePairs()).isLessThanOrEqualTo(16L * copies * (cap - 1));
		}
		try (DuplicateIndex index = index(bodies, uncapped)) {
			index.link();

			assertThat(index.stats().cappedBuckets()).isZero();
			assertThat(index.stats().candidatePairs()).as("every pair of the bucket, in every band it is whole")
				.isGreaterThan(10L * copies * (copies - 1) / 2);
		}
	}

	@Test
	void theTemporarySignatureFileIsDeletedOnClose() throws IOException {
		try (DuplicateIndex index = index(List.of("one two three four five six"))) {
			assertThat(Files.list(tmp)).hasSize(1);
		}
		assertThat(Files.list(tmp)).isEmpty();
	}

	private DuplicateIndex index(List<String> bodies) throws IOException {
		return index(bodies, PARAMETERS);
	}

	private DuplicateIndex index(List<String> bodies, MinHashParameters parameters) throws IOException {
		DuplicateIndex index = new DuplicateIndex(parameters, tmp);
		for (String body : bodies) {
			index.add(body);
		}
		return index;
	}

}

package org.newsexport.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateFinderTest {

	@TempDir
	Path tmp;

	private final SyntheticText texts = new SyntheticText(11);

	@Test
	void eachClusterIsItsRepresentativeThenItsMembersComparedWithIt() throws IOException {
		List<String> story = texts.words(600);
		List<String> other = texts.words(600);
		Map<String, String> corpus = new LinkedHashMap<>();
		corpus.put("b-original", SyntheticText.text(story));
		corpus.put("unrelated", SyntheticText.text(texts.words(600)));
		corpus.put("c-edited", SyntheticText.text(texts.edited(story, 0.93, 5)));
		corpus.put("a-copy", SyntheticText.text(story).toUpperCase().replace(" ", "  ,"));
		corpus.put("z-other", SyntheticText.text(other));
		corpus.put("y-other-copy", SyntheticText.text(other));
		corpus.put("no-words-1", "— ★ —");
		corpus.put("no-words-2", "— ★ —");

		List<Duplicate> rows = new ArrayList<>();
		DuplicateSummary summary = finder().find(corpus(corpus), rows::add);

		assertThat(rows).extracting(Duplicate::docId, Duplicate::clusterId, Duplicate::duplicateOf)
			.containsExactly(tuple("a-copy", "a-copy", null), tuple("b-original", "a-copy", "a-copy"),
					tuple("c-edited", "a-copy", "a-copy"), tuple("y-other-copy", "y-other-copy", null),
					tuple("z-other", "y-other-copy", "y-other-copy"));
		Duplicate representative = rows.get(0);
		assertThat(representative.isRepresentative()).isTrue();
		assertThat(representative.estimatedJaccard()).isNull();
		assertThat(representative.exactJaccard()).isNull();
		assertThat(representative.exactDuplicate()).isNull();
		Duplicate sameWords = rows.get(1);
		assertThat(sameWords.exactDuplicate()).isTrue();
		assertThat(sameWords.exactJaccard()).isEqualTo(1.0);
		assertThat(sameWords.estimatedJaccard()).isEqualTo(1.0);
		Duplicate edited = rows.get(2);
		assertThat(edited.exactDuplicate()).isFalse();
		assertThat(edited.exactJaccard()).isCloseTo(0.93, within(0.01));
		assertThat(edited.estimatedJaccard()).isCloseTo(edited.exactJaccard(), within(0.1));

		assertThat(summary.documents()).isEqualTo(8);
		assertThat(summary.wordlessDocuments()).isEqualTo(2);
		assertThat(summary.clusters()).isEqualTo(2);
		assertThat(summary.clusteredDocuments()).isEqualTo(5);
		assertThat(Files.list(tmp)).as("temporary files are deleted").isEmpty();
	}

	@Test
	void theRepresentativeIsTheSmallestDocIdInCodePointOrderAsDuckDbSortsThem() {
		// U+FF5E sorts before U+1F600 by code point (and UTF-8 bytes), after it by UTF-16
		// unit (a surrogate)
		assertThat(DuplicateFinder.CODE_POINT_ORDER.compare("\uFF5E", "😀")).isNegative();
		assertThat("\uFF5E".compareTo("😀")).isPositive();
		assertThat(DuplicateFinder.CODE_POINT_ORDER.compare("abc", "abd")).isNegative();
		assertThat(DuplicateFinder.CODE_POINT_ORDER.compare("ab", "abc")).isNegative();
		assertThat(DuplicateFinder.CODE_POINT_ORDER.compare("abc", "abc")).isZero();
	}

	@Test
	void aCorpusWithoutDuplicatesGivesNoRowAndIsReadOnce() throws IOException {
		int[] reads = { 0 };
		Corpus corpus = visitor -> {
			reads[0]++;
			visitor.visit("one", SyntheticText.text(texts.words(100)));
			visitor.visit("two", SyntheticText.text(texts.words(100)));
		};
		List<Duplicate> rows = new ArrayList<>();

		DuplicateSummary summary = finder().find(corpus, rows::add);

		assertThat(rows).isEmpty();
		assertThat(summary.clusters()).isZero();
		assertThat(reads[0]).isOne();
		assertThat(finder().find(visitor -> {
		}, rows::add).documents()).isZero();
	}

	@Test
	void aCorpusThatChangesBetweenThePassesIsAnError() {
		String body = SyntheticText.text(texts.words(100));
		int[] reads = { 0 };
		Corpus corpus = visitor -> {
			visitor.visit("one", body);
			visitor.visit("two", (reads[0]++ == 0) ? body : body + " more");
		};

		assertThatIllegalStateException().isThrownBy(() -> finder().find(corpus, row -> {
		})).withMessageContaining("(two) is not the one read first");
	}

	@Test
	void sketchingOnSeveralThreadsFindsTheSameRowsAsOnOne() throws IOException {
		Map<String, String> corpus = new LinkedHashMap<>();
		List<String> previous = texts.words(300);
		for (int i = 0; i < 400; i++) {
			// every fifth document an edit of the one before, so that there are clusters
			// all along
			List<String> words = (i % 5 == 4) ? texts.edited(previous, 0.9, 3) : texts.words(300);
			corpus.put(String.format("doc-%03d", i), i % 97 == 0 ? "—" : SyntheticText.text(words));
			previous = words;
		}
		List<Duplicate> oneThread = new ArrayList<>();
		DuplicateSummary one = finder().find(corpus(corpus), oneThread::add);
		List<Duplicate> threeThreads = new ArrayList<>();
		DuplicateSummary three = new DuplicateFinder(MinHashParameters.DEFAULTS, tmp, 3).find(corpus(corpus),
				threeThreads::add);

		assertThat(oneThread).hasSizeGreaterThan(100);
		assertThat(threeThreads).isEqualTo(oneThread);
		assertThat(three.toString()).isEqualTo(one.toString());
		assertThat(three.wordlessDocuments()).isEqualTo(5);
	}

	private DuplicateFinder finder() {
		return new DuplicateFinder(MinHashParameters.DEFAULTS, tmp);
	}

	private static Corpus corpus(Map<String, String> documents) {
		return visitor -> {
			for (Map.Entry<String, String> document : documents.entrySet()) {
				visitor.visit(document.getKey(), document.getValue());
			}
		};
	}

}

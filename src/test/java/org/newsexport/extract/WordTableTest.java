package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WordTableTest {

	@Test
	void looksUpAWordWhereItStandsInATextAsASetWouldItsSubstring() {
		Set<String> words = Set.of("said", "says", "told", "pointed", "a", "Gen.", "al-Ameri", "Qa’ani");
		WordTable table = WordTable.of(words);
		String text = "He said, Gen. Qa’ani told al-Ameri a thing: sai says saidx pointed.";
		for (int start = 0; start < text.length(); start++) {
			for (int end = start; end <= text.length(); end++) {
				assertThat(table.contains(text, start, end)).as(text.substring(start, end))
					.isEqualTo(words.contains(text.substring(start, end)));
			}
		}
		assertThat(table.contains("Gen.")).isTrue();
		assertThat(table.contains("gen.")).isFalse();
		assertThat(table.contains("")).isFalse();
	}

	@Test
	void aWordIsInTheFirstGroupThatHoldsIt() {
		WordTable table = WordTable.ofGroups(Set.of("said", "read"), Set.of("saying", "read"), Set.of("went"));
		assertThat(table.groupOf("said")).isEqualTo(1);
		assertThat(table.groupOf("read")).isEqualTo(1);
		assertThat(table.groupOf("saying")).isEqualTo(2);
		assertThat(table.groupOf("he went on", 3, 7)).isEqualTo(3);
		assertThat(table.groupOf("gone")).isEqualTo(WordTable.ABSENT);
	}

	@Test
	void manyWordsAllFound() {
		Set<String> words = Set.copyOf(IntStream.range(0, 500).mapToObj(i -> "w" + i * 7919).toList());
		WordTable table = WordTable.of(words);
		assertThat(words).allMatch(table::contains);
		assertThat(IntStream.range(0, 500).mapToObj(i -> "x" + i)).noneMatch(table::contains);
	}

}

package org.newsexport.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TuningHalfTest {

	@Test
	void splitsIdsOfOneShapeIntoTwoHalvesOfAboutTheSameSize() {
		long a = IntStream.range(0, 1000)
			.mapToObj(i -> "final-" + i)
			.filter(id -> TuningHalf.of(id) == TuningHalf.A)
			.count();

		assertThat(a).isBetween(450L, 550L);
	}

	@Test
	void theHalfOfAnIdNeverChanges() {
		// pinned: the dev-set numbers in docs/cleaning.md are reported per half
		assertThat(TuningHalf.of("100")).isEqualTo(TuningHalf.A);
		assertThat(TuningHalf.of("R32")).isEqualTo(TuningHalf.A);
		assertThat(TuningHalf.of("final-99")).isEqualTo(TuningHalf.A);
		assertThat(TuningHalf.of("102")).isEqualTo(TuningHalf.B);
		assertThat(TuningHalf.of("110")).isEqualTo(TuningHalf.B);
	}

}

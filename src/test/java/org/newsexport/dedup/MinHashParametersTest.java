package org.newsexport.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MinHashParametersTest {

	private final MinHashParameters defaults = MinHashParameters.DEFAULTS;

	@Test
	void defaultsAre128PermutationsIn16BandsOf8Rows() {
		assertThat(defaults.shingleSize()).isEqualTo(5);
		assertThat(defaults.permutations()).isEqualTo(128);
		assertThat(defaults.lshThreshold()).isCloseTo(0.707, within(0.001));
		assertThat(defaults.threshold()).isEqualTo(0.8);
		assertThat(defaults.minAgreements()).isEqualTo(103);
	}

	@Test
	void candidateProbabilityIsTheSCurveTheJavadocQuotes() {
		assertThat(defaults.candidateProbability(0.5)).isCloseTo(0.06, within(0.005));
		assertThat(defaults.candidateProbability(0.7)).isCloseTo(0.61, within(0.005));
		assertThat(defaults.candidateProbability(0.8)).isCloseTo(0.95, within(0.005));
		assertThat(defaults.candidateProbability(0.85)).isCloseTo(0.994, within(0.001));
		assertThat(defaults.candidateProbability(0.9)).isCloseTo(0.9999, within(0.0001));
	}

	@Test
	void badParametersAreRefusedWithTheReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MinHashParameters(5, 16, 8, 1.5, 100, 1))
			.withMessage("MinHash parameters: threshold must be in (0, 1], not 1.5");
		assertThatIllegalArgumentException().isThrownBy(() -> new MinHashParameters(5, 0, 8, 0.8, 100, 1))
			.withMessage("MinHash parameters: bands and rows must be at least 1, not 0 × 8");
		assertThatIllegalArgumentException().isThrownBy(() -> new MinHashParameters(5, 16, 8, 0.8, 1, 1))
			.withMessage("MinHash parameters: max bucket size must be at least 2, not 1");
	}

}

package org.newsexport.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers printed as Python's {@code "%.4f"} prints them: the exact binary value rounded
 * half to even, so that 0.78125 gives 0.7812 as in {@code score.py} (Java's
 * {@code String.format} rounds it up).
 */
final class ScoreFormat {

	private ScoreFormat() {
	}

	static String decimals(double value, int places) {
		return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
	}

}

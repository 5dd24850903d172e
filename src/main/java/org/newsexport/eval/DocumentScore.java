package org.newsexport.eval;

/**
 * The shingle counts of one document, as {@code score.py} computes them.
 *
 * @param truePositives shingles of the prediction matched in the gold (multiset
 * intersection)
 * @param falsePositives shingles of the prediction not matched
 * @param falseNegatives shingles of the gold not matched
 * @param exact the token lists of prediction and gold are identical
 */
public record DocumentScore(String docId, long truePositives, long falsePositives, long falseNegatives, boolean exact,
		int goldTokens, int predictedTokens) {

	/**
	 * The prediction has at least one shingle: only such documents enter the (non-strict)
	 * precision mean.
	 */
	public boolean hasPrediction() {
		return truePositives + falsePositives > 0;
	}

	/** The gold has at least one shingle: only such documents enter the recall mean. */
	public boolean hasGold() {
		return truePositives + falseNegatives > 0;
	}

	public double precision() {
		if (falsePositives == 0 && falseNegatives == 0) {
			return 1.0;
		}
		if (truePositives == 0 && falsePositives == 0) {
			return 0.0;
		}
		return (double) truePositives / (truePositives + falsePositives);
	}

	public double recall() {
		if (falsePositives == 0 && falseNegatives == 0) {
			return 1.0;
		}
		if (truePositives == 0 && falseNegatives == 0) {
			return 0.0;
		}
		return (double) truePositives / (truePositives + falseNegatives);
	}

}

package org.newsexport.eval;

import java.util.Collection;
import java.util.function.ToDoubleFunction;

/**
 * Macro averages over documents, as {@code score.py} prints them. An empty prediction is
 * left out of the precision mean; {@code strictPrecision} counts it as 0, so that
 * emptying hard pages does not pay. A mean over no documents is NaN, as in Python.
 *
 * @param emptyPredictions documents whose prediction has no token
 */
public record ScoreSummary(int documents, int emptyPredictions, double precision, double recall, double f1,
		double accuracy, double strictPrecision) {

	public static ScoreSummary of(Collection<DocumentScore> scores) {
		double precision = mean(scores.stream().filter(DocumentScore::hasPrediction).toList(),
				DocumentScore::precision);
		double recall = mean(scores.stream().filter(DocumentScore::hasGold).toList(), DocumentScore::recall);
		double f1;
		if (Double.isNaN(precision) || Double.isNaN(recall)) {
			f1 = Double.NaN;
		}
		else {
			f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
		}
		double accuracy = mean(scores, score -> score.exact() ? 1.0 : 0.0);
		double strictPrecision = mean(
				scores.stream().filter(score -> score.hasPrediction() || score.hasGold()).toList(),
				score -> score.hasPrediction() ? score.precision() : 0.0);
		int empty = (int) scores.stream().filter(score -> score.predictedTokens() == 0).count();
		return new ScoreSummary(scores.size(), empty, precision, recall, f1, accuracy, strictPrecision);
	}

	private static double mean(Collection<DocumentScore> scores, ToDoubleFunction<DocumentScore> value) {
		if (scores.isEmpty()) {
			return Double.NaN;
		}
		double sum = 0;
		for (DocumentScore score : scores) {
			sum += value.applyAsDouble(score);
		}
		return sum / scores.size();
	}

}

package org.newsexport.eval;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints a subset's scores: all documents, then each {@link TuningHalf}, in the layout of
 * one table.
 */
public final class EvaluationReport {

	private EvaluationReport() {
	}

	public static void print(SubsetResult result, PrintStream out) {
		print(result, null, out);
	}

	/**
	 * @param view what was scored, printed after the subset's name; {@code null} for
	 * nothing
	 */
	public static void print(SubsetResult result, ArticleView view, PrintStream out) {
		out.printf(Locale.ROOT, "%s%s: %d documents, %d empty predictions%s%n", result.name(),
				view == null ? "" : " [" + view.code() + ": " + view.description() + "]", result.summary().documents(),
				result.summary().emptyPredictions(),
				result.cleaningFailures() == 0 ? "" : ", " + result.cleaningFailures() + " cleaning failures");
		out.printf(Locale.ROOT, "  %-17s %6s %10s %7s %17s %9s %5s %6s%n", "", "F1", "precision", "recall",
				"strict_precision", "accuracy", "docs", "empty");
		row(out, "all", result.summary());
		for (TuningHalf half : TuningHalf.values()) {
			row(out, "half " + half + " (" + half.role() + ")", result.summary(half));
		}
	}

	private static void row(PrintStream out, String label, ScoreSummary summary) {
		out.printf(Locale.ROOT, "  %-17s %6s %10s %7s %17s %9s %5d %6d%n", label, format(summary.f1()),
				format(summary.precision()), format(summary.recall()), format(summary.strictPrecision()),
				format(summary.accuracy()), summary.documents(), summary.emptyPredictions());
	}

	/**
	 * Three decimals, as {@code score.py} prints them; "n/a" for a mean over no document.
	 */
	static String format(double value) {
		return Double.isNaN(value) ? "n/a" : ScoreFormat.decimals(value, 3);
	}

}

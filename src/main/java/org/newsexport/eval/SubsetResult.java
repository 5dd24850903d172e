package org.newsexport.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scores of one labelled subset, per document in the gold's order (sorted ids, as
 * {@code score.py} sorts them).
 *
 * @param cleaningFailures documents on which the cleaner threw (the job rejects them;
 * their body is empty)
 */
public record SubsetResult(String name, List<DocumentScore> scores, int cleaningFailures) {

	public SubsetResult {
		scores = List.copyOf(scores);
	}

	public ScoreSummary summary() {
		return ScoreSummary.of(scores);
	}

	public ScoreSummary summary(TuningHalf half) {
		return ScoreSummary.of(scores.stream().filter(score -> TuningHalf.of(score.docId()) == half).toList());
	}

	/**
	 * Writes the per-document table of {@code score.py --per-doc}: same columns, same
	 * number formats.
	 */
	public void writePerDocument(Path file) {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("doc_id\ttp\tfp\tfn\tprecision\trecall\texact\tgold_tokens\tpred_tokens\n");
			for (DocumentScore score : scores) {
				String precision = score.hasPrediction() ? format(score.precision()) : "";
				String recall = score.hasGold() ? format(score.recall()) : "";
				out.write(String.join("\t", score.docId(), Long.toString(score.truePositives()),
						Long.toString(score.falsePositives()), Long.toString(score.falseNegatives()), precision, recall,
						score.exact() ? "1" : "0", Integer.toString(score.goldTokens()),
						Integer.toString(score.predictedTokens())) + "\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write per-document scores to " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static String format(double value) {
		return ScoreFormat.decimals(value, 4);
	}

}

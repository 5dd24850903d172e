package org.newsexport.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The port of {@code score.py}'s metric. The expected numbers are what
 * {@code python3 score.py --n-bootstrap 0
 * --per-doc} printed for these six gold and predicted bodies (written to files, one per
 * id).
 */
class ShingleMetricTest {

	private static final Map<String, String[]> DOCUMENTS = new LinkedHashMap<>();

	static {
		DOCUMENTS.put("a",
				new String[] { "The quick brown fox jumps over the lazy dog.\nIt was a sunny day in Baghdad.",
						"The quick brown fox jumps over the lazy cat.\nSome menu text here." });
		DOCUMENTS.put("b", new String[] { "One two three", "One two three" });
		DOCUMENTS.put("c", new String[] { "Naïve café owners said: x² is ½ of it, and the_snake_case stays one token.",
				"Nai\u0308ve café owners said x² is ½ of it and the_snake_case stays one token" });
		DOCUMENTS.put("d", new String[] { "", "Only boilerplate here" });
		DOCUMENTS.put("e", new String[] { "Repeated words repeated words repeated words repeated words.",
				"Repeated words repeated words." });
		DOCUMENTS.put("f", new String[] { "Ärzte in Köln berichten über 3 neue Fälle; ١٢٣ are Arabic digits.", "" });
	}

	private static List<DocumentScore> scores() {
		List<DocumentScore> scores = new ArrayList<>();
		DOCUMENTS.forEach((id, texts) -> scores.add(ShingleMetric.score(id, texts[0], texts[1])));
		return scores;
	}

	@Test
	void perDocumentCountsAreThoseOfScorePy() {
		// doc_id tp fp fn exact gold_tokens pred_tokens, from score.py --per-doc
		assertThat(scores())
			.extracting(DocumentScore::docId, DocumentScore::truePositives, DocumentScore::falsePositives,
					DocumentScore::falseNegatives, DocumentScore::exact, DocumentScore::goldTokens,
					DocumentScore::predictedTokens)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("a", 5L, 5L, 8L, false, 16, 13),
					org.assertj.core.groups.Tuple.tuple("b", 1L, 0L, 0L, true, 3, 3),
					org.assertj.core.groups.Tuple.tuple("c", 10L, 2L, 1L, false, 14, 15),
					org.assertj.core.groups.Tuple.tuple("d", 0L, 1L, 0L, false, 0, 3),
					org.assertj.core.groups.Tuple.tuple("e", 1L, 0L, 4L, false, 8, 4),
					org.assertj.core.groups.Tuple.tuple("f", 0L, 0L, 9L, false, 12, 0));
	}

	@Test
	void macroAveragesAreThoseOfScorePy() {
		ScoreSummary summary = ScoreSummary.of(scores());

		// score.py --json: exact doubles, as Python summed them in the same order
		assertThat(summary.precision()).isEqualTo(0.6666666666666667);
		assertThat(summary.recall()).isEqualTo(0.4987412587412588);
		assertThat(summary.f1()).isCloseTo(0.5706056484518762, within(1e-15));
		assertThat(summary.accuracy()).isEqualTo(0.16666666666666666);
		assertThat(summary.strictPrecision()).isEqualTo(0.5555555555555556);
		assertThat(summary.documents()).isEqualTo(6);
		assertThat(summary.emptyPredictions()).isEqualTo(1);
	}

	@Test
	void tokensArePythonsWordCharacterRuns() {
		// letters and numbers of every script, and the underscore
		assertThat(ShingleMetric.tokens("x² is ½, the_snake_case ١٢٣ Ⅻ")).containsExactly("x²", "is", "½",
				"the_snake_case", "١٢٣", "Ⅻ");
		// combining marks, joiners and connector punctuation other than _ are not word
		// characters in Python
		assertThat(ShingleMetric.tokens("nai\u0308ve")).containsExactly("nai", "ve");
		assertThat(ShingleMetric.tokens("می\u200Cشود")).containsExactly("می", "شود");
		assertThat(ShingleMetric.tokens("a\u203Fb")).containsExactly("a", "b");
		// characters outside the basic plane
		assertThat(ShingleMetric.tokens("𝐀𝐁 🙂 x")).containsExactly("𝐀𝐁", "x");
		assertThat(ShingleMetric.tokens("... --- ")).isEmpty();
	}

	@Test
	void aShortTextIsOneShingleAndNoTokensNone() {
		assertThat(ShingleMetric.shingles(List.of("a", "b"))).containsExactly(Map.entry("a b", 1));
		assertThat(ShingleMetric.shingles(List.of())).isEmpty();
		assertThat(ShingleMetric.shingles(List.of("a", "b", "a", "b", "a", "b"))).containsOnly(Map.entry("a b a b", 2),
				Map.entry("b a b a", 1));
	}

	@Test
	void meansOverNoDocumentAreNotANumber() {
		ScoreSummary summary = ScoreSummary.of(List.of(ShingleMetric.score("x", "", "")));

		assertThat(summary.precision()).isNaN();
		assertThat(summary.recall()).isNaN();
		assertThat(summary.f1()).isNaN();
		assertThat(summary.accuracy()).isEqualTo(1.0);
		assertThat(EvaluationReport.format(summary.f1())).isEqualTo("n/a");
	}

	@Test
	void numbersAreRoundedHalfToEvenAsPythonFormatsThem() {
		assertThat(ScoreFormat.decimals(0.78125, 4)).isEqualTo("0.7812");
		assertThat(ScoreFormat.decimals(0.78135, 4)).isEqualTo("0.7813");
		assertThat(ScoreFormat.decimals(1.0, 3)).isEqualTo("1.000");
	}

}

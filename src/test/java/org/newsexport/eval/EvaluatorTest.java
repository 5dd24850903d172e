package org.newsexport.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.article.SourceText;
import org.newsexport.clean.RuleSet;
import org.newsexport.extract.ArticleExtractor;

/**
 * The evaluation cleans as the job does and scores what the job would write as
 * {@code body}.
 */
class EvaluatorTest {

	private static final RuleSet RULES = RuleSet.load(Path.of("config/cleaning-rules.yml"));

	private static final String ARTICLE = """
			Iraqis hold rally in Baghdad

			Home | News | Sport | Weather

			Thousands of Iraqis gathered in Baghdad on Saturday to mark the anniversary of the killing, and many of
			them carried flags and pictures of the two commanders.

			The demonstrators marched through the centre of the capital and called for the withdrawal of all foreign
			troops from the country, the organisers said in a statement.

			Leave a Reply

			Great article, thanks for sharing it with us and the rest of the world.
			""".replace("of\nthem", "of them").replace("foreign\ntroops", "foreign troops");

	@TempDir
	Path tmp;

	private Path write(String dir, String name, String text) throws IOException {
		Path file = tmp.resolve(dir).resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}

	@Test
	void scoresTheBodyTheJobWritesAndAnEmptyOneForRejectsAndMissingPages() throws IOException {
		write("input", "a.txt", ARTICLE);
		write("input", "blank.txt", "  \n");
		Files.write(tmp.resolve("input/binary.txt"), new byte[] { 0, 1, 2 });
		String body = new ArticleExtractor(RULES).extract(new SourceText("a", "a.txt", "x", 1, ARTICLE)).body();
		write("gold", "a.txt", body);
		write("gold", "blank.txt", "Some gold text the page never had.");
		write("gold", "binary.txt", "");
		write("gold", "missing.txt", "A page that is not in the input.");

		SubsetResult result = new Evaluator(RULES, true).evaluate("synthetic", tmp.resolve("input"),
				tmp.resolve("gold"), tmp.resolve("bodies"));

		assertThat(result.scores()).extracting(DocumentScore::docId).containsExactly("a", "binary", "blank", "missing");
		assertThat(result.scores().get(0).exact()).isTrue();
		assertThat(result.summary().precision()).isEqualTo(1.0);
		assertThat(result.summary().recall()).isEqualTo(1.0 / 3);
		assertThat(result.summary().emptyPredictions()).isEqualTo(3);
		assertThat(result.summary().strictPrecision()).isEqualTo(1.0 / 3);
		assertThat(tmp.resolve("bodies/a.txt")).content(StandardCharsets.UTF_8).isEqualTo(body);
		assertThat(tmp.resolve("bodies/blank.txt")).content(StandardCharsets.UTF_8).isEmpty();
		assertThat(body).contains("Thousands of Iraqis").doesNotContain("Home").doesNotContain("Great article");
	}

	@Test
	void theCommandPrintsAllDocumentsAndEachHalfAndWritesPerDocumentScores() throws IOException {
		write("set/one/input", "a.txt", ARTICLE);
		write("set/one/gold", "a.txt", "Thousands of Iraqis gathered in Baghdad on Saturday.");
		write("set/other", "nothing.txt", "not a subset");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new EvaluateCommand(Map.of(EvaluateCommand.DEVSET, tmp.resolve("set").toString(), EvaluateCommand.PER_DOC,
				tmp.resolve("scores").toString()))
			.run(new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("one [article: title, standfirst, byline, body]: 1 documents, 0 empty predictions", "F1",
					"strict_precision", "all", "half A (tuned)", "half B (held out)",
					"one [body: body only]: 1 documents, 0 empty predictions")
			.doesNotContain("other");
		assertThat(tmp.resolve("scores/one.tsv")).content(StandardCharsets.UTF_8)
			.startsWith("doc_id\ttp\tfp\tfn\tprecision\trecall\texact\tgold_tokens\tpred_tokens\na\t");
	}

	@Test
	void eachGoldIsScoredOnTheTextItsConventionHoldsAndOnTheBody() throws IOException {
		String page = """
				Iraqis hold rally in Baghdad | Example News

				Iraqis hold rally in Baghdad

				By Jane Doe and John Roe

				Thousands of Iraqis gathered in Baghdad on Saturday to mark the anniversary of the killing.

				The demonstrators marched through the centre of the capital and called for their withdrawal.
				""";
		String body = "Thousands of Iraqis gathered in Baghdad on Saturday to mark the anniversary of the killing.\n"
				+ "The demonstrators marched through the centre of the capital and called for their withdrawal.";
		write("input", "a.txt", page);
		write("gold", "a.txt", "Iraqis hold rally in Baghdad\nBy Jane Doe and John Roe\n" + body);

		List<SubsetResult> views = new Evaluator(RULES, true).evaluate("synthetic", tmp.resolve("input"),
				tmp.resolve("gold"), null, ArticleView.ARTICLE);

		assertThat(views.get(0).scores().get(0).exact()).as("title, byline and body").isTrue();
		assertThat(views.get(1).scores().get(0).exact()).as("the body alone").isFalse();
		assertThat(views.get(1).summary().recall()).isLessThan(1.0);

		write("gold", "a.txt", body);
		views = new Evaluator(RULES, true).evaluate("synthetic", tmp.resolve("input"), tmp.resolve("gold"), null,
				ArticleView.BODY);
		assertThat(views.get(0).scores().get(0).exact()).as("the body alone").isTrue();
		assertThat(views.get(1).summary().precision()).isLessThan(1.0);
	}

	@Test
	void conventionsAreReadPerSubset() {
		assertThat(EvaluateCommand.conventions("readability=body, *=article"))
			.containsEntry("readability", ArticleView.BODY)
			.containsEntry("*", ArticleView.ARTICLE);
		assertThatThrownBy(() -> EvaluateCommand.conventions("readability"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("SUBSET=article|body");
		assertThatThrownBy(() -> EvaluateCommand.conventions("a=headline")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("unknown article view 'headline': article or body");
	}

}

package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsexport.article.Article;
import org.newsexport.article.ExportRecord;
import org.newsexport.article.Reject;
import org.newsexport.article.RejectReason;
import org.newsexport.article.SourceText;
import org.newsexport.clean.CleaningRule;
import org.newsexport.clean.RuleAction;
import org.newsexport.clean.RuleSet;
import org.newsexport.extract.ArticleExtractor;

/**
 * A file on which cleaning fails or runs out of time becomes a reject; the next file is
 * cleaned as usual.
 */
class ArticleItemProcessorTest {

	private static final String ARTICLE = "A headline for the test\n\nA real sentence of the article, long enough to "
			+ "be kept by the cleaner, the minister said on Monday.\n";

	private static ExportRecord process(ArticleItemProcessor processor, String text) {
		return processor.process(new SourceText("doc", "doc.txt", "0".repeat(64), text.length(), text));
	}

	@Test
	void aRuleThatBacktracksPastTheLimitMakesTheFileAClean_timeoutReject() {
		// several unbounded quantifiers in a row over the same letters: hours on a line
		// of 400 of them
		RuleSet rules = RuleSet.of(List.of(new CleaningRule("slow", "test", RuleAction.DROP,
				Pattern.compile("^[a-z]+[a-z]+[a-z]+[a-z]+[a-z]+[a-z]+!$"))));
		ArticleItemProcessor processor = new ArticleItemProcessor(new ArticleExtractor(rules), Duration.ofMillis(200));
		long start = System.nanoTime();
		ExportRecord record = process(processor, ARTICLE + "a".repeat(400) + "\n");
		assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(5);
		assertThat(record).isInstanceOfSatisfying(Reject.class, reject -> {
			assertThat(reject.reason()).isEqualTo(RejectReason.CLEAN_TIMEOUT);
			assertThat(reject.detail())
				.isEqualTo("cleaning took longer than export.max-clean-time (200ms) and was abandoned");
		});
		assertThat(process(processor, ARTICLE)).isInstanceOf(Article.class);
	}

	/**
	 * Java's engine recurses once per repetition of a group: a long line overflows the
	 * stack of the thread.
	 */
	@Test
	void aStackOverflowWhileCleaningMakesTheFileACleaning_failedReject() {
		RuleSet rules = RuleSet
			.of(List.of(new CleaningRule("deep", "test", RuleAction.DROP, Pattern.compile("^(a|b)+$"))));
		ArticleItemProcessor processor = new ArticleItemProcessor(new ArticleExtractor(rules), Duration.ofSeconds(60));
		ExportRecord record = process(processor, ARTICLE + "ab".repeat(200_000) + "\n");
		assertThat(record).isInstanceOfSatisfying(Reject.class, reject -> {
			assertThat(reject.reason()).isEqualTo(RejectReason.CLEANING_FAILED);
			assertThat(reject.detail()).isEqualTo("java.lang.StackOverflowError");
		});
		assertThat(process(processor, ARTICLE)).isInstanceOf(Article.class);
	}

	@Test
	void theLimitIsWrittenAsInTheConfiguration() {
		assertThat(ArticleItemProcessor.format(Duration.ofSeconds(60))).isEqualTo("60s");
		assertThat(ArticleItemProcessor.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
	}

}

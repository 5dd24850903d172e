package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsexport.article.RemovedLine;

class CleanerTest {

	private static final String SENTENCE = "Thousands of Iraqis gathered in Baghdad on Saturday to mark the anniversary.";

	private final Cleaner cleaner = new Cleaner(RuleSet.of(List.of(
			new CleaningRule("captcha", "form", RuleAction.DROP, Pattern.compile("(?i)^captcha$")),
			new CleaningRule("share-label", "share", RuleAction.DROP, Pattern.compile("(?i)^share this:$")),
			new CleaningRule("comment-section", "comments", RuleAction.END, Pattern.compile("(?i)^your comment$")))));

	@Test
	void theFirstLineIsTheHeadlineAndEachOtherLineAParagraph() {
		CleanedText cleaned = cleaner.clean("Iraqis hold rally\n" + SENTENCE + "\nHe said more.\n");

		assertThat(cleaned.headline()).isEqualTo(new KeptLine(1, "Iraqis hold rally"));
		assertThat(cleaned.keptLines()).containsExactly(new KeptLine(2, SENTENCE), new KeptLine(3, "He said more."));
		assertThat(cleaned.removedLines()).isEmpty();
	}

	@Test
	void aFirstLineThatReadsAsASentenceIsBodyAndThereIsNoHeadline() {
		CleanedText cleaned = cleaner.clean(SENTENCE + "\n\nHe said more.");

		assertThat(cleaned.headline()).isNull();
		assertThat(cleaned.keptLines()).extracting(KeptLine::text).containsExactly(SENTENCE, "He said more.");
	}

	@Test
	void theHeadlineIsTheFirstLineTheRulesKeep() {
		CleanedText cleaned = cleaner.clean("Share this:\n\nIraqis hold rally\n\n" + SENTENCE);

		assertThat(cleaned.headline()).isEqualTo(new KeptLine(3, "Iraqis hold rally"));
		assertThat(cleaned.removedLines()).containsExactly(new RemovedLine(1, "share-label", "Share this:"));
	}

	@Test
	void droppedLinesAreRecordedWithTheirRuleAndBlankLinesAreNot() {
		CleanedText cleaned = cleaner.clean("Title\r\n\r\n" + SENTENCE + "\r\n\r\n\u00A0\u2022 captcha\r\n\r\nEnd.");

		assertThat(cleaned.removedLines()).containsExactly(new RemovedLine(5, "captcha", "• captcha"));
		assertThat(cleaned.keptLines()).extracting(KeptLine::lineNumber).containsExactly(3, 7);
	}

	@Test
	void anEndRuleRemovesItsLineAndEverythingAfterUnderItsName() {
		CleanedText cleaned = cleaner
			.clean("Title\n" + SENTENCE + "\n\nYour Comment\n\nYou are replying to: .\n• captcha");

		assertThat(cleaned.keptLines()).extracting(KeptLine::text).containsExactly(SENTENCE);
		assertThat(cleaned.removedLines()).containsExactly(new RemovedLine(4, "comment-section", "Your Comment"),
				new RemovedLine(6, "comment-section", "You are replying to: ."),
				new RemovedLine(7, "comment-section", "• captcha"));
	}

	@Test
	void anEndRuleAboveTheArticleTextOnlyDropsItsOwnLine() {
		CleanedText cleaned = cleaner.clean("Title\nYour comment\n" + SENTENCE + "\nYour comment\nDebris");

		assertThat(cleaned.keptLines()).extracting(KeptLine::text).containsExactly(SENTENCE);
		assertThat(cleaned.removedLines()).extracting(RemovedLine::lineNumber).containsExactly(2, 4, 5);
	}

	@Test
	void aThreadRuleEndsTheArticleWhereItMatchesTwoLinesAndLeavesASingleLineToTheFeatures() {
		Cleaner threads = new Cleaner(RuleSet.of(List.of(new CleaningRule("comment-signature", "comments",
				RuleAction.THREAD, Pattern.compile("^\\p{L}+ at \\d{1,2}:\\d{2}$")))));
		String article = "Title\n" + SENTENCE + "\n\nHe said more about the rally and the crowd that came to it.\n";

		CleanedText thread = threads.clean(article + "Ann at 3:05\nGreat story, thanks for it.\nBob at 4:10\nI agree.");
		CleanedText single = threads.clean("Title\nJane at 9:15\n" + SENTENCE + "\nHe said more.");

		assertThat(thread.keptLines()).extracting(KeptLine::lineNumber).containsExactly(2, 4);
		assertThat(thread.removedLines()).extracting(RemovedLine::rule).containsOnly("comment-signature");
		assertThat(single.keptLines()).extracting(KeptLine::text).contains("Jane at 9:15");
	}

	@Test
	void aBylineIsNotRunningTextButAShortSentenceIs() {
		CleanedText cleaned = cleaner.clean("Title\nBy Ali Abbas\nYour comment\nIraqis rallied.\nYour comment\nName *");

		assertThat(cleaned.keptLines()).extracting(KeptLine::text).containsExactly("By Ali Abbas", "Iraqis rallied.");
		assertThat(cleaned.removedLines()).extracting(RemovedLine::lineNumber).containsExactly(3, 5, 6);
	}

	@Test
	void linesRepeatingTheHeadlineExactlyOrNearlyAreRemovedAsTitleRepeats() {
		String text = """
				Iraqis hold rally in condemnation of US crimes (+VIDEOS)
				%s
				Iraqis to hold rally in condemnation of US crimes (+VIDEOS)
				Iraqis hold rally in condemnation of US crimes (+VIDEOS)
				Iraqis rally ahead of anniversary, burn model of US embassy
				""".formatted(SENTENCE);

		CleanedText cleaned = cleaner.clean(text);

		assertThat(cleaned.removedLines()).extracting(RemovedLine::lineNumber, RemovedLine::rule)
			.containsExactly(tuple(3, "title-repeat"), tuple(4, "title-repeat"));
		assertThat(cleaned.keptLines()).extracting(KeptLine::lineNumber).containsExactly(2, 5);
	}

	@Test
	void noTitleRepeatsWithoutAHeadline() {
		CleanedText cleaned = cleaner.clean(SENTENCE + "\n" + SENTENCE);

		assertThat(cleaned.keptLines()).hasSize(2);
	}

	@Test
	void removedBeforeBodyHoldsTheLinesAboveTheFirstParagraph() {
		CleanedText cleaned = cleaner.clean("Share this:\nTitle\ncaptcha\n" + SENTENCE + "\ncaptcha");

		assertThat(cleaned.removedBeforeBody()).extracting(RemovedLine::lineNumber).containsExactly(1, 3);
	}

	@Test
	void anEmptyTextCleansToNothing() {
		CleanedText cleaned = cleaner.clean(" \n\n");

		assertThat(cleaned.headline()).isNull();
		assertThat(cleaned.keptLines()).isEmpty();
		assertThat(cleaned.removedLines()).isEmpty();
	}

}

package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsexport.language.StopWords;

class MenuRunsTest {

	/**
	 * Lines of one block: no blank line between them (a line starting with "\n" opens a
	 * block).
	 */
	private static List<PageLine> lines(String... texts) {
		List<PageLine> lines = new ArrayList<>();
		int number = 1;
		for (String raw : texts) {
			boolean opensBlock = raw.startsWith("\n") || lines.isEmpty();
			String text = raw.strip();
			PageLine line = new PageLine(new NormalizedLine(number++, text, text), opensBlock,
					StopWords.shipped().count(text));
			line.features = LineFeatures.of(text, line.stopWordCounts, "en");
			BlockClassifier.classify(line, CleaningSettings.DEFAULTS);
			lines.add(line);
		}
		MenuRuns.mark(lines, -1, CleaningSettings.DEFAULTS);
		return lines;
	}

	@Test
	void fourShortCapitalisedLinesInOneBlockAreAMenu() {
		assertThat(lines("Home", "World", "Real Estate", "Contact Us")).allSatisfy(line -> {
			assertThat(line.reason).isEqualTo(Feature.MENU_RUN);
			assertThat(line.decided).isTrue();
		});
	}

	@Test
	void threeLinesAreNotAMenu() {
		// a byline block is as short: "By Ali Abbas", "Baghdad Correspondent", "January
		// 3, 2022"
		assertThat(lines("Home", "World", "Sport"))
			.noneSatisfy(line -> assertThat(line.reason).isEqualTo(Feature.MENU_RUN));
		assertThat(lines("By Ali Abbas", "Baghdad Correspondent", "Updated 3 January 2022"))
			.noneSatisfy(line -> assertThat(line.reason).isEqualTo(Feature.MENU_RUN));
	}

	@Test
	void linesSeparatedByBlankLinesAreNotAMenu() {
		assertThat(lines("Home", "\nWorld", "\nReal Estate", "\nContact Us"))
			.noneSatisfy(line -> assertThat(line.reason).isEqualTo(Feature.MENU_RUN));
	}

	@Test
	void aListInTheArticleIsNotAMenu() {
		assertThat(lines("2 cups flour", "1 egg", "a pinch of salt", "butter for the pan"))
			.noneSatisfy(line -> assertThat(line.reason).isEqualTo(Feature.MENU_RUN));
		assertThat(lines("Iraq.", "Syria.", "Lebanon."))
			.noneSatisfy(line -> assertThat(line.reason).isEqualTo(Feature.MENU_RUN));
	}

	@Test
	void aMenuEndsAtTheFirstLineThatIsNoEntry() {
		List<PageLine> lines = lines("Home", "World", "Sport", "Business",
				"Thousands of Iraqis gathered in Baghdad on Saturday to mark the anniversary of the killing.");

		assertThat(lines.get(3).reason).isEqualTo(Feature.MENU_RUN);
		assertThat(lines.get(4).reason).isNull();
	}

	@Test
	void theHeadlineIsNeverPartOfAMenu() {
		List<PageLine> lines = new ArrayList<>(lines("Iraqis Hold Rally", "By Ali Abbas"));
		MenuRuns.mark(lines, 0, CleaningSettings.DEFAULTS);

		assertThat(lines).noneSatisfy(line -> assertThat(line.reason).isEqualTo(Feature.MENU_RUN));
	}

}

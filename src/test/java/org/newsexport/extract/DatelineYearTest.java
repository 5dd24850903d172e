package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.newsexport.article.Paragraph;
import org.newsexport.article.ParagraphKind;

class DatelineYearTest {

	private static final MonthDay JANUARY_1 = MonthDay.of(1, 1);

	private static final String DATELINE = "TEHRAN, Jan. 01 (MNA) – Iraqis rallied in Baghdad.";

	@Test
	void theTextRestatingTheDayWithAYearGivesThatYear() {
		assertThat(DatelineYear.infer(JANUARY_1,
				body(DATELINE, "The rally on Saturday, January 1, 2022, drew thousands.")))
			.contains(LocalDate.of(2022, 1, 1));
		assertThat(DatelineYear.infer(JANUARY_1, body(DATELINE, "Le 1er janvier 2022, des milliers ont défilé.")))
			.contains(LocalDate.of(2022, 1, 1));
	}

	@Test
	void seed004GivesNoYear() {
		// 2022 and 2020 are both mentioned, no full date restates January 1, and the
		// story marks an anniversary.
		List<Paragraph> paragraphs = body(
				"TEHRAN, Jan. 01 (MNA) – Millions of Iraqi people are gathering in Baghdad"
						+ " to condemn the US crimes on the second anniversary of assassinations of Gen. Soleimani.",
				"With the beginning of 2022 and the end of the deadline, news sources said the US Embassy is on alert.",
				"They were martyred in a US drone strike near Baghdad International Airport on January 3, 2020.",
				"Following the attack, Iraqi lawmakers unanimously approved a bill on January 5.");

		assertThat(DatelineYear.infer(JANUARY_1, paragraphs)).isEmpty();
	}

	@Test
	void aFullDateInTheSameMonthIsNotTheDatelinesDay() {
		// The story is from 2022 and recalls a day of 2020: "same month" would give
		// 2020-01-01.
		assertThat(DatelineYear.infer(JANUARY_1, body(DATELINE, "Soleimani was killed on January 3, 2020."))).isEmpty();
	}

	@Test
	void aYearMentionedAloneIsNotTheStorysYear() {
		assertThat(DatelineYear.infer(JANUARY_1, body(DATELINE, "The economy grew by 3 percent in 2021."))).isEmpty();
	}

	@Test
	void aLaterYearMentionedAnywhereVetoes() {
		assertThat(DatelineYear.infer(JANUARY_1,
				body(DATELINE, "On January 1, 2021, thousands marched.", "Elections are due in 2022.")))
			.isEmpty();
	}

	@Test
	void anAnniversaryStoryRestatesTheDayItCommemorates() {
		MonthDay january3 = MonthDay.of(1, 3);

		assertThat(DatelineYear.infer(january3,
				body("BAGHDAD, Jan. 3 (AFP) – Iraqis marked the second anniversary of" + " the killing.",
						"Soleimani was killed on January 3, 2020.")))
			.isEmpty();
	}

	@Test
	void twoRestatementsWithDifferentYearsGiveNone() {
		assertThat(DatelineYear.infer(JANUARY_1,
				body(DATELINE, "On January 1, 2020, and again on January 1, 2021, they marched.")))
			.isEmpty();
	}

	@Test
	void captionsAreNotRead() {
		List<Paragraph> paragraphs = new ArrayList<>(body(DATELINE));
		paragraphs.add(new Paragraph(1, ParagraphKind.CAPTION, "File photo taken on January 1, 2019. (Photo by AFP)"));

		assertThat(DatelineYear.infer(JANUARY_1, paragraphs)).isEmpty();
	}

	@Test
	void anniversaryWordsInAnyAsciiCaseOnly() {
		// As the regex "anniversar|anniversaire|aniversario|jahrestag" with
		// CASE_INSENSITIVE alone decides.
		assertThat(DatelineYear.marksAnniversary("the second ANNIVERSARY of")).isTrue();
		assertThat(DatelineYear.marksAnniversary("Anniversaries")).isTrue();
		assertThat(DatelineYear.marksAnniversary("le deuxième anniversaire")).isTrue();
		assertThat(DatelineYear.marksAnniversary("el segundo Aniversario")).isTrue();
		assertThat(DatelineYear.marksAnniversary("des Jahrestages")).isTrue();
		assertThat(DatelineYear.marksAnniversary("ends with anniversa")).isFalse();
		assertThat(DatelineYear.marksAnniversary("ANNİVERSARY")).isFalse();
		assertThat(DatelineYear.marksAnniversary("jahreſtag")).isFalse();
		assertThat(DatelineYear.marksAnniversary("")).isFalse();
	}

	@Test
	void anniversaryWordsAsTheRegexFindsThem() {
		Pattern regex = Pattern.compile("anniversar|anniversaire|aniversario|jahrestag", Pattern.CASE_INSENSITIVE);
		String letters = "anivrsAINVRSjJahestgHEOo ";
		Random random = new Random(11);
		for (int sample = 0; sample < 50_000; sample++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(24);
			for (int i = 0; i < length; i++) {
				text.append(letters.charAt(random.nextInt(letters.length())));
			}
			if (random.nextInt(4) == 0) {
				// a word of the list, its case mixed, somewhere in the text
				String word = List.of("anniversar", "anniversaire", "aniversario", "jahrestag").get(random.nextInt(4));
				StringBuilder mixed = new StringBuilder();
				for (char c : word.toCharArray()) {
					mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
				}
				text.insert(random.nextInt(text.length() + 1), mixed.substring(0, 1 + random.nextInt(word.length())));
			}
			assertThat(DatelineYear.marksAnniversary(text.toString())).as(text.toString())
				.isEqualTo(regex.matcher(text).find());
		}
	}

	@Test
	void theDayAsANumberOfItsOwn() {
		assertThat(DatelineYear.statesDayNumber("on January 3, 2020", 3)).isTrue();
		assertThat(DatelineYear.statesDayNumber("2020-01-03", 3)).isTrue();
		assertThat(DatelineYear.statesDayNumber("le 3er janvier", 3)).isTrue();
		assertThat(DatelineYear.statesDayNumber("on 23 January 2020", 3)).isFalse();
		assertThat(DatelineYear.statesDayNumber("in 2003 and 300 times", 3)).isFalse();
		assertThat(DatelineYear.statesDayNumber("31", 31)).isTrue();
	}

	private static List<Paragraph> body(String... texts) {
		List<Paragraph> paragraphs = new ArrayList<>();
		for (String text : texts) {
			paragraphs.add(new Paragraph(paragraphs.size(), ParagraphKind.BODY, text));
		}
		return paragraphs;
	}

}

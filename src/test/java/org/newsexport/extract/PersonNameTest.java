package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameTest {

	private static PersonName before(String text) {
		return PersonName.endingAt(text, 0, text.length());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			Qais Khazali                                               | Qais Khazali
			IRGC spokesman Ramezan Sharif                              | Ramezan Sharif
			Secretary General of the Badr Organization Hadi al-Amiri    | Hadi al-Amiri
			IRGC Quds Force chief General Ismail Qa’ani                | Ismail Qa’ani
			Al Jazeera’s Mahmoud Abdelwahed                            | Mahmoud Abdelwahed
			Former US President Donald Trump                           | Donald Trump
			Grand Ayatollah Ali al-Sistani                             | Ali al-Sistani
			the European Commission’s Ursula von der Leyen             | Ursula von der Leyen
			Saudi Crown Prince Mohammed bin Salman                     | Mohammed bin Salman
			Meanwhile Khazali                                          | Khazali
			Gen. Sharif                                                | Sharif
			the demonstrators                                          | null
			Iraqi News Agency                                          | null
			the IRGC                                                   | null
			""")
	void findsThePersonInARunOfCapitalisedWords(String text, String person) {
		assertThat(before(text).person()).isEqualTo(person);
	}

	@Test
	void aRunWithoutAPersonNamesAnOrganisation() {
		assertThat(before("according to Iraqi News Agency").organisation()).isEqualTo("Iraqi News Agency");
		assertThat(before("a statement by IRGC").organisation()).isEqualTo("IRGC");
		assertThat(before("said the President").organisation()).isNull();
		assertThat(before("Qais Khazali").organisation()).isNull();
	}

	@Test
	void personLikeNeedsTwoWordsOrATitle() {
		assertThat(before("Qais Khazali").personLike()).isTrue();
		assertThat(before("Gen. Sharif").personLike()).isTrue();
		assertThat(before("Khazali").personLike()).isFalse();
		assertThat(before("Washington").personLike()).isFalse();
	}

	@Test
	void knowsTheWordBeforeTheRunAndWhetherATitleIntroducesThePerson() {
		PersonName iraq = before("the secretary general in Iraq");
		PersonName amiri = before("Secretary General of the Badr Organization Hadi al-Amiri");

		assertThat(iraq.person()).isEqualTo("Iraq");
		assertThat(iraq.wordBefore()).isEqualTo("in");
		assertThat(iraq.introduced()).isFalse();
		assertThat(amiri.wordBefore()).isEqualTo("the");
		assertThat(amiri.introduced()).isTrue();
	}

	@Test
	void readsANameForwardUpToItsPunctuation() {
		String text = "said Hadi al-Ameri, head of an Iran-affiliated coalition.";
		String minister = "said Iraqi Prime Minister Mustafa al-Kadhimi.";
		String demonstrator = "said a demonstrator.";

		assertThat(PersonName.startingAt(text, 5, text.length()).person()).isEqualTo("Hadi al-Ameri");
		assertThat(PersonName.startingAt(minister, 5, minister.length()).person()).isEqualTo("Mustafa al-Kadhimi");
		assertThat(PersonName.startingAt(demonstrator, 5, demonstrator.length()).run()).isEmpty();
	}

	@Test
	void aVeryLongRunOfCapitalsIsNoPerson() {
		assertThat(before("Islamic Revolution Guards Corps Quds Force Special Operations Unit Nine").person()).isNull();
		assertThat(before("Xyzzy Plugh Quux Corge Grault").person()).isNull();
	}

}

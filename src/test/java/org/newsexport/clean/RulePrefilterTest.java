package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The prefilter of {@link RuleSet#firstMatch} changes nothing: for every line, the first
 * rule it finds is the first rule whose pattern {@code find}s the line, for patterns of
 * every kind.
 */
class RulePrefilterTest {

	/**
	 * Anchored and unanchored, lookarounds, \b, $, case-insensitive, empty-matching,
	 * back-references, ...
	 */
	private static final List<String> PATTERNS = List.of("^a", "^ab$", "a", "b$", "^$", "^", "x*", "^a|b", "^(?:a|b)",
			"(?i)^(ab|ba)", "(?i)^A.b", "(?iu)^É", "^é$", "^(?=ab)", "^(?!ab)", "^(?!a).",
			"^.{0,3}?(?=[©(c])(©|\\(c\\))\\s*1", "(?<=a)b", "^(?<=a)", "^(?<![a-z])©", "^.?(?<=a )b", "^\\b", "^a\\b",
			"^a\\B", "^\\w+$", "^\\W", "^[^a]*+a", "^.*c$", "^(a|ab)(c|bcd)$", "^\\d{4}\\b", "^\\d", "\\Aa", "^a\\z",
			"^a\\Z", "(?m)^a", "(?m)b$", "^a(?=b)$", "^\\p{Lu}", "^(?:a|b){2,}c", "^(a)\\1", "(?i)^(a)\\1", "^\\R",
			"^\\s*$", "^[a-c&&[b]]", "^a?b?c?$", "^(a|b)*?c",
			"^[\\p{L}\\p{N}][\\p{L}\\p{N}.]*+( [\\p{L}\\p{N}.]++){0,2} said", "^(?-i:A)", "^.\u0301", "^a\u0301",
			"^\uD83D\uDE00", "^.\uDE00", "^[\uD83D\uDE00]", "^\\X$", "^\\X(?<=\u0301)", "^\\b{g}a", "^\\Qa(\\E");

	/**
	 * Every line of up to four of these pieces, and each of them followed by a few tails.
	 */
	private static final List<String> PIECES = List.of("a", "b", "c", "A", " ", "©", "(", "1", "é", "\u0301",
			"\uD83D\uDE00", "\uD83D");

	private static final List<String> TAILS = List.of("", "b", "bc", "c)", "(c) 1", " b", "©1999", " said", "\u0301",
			"\uDE00");

	@Test
	void everyPatternAloneIsFoundInExactlyTheLinesItWasFoundIn() {
		List<String> lines = lines();
		for (String regex : PATTERNS) {
			Pattern pattern = Pattern.compile(regex);
			RuleSet rules = RuleSet.of(List.of(rule("only", pattern)));
			for (String line : lines) {
				assertThat(rules.firstMatch(line).isPresent()).as("%s in '%s'", regex, line)
					.isEqualTo(pattern.matcher(line).find());
			}
		}
	}

	@Test
	void theFirstMatchOfManyRulesIsTheFirstOfTryingThemAll() {
		List<CleaningRule> all = new ArrayList<>();
		for (int index = 0; index < PATTERNS.size(); index++) {
			all.add(rule("rule-" + index, Pattern.compile(PATTERNS.get(index))));
		}
		assertSameFirstMatch(all, lines());
		// with the first rules left out, later ones decide more lines
		assertSameFirstMatch(all.subList(all.size() / 2, all.size()), lines());
	}

	@Test
	void theRulesOfTheRulesFileAgreeWithTryingThemAll() {
		List<CleaningRule> all = RuleSet.load(Path.of("config/cleaning-rules.yml")).rules();
		List<String> lines = new ArrayList<>(lines());
		lines.addAll(List.of("Leave a Reply", "Share this:", "© 2022 Press TV", "Home > World > Middle East",
				"This site is hosted by Example Media. Copyright 2006, Example Media.", "January 3, 2020",
				"Lynn Kellan says:", "Posted by: Tony Zambito | October 10, 2012 at 08:11 PM", "“Share this”",
				"The minister said on Tuesday that the talks would go on.", "Back to top", "•", "12 Comments"));
		assertSameFirstMatch(all, lines);
	}

	@Test
	void aLineIsTriedOnlyAgainstTheRulesItsFirstCharactersLeavePossible() {
		RulePrefilter prefilter = new RulePrefilter(List.of(Pattern.compile("(?i)^share this$"), Pattern.compile("^Th"),
				Pattern.compile("said"), Pattern.compile("^.{0,9}©"), Pattern.compile("(?i)^the$")));

		assertThat(prefilter.candidates("The minister said")).containsExactly(1, 2, 3, 4);
		assertThat(prefilter.candidates("Share this")).containsExactly(0, 2, 3);
		assertThat(prefilter.candidates("“Share this”")).containsExactly(2, 3);
		assertThat(prefilter.candidates("s")).containsExactly(0, 2, 3);
		assertThat(prefilter.candidates("")).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void patternsWhereHitEndBreaksItsContractAreTriedOnEveryLine() {
		// \X ends a grapheme cluster at the end of the input without hitting it: "a" says
		// no, "a\u0301" matches
		Pattern grapheme = Pattern.compile("^\\X(?<=\u0301)");
		assertThat(RulePrefilter.mayMatchAfter(grapheme, "a")).isFalse();
		assertThat(grapheme.matcher("a\u0301").find()).isTrue();

		assertThat(RulePrefilter.trustsHitEnd(grapheme)).isFalse();
		assertThat(RulePrefilter.trustsHitEnd(Pattern.compile("^a\\b{g}"))).isFalse();
		assertThat(RulePrefilter.trustsHitEnd(Pattern.compile("^a", Pattern.CANON_EQ))).isFalse();
		assertThat(RulePrefilter.trustsHitEnd(Pattern.compile("(?i)^a\\b$"))).isTrue();
		assertThat(new RulePrefilter(List.of(grapheme)).candidates("ab")).containsExactly(0);
	}

	private static void assertSameFirstMatch(List<CleaningRule> all, List<String> lines) {
		RuleSet rules = RuleSet.of(all);
		for (String line : lines) {
			CleaningRule naive = all.stream()
				.filter(rule -> rule.pattern().matcher(line).find())
				.findFirst()
				.orElse(null);
			assertThat(rules.firstMatch(line).orElse(null)).as("'%s'", line).isEqualTo(naive);
		}
	}

	private static List<String> lines() {
		List<String> lines = new ArrayList<>();
		List<String> heads = new ArrayList<>(List.of(""));
		for (int length = 1; length <= 4; length++) {
			List<String> longer = new ArrayList<>();
			for (String head : heads) {
				for (String piece : PIECES) {
					longer.add(head + piece);
				}
			}
			lines.addAll(longer);
			heads = longer;
		}
		List<String> withTails = new ArrayList<>();
		IntStream.range(0, lines.size()).filter(index -> index % 7 == 0).forEach(index -> {
			for (String tail : TAILS) {
				withTails.add(lines.get(index) + tail);
			}
		});
		lines.addAll(withTails);
		return lines;
	}

	private static CleaningRule rule(String name, Pattern pattern) {
		return new CleaningRule(name, "test", RuleAction.DROP, pattern);
	}

}

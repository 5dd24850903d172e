package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {

	@TempDir
	Path dir;

	@Test
	void loadsRulesInFileOrder() throws IOException {
		RuleSet rules = RuleSet.load(write("""
				rules:
				  - name: captcha
				    category: form
				    action: drop
				    pattern: '(?i)^captcha$'
				  - name: comments
				    category: comments
				    action: END
				    pattern: '(?i)^leave a reply$'
				"""));

		assertThat(rules.rules()).extracting(CleaningRule::name).containsExactly("captcha", "comments");
		assertThat(rules.rules()).extracting(CleaningRule::action).containsExactly(RuleAction.DROP, RuleAction.END);
		assertThat(rules.firstMatch("Captcha")).map(CleaningRule::name).contains("captcha");
		assertThat(rules.firstMatch("Leave a reply to the letter")).isEmpty();
		assertThat(rules.named("comments")).map(CleaningRule::category).contains("comments");
	}

	@Test
	void aRuleMayListItsAlternativesEachAWholePatternWithTheirSharedOpeningHoisted() throws IOException {
		RuleSet rules = RuleSet.load(write("""
				rules:
				  - name: comments
				    category: comments
				    action: end
				    patterns:
				      # the heading alone
				      - '(?i)^comments?$'
				      # a count of them
				      - '(?i)^\\d+ comments$'
				"""));

		CleaningRule rule = rules.named("comments").orElseThrow();
		assertThat(rule.pattern().pattern()).isEqualTo("(?i)^(?:comments?$|\\d+ comments$)");
		assertThat(rules.firstMatch("Comments")).isPresent();
		assertThat(rules.firstMatch("12 Comments")).isPresent();
		assertThat(rules.firstMatch("12 comments were left")).isEmpty();
	}

	@Test
	void aRuleGivesEitherAPatternOrPatterns() {
		assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.load(write("""
				rules:
				  - name: comments
				    category: comments
				    action: end
				    pattern: '^comments$'
				    patterns: ['^comment$']
				"""))).withMessageContaining("rule #1 (comments) has both 'pattern' and 'patterns'");
		assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.load(write("""
				rules:
				  - name: comments
				    category: comments
				    action: end
				    patterns: ['^comment$', '^(unclosed$']
				"""))).withMessageContaining("rule #1 (comments) has an invalid pattern");
	}

	@Test
	void aRuleWithRequiredTextsIsTriedOnlyOnLinesThatHoldOne() throws IOException {
		RuleSet rules = RuleSet.load(write("""
				rules:
				  - name: footer
				    category: copyright
				    action: end
				    requires: ['©', 'copyright']
				    pattern: '(?i)^(copyright )?(©|\\(c\\)) ?\\d{4}'
				  - name: any-year
				    category: test
				    action: drop
				    pattern: '^\\(c\\) \\d{4}'
				"""));

		assertThat(rules.named("footer")).map(CleaningRule::requires)
			.map(RequiredText::texts)
			.contains(List.of("©", "copyright"));
		assertThat(rules.named("any-year")).map(CleaningRule::requires).contains(RequiredText.NONE);
		assertThat(rules.firstMatch("© 2022 Press TV")).map(CleaningRule::name).contains("footer");
		assertThat(rules.firstMatch("COPYRIGHT (C) 2022 Press TV")).map(CleaningRule::name).contains("footer");
		// the pattern alone is found, but none of the required texts is in the line: the
		// next rule decides
		assertThat(rules.firstMatch("(c) 2022 Press TV")).map(CleaningRule::name).contains("any-year");
		assertThat(rules.named("footer").orElseThrow().matches("(c) 2022 Press TV")).isFalse();
	}

	@Test
	void rulesThatRequireTheSameTextsOrManyDifferentOnesDecideAsEachRuleAlone() {
		// 70 rules: pairs that share their texts (scanned once per line), more distinct
		// lists than a long has bits
		List<CleaningRule> all = new ArrayList<>();
		for (int index = 0; index < 70; index++) {
			List<String> texts = List.of("w" + index / 2, "v" + index % 5);
			all.add(new CleaningRule("rule-" + index, "test", RuleAction.DROP,
					Pattern.compile(index % 2 == 0 ? "^a" + index + "\\b" : "(?i)w" + index / 2 + "\\b"),
					RequiredText.of(texts)));
		}
		all.add(rule("last", "^a"));
		RuleSet rules = RuleSet.of(all);
		for (int index = 0; index < 70; index++) {
			for (String line : List.of("a" + index, "a" + index + " w" + index / 2, "x W" + index / 2,
					"a" + index + " v" + index % 5, "w" + index / 2 + "1 a", "a" + index + "v" + (index + 1) % 5)) {
				CleaningRule first = all.stream().filter(rule -> rule.matches(line)).findFirst().orElse(null);
				assertThat(rules.firstMatch(line).orElse(null)).as(line).isEqualTo(first);
			}
		}
		assertThat(rules.firstMatch("a68 W34")).map(CleaningRule::name).contains("rule-68");
		assertThat(rules.firstMatch("a68")).map(CleaningRule::name).contains("last");
		assertThat(rules.firstMatch("a69 w34x")).map(CleaningRule::name).contains("last");
	}

	@Test
	void requiresMustBeAListOfNonEmptyTexts() throws IOException {
		for (String requires : List.of("'©'", "[]", "['©', '']", "[2022]", "{a: b}")) {
			Path file = write("""
					rules:
					  - name: footer
					    category: copyright
					    action: drop
					    requires: %s
					    pattern: '^©'
					""".formatted(requires));

			assertThatIllegalArgumentException().as(requires)
				.isThrownBy(() -> RuleSet.load(file))
				.withMessageContaining(file.toString())
				.withMessageContaining("rule #1 (footer) has an invalid 'requires': it must be a list of one or more"
						+ " non-empty texts");
		}
	}

	@Test
	void theFirstMatchingRuleWins() {
		RuleSet rules = RuleSet.of(List.of(rule("first", "^Share"), rule("second", "^Share this:$")));

		assertThat(rules.firstMatch("Share this:")).map(CleaningRule::name).contains("first");
	}

	@Test
	void anInvalidRegexNamesTheFileTheRuleAndTheProblem() throws IOException {
		Path file = write("""
				rules:
				  - name: fine
				    category: form
				    action: drop
				    pattern: '^ok$'
				  - name: broken
				    category: share
				    action: drop
				    pattern: '^(share this:$'
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.load(file))
			.withMessageContaining(file.toString())
			.withMessageContaining("rule #2 (broken)")
			.withMessageContaining("invalid pattern")
			.withMessageContaining("^(share this:$");
	}

	@Test
	void anUnknownActionIsNamed() throws IOException {
		Path file = write("""
				rules:
				  - name: captcha
				    category: form
				    action: delete
				    pattern: '^captcha$'
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.load(file))
			.withMessageContaining("rule #1 (captcha)")
			.withMessageContaining("unknown action 'delete' (expected drop, end or thread)");
	}

	@Test
	void aMissingFieldIsNamed() throws IOException {
		Path file = write("""
				rules:
				  - name: captcha
				    action: drop
				    pattern: '^captcha$'
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.load(file))
			.withMessageContaining("rule #1 (captcha) has no 'category'");
	}

	@Test
	void aMisspeltKeyIsRejectedRatherThanIgnored() throws IOException {
		Path file = write("""
				rules:
				  - name: captcha
				    category: form
				    acton: drop
				    action: drop
				    pattern: '^captcha$'
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.load(file))
			.withMessageContaining("rule #1 (captcha) has unknown key 'acton'");
	}

	@Test
	void twoRulesWithOneNameAreRejected() throws IOException {
		Path file = write("""
				rules:
				  - name: captcha
				    category: form
				    action: drop
				    pattern: '^captcha$'
				  - name: captcha
				    category: form
				    action: drop
				    pattern: '^captcha:$'
				""");

		assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.load(file))
			.withMessageContaining("rule #2 (captcha) has the same name as an earlier rule");
	}

	@Test
	void aFileWithoutARulesListOrNotYamlAtAllIsRejected() throws IOException {
		Path noList = write("rule:\n  - name: x\n");
		assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.load(noList))
			.withMessageContaining(noList.toString())
			.withMessageContaining("'rules' list");

		Path notYaml = write("rules: [unclosed\n");
		assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.load(notYaml))
			.withMessageContaining(notYaml.toString())
			.withMessageContaining("not valid YAML");
	}

	@Test
	void aMissingFileNamesThePath() {
		Path missing = dir.resolve("missing.yml");

		assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> RuleSet.load(missing))
			.withMessageContaining(missing.toString());
	}

	private static CleaningRule rule(String name, String regex) {
		return new CleaningRule(name, "test", RuleAction.DROP, Pattern.compile(regex));
	}

	private Path write(String yaml) throws IOException {
		return Files.writeString(Files.createTempFile(dir, "rules", ".yml"), yaml);
	}

}

package org.newsexport.clean;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The cleaning rules in the order they are tried: the first rule that matches a line decides it. */
public final class RuleSet {

	private final List<CleaningRule> rules;

	private final Map<String, CleaningRule> byName;

	private RuleSet(List<CleaningRule> rules) {
		this.rules = List.copyOf(rules);
		this.byName = rules.stream().collect(Collectors.toUnmodifiableMap(CleaningRule::name, rule -> rule));
	}

	public static RuleSet of(List<CleaningRule> rules) {
		return new RuleSet(rules);
	}

	/**
	 * Reads a rules file such as {@code config/cleaning-rules.yml}.
	 * @throws IllegalArgumentException naming the file, the rule and the problem when the file is not valid
	 */
	public static RuleSet load(Path yamlFile) {
		return new RuleSet(RuleFile.read(yamlFile));
	}

	public List<CleaningRule> rules() {
		return rules;
	}

	/** The rule of that name; built-in rules such as title-repeat are not in the set. */
	public Optional<CleaningRule> named(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	/** The first rule whose pattern is found in the line. */
	public Optional<CleaningRule> firstMatch(String line) {
		for (CleaningRule rule : rules) {
			if (rule.matches(line)) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

}

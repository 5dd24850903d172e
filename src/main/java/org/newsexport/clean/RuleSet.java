package org.newsexport.clean;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * The cleaning rules in the order they are tried: the first rule that matches a line
 * decides it.
 */
public final class RuleSet {

	private final List<CleaningRule> rules;

	private final Map<String, CleaningRule> byName;

	/** What {@link #firstMatch} returns for each rule, made once. */
	private final List<Optional<CleaningRule>> found;

	private final RulePrefilter prefilter;

	/** Each rule's required texts. */
	private final RequiredText[] requires;

	/**
	 * For each rule, a number shared by the rules that require the same texts, so that
	 * {@link #firstMatch} scans a line once for them; -1 for a rule that requires none.
	 */
	private final int[] requiresId;

	/**
	 * One matcher per rule and thread: a Matcher is not thread-safe, and making one per
	 * rule and line costs.
	 */
	private final ThreadLocal<Matcher[]> matchers;

	private RuleSet(List<CleaningRule> rules) {
		this.rules = List.copyOf(rules);
		this.byName = rules.stream().collect(Collectors.toUnmodifiableMap(CleaningRule::name, rule -> rule));
		this.found = this.rules.stream().map(Optional::of).toList();
		this.prefilter = new RulePrefilter(this.rules.stream().map(CleaningRule::pattern).toList());
		this.requires = this.rules.stream().map(CleaningRule::requires).toArray(RequiredText[]::new);
		Map<RequiredText, Integer> ids = new HashMap<>();
		this.requiresId = Arrays.stream(requires)
			.mapToInt(texts -> texts == RequiredText.NONE ? -1 : ids.computeIfAbsent(texts, key -> ids.size()))
			.toArray();
		this.matchers = ThreadLocal
			.withInitial(() -> this.rules.stream().map(rule -> rule.pattern().matcher("")).toArray(Matcher[]::new));
	}

	public static RuleSet of(List<CleaningRule> rules) {
		return new RuleSet(rules);
	}

	/**
	 * Reads a rules file such as {@code config/cleaning-rules.yml}.
	 * @throws IllegalArgumentException naming the file, the rule and the problem when the
	 * file is not valid
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

	/**
	 * The first rule that {@linkplain CleaningRule#matches matches} the line. Only the
	 * rules that the line's first characters leave possible are tried
	 * ({@link RulePrefilter}); the others certainly do not match, so the answer is the
	 * one of trying every rule in order.
	 */
	public Optional<CleaningRule> firstMatch(String line) {
		return firstMatch(line, Deadline.NONE);
	}

	/**
	 * {@link #firstMatch(String)}, each pattern matched on the line
	 * {@linkplain Deadline#guard guarded} by the deadline, so that a pattern that
	 * backtracks without end is stopped.
	 * @throws CleanTimeoutException when the deadline passes while a pattern is matched
	 */
	public Optional<CleaningRule> firstMatch(String line, Deadline deadline) {
		Matcher[] matchers = this.matchers.get();
		CharSequence input = deadline.guard(line);
		long scanned = 0;
		long held = 0;
		// RequiredText.mask(line), made when a rule with texts is first reached
		long lineMask = 0;
		for (int index : prefilter.candidates(line)) {
			int id = requiresId[index];
			if (id >= 0 && lineMask == 0) {
				// the sign bit: made, even for a line of no ASCII
				lineMask = RequiredText.mask(line) | Long.MIN_VALUE;
			}
			if (id >= Long.SIZE) {
				if (!requires[index].isIn(line, lineMask)) {
					continue;
				}
			}
			else if (id >= 0) {
				long bit = 1L << id;
				if ((scanned & bit) == 0) {
					scanned |= bit;
					held |= requires[index].isIn(line, lineMask) ? bit : 0;
				}
				if ((held & bit) == 0) {
					continue;
				}
			}
			if (matchers[index].reset(input).find()) {
				return found.get(index);
			}
		}
		return Optional.empty();
	}

}

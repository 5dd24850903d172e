package org.newsexport.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.newsexport.clean.RuleSet;

/**
 * The {@code evaluate} command: cleans labelled pages and prints how close the bodies
 * come to the gold. Either one subset ({@code --input} and {@code --gold}) or every
 * subset of a dev set ({@code --devset DIR}: each folder of it with an {@code input/} and
 * a {@code gold/} folder, in name order).
 */
public final class EvaluateCommand {

	public static final String INPUT = "input";

	public static final String GOLD = "gold";

	public static final String DEVSET = "devset";

	public static final String PER_DOC = "per-doc";

	public static final String RULES = "rules";

	public static final String BODIES = "bodies";

	public static final String RUN_STATISTICS = "run-statistics";

	public static final String CONVENTION = "convention";

	/**
	 * The gold conventions of the subsets the dev set holds: Readability reports the
	 * headline and the byline apart from the article, so its gold is the body alone;
	 * Dragnet's and CLEANEVAL's gold keep them as lines of the text.
	 */
	private static final String DEFAULT_CONVENTIONS = "readability=body";

	private static final String DEFAULT_RULES = "config/cleaning-rules.yml";

	private final Map<String, String> options;

	/**
	 * The rules in the install folder (news-export.home, which bin/news-export sets),
	 * else in the current one.
	 */
	private static Path defaultRules() {
		String home = System.getProperty("news-export.home");
		return home == null ? Path.of(DEFAULT_RULES) : Path.of(home, DEFAULT_RULES);
	}

	public EvaluateCommand(Map<String, String> options) {
		this.options = options;
	}

	/**
	 * @throws IllegalArgumentException for a missing or contradictory option, or a
	 * directory that does not exist
	 */
	public void run(PrintStream out) {
		List<String[]> subsets = subsets();
		RuleSet rules = RuleSet.load(options.containsKey(RULES) ? Path.of(options.get(RULES)) : defaultRules());
		boolean statistics = !"false".equals(options.get(RUN_STATISTICS));
		Evaluator evaluator = new Evaluator(rules, statistics);
		Map<String, ArticleView> conventions = conventions(options.getOrDefault(CONVENTION, DEFAULT_CONVENTIONS));
		for (String[] subset : subsets) {
			Path input = Path.of(subset[1]);
			Path gold = Path.of(subset[2]);
			boolean devset = options.containsKey(DEVSET);
			Path bodies = option(BODIES, devset ? subset[0] : null);
			ArticleView convention = conventions.getOrDefault(subset[0],
					conventions.getOrDefault("*", ArticleView.ARTICLE));
			List<SubsetResult> views = evaluator.evaluate(subset[0], input, gold, bodies, convention);
			SubsetResult result = views.get(0);
			EvaluationReport.print(result, convention, out);
			List<ArticleView> order = Evaluator.order(convention);
			for (int i = 1; i < views.size(); i++) {
				EvaluationReport.print(views.get(i), order.get(i), out);
			}
			Path perDoc = option(PER_DOC, devset ? subset[0] + ".tsv" : null);
			if (perDoc != null) {
				result.writePerDocument(perDoc);
			}
		}
	}

	/**
	 * The view each subset's gold follows, from "NAME=VIEW,NAME=VIEW" ({@code *} for any
	 * other subset; a subset named nowhere is scored as {@link ArticleView#ARTICLE}).
	 * @throws IllegalArgumentException for a malformed entry or an unknown view
	 */
	static Map<String, ArticleView> conventions(String value) {
		Map<String, ArticleView> conventions = new HashMap<>();
		for (String entry : value.split(",")) {
			if (entry.isBlank()) {
				continue;
			}
			int equals = entry.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException(
						"--convention takes SUBSET=article|body, separated by commas: " + entry.strip());
			}
			conventions.put(entry.substring(0, equals).strip(), ArticleView.of(entry.substring(equals + 1).strip()));
		}
		return conventions;
	}

	/**
	 * An output path option; with --devset it names a directory, and each subset gets its
	 * own entry in it.
	 */
	private Path option(String name, String perSubsetEntry) {
		String value = options.get(name);
		if (value == null) {
			return null;
		}
		Path path = Path.of(value);
		if (perSubsetEntry == null) {
			return path;
		}
		try {
			Files.createDirectories(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create directory " + path + ": " + ex.getMessage(), ex);
		}
		return path.resolve(perSubsetEntry);
	}

	/** Name, input directory and gold directory of each subset to score. */
	private List<String[]> subsets() {
		String devset = options.get(DEVSET);
		if (devset != null) {
			if (options.containsKey(INPUT) || options.containsKey(GOLD)) {
				throw new IllegalArgumentException("give either --devset or --input and --gold, not both");
			}
			return devsetSubsets(directory(devset, "--devset"));
		}
		if (!options.containsKey(INPUT) || !options.containsKey(GOLD)) {
			throw new IllegalArgumentException("evaluate needs --input DIR and --gold DIR (or --devset DIR)");
		}
		Path input = directory(options.get(INPUT), "--input");
		directory(options.get(GOLD), "--gold");
		String name = input.toAbsolutePath().normalize().getFileName().toString();
		if (name.equals("input") && input.toAbsolutePath().normalize().getParent() != null) {
			name = input.toAbsolutePath().normalize().getParent().getFileName().toString();
		}
		return List.<String[]>of(new String[] { name, options.get(INPUT), options.get(GOLD) });
	}

	private static List<String[]> devsetSubsets(Path devset) {
		List<String[]> subsets = new ArrayList<>();
		try (Stream<Path> children = Files.list(devset)) {
			for (Path child : children.sorted().toList()) {
				if (Files.isDirectory(child.resolve("input")) && Files.isDirectory(child.resolve("gold"))) {
					subsets.add(new String[] { child.getFileName().toString(), child.resolve("input").toString(),
							child.resolve("gold").toString() });
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list dev set " + devset + ": " + ex.getMessage(), ex);
		}
		if (subsets.isEmpty()) {
			throw new IllegalArgumentException("no subset (a folder with input/ and gold/) in " + devset);
		}
		return subsets;
	}

	private static Path directory(String value, String option) {
		Path path = Path.of(value);
		if (!Files.isDirectory(path)) {
			throw new IllegalArgumentException(option + " directory does not exist: " + path);
		}
		return path;
	}

}

package org.newsexport.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Writes a synthetic crawl for benchmarks ({@link CorpusGenerator}) and prints one line:
 * files, MB, seconds. Usage:
 * {@code bench/run.sh GenerateCorpus --files N --output DIR [--seed S] [--from DIR]} (see
 * docs/benchmark.md). Plain Java, no Spring context and no job repository.
 */
public final class GenerateCorpus {

	public static final String FILES = "files";

	public static final String SEED = "seed";

	public static final String OUTPUT = "output";

	public static final String FROM = "from";

	private static final Set<String> OPTIONS = Set.of(FILES, SEED, OUTPUT, FROM);

	private final Map<String, String> options;

	public GenerateCorpus(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * The program on these arguments: its exit code (2 for a bad command line, see
	 * {@link BenchCommandLine}).
	 */
	static int run(String[] args, PrintStream out, PrintStream err) {
		return BenchCommandLine.run("generate",
				() -> new GenerateCorpus(BenchCommandLine.parse(args, OPTIONS)).run(out), err);
	}

	/**
	 * The seeds in the install folder (news-export.home, which bin/news-export sets),
	 * else in the current one.
	 */
	private static Path defaultSeeds() {
		String home = System.getProperty("news-export.home");
		return home == null ? Path.of("seeds") : Path.of(home, "seeds");
	}

	/**
	 * @throws IllegalArgumentException for a missing or bad option, or an output
	 * directory that is not empty
	 */
	public void run(PrintStream out) {
		int files = number(FILES, null);
		long seed = number(SEED, "1");
		String output = options.get(OUTPUT);
		if (output == null) {
			throw new IllegalArgumentException("missing --output DIR");
		}
		long started = System.nanoTime();
		CorpusGenerator.Summary summary = new CorpusGenerator(
				options.containsKey(FROM) ? Path.of(options.get(FROM)) : defaultSeeds(), seed)
			.generate(files, Path.of(output));
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf(
				"generate: %d files, %.1f MB in %.1f s into %s (seed %d; %d near-duplicates, %d exact duplicates, "
						+ "%d empty)%n",
				summary.files(), summary.bytes() / 1e6, seconds, output, seed, summary.nearDuplicates(),
				summary.exactDuplicates(), summary.empty());
	}

	private int number(String name, String fallback) {
		String value = options.getOrDefault(name, fallback);
		if (value == null) {
			throw new IllegalArgumentException("missing --" + name + " N");
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
		}
	}

}

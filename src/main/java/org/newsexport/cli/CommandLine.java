package org.newsexport.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsexport.bench.BareWriterCommand;
import org.newsexport.bench.GenerateCommand;
import org.newsexport.eval.EvaluateCommand;

/**
 * A parsed command line: a command, its options and its arguments. The options of {@code run} map to Spring
 * properties, so each one can also be set in {@code config/application.yml} or the environment; the command line wins.
 * Those of the other commands are their own settings.
 */
public record CommandLine(String command, Map<String, String> options, List<String> arguments, boolean help) {

	/** What a command accepts: options with a value (name to setting), flags (name to setting and value), arguments. */
	private record Spec(Map<String, String> options, Map<String, Map.Entry<String, String>> flags, int arguments) {
	}

	static final Map<String, String> RUN_OPTIONS = runOptions();

	static final Map<String, String> EVALUATE_OPTIONS = Map.of("--input", EvaluateCommand.INPUT, "--gold",
			EvaluateCommand.GOLD, "--devset", EvaluateCommand.DEVSET, "--per-doc", EvaluateCommand.PER_DOC, "--rules",
			EvaluateCommand.RULES, "--bodies", EvaluateCommand.BODIES);

	static final Map<String, String> GENERATE_OPTIONS = Map.of("--files", GenerateCommand.FILES, "--seed",
			GenerateCommand.SEED, "--output", GenerateCommand.OUTPUT, "--from", GenerateCommand.FROM);

	static final Map<String, String> BARE_WRITER_OPTIONS = Map.of("--input", BareWriterCommand.INPUT, "--output",
			BareWriterCommand.OUTPUT);

	private static final Map<String, Spec> COMMANDS = Map.of("run",
			new Spec(RUN_OPTIONS, Map.of("--incremental", Map.entry("export.incremental", "true")), 0), "evaluate",
			new Spec(EVALUATE_OPTIONS,
					Map.of("--no-run-statistics", Map.entry(EvaluateCommand.RUN_STATISTICS, "false")), 0),
			"executions",
			new Spec(Map.of("--status", "status", "--format", "format", "--limit", "limit"), Map.of(), 0), "show",
			new Spec(Map.of("--format", "format"), Map.of(), 1), "restart",
			new Spec(Map.of(), Map.of("--last-failed", Map.entry("last-failed", "true")), 1), "stop",
			new Spec(Map.of(), Map.of(), 1), "abandon", new Spec(Map.of(), Map.of(), 1), "generate",
			new Spec(GENERATE_OPTIONS, Map.of(), 0), "bench-bare-writer", new Spec(BARE_WRITER_OPTIONS, Map.of(), 0));

	private static Map<String, String> runOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("--input", "export.input");
		options.put("--output", "export.output");
		options.put("--rules", "export.rules-file");
		options.put("--commit-interval", "export.commit-interval");
		options.put("--part-size", "export.part-size");
		options.put("--reject-limit", "export.reject-limit");
		options.put("--incremental", "export.incremental"); // with a value: --incremental=false
		return options;
	}

	public static CommandLine parse(String... args) {
		if (args.length == 0) {
			throw new UsageException("missing command");
		}
		if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			return new CommandLine(null, Map.of(), List.of(), true);
		}
		String command = args[0];
		Spec spec = COMMANDS.get(command);
		if (spec == null) {
			throw new UsageException("unknown command '" + command + "'");
		}
		Map<String, String> options = new LinkedHashMap<>();
		List<String> arguments = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				return new CommandLine(command, Map.of(), List.of(), true);
			}
			if (!arg.startsWith("-")) {
				if (arguments.size() == spec.arguments()) {
					throw new UsageException("unexpected argument '" + arg + "' for '" + command + "'");
				}
				arguments.add(arg);
				continue;
			}
			String name = arg;
			String value = null;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			if (spec.flags().containsKey(name) && value == null) {
				options.put(spec.flags().get(name).getKey(), spec.flags().get(name).getValue());
				continue;
			}
			String setting = spec.options().get(name);
			if (setting == null) {
				throw new UsageException("unknown option '" + name + "' for '" + command + "'");
			}
			if (value == null) {
				if (i + 1 >= args.length) {
					throw new UsageException("option '" + name + "' needs a value");
				}
				value = args[++i];
			}
			options.put(setting, value);
		}
		return new CommandLine(command, options, List.copyOf(arguments), false);
	}

	/** The options of {@code run} as Spring Boot command-line arguments; none for the other commands. */
	public String[] springArguments() {
		List<String> springArguments = new ArrayList<>();
		if ("run".equals(command)) {
			options.forEach((name, value) -> springArguments.add("--" + name + "=" + value));
		}
		return springArguments.toArray(String[]::new);
	}

	/** The execution id argument of {@code show}, {@code stop}, {@code abandon} and {@code restart}. */
	public long executionId() {
		if (arguments.isEmpty()) {
			throw new UsageException("'" + command + "' needs an execution id (see 'news-export executions')");
		}
		try {
			return Long.parseLong(arguments.get(0));
		}
		catch (NumberFormatException ex) {
			throw new UsageException("execution id must be a number, not '" + arguments.get(0) + "'");
		}
	}

	public static String usage() {
		return """
				Usage: news-export <command> [options]

				Commands:
				  run        Export the input directory: clean every .txt file and write the datasets.
				             Resumes an interrupted export; after a completed one, starts the next.
				             With --incremental, the next export cleans only the files new or changed since
				             the export in the output and carries the rows of the others over from it.
				  evaluate   Clean labelled pages as 'run' does and score the bodies against gold bodies:
				             shingle precision, recall, F1, strict precision and accuracy (the metric of the
				             dev set's score.py), for all pages and for each half of a fixed split (A: tuned on,
				             B: held out). Needs no database.
				  generate   Write a synthetic crawl of N scraped article pages built from the seed articles, for
				             benchmarks (see README, Benchmark). Deterministic: the same N and seed give the same
				             files. Needs no database.

				Options of 'run' (each also settable in config/application.yml as the property shown):
				  --input DIR             input directory, read recursively        [export.input, default seeds]
				  --output DIR|URI        output directory or Hadoop URI           [export.output, default output]
				  --rules FILE            cleaning rules                           [export.rules-file]
				  --commit-interval N     files per chunk (job repository commit)  [export.commit-interval, default 100]
				  --part-size SIZE        seal part files at this size, e.g. 64MB  [export.part-size, default 128MB]
				  --reject-limit N        fail when more than N files are rejected [export.reject-limit, default -1: none]
				  --incremental           export only the files new or changed (by content hash) since the export
				                          in the output, if it is of the same input and rules; list every file in
				                          the 'files' dataset                      [export.incremental, default false]
				  -h, --help              show this help

				Options of 'evaluate':
				  --input DIR             the scraped pages (<id>.txt), read as 'run' reads them
				  --gold DIR              the gold bodies (<id>.txt); every gold id is scored, a missing page as empty
				  --devset DIR            instead of --input and --gold: every folder of DIR with input/ and gold/
				  --per-doc FILE.tsv      also write per-page tp, fp, fn, precision and recall (a directory with --devset)
				  --bodies DIR            also write each predicted body to DIR/<id>.txt (for score.py --pred DIR)
				  --rules FILE            cleaning rules                           [default config/cleaning-rules.yml]
				  --no-run-statistics     judge every page on its own, without the run's repeated lines

				Options of 'generate':
				  --files N               how many files                           (required)
				  --output DIR            where to write them; must be empty or not exist (required)
				  --seed S                the corpus seed                          [default 1]
				  --from DIR              the seed articles to build from          [default seeds]

				Run history (from the job repository):
				  executions [--status S] [--format table|csv|json] [--limit N]
				                          list runs, newest first: id, status, export, input, output, start, end,
				                          duration, files read, articles, rejects
				  show ID [--format table|json]
				                          one execution with its steps, counts and exit description
				  restart ID | restart --last-failed
				                          resume a failed, stopped or killed execution (as 'run' with its input and
				                          output would)
				  stop ID                 ask a running execution (in any process) to stop at its next chunk
				                          boundary; it ends STOPPED and can be restarted
				  abandon ID              mark a failed, stopped or dead execution ABANDONED: the next 'run' starts
				                          a new export instead of resuming it

				Exit codes: 0 completed, 1 failed, 2 usage or configuration error, 3 already running,
				            4 nothing to do (nothing to restart, execution not running), 5 stopped.
				""";
	}

}

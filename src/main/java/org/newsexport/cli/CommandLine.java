package org.newsexport.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsexport.eval.EvaluateCommand;

/**
 * A parsed command line: a command and its options. The options of {@code run} map to Spring properties, so each one
 * can also be set in {@code config/application.yml} or the environment; the command line wins. Those of
 * {@code evaluate} are its own settings (see {@link EvaluateCommand}); it starts no Spring context.
 */
public record CommandLine(String command, Map<String, String> properties, boolean help) {

	static final Map<String, String> RUN_OPTIONS = options();

	static final Map<String, String> EVALUATE_OPTIONS = Map.of("--input", EvaluateCommand.INPUT, "--gold",
			EvaluateCommand.GOLD, "--devset", EvaluateCommand.DEVSET, "--per-doc", EvaluateCommand.PER_DOC, "--rules",
			EvaluateCommand.RULES, "--bodies", EvaluateCommand.BODIES);

	/** Options of {@code evaluate} that take no value, with the setting they make. */
	static final Map<String, Map.Entry<String, String>> EVALUATE_FLAGS = Map.of("--no-run-statistics",
			Map.entry(EvaluateCommand.RUN_STATISTICS, "false"));

	private static Map<String, String> options() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("--input", "export.input");
		options.put("--output", "export.output");
		options.put("--rules", "export.rules-file");
		options.put("--commit-interval", "export.commit-interval");
		options.put("--part-size", "export.part-size");
		options.put("--reject-limit", "export.reject-limit");
		return options;
	}

	public static CommandLine parse(String... args) {
		if (args.length == 0) {
			throw new UsageException("missing command");
		}
		if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			return new CommandLine(null, Map.of(), true);
		}
		String command = args[0];
		if (!command.equals("run") && !command.equals("evaluate")) {
			throw new UsageException("unknown command '" + command + "'");
		}
		Map<String, String> options = command.equals("run") ? RUN_OPTIONS : EVALUATE_OPTIONS;
		Map<String, Map.Entry<String, String>> flags = command.equals("run") ? Map.of() : EVALUATE_FLAGS;
		Map<String, String> properties = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				return new CommandLine(command, Map.of(), true);
			}
			String name = arg;
			String value = null;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			if (flags.containsKey(name) && value == null) {
				properties.put(flags.get(name).getKey(), flags.get(name).getValue());
				continue;
			}
			String property = options.get(name);
			if (property == null) {
				throw new UsageException(arg.startsWith("-") ? "unknown option '" + name + "' for '" + command + "'"
						: "unexpected argument '" + arg + "'");
			}
			if (value == null) {
				if (i + 1 >= args.length) {
					throw new UsageException("option '" + name + "' needs a value");
				}
				value = args[++i];
			}
			properties.put(property, value);
		}
		return new CommandLine(command, properties, false);
	}

	/** The properties as Spring Boot command-line arguments. */
	public String[] springArguments() {
		List<String> arguments = new ArrayList<>();
		properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return arguments.toArray(String[]::new);
	}

	public static String usage() {
		return """
				Usage: news-export <command> [options]

				Commands:
				  run        Export the input directory: clean every .txt file and write the datasets.
				             Resumes an interrupted export; after a completed one, starts the next.
				  evaluate   Clean labelled pages as 'run' does and score the bodies against gold bodies:
				             shingle precision, recall, F1, strict precision and accuracy (the metric of the
				             dev set's score.py), for all pages and for each half of a fixed split (A: tuned on,
				             B: held out). Needs no database.

				Options of 'run' (each also settable in config/application.yml as the property shown):
				  --input DIR             input directory, read recursively        [export.input, default seeds]
				  --output DIR|URI        output directory or Hadoop URI           [export.output, default output]
				  --rules FILE            cleaning rules                           [export.rules-file]
				  --commit-interval N     files per chunk (job repository commit)  [export.commit-interval, default 100]
				  --part-size SIZE        seal part files at this size, e.g. 64MB  [export.part-size, default 128MB]
				  --reject-limit N        fail when more than N files are rejected [export.reject-limit, default -1: none]
				  -h, --help              show this help

				Options of 'evaluate':
				  --input DIR             the scraped pages (<id>.txt), read as 'run' reads them
				  --gold DIR              the gold bodies (<id>.txt); every gold id is scored, a missing page as empty
				  --devset DIR            instead of --input and --gold: every folder of DIR with input/ and gold/
				  --per-doc FILE.tsv      also write per-page tp, fp, fn, precision and recall (a directory with --devset)
				  --bodies DIR            also write each predicted body to DIR/<id>.txt (for score.py --pred DIR)
				  --rules FILE            cleaning rules                           [default config/cleaning-rules.yml]
				  --no-run-statistics     judge every page on its own, without the run's repeated lines

				Exit codes: 0 completed, 1 failed, 2 usage or configuration error, 3 already running, 5 stopped.
				""";
	}

}

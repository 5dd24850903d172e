package org.newsexport.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsexport.eval.EvaluateCommand;
import org.newsexport.read.IncludePattern;
import org.newsexport.remote.BrokerCommand;
import org.newsexport.remote.WorkerCommand;
import org.springframework.util.unit.DataSize;

/**
 * A parsed command line: a command, its options and its arguments. The options of
 * {@code run} map to Spring properties, so each one can also be set in
 * {@code config/application.yml} or the environment; the command line wins. Those of the
 * other commands are their own settings.
 */
public record CommandLine(String command, Map<String, String> options, List<String> arguments, boolean help) {

	/**
	 * What a command accepts: options with a value (name to setting), flags (name to
	 * setting and value), arguments.
	 */
	private record Spec(Map<String, String> options, Map<String, Map.Entry<String, String>> flags, int arguments) {
	}

	/**
	 * {@code --force} of {@code run} and {@code restart}: publish what the publish guard
	 * would refuse.
	 */
	private static final Map.Entry<String, String> FORCE = Map.entry("export.force", "true");

	static final Map<String, String> RUN_OPTIONS = runOptions();

	static final Map<String, String> EVALUATE_OPTIONS = Map.of("--input", EvaluateCommand.INPUT, "--gold",
			EvaluateCommand.GOLD, "--devset", EvaluateCommand.DEVSET, "--per-doc", EvaluateCommand.PER_DOC, "--rules",
			EvaluateCommand.RULES, "--bodies", EvaluateCommand.BODIES, "--convention", EvaluateCommand.CONVENTION);

	/** The command that prints the version. */
	static final String VERSION = "version";

	/** {@code --broker-url} of {@code run}, {@code restart} and {@code worker}. */
	private static final String BROKER_URL = "export.broker-url";

	static final Map<String, String> BROKER_OPTIONS = Map.of("--port", BrokerCommand.PORT, "--bind", BrokerCommand.BIND,
			"--data", BrokerCommand.DATA);

	private static final Map<String, Spec> COMMANDS = commands(Map.of("run",
			new Spec(
					RUN_OPTIONS, Map.of("--incremental", Map.entry("export.incremental", "true"), "--force", FORCE), 0),
			"evaluate",
			new Spec(EVALUATE_OPTIONS,
					Map.of("--no-run-statistics", Map.entry(EvaluateCommand.RUN_STATISTICS, "false")), 0),
			"executions", new Spec(Map.of("--status", "status", "--format", "format", "--limit", "limit"), Map.of(), 0),
			"show", new Spec(Map.of("--format", "format"), Map.of(), 1), "restart",
			new Spec(Map.of("--broker-url", BROKER_URL),
					Map.of("--last-failed", Map.entry("last-failed", "true"), "--force", FORCE), 1),
			"stop", new Spec(Map.of(), Map.of(), 1), "abandon", new Spec(Map.of(), Map.of(), 1)));

	/**
	 * The commands above, and those of remote partitions (more than {@code Map.of}
	 * takes).
	 */
	private static Map<String, Spec> commands(Map<String, Spec> commands) {
		Map<String, Spec> all = new HashMap<>(commands);
		all.put("worker",
				new Spec(Map.of("--broker-url", BROKER_URL, "--concurrency", WorkerCommand.CONCURRENCY), Map.of(), 0));
		all.put("broker", new Spec(BROKER_OPTIONS, Map.of(), 0));
		all.put("report", new Spec(Map.of("--output", "output", "--to", "to"), Map.of(), 1));
		return Map.copyOf(all);
	}

	private static Map<String, String> runOptions() {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("--input", "export.input");
		options.put("--output", "export.output");
		options.put("--rules", "export.rules-file");
		options.put("--commit-interval", "export.commit-interval");
		options.put("--part-size", "export.part-size");
		options.put("--reject-limit", "export.reject-limit");
		options.put("--partitions", "export.partitions");
		options.put("--include", "export.include");
		// with a value: --incremental=false
		options.put("--incremental", "export.incremental");
		options.put("--broker-url", BROKER_URL);
		return options;
	}

	public static CommandLine parse(String... args) {
		if (args.length == 0) {
			throw new UsageException("missing command");
		}
		if (args[0].equals("--version") || args[0].equals("version")) {
			if (args.length > 1) {
				throw new UsageException("unexpected argument '" + args[1] + "' for '" + args[0] + "'");
			}
			return new CommandLine(VERSION, Map.of(), List.of(), false);
		}
		if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			if (args.length == 1) {
				return new CommandLine(null, Map.of(), List.of(), true);
			}
			if (!(COMMANDS.containsKey(args[1]) || args[1].equals(VERSION)) || args.length > 2) {
				throw new UsageException(args.length > 2 ? "'help' takes one command, not " + (args.length - 1)
						: "unknown command '" + args[1] + "'");
			}
			return new CommandLine(args[1], Map.of(), List.of(), true);
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
					throw new UsageException("unexpected argument '" + arg + "' for '" + command + "'", command);
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
				throw new UsageException("unknown option '" + name + "' for '" + command + "'", command);
			}
			if (value == null) {
				if (i + 1 >= args.length) {
					throw new UsageException("option '" + name + "' needs a value", command);
				}
				value = args[++i];
			}
			if (spec.options() == RUN_OPTIONS) {
				checkType(name, value);
			}
			options.put(setting, value);
		}
		CommandLine commandLine = new CommandLine(command, options, List.copyOf(arguments), false);
		// Mistakes that need no job repository to see are usage errors before anything
		// starts.
		if (spec.arguments() == 1 && !options.containsKey("last-failed")
				&& !(command.equals("report") && arguments.isEmpty())) {
			commandLine.executionId();
		}
		if (command.equals("report") && !arguments.isEmpty() && options.containsKey("output")) {
			throw new UsageException("'report' takes an execution id or --output, not both", command);
		}
		if (command.equals("executions") || command.equals("show")) {
			HistoryCommands.check(commandLine);
		}
		return commandLine;
	}

	/**
	 * A run option's value is of its type, so that a typo is named here rather than as a
	 * property in Spring's words.
	 */
	private static void checkType(String option, String value) {
		String expected = switch (option) {
			case "--commit-interval" -> isLong(value) ? null : "a whole number such as 100";
			case "--reject-limit" -> isLong(value) ? null : "a whole number such as 10, or -1 for no limit";
			case "--partitions" -> isLong(value) && Long.parseLong(value) >= 1 && Long.parseLong(value) <= 10_000 ? null
					: "a whole number from 1 to 10000";
			case "--part-size" -> isDataSize(value) ? null : "a size such as 128MB";
			case "--incremental" ->
				value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null : "true or false";
			case "--include" -> includeProblem(value);
			default -> null;
		};
		if (expected != null) {
			throw new UsageException("invalid " + option + " '" + value + "': expected " + expected, null);
		}
	}

	private static String includeProblem(String value) {
		try {
			IncludePattern.parse(value);
			return null;
		}
		catch (IllegalArgumentException ex) {
			return "comma-separated globs on file names such as '*.txt,*.TXT' (" + ex.getMessage() + ")";
		}
	}

	private static boolean isLong(String value) {
		try {
			Long.parseLong(value.strip());
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static boolean isDataSize(String value) {
		try {
			DataSize.parse(value.strip());
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The options of {@code run} and {@code worker} as Spring Boot command-line
	 * arguments, and {@code --force} and {@code --broker-url} of {@code restart}; none
	 * for the other commands.
	 */
	public String[] springArguments() {
		List<String> springArguments = new ArrayList<>();
		if ("run".equals(command) || "restart".equals(command) || "worker".equals(command)) {
			options.forEach((name, value) -> {
				if (!"restart".equals(command) || name.equals(FORCE.getKey()) || name.equals(BROKER_URL)) {
					springArguments.add("--" + name + "=" + value);
				}
			});
		}
		return springArguments.toArray(String[]::new);
	}

	/**
	 * The execution id argument of {@code show}, {@code stop}, {@code abandon},
	 * {@code restart} and {@code report}.
	 */
	public long executionId() {
		if (arguments.isEmpty()) {
			throw new UsageException("'" + command + "' needs an execution id (see 'news-export executions')", null);
		}
		try {
			return Long.parseLong(arguments.get(0));
		}
		catch (NumberFormatException ex) {
			throw new UsageException("execution id must be a number, not '" + arguments.get(0) + "'", command);
		}
	}

	/** The whole help: every command and its options. */
	public static String usage() {
		return """
				Usage: news-export <command> [options]
				       news-export help <command>       that command's help only
				       news-export --version

				Commands:
				""" + RUN_SUMMARY + EVALUATE_SUMMARY + "\n" + RUN_HELP + "\n" + EVALUATE_HELP
				+ "\nPartitions on several machines (docs/several-machines.md):\n" + WORKER_SUMMARY + BROKER_SUMMARY
				+ "\n" + WORKER_HELP + "\n" + BROKER_HELP + "\n" + SETTINGS_HELP
				+ "\nRun history (from the job repository):\n" + String.join("", HISTORY.values()) + "\n" + EXIT_CODES;
	}

	/**
	 * The help of one command only ({@code news-export help run},
	 * {@code news-export run --help}).
	 */
	public static String usage(String command) {
		return switch (command) {
			case "run" -> "Usage: news-export run [options]\n\n" + RUN_SUMMARY + "\n" + RUN_HELP + "\n" + SETTINGS_HELP
					+ "\n" + EXIT_CODES;
			case "evaluate" -> "Usage: news-export evaluate [options]\n\n" + EVALUATE_SUMMARY + "\n" + EVALUATE_HELP;
			case "worker" -> "Usage: news-export worker --broker-url URL [options]\n\n" + WORKER_SUMMARY + "\n"
					+ WORKER_HELP + "\n" + SETTINGS_HELP;
			case "broker" -> "Usage: news-export broker [options]\n\n" + BROKER_SUMMARY + "\n" + BROKER_HELP;
			case VERSION -> "Usage: news-export --version\n\n  Prints the version of news-export.\n";
			default -> "Usage:\n" + HISTORY.get(command) + "\n" + EXIT_CODES;
		};
	}

	private static final String RUN_SUMMARY = """
			  run        Export the input directory: clean every input file (*.txt unless --include says
			             otherwise) and write the datasets. Resumes an interrupted export; after a completed
			             one, starts the next. With --incremental, the next export holds only the files new
			             or changed since the export in the output.
			""";

	private static final String EVALUATE_SUMMARY = """
			  evaluate   Clean labelled pages as 'run' does and score the bodies against gold bodies:
			             shingle precision, recall, F1, strict precision and accuracy (the metric of the
			             dev set's score.py), for all pages and for each half of a fixed split (A: tuned on,
			             B: held out). Needs no database.
			""";

	private static final String WORKER_SUMMARY = """
			  worker     Run the partitions of exports that 'run --broker-url URL' sends to the broker, until
			             SIGTERM or Ctrl-C: it then takes no more, stops the one it runs at its next chunk
			             boundary (a restart resumes it) and exits 0. Same install and settings as 'run': the
			             same job repository (PostgreSQL across machines), input path and output.
			""";

	private static final String BROKER_SUMMARY = """
			  broker     Start an embedded ActiveMQ Artemis broker for the partitions' requests, until SIGTERM
			             or Ctrl-C: for trying several workers on one machine or a few (no security); in
			             production, run a real Artemis broker.
			""";

	private static final String WORKER_HELP = """
			Options of 'worker' (settings as for 'run', from config/application.yml):
			  --broker-url URL        the broker, e.g. tcp://host:61616 (required) [export.broker-url]
			  --concurrency N         partitions this process runs at once     [worker.concurrency, default 1]
			                          the queue is export.broker-queue, the dead-worker timeout export.worker-timeout
			""";

	private static final String BROKER_HELP = """
			Options of 'broker':
			  --port N                TCP port                                 [default 61616]
			  --bind ADDRESS          address to listen on; 0.0.0.0 for every interface (no security: a
			                          trusted network only)                    [default 127.0.0.1]
			  --data DIR              its journal (queued requests survive a restart) [default DATA/broker]
			""";

	private static final String SETTINGS_HELP = """
			Settings (every command):
			  --config FILE           a settings file (YAML or .properties, properties as in config/application.yml);
			                          it overrides config/ beside bin/ and ./config/application.yml; environment
			                          variables and command-line options override it
			""";

	private static final String RUN_HELP = """
			Options of 'run' (each also settable in config/application.yml as the property shown):
			  --input DIR             input directory, read recursively        [export.input, default seeds]
			  --output DIR|URI        output directory or Hadoop URI           [export.output, default output]
			  --rules FILE            cleaning rules                           [export.rules-file]
			  --include GLOBS         the input files: comma-separated globs on the file name, e.g. '*.txt,*.TXT';
			                          other files are counted as skipped       [export.include, default *.txt]
			  --commit-interval N     files per chunk (job repository commit)  [export.commit-interval, default 100]
			  --part-size SIZE        seal part files at this size, e.g. 64MB  [export.part-size, default 128MB]
			  --reject-limit N        fail when more than N files are rejected [export.reject-limit, default -1: none]
			  --partitions N          split the export into N ranges of the sorted input, run in parallel (on
			                          threads, or by workers with a broker); fixed at an export's first run
			                                                                   [export.partitions, default 1]
			  --incremental           export only the files new or changed (by content hash) since the export
			                          in the output, if it is of the same input and rules; list every file in
			                          the 'files' dataset                      [export.incremental, default false]
			  --force                 publish even an export the publish guard refuses (an input without
			                          input files, or fewer articles than export.min-keep-ratio of the
			                          published export's), for this run only  [export.force, default false]
			  --broker-url URL        run the partitions on 'news-export worker' processes that take them from
			                          this ActiveMQ Artemis broker, e.g. tcp://host:61616 (see
			                          docs/several-machines.md)                [export.broker-url, default: here]
			  -h, --help              show this help
			""";

	private static final String EVALUATE_HELP = """
			Options of 'evaluate':
			  --input DIR             the scraped pages (<id>.txt), read as 'run' reads them
			  --gold DIR              the gold bodies (<id>.txt); every gold id is scored, a missing page as empty
			  --devset DIR            instead of --input and --gold: every folder of DIR with input/ and gold/
			  --per-doc FILE.tsv      also write per-page tp, fp, fn, precision and recall (a directory with --devset)
			  --bodies DIR            also write each predicted text to DIR/<id>.txt (for score.py --pred DIR)
			  --convention S=V,...    what each subset's gold holds: article (title, standfirst, byline, body) or
			                          body; '*' for the others; both are printed, this one first
			                                                                   [default readability=body,*=article]
			  --rules FILE            cleaning rules                           [default config/cleaning-rules.yml]
			  --no-run-statistics     judge every page on its own, without the run's repeated lines
			""";

	/** The run-history commands, in the order the help lists them. */
	private static final Map<String, String> HISTORY = history();

	private static Map<String, String> history() {
		Map<String, String> history = new LinkedHashMap<>();
		history.put("executions", """
				  executions [--status S] [--format table|csv|json] [--limit N]
				                          list runs, newest first: id, status, export, input, output, start, end
				                          (UTC), duration, files read, articles, rejects
				""");
		history.put("show", """
				  show ID [--format table|json]
				                          one execution with its steps, counts and exit description (times in UTC)
				""");
		history.put("restart", """
				  restart ID | restart --last-failed [--force] [--broker-url URL]
				                          resume a failed, stopped or killed execution (as 'run' with its input and
				                          output would; --force as for 'run')
				""");
		history.put("stop", """
				  stop ID                 ask a running execution (in any process) to stop at its next chunk
				                          boundary; it ends STOPPED and can be restarted
				""");
		history.put("abandon", """
				  abandon ID              mark a failed, stopped or dead execution ABANDONED: the next 'run' starts
				                          a new export instead of resuming it
				""");
		history.put("report", """
				  report [ID] [--output DIR|URI] [--to FILE]
				                          write the run report of a completed execution: one HTML page with its
				                          figures and charts (datasets, rejects, removed lines, words, languages,
				                          duplicates, times) and the trend of the last runs into its output. ID, or
				                          the latest completed into --output [export.output, default output];
				                          written to OUTPUT/_report.html (as every run does), or to FILE
				""");
		return history;
	}

	private static final String EXIT_CODES = """
			Exit codes: 0 completed, 1 failed, 2 usage or configuration error (nothing ran), 3 already running,
			            4 nothing to do (nothing to restart, execution not running, no completed execution
			            to report on), 5 stopped (by 'stop', SIGTERM or Ctrl-C), 6 publish refused.
			""";

}

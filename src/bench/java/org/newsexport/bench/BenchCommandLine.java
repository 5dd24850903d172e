package org.newsexport.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.newsexport.job.FailureMessages;

/**
 * The command line of the benchmark programs that take options ({@code --name value}): a
 * usage error is one line on stderr and exit code 2, a failure one line and exit code 1,
 * as for news-export's own commands.
 */
final class BenchCommandLine {

	private BenchCommandLine() {
	}

	/**
	 * The options, by name without the dashes.
	 * @throws IllegalArgumentException for an option not in {@code names} or one without
	 * a value
	 */
	static Map<String, String> parse(String[] args, Set<String> names) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.startsWith("--") ? arg.substring(2) : null;
			if (name == null || !names.contains(name)) {
				throw new IllegalArgumentException("unknown option '" + arg + "'");
			}
			if (i + 1 == args.length) {
				throw new IllegalArgumentException("option '" + arg + "' needs a value");
			}
			options.put(name, args[++i]);
		}
		return options;
	}

	/**
	 * Runs the program; its exit code: 0, 2 for an {@link IllegalArgumentException}, 1
	 * for another failure.
	 */
	static int run(String program, Runnable command, PrintStream err) {
		try {
			command.run();
			return 0;
		}
		catch (IllegalArgumentException ex) {
			err.println(program + ": " + FailureMessages.rootMessage(ex));
			return 2;
		}
		catch (RuntimeException ex) {
			err.println(program + ": failed: " + FailureMessages.rootMessage(ex));
			return 1;
		}
	}

}

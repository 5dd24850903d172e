package org.newsexport.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The command line run in process, as a test runs it: on a job repository of the test's
 * own (an H2 file database in a folder of the test's, or any URL), with more Spring
 * properties where a test needs them, and what each command prints to stdout and stderr
 * captured.
 */
public final class CliRun {

	/** The job repository's URL, asked for at each run; null for none. */
	private final Supplier<String> url;

	private final List<String> springArguments;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private CliRun(Supplier<String> url, List<String> springArguments) {
		this.url = url;
		this.springArguments = List.copyOf(springArguments);
	}

	/**
	 * An H2 file job repository in {@code folder} (the database {@code db}), as the job
	 * tests use.
	 */
	public static CliRun inFolder(Path folder) {
		return inFolder(() -> folder);
	}

	/**
	 * {@link #inFolder(Path)}, the folder asked for at each run: a test instance's field
	 * can name a {@code @TempDir} field, which JUnit sets only after it made the
	 * instance.
	 */
	public static CliRun inFolder(Supplier<Path> folder) {
		return new CliRun(() -> h2Url(folder.get()), List.of());
	}

	/** The job repository at {@code url}. */
	public static CliRun onUrl(String url) {
		return new CliRun(() -> url, List.of());
	}

	/**
	 * No job repository of the test's: for a test that names one another way, e.g. in a
	 * settings file.
	 */
	public static CliRun withoutRepository() {
		return new CliRun(null, List.of());
	}

	/** The URL of the H2 file job repository in {@code folder}. */
	public static String h2Url(Path folder) {
		return "jdbc:h2:file:" + folder.resolve("db");
	}

	/**
	 * The same repository with more Spring properties, and output of its own.
	 * @param springArguments {@code --name=value}
	 */
	public CliRun with(String... springArguments) {
		List<String> all = new ArrayList<>(this.springArguments);
		all.addAll(List.of(springArguments));
		return new CliRun(url, all);
	}

	/** Runs one command; what it prints replaces what the previous command printed. */
	public int run(String... args) {
		return run(List.of(), args);
	}

	/**
	 * Runs {@code run --input INPUT --output OUTPUT} with {@code options}; an option
	 * {@code --export.NAME=VALUE} is given to Spring as a property.
	 */
	public int export(Path input, Path output, String... options) {
		return export(input, output.toString(), options);
	}

	/** {@link #export(Path, Path, String...)} to an output URI. */
	public int export(Path input, String output, String... options) {
		List<String> args = new ArrayList<>(List.of("run", "--input", input.toString(), "--output", output));
		List<String> spring = new ArrayList<>();
		for (String option : options) {
			(option.startsWith("--export.") ? spring : args).add(option);
		}
		return run(spring, args.toArray(String[]::new));
	}

	private int run(List<String> moreSpringArguments, String... args) {
		out.reset();
		err.reset();
		List<String> spring = new ArrayList<>();
		if (url != null) {
			spring.add("--spring.datasource.url=" + url.get());
		}
		spring.addAll(springArguments);
		spring.addAll(moreSpringArguments);
		return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), spring.toArray(String[]::new));
	}

	/** What the last command printed to stdout. */
	public String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** What the last command printed to stderr. */
	public String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

}

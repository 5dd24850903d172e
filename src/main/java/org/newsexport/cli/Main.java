package org.newsexport.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsexport.NewsExportApplication;
import org.newsexport.eval.EvaluateCommand;
import org.newsexport.job.CannotResumeException;
import org.newsexport.job.ExportAlreadyRunningException;
import org.newsexport.job.ExecutionSummary;
import org.newsexport.job.ExportLauncher;
import org.newsexport.job.ExportProgress;
import org.newsexport.job.FailureMessages;
import org.newsexport.job.IncrementalBase;
import org.newsexport.job.ExportProperties;
import org.newsexport.job.InvalidRunException;
import org.newsexport.job.JobRepositoryAccessException;
import org.newsexport.job.NothingToDoException;
import org.newsexport.job.PublishRefusedException;
import org.newsexport.job.RunHistory;
import org.newsexport.job.RunReports;
import org.newsexport.job.SignalStop;
import org.newsexport.remote.BrokerCommand;
import org.newsexport.remote.WorkerCommand;
import org.newsexport.write.Datasets;
import org.newsexport.write.Manifest;
import org.newsexport.write.SealState;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line entry point. The command line is checked before Spring starts, so a
 * usage error costs nothing; expected errors print one line on stderr and map to an
 * {@link ExitCode}.
 */
public final class Main {

	private Main() {
	}

	/**
	 * The system property that names Commons Logging's factory, and the one that logs
	 * through SLF4J.
	 */
	static final String LOG_FACTORY_PROPERTY = "org.apache.commons.logging.LogFactory";

	static final String SLF4J_LOG_FACTORY = "org.apache.commons.logging.impl.Slf4jLogFactory";

	public static void main(String[] args) {
		// Commons Logging, which Spring logs through, looks for its factory in a service
		// file of every jar on the class path and then starts the Log4j API to find that
		// it forwards to SLF4J (log4j-to-slf4j), so it settles on SLF4J, that is Logback.
		// Named here, it is the same factory without the search (0.05 to 0.1 s of start).
		if (System.getProperty(LOG_FACTORY_PROPERTY) == null) {
			System.setProperty(LOG_FACTORY_PROPERTY, SLF4J_LOG_FACTORY);
		}
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * @param extraSpringArguments more Spring properties as {@code --name=value}, for
	 * tests
	 */
	static int run(String[] args, PrintStream out, PrintStream err, String... extraSpringArguments) {
		SettingsFile settings;
		CommandLine commandLine;
		try {
			settings = SettingsFile.parse(args);
			commandLine = CommandLine.parse(settings.args());
		}
		catch (UsageException ex) {
			err.println("news-export: " + ex.line());
			return ExitCode.USAGE.code();
		}
		if (commandLine.help()) {
			out.print(commandLine.command() == null ? CommandLine.usage() : CommandLine.usage(commandLine.command()));
			return ExitCode.COMPLETED.code();
		}
		if (commandLine.command().equals(CommandLine.VERSION)) {
			out.println("news-export " + Version.get());
			return ExitCode.COMPLETED.code();
		}
		switch (commandLine.command()) {
			case "evaluate" -> {
				return plain(() -> new EvaluateCommand(commandLine.options()).run(out), "evaluation", err).code();
			}
			case "broker" -> {
				return plain(() -> new BrokerCommand(commandLine.options()).run(out), "broker", err).code();
			}
			default -> {
			}
		}
		ConfigurableApplicationContext context;
		try {
			String[] springArguments = Stream
				.of(commandLine.springArguments(), settings.springArguments(), extraSpringArguments)
				.flatMap(Stream::of)
				.toArray(String[]::new);
			context = NewsExportApplication.builder().run(springArguments);
		}
		catch (JobRepositoryAccessException ex) {
			err.println("news-export: " + ex.getMessage());
			return ExitCode.USAGE.code();
		}
		catch (RuntimeException ex) {
			err.println("news-export: configuration error: " + ConfigurationErrors.describe(ex));
			return ExitCode.USAGE.code();
		}
		if (commandLine.command().equals("worker")) {
			try (context) {
				return WorkerCommand.run(context, out, err);
			}
			catch (Exception ex) {
				err.println("news-export: worker failed: " + rootMessage(ex));
				return ExitCode.FAILED.code();
			}
		}
		boolean runsJob = commandLine.command().equals("run") || commandLine.command().equals("restart");
		SignalStop signals = context.getBean(SignalStop.class);
		// SIGTERM and SIGINT stop a run at its next chunk boundary; the other commands
		// end on them as any program.
		try (context; SignalStop.Installation handlers = runsJob ? signals.install() : () -> {
		}) {
			ExportLauncher launcher = context.getBean(ExportLauncher.class);
			if (commandLine.command().equals("run")) {
				ExportProperties properties = context.getBean(ExportProperties.class);
				return report(launcher.run(properties.input(), properties.output(), properties.incremental()),
						signals.received(), out, err)
					.code();
			}
			HistoryCommands history = new HistoryCommands(context.getBean(RunHistory.class), launcher,
					context.getBean(RunReports.class), context.getBean(ExportProperties.class).output(), out);
			JobExecution resumed = history.execute(commandLine);
			return resumed == null ? ExitCode.COMPLETED.code() : report(resumed, signals.received(), out, err).code();
		}
		catch (UsageException ex) {
			err.println("news-export: " + ex.line());
			return ExitCode.USAGE.code();
		}
		catch (InvalidRunException ex) {
			err.println("news-export: " + ex.getMessage());
			return ExitCode.USAGE.code();
		}
		catch (ExportAlreadyRunningException ex) {
			err.println("news-export: already running: " + ex.getMessage());
			return ExitCode.ALREADY_RUNNING.code();
		}
		catch (NothingToDoException ex) {
			err.println("news-export: " + ex.getMessage());
			return ExitCode.NOTHING_TO_DO.code();
		}
		catch (Exception ex) {
			err.println("news-export: failed: " + rootMessage(ex));
			return ExitCode.FAILED.code();
		}
	}

	/**
	 * A command in plain Java, which needs neither Spring nor the job repository:
	 * {@code evaluate} and {@code broker}.
	 */
	private static ExitCode plain(Runnable command, String what, PrintStream err) {
		try {
			command.run();
			return ExitCode.COMPLETED;
		}
		catch (IllegalArgumentException ex) {
			err.println("news-export: " + rootMessage(ex));
			return ExitCode.USAGE;
		}
		catch (RuntimeException ex) {
			err.println("news-export: " + what + " failed: " + rootMessage(ex));
			return ExitCode.FAILED;
		}
	}

	/**
	 * One line on how the run ended: on stdout when it completed, else on stderr.
	 * @param signal the signal that stopped the run, or {@code null}
	 */
	private static ExitCode report(JobExecution execution, String signal, PrintStream out, PrintStream err) {
		BatchStatus status = execution.getStatus();
		if (status == BatchStatus.COMPLETED) {
			out.println("news-export: " + summary(execution, execution.getExecutionContext()));
			return ExitCode.COMPLETED;
		}
		PublishRefusedException refused = refusal(execution);
		if (refused != null) {
			err.println("news-export: execution " + execution.getId() + " " + refused.getMessage());
			return ExitCode.PUBLISH_REFUSED;
		}
		ExecutionContext counts = ExecutionSummary.exportCounts(execution);
		if (status == BatchStatus.STOPPED) {
			// What the export holds so far: the export step seals its datasets where they
			// stand when it stops.
			Long total = counts.containsKey(ExportProgress.INPUT_FILES_KEY)
					? counts.getLong(ExportProgress.INPUT_FILES_KEY) : null;
			err.println(
					"news-export: execution " + execution.getId() + " STOPPED" + (signal != null ? " by " + signal : "")
							+ " after " + number(SealState.sealedRows(counts, Datasets.FILES))
							+ (total != null ? " of " + number(total) : "") + " files ("
							+ number(SealState.sealedRows(counts, Datasets.ARTICLES)) + " articles, "
							+ number(SealState.sealedRows(counts, Datasets.REJECTS))
							+ " rejects); run the same command again to resume");
			return ExitCode.STOPPED;
		}
		String causes = execution.getAllFailureExceptions()
			.stream()
			.filter(ex -> !(ex instanceof JobInterruptedException))
			.map(Main::rootMessage)
			.collect(Collectors.toCollection(LinkedHashSet::new))
			.stream()
			.collect(Collectors.joining("; "));
		boolean resumable = execution.getAllFailureExceptions().stream().noneMatch(Main::cannotResume);
		err.println("news-export: " + summary(execution, counts) + (causes.isEmpty() ? "" : " — " + causes)
				+ (resumable ? "; run the same command again to resume" : ""));
		return ExitCode.FAILED;
	}

	private static String summary(JobExecution execution, ExecutionContext counts) {
		return "execution " + execution.getId() + " " + execution.getStatus() + " in " + duration(execution) + ": "
				+ Datasets.ALL.stream()
					.map(schema -> SealState.sealedRows(counts, schema) + " " + schema.name())
					.collect(Collectors.joining(", "))
				+ skipped(execution) + incremental(execution);
	}

	private static PublishRefusedException refusal(JobExecution execution) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable ex = failure; ex != null; ex = ex.getCause()) {
				if (ex instanceof PublishRefusedException refused) {
					return refused;
				}
			}
		}
		return null;
	}

	private static String number(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	/** ", 3 other files skipped" when files under the input are not input files. */
	private static String skipped(JobExecution execution) {
		long skipped = execution.getExecutionContext().getLong(ExportProgress.SKIPPED_FILES_KEY, 0L);
		return skipped > 0 ? ", " + ExportProgress.skipped(skipped) : "";
	}

	private static String incremental(JobExecution execution) {
		Manifest.Incremental incremental = IncrementalBase.recorded(execution.getExecutionContext());
		if (incremental == null) {
			return "";
		}
		return String.format(
				"; incremental over export #%d (execution %d): %d new, %d changed, %d unchanged, " + "%d deleted",
				incremental.baseExportSequence(), incremental.baseExecution(), incremental.newFiles(),
				incremental.changed(), incremental.unchanged(), incremental.deleted());
	}

	private static String duration(JobExecution execution) {
		if (execution.getStartTime() == null || execution.getEndTime() == null) {
			return "?";
		}
		Duration duration = Duration.between(execution.getStartTime(), execution.getEndTime());
		return String.format("%.1f s", duration.toMillis() / 1000.0);
	}

	/**
	 * Whether a failure says itself that running again cannot mend it
	 * ({@link CannotResumeException}).
	 */
	private static boolean cannotResume(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotResumeException) {
				return true;
			}
		}
		return false;
	}

	static String rootMessage(Throwable ex) {
		return FailureMessages.rootMessage(ex);
	}

}

package org.newsexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsexport.support.TestCorpus;
import org.junit.jupiter.api.io.TempDir;

/** The command line: help, and one clear line with exit code 2 for each kind of mistake. */
class MainTest {

	@TempDir
	Path tmp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8),
				"--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("repository/db"));
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsCommandsOptionsAndExitCodes() {
		assertThat(run("--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("run", "--input", "--output", "--commit-interval",
				"Exit codes");
		assertThat(out.toString(StandardCharsets.UTF_8)).as("the benchmark programs are not commands (src/bench)")
			.doesNotContain("generate", "bench");
	}

	@Test
	void noCommandIsAUsageError() {
		assertThat(run()).isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: missing command (see 'news-export --help')\n");
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertThat(run("export")).isEqualTo(2);
		assertThat(stderr()).contains("unknown command 'export'").hasLineCount(1);
		err.reset();
		assertThat(run("generate", "--files", "3", "--output", tmp.resolve("corpus").toString())).isEqualTo(2);
		assertThat(stderr()).contains("unknown command 'generate'").hasLineCount(1);
		assertThat(tmp.resolve("corpus")).doesNotExist();
	}

	@Test
	void unknownOptionIsNamed() {
		assertThat(run("run", "--inptu", "seeds")).isEqualTo(2);
		assertThat(stderr()).contains("unknown option '--inptu'").hasLineCount(1);
	}

	@Test
	void optionWithoutValueIsNamed() {
		assertThat(run("run", "--output")).isEqualTo(2);
		assertThat(stderr()).contains("option '--output' needs a value").hasLineCount(1);
	}

	@Test
	void missingInputDirectoryIsNamed() {
		Path missing = tmp.resolve("no-such-dir");
		assertThat(run("run", "--input", missing.toString(), "--output", tmp.resolve("out").toString())).isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: input directory does not exist: " + missing + "\n");
	}

	@Test
	void outputThatIsAFileIsNamed() throws Exception {
		Path file = Files.writeString(tmp.resolve("out.txt"), "not a directory");
		assertThat(run("run", "--output", file.toString())).isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: output path is a file, not a directory: " + file + "\n");
	}

	/** Recorded executions: none when a configuration error stopped the run before it started. */
	private String executionsRecorded() {
		out.reset();
		assertThat(run("executions", "--format", "csv")).isZero();
		return out.toString(StandardCharsets.UTF_8).strip();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"s3a://bucket/exports | cannot use output s3a://bucket/exports: no Hadoop file system for the scheme 's3a'",
			"nosuchfs://host/exports | cannot use output nosuchfs://host/exports: no Hadoop file system for the scheme 'nosuchfs'",
			"hdfs://no-such-namenode.invalid:8020/exports | cannot use output hdfs://no-such-namenode.invalid:8020/exports: unknown host no-such-namenode.invalid",
			"hdfs://localhost:1/exports | cannot use output hdfs://localhost:1/exports: Connection refused" })
	void outputThatCannotBeReachedIsAConfigurationErrorBeforeAnyExecution(String output, String message) {
		long started = System.nanoTime();
		assertThat(run("run", "--input", TestCorpus.SEEDS.toString(), "--output", output)).isEqualTo(2);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		assertThat(stderr()).startsWith("news-export: " + message).hasLineCount(1);
		assertThat(executionsRecorded()).isEqualTo(String.join(",", "id", "status", "export", "input", "output",
				"start", "end", "duration_s", "files_read", "articles", "rejects"));
	}

	@Test
	void invalidSettingIsNamedWithoutAStackTrace() {
		assertThat(run("run", "--commit-interval", "0", "--output", tmp.resolve("out").toString())).isEqualTo(2);
		assertThat(stderr()).contains("export.commit-interval must be at least 1").hasLineCount(1);
	}

	@Test
	void missingRulesFileIsNamed() {
		Path rules = tmp.resolve("rules.yml");
		assertThat(run("run", "--rules", rules.toString(), "--output", tmp.resolve("out").toString())).isEqualTo(2);
		assertThat(stderr()).contains("Cleaning rules file not found: " + rules).hasLineCount(1);
	}

	@Test
	void aSettingsFileOverridesConfigApplicationYml() throws Exception {
		Path repository = tmp.resolve("from-settings/db");
		Path settings = Files.writeString(tmp.resolve("my settings.yml"),
				"spring.datasource.url: jdbc:h2:file:" + repository + "\n");
		// without the test's job repository on the command line, which would win over the file
		assertThat(Main.run(new String[] { "--config", settings.toString(), "executions" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
			.as(stderr())
			.isZero();
		assertThat(tmp.resolve("from-settings/db.mv.db")).exists();
		Path properties = Files.writeString(tmp.resolve("my.properties"), "export.commit-interval=0\n");
		assertThat(run("run", "--config=" + properties, "--output", tmp.resolve("out").toString())).isEqualTo(2);
		assertThat(stderr()).contains("export.commit-interval must be at least 1").hasLineCount(1);
	}

	@Test
	void aMissingSettingsFileIsNamed() {
		Path missing = tmp.resolve("nowhere.yml");
		assertThat(run("executions", "--config", missing.toString())).isEqualTo(2);
		assertThat(stderr()).contains("settings file not found: " + missing).hasLineCount(1);
		err.reset();
		assertThat(run("executions", "--config")).isEqualTo(2);
		assertThat(stderr()).contains("option '--config' needs a value").hasLineCount(1);
	}

	@Test
	void incrementalIsAFlagOrTakesABooleanAfterAnEqualsSign() {
		assertThat(CommandLine.parse("run", "--incremental").options()).containsEntry("export.incremental", "true");
		assertThat(CommandLine.parse("run", "--incremental", "--incremental=false").springArguments())
			.containsExactly("--export.incremental=false");
		assertThat(run("run", "--incremental", "yes")).isEqualTo(2);
		assertThat(stderr()).contains("unexpected argument 'yes' for 'run'").hasLineCount(1);
		err.reset();
		assertThat(run("run", "--incremental=maybe", "--output", tmp.resolve("out").toString())).isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: invalid --incremental 'maybe': expected true or false\n");
		err.reset();
		assertThat(run("run", "--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("--incremental");
	}

	@Test
	void versionIsPrintedWithoutSpring() {
		assertThat(run("--version")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).matches("news-export \\d+\\.\\d+\\.\\d+\\S*\n");
		String version = out.toString(StandardCharsets.UTF_8);
		out.reset();
		assertThat(run("version")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(version);
		assertThat(tmp.resolve("repository")).doesNotExist();
	}

	@Test
	void helpOfOneCommandIsThatCommandsOnly() {
		assertThat(run("help", "run")).isZero();
		String runHelp = out.toString(StandardCharsets.UTF_8);
		assertThat(runHelp).contains("Usage: news-export run", "--include", "--part-size", "Exit codes")
			.doesNotContain("Options of 'evaluate'", "--gold", "executions [--status");
		out.reset();
		assertThat(run("run", "--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(runHelp);
		out.reset();
		assertThat(run("help", "show")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("show ID").doesNotContain("--include", "restart ID");
		out.reset();
		assertThat(run("--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("--include", "--gold", "executions [--status",
				"abandon ID", "--version");
		assertThat(run("help", "nothing")).isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: unknown command 'nothing' (see 'news-export --help')\n");
	}

	@Test
	void showWithoutAnIdAnswersBeforeSpringWithOneHint() {
		assertThat(run("show")).isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: 'show' needs an execution id (see 'news-export executions')\n");
		err.reset();
		assertThat(run("abandon", "x1")).isEqualTo(2);
		assertThat(stderr())
			.isEqualTo("news-export: execution id must be a number, not 'x1' (see 'news-export help abandon')\n");
		err.reset();
		assertThat(run("executions", "--format", "xml")).isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: unknown format 'xml' (table, csv or json)\n");
		err.reset();
		assertThat(run("executions", "--limit", "0")).isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: --limit must be a positive number, not '0'\n");
		assertThat(tmp.resolve("repository")).doesNotExist();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "--part-size | 12XB | a size such as 128MB",
			"--commit-interval | abc | a whole number such as 100",
			"--reject-limit | x | a whole number such as 10, or -1 for no limit",
			"--include | a/*.txt | comma-separated globs on file names such as '*.txt,*.TXT' "
					+ "('a/*.txt' has a '/': the globs match file names, not paths)" })
	void runOptionOfTheWrongTypeIsNamedBeforeSpring(String option, String value, String expected) {
		assertThat(run("run", option, value)).isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: invalid " + option + " '" + value + "': expected " + expected
				+ "\n");
		assertThat(tmp.resolve("repository")).doesNotExist();
	}

	@Test
	void misspeltPropertyIsNamedWithTheNearestOne() throws Exception {
		assertThat(Main.run(new String[] { "run", "--output", tmp.resolve("out").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				"--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("repository/db"), "--export.comit-interval=5"))
			.isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: configuration error: unknown property export.comit-interval "
				+ "(did you mean export.commit-interval?)\n");

		err.reset();
		Path config = Files.writeString(tmp.resolve("settings.yml"), "export:\n  part-size: 12XB\n");
		assertThat(Main.run(new String[] { "run", "--output", tmp.resolve("out").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				"--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("repository/db"),
				"--spring.config.additional-location=file:" + config))
			.isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: configuration error: invalid export.part-size '12XB' (" + config
				+ ", line 2): expected a size such as 128MB\n");

		err.reset();
		Files.writeString(config, "export:\n  input: seeds\n  comit-interval: 5\n");
		assertThat(Main.run(new String[] { "run", "--output", tmp.resolve("out").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				"--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("repository/db"),
				"--spring.config.additional-location=file:" + config))
			.isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: configuration error: unknown property export.comit-interval ("
				+ config + ", line 3; did you mean export.commit-interval?)\n");
		assertThat(tmp.resolve("out")).doesNotExist();
	}

	@Test
	void otherFilesAreCountedAsSkippedAndAnIncludePatternWidensTheInput() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("input/sub"));
		Files.writeString(input.resolve("../a.txt"), "Headline A\n\nA real sentence of the first article here.\n");
		Files.writeString(input.resolve("b.TXT"), "Headline B\n\nA real sentence of the second article here.\n");
		Files.writeString(input.resolve("notes.md"), "# notes\n");
		Files.writeString(input.resolve("../index.html"), "<html></html>\n");

		assertThat(run("run", "--input", tmp.resolve("input").toString(), "--output", tmp.resolve("out").toString()))
			.as(stderr())
			.isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern(": 1 articles, .*, 3 other files skipped\n");

		out.reset();
		assertThat(run("run", "--input", tmp.resolve("input").toString(), "--output", tmp.resolve("out2").toString(),
				"--include", "*.txt, *.TXT")).as(stderr()).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern(": 2 articles, .*, 2 other files skipped\n");
		assertThat(Files.readString(tmp.resolve("out2/csv/articles.csv"))).contains("\r\nsub/b,sub/b.TXT,");
	}

	@Test
	void helpDescribesEvaluate() {
		assertThat(run("evaluate", "--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("evaluate", "--gold", "--devset", "--per-doc",
				"--no-run-statistics", "held out");
	}

	@Test
	void evaluateScoresCleanedPagesWithoutSpring() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("subset/input"));
		Path gold = Files.createDirectories(tmp.resolve("subset/gold"));
		Files.writeString(input.resolve("a.txt"), "Headline\n\nThousands of Iraqis gathered in Baghdad on Saturday.\n");
		Files.writeString(gold.resolve("a.txt"), "Thousands of Iraqis gathered in Baghdad on Saturday.");
		Path perDoc = tmp.resolve("a.tsv");

		assertThat(run("evaluate", "--input", input.toString(), "--gold", gold.toString(), "--per-doc",
				perDoc.toString(), "--no-run-statistics")).isZero();

		assertThat(out.toString(StandardCharsets.UTF_8)).contains(
				"subset [article: title, standfirst, byline, body]: 1 documents", "subset [body: body only]: 1 documents",
				"all", "1.000");
		assertThat(perDoc).exists();
		assertThat(tmp.resolve("repository")).doesNotExist();
	}

	@Test
	void evaluateWithoutGoldIsAUsageError() {
		assertThat(run("evaluate", "--input", tmp.toString())).isEqualTo(2);
		assertThat(stderr()).contains("evaluate needs --input DIR and --gold DIR").hasLineCount(1);
	}

	@Test
	void evaluateOfAMissingDirectoryIsNamed() {
		Path missing = tmp.resolve("nowhere");
		assertThat(run("evaluate", "--input", missing.toString(), "--gold", tmp.toString())).isEqualTo(2);
		assertThat(stderr()).isEqualTo("news-export: --input directory does not exist: " + missing + "\n");
	}

	@Test
	void runHasNoEvaluateOptions() {
		assertThat(run("run", "--gold", "x")).isEqualTo(2);
		assertThat(stderr()).contains("unknown option '--gold' for 'run'");
	}

}

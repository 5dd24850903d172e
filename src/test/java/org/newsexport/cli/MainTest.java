package org.newsexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsexport.support.TestCorpus;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line: help, and one clear line with exit code 2 for each kind of mistake.
 */
class MainTest {

	@TempDir
	Path tmp;

	private final CliRun cli = CliRun.inFolder(() -> tmp.resolve("repository"));

	@Test
	void helpListsCommandsOptionsAndExitCodes() {
		assertThat(cli.run("--help")).isZero();
		assertThat(cli.out()).contains("run", "--input", "--output", "--commit-interval", "Exit codes");
		assertThat(cli.out()).as("the benchmark programs are not commands (src/bench)")
			.doesNotContain("generate", "bench");
	}

	@Test
	void noCommandIsAUsageError() {
		assertThat(cli.run()).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: missing command (see 'news-export --help')\n");
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertThat(cli.run("export")).isEqualTo(2);
		assertThat(cli.err()).contains("unknown command 'export'").hasLineCount(1);
		assertThat(cli.run("generate", "--files", "3", "--output", tmp.resolve("corpus").toString())).isEqualTo(2);
		assertThat(cli.err()).contains("unknown command 'generate'").hasLineCount(1);
		assertThat(tmp.resolve("corpus")).doesNotExist();
	}

	@Test
	void unknownOptionIsNamed() {
		assertThat(cli.run("run", "--inptu", "seeds")).isEqualTo(2);
		assertThat(cli.err()).contains("unknown option '--inptu'").hasLineCount(1);
	}

	@Test
	void optionWithoutValueIsNamed() {
		assertThat(cli.run("run", "--output")).isEqualTo(2);
		assertThat(cli.err()).contains("option '--output' needs a value").hasLineCount(1);
	}

	@Test
	void missingInputDirectoryIsNamed() {
		Path missing = tmp.resolve("no-such-dir");
		assertThat(cli.export(missing, tmp.resolve("out"))).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: input directory does not exist: " + missing + "\n");
	}

	@Test
	void outputThatIsAFileIsNamed() throws Exception {
		Path file = Files.writeString(tmp.resolve("out.txt"), "not a directory");
		assertThat(cli.run("run", "--output", file.toString())).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: output path is a file, not a directory: " + file + "\n");
	}

	/**
	 * Recorded executions: none when a configuration error stopped the run before it
	 * started.
	 */
	private String executionsRecorded() {
		assertThat(cli.run("executions", "--format", "csv")).isZero();
		return cli.out().strip();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"s3a://bucket/exports | cannot use output s3a://bucket/exports: no Hadoop file system for the scheme 's3a'",
			"nosuchfs://host/exports | cannot use output nosuchfs://host/exports: no Hadoop file system for the scheme 'nosuchfs'",
			"hdfs://no-such-namenode.invalid:8020/exports | cannot use output hdfs://no-such-namenode.invalid:8020/exports: unknown host no-such-namenode.invalid",
			"hdfs://localhost:1/exports | cannot use output hdfs://localhost:1/exports: Connection refused" })
	void outputThatCannotBeReachedIsAConfigurationErrorBeforeAnyExecution(String output, String message) {
		long started = System.nanoTime();
		assertThat(cli.run("run", "--input", TestCorpus.SEEDS.toString(), "--output", output)).isEqualTo(2);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
		assertThat(cli.err()).startsWith("news-export: " + message).hasLineCount(1);
		assertThat(executionsRecorded()).isEqualTo(String.join(",", "id", "status", "export", "input", "output",
				"start", "end", "duration_s", "files_read", "articles", "rejects"));
	}

	@Test
	void invalidSettingIsNamedWithoutAStackTrace() {
		assertThat(cli.run("run", "--commit-interval", "0", "--output", tmp.resolve("out").toString())).isEqualTo(2);
		assertThat(cli.err()).contains("export.commit-interval must be at least 1").hasLineCount(1);
	}

	@Test
	void missingRulesFileIsNamed() {
		Path rules = tmp.resolve("rules.yml");
		assertThat(cli.run("run", "--rules", rules.toString(), "--output", tmp.resolve("out").toString())).isEqualTo(2);
		assertThat(cli.err()).contains("Cleaning rules file not found: " + rules).hasLineCount(1);
	}

	@Test
	void aSettingsFileOverridesConfigApplicationYml() throws Exception {
		Path repository = tmp.resolve("from-settings/db");
		Path settings = Files.writeString(tmp.resolve("my settings.yml"),
				"spring.datasource.url: jdbc:h2:file:" + repository + "\n");
		// without the test's job repository on the command line, which would win over the
		// file
		CliRun withoutRepository = CliRun.withoutRepository();
		assertThat(withoutRepository.run("--config", settings.toString(), "executions")).as(withoutRepository.err())
			.isZero();
		assertThat(tmp.resolve("from-settings/db.mv.db")).exists();
		Path properties = Files.writeString(tmp.resolve("my.properties"), "export.commit-interval=0\n");
		assertThat(cli.run("run", "--config=" + properties, "--output", tmp.resolve("out").toString())).isEqualTo(2);
		assertThat(cli.err()).contains("export.commit-interval must be at least 1").hasLineCount(1);
	}

	@Test
	void aMissingSettingsFileIsNamed() {
		Path missing = tmp.resolve("nowhere.yml");
		assertThat(cli.run("executions", "--config", missing.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("settings file not found: " + missing).hasLineCount(1);
		assertThat(cli.run("executions", "--config")).isEqualTo(2);
		assertThat(cli.err()).contains("option '--config' needs a value").hasLineCount(1);
	}

	@Test
	void incrementalIsAFlagOrTakesABooleanAfterAnEqualsSign() {
		assertThat(CommandLine.parse("run", "--incremental").options()).containsEntry("export.incremental", "true");
		assertThat(CommandLine.parse("run", "--incremental", "--incremental=false").springArguments())
			.containsExactly("--export.incremental=false");
		assertThat(cli.run("run", "--incremental", "yes")).isEqualTo(2);
		assertThat(cli.err()).contains("unexpected argument 'yes' for 'run'").hasLineCount(1);
		assertThat(cli.run("run", "--incremental=maybe", "--output", tmp.resolve("out").toString())).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: invalid --incremental 'maybe': expected true or false\n");
		assertThat(cli.run("run", "--help")).isZero();
		assertThat(cli.out()).contains("--incremental");
	}

	@Test
	void versionIsPrintedWithoutSpring() {
		assertThat(cli.run("--version")).isZero();
		assertThat(cli.out()).matches("news-export \\d+\\.\\d+\\.\\d+\\S*\n");
		String version = cli.out();
		assertThat(cli.run("version")).isZero();
		assertThat(cli.out()).isEqualTo(version);
		assertThat(tmp.resolve("repository")).doesNotExist();
	}

	@Test
	void helpOfOneCommandIsThatCommandsOnly() {
		assertThat(cli.run("help", "run")).isZero();
		String runHelp = cli.out();
		assertThat(runHelp).contains("Usage: news-export run", "--include", "--part-size", "Exit codes")
			.doesNotContain("Options of 'evaluate'", "--gold", "executions [--status");
		assertThat(cli.run("run", "--help")).isZero();
		assertThat(cli.out()).isEqualTo(runHelp);
		assertThat(cli.run("help", "show")).isZero();
		assertThat(cli.out()).contains("show ID").doesNotContain("--include", "restart ID");
		assertThat(cli.run("--help")).isZero();
		assertThat(cli.out()).contains("--include", "--gold", "executions [--status", "abandon ID", "--version");
		assertThat(cli.run("help", "nothing")).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: unknown command 'nothing' (see 'news-export --help')\n");
	}

	@Test
	void showWithoutAnIdAnswersBeforeSpringWithOneHint() {
		assertThat(cli.run("show")).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: 'show' needs an execution id (see 'news-export executions')\n");
		assertThat(cli.run("abandon", "x1")).isEqualTo(2);
		assertThat(cli.err())
			.isEqualTo("news-export: execution id must be a number, not 'x1' (see 'news-export help abandon')\n");
		assertThat(cli.run("executions", "--format", "xml")).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: unknown format 'xml' (table, csv or json)\n");
		assertThat(cli.run("executions", "--limit", "0")).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: --limit must be a positive number, not '0'\n");
		assertThat(tmp.resolve("repository")).doesNotExist();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "--part-size | 12XB | a size such as 128MB",
					"--commit-interval | abc | a whole number such as 100",
					"--reject-limit | x | a whole number such as 10, or -1 for no limit",
					"--include | a/*.txt | comma-separated globs on file names such as '*.txt,*.TXT' "
							+ "('a/*.txt' has a '/': the globs match file names, not paths)" })
	void runOptionOfTheWrongTypeIsNamedBeforeSpring(String option, String value, String expected) {
		assertThat(cli.run("run", option, value)).isEqualTo(2);
		assertThat(cli.err())
			.isEqualTo("news-export: invalid " + option + " '" + value + "': expected " + expected + "\n");
		assertThat(tmp.resolve("repository")).doesNotExist();
	}

	@Test
	void misspeltPropertyIsNamedWithTheNearestOne() throws Exception {
		String[] run = { "run", "--output", tmp.resolve("out").toString() };
		CliRun misspelt = cli.with("--export.comit-interval=5");
		assertThat(misspelt.run(run)).isEqualTo(2);
		assertThat(misspelt.err()).isEqualTo("news-export: configuration error: unknown property export.comit-interval "
				+ "(did you mean export.commit-interval?)\n");

		Path config = Files.writeString(tmp.resolve("settings.yml"), "export:\n  part-size: 12XB\n");
		CliRun withSettings = cli.with("--spring.config.additional-location=file:" + config);
		assertThat(withSettings.run(run)).isEqualTo(2);
		assertThat(withSettings.err()).isEqualTo("news-export: configuration error: invalid export.part-size '12XB' ("
				+ config + ", line 2): expected a size such as 128MB\n");

		Files.writeString(config, "export:\n  input: seeds\n  comit-interval: 5\n");
		assertThat(withSettings.run(run)).isEqualTo(2);
		assertThat(withSettings.err()).isEqualTo("news-export: configuration error: unknown property "
				+ "export.comit-interval (" + config + ", line 3; did you mean export.commit-interval?)\n");
		assertThat(tmp.resolve("out")).doesNotExist();
	}

	@Test
	void otherFilesAreCountedAsSkippedAndAnIncludePatternWidensTheInput() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("input/sub"));
		Files.writeString(input.resolve("../a.txt"), "Headline A\n\nA real sentence of the first article here.\n");
		Files.writeString(input.resolve("b.TXT"), "Headline B\n\nA real sentence of the second article here.\n");
		Files.writeString(input.resolve("notes.md"), "# notes\n");
		Files.writeString(input.resolve("../index.html"), "<html></html>\n");

		assertThat(cli.export(tmp.resolve("input"), tmp.resolve("out"))).as(cli.err()).isZero();
		assertThat(cli.out()).containsPattern(": 1 articles, .*, 3 other files skipped\n");

		assertThat(cli.export(tmp.resolve("input"), tmp.resolve("out2"), "--include", "*.txt, *.TXT")).as(cli.err())
			.isZero();
		assertThat(cli.out()).containsPattern(": 2 articles, .*, 2 other files skipped\n");
		assertThat(Files.readString(tmp.resolve("out2/csv/articles.csv"))).contains("\r\nsub/b,sub/b.TXT,");
	}

	@Test
	void helpDescribesEvaluate() {
		assertThat(cli.run("evaluate", "--help")).isZero();
		assertThat(cli.out()).contains("evaluate", "--gold", "--devset", "--per-doc", "--no-run-statistics",
				"held out");
	}

	@Test
	void evaluateScoresCleanedPagesWithoutSpring() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("subset/input"));
		Path gold = Files.createDirectories(tmp.resolve("subset/gold"));
		Files.writeString(input.resolve("a.txt"), "Headline\n\nThousands of Iraqis gathered in Baghdad on Saturday.\n");
		Files.writeString(gold.resolve("a.txt"), "Thousands of Iraqis gathered in Baghdad on Saturday.");
		Path perDoc = tmp.resolve("a.tsv");

		assertThat(cli.run("evaluate", "--input", input.toString(), "--gold", gold.toString(), "--per-doc",
				perDoc.toString(), "--no-run-statistics"))
			.isZero();

		assertThat(cli.out()).contains("subset [article: title, standfirst, byline, body]: 1 documents",
				"subset [body: body only]: 1 documents", "all", "1.000");
		assertThat(perDoc).exists();
		assertThat(tmp.resolve("repository")).doesNotExist();
	}

	@Test
	void evaluateWithoutGoldIsAUsageError() {
		assertThat(cli.run("evaluate", "--input", tmp.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("evaluate needs --input DIR and --gold DIR").hasLineCount(1);
	}

	@Test
	void evaluateOfAMissingDirectoryIsNamed() {
		Path missing = tmp.resolve("nowhere");
		assertThat(cli.run("evaluate", "--input", missing.toString(), "--gold", tmp.toString())).isEqualTo(2);
		assertThat(cli.err()).isEqualTo("news-export: --input directory does not exist: " + missing + "\n");
	}

	@Test
	void runHasNoEvaluateOptions() {
		assertThat(cli.run("run", "--gold", "x")).isEqualTo(2);
		assertThat(cli.err()).contains("unknown option '--gold' for 'run'");
	}

}

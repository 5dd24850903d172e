package org.newsexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
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
		assertThat(stderr()).startsWith("news-export: configuration error:").contains("maybe").hasLineCount(1);
		err.reset();
		assertThat(run("run", "--help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("--incremental");
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

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("subset: 1 documents", "all", "1.000");
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

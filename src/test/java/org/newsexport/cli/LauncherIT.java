package org.newsexport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.support.DuckDb;
import org.newsexport.write.Datasets;

/**
 * The launcher, {@code bin/news-export}, as a user runs it after {@code ./mvnw package}: with the extracted jar, its
 * class-data archive and the context prepared ahead of time; and, without them or with an archive this JVM cannot
 * use, the plain jar. Run by failsafe after the package phase, which makes what the launcher starts.
 */
class LauncherIT {

	private static final Path PROJECT = Path.of("").toAbsolutePath();

	private static final String SEEDS_SUMMARY = "5 articles, 128 paragraphs, 17 removed_lines, 40 quotes, 0 rejects, "
			+ "5 files, 0 duplicates";

	@TempDir
	Path tmp;

	/** The links of {@link #projectCopy}, removed before JUnit cleans up (it warns about links out of its folder). */
	@AfterEach
	void removeLinks() throws IOException {
		for (String link : List.of("target/news-export.jar", "target/app/news-export.jar", "target/app/lib")) {
			Files.deleteIfExists(tmp.resolve("project").resolve(link));
		}
	}

	/** What a run of the launcher printed and how it ended. */
	private record Result(int exitCode, String stdout, String stderr) {
	}

	@Test
	void fastStartExportsTheSeedsAsTheJobInProcessDoes() throws Exception {
		Path app = PROJECT.resolve("target/app");
		assumeThat(app.resolve("news-export.jsa")).as("the build's class-data archive (not built with -Dcds.skip)")
			.exists();
		// -Xshare:on after the launcher's options: the JVM fails to start unless the archive is mapped.
		assertExportsTheSeeds(runSeeds(PROJECT, Map.of("JAVA_OPTS", "-Xshare:on")));

		Path inProcess = tmp.resolve("in-process");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(Main.run(new String[] { "run", "--input", "seeds", "--output", inProcess.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
				"--spring.datasource.url=jdbc:h2:file:" + tmp.resolve("in-process-repository/db")))
			.isZero();
		try (DuckDb duckDb = new DuckDb()) {
			for (var schema : Datasets.ALL) {
				String columns = schema == Datasets.ARTICLES ? "* EXCLUDE (exported_at)" : "*";
				assertThat(duckDb.difference(DuckDb.parquet(tmp.resolve("out"), schema.name()),
						DuckDb.parquet(inProcess, schema.name()), columns))
					.as(schema.name())
					.isEmpty();
			}
			assertThat(duckDb.count(DuckDb.parquet(tmp.resolve("out"), "articles"))).isEqualTo(5);
		}
	}

	@Test
	void withoutTheArchiveItRunsTheJar() throws Exception {
		Path home = projectCopy(true); // extracted, but no archive
		assertExportsTheSeeds(runSeeds(home, Map.of()));
	}

	@Test
	void anArchiveThisJvmCannotUseIsIgnoredQuietly() throws Exception {
		Result result = runSeeds(projectWithArchive("not a class-data archive", 60), Map.of());
		assertExportsTheSeeds(result);
		assertThat(result.stdout()).doesNotContainIgnoringCase("shar");
	}

	@Test
	void anArchiveOlderThanTheJarIsNotUsed() throws Exception {
		Path home = projectWithArchive("an archive of an earlier build", -3600);
		// -Xshare:on makes the JVM fail if the launcher passes it this archive.
		Result result = launch(home, Map.of("JAVA_OPTS", "-Xshare:on"), "--help");
		assertThat(result.exitCode()).as("the stale archive was passed to the JVM: " + result.stdout()).isZero();
		assertThat(result.stdout()).contains("Exit codes");
	}

	@Test
	void withoutAJarItSaysToBuildIt() throws Exception {
		Path home = tmp.resolve("empty-project");
		Files.createDirectories(home.resolve("bin"));
		Files.copy(PROJECT.resolve("bin/news-export"), home.resolve("bin/news-export"));
		Result result = launch(home, Map.of(), "run");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderr()).startsWith("news-export: ").contains("build it first").hasLineCount(1);
	}

	/**
	 * A project folder with the launcher and a link to the built jar (and, if asked, to the extracted one, without its
	 * archive); the launcher is run from the real project folder, for config/ and seeds/. The links' times are the
	 * real files' (touching a link touches its file), so they are left alone.
	 */
	private Path projectCopy(boolean extracted) throws IOException {
		assumeThat(PROJECT.resolve("target/news-export.jar")).as("the built jar").exists();
		Path home = tmp.resolve("project");
		Files.createDirectories(home.resolve("bin"));
		Files.createDirectories(home.resolve("target"));
		Files.copy(PROJECT.resolve("bin/news-export"), home.resolve("bin/news-export"));
		Files.createSymbolicLink(home.resolve("target/news-export.jar"), PROJECT.resolve("target/news-export.jar"));
		if (extracted) {
			Path app = PROJECT.resolve("target/app");
			assumeThat(app.resolve("news-export.jar")).as("the build's extracted jar").exists();
			Files.createDirectories(home.resolve("target/app"));
			Files.createSymbolicLink(home.resolve("target/app/news-export.jar"), app.resolve("news-export.jar"));
			Files.createSymbolicLink(home.resolve("target/app/lib"), app.resolve("lib"));
		}
		return home;
	}

	/** {@link #projectCopy} with an archive of this content, modified this many seconds after the built jar. */
	private Path projectWithArchive(String content, long secondsAfterJar) throws IOException {
		Path home = projectCopy(true);
		Path archive = Files.writeString(home.resolve("target/app/news-export.jsa"), content);
		Instant jar = Files.getLastModifiedTime(PROJECT.resolve("target/news-export.jar")).toInstant();
		Files.setLastModifiedTime(archive, FileTime.from(jar.plusSeconds(secondsAfterJar)));
		return home;
	}

	private Result runSeeds(Path home, Map<String, String> environment) throws Exception {
		return launch(home, environment, "run", "--input", "seeds", "--output", tmp.resolve("out").toString());
	}

	private static void assertExportsTheSeeds(Result result) {
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(result.stdout()).contains("news-export: execution 1 COMPLETED in ", SEEDS_SUMMARY);
		assertThat(result.stderr()).isEmpty();
	}

	private Result launch(Path home, Map<String, String> environment, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/news-export").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile());
		builder.environment().remove("JAVA_OPTS");
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + tmp.resolve("repository/db"));
		builder.environment().putAll(environment);
		File stdout = tmp.resolve("stdout-" + System.nanoTime()).toFile();
		File stderr = tmp.resolve("stderr-" + System.nanoTime()).toFile();
		Process process = builder.redirectOutput(stdout).redirectError(stderr).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new AssertionError("the launcher did not end in 120 s");
		}
		return new Result(process.exitValue(), Files.readString(stdout.toPath()), Files.readString(stderr.toPath()));
	}

}

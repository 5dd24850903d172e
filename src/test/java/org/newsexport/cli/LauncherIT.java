package org.newsexport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.support.DuckDb;
import org.newsexport.write.Datasets;

/**
 * The launcher, {@code bin/news-export}, as a user runs it after {@code ./mvnw package}:
 * in the source checkout with the extracted jar, its class-data archive (on JDK 25 and
 * later an AOT cache) and the context prepared ahead of time, or, without them, the plain
 * jar; and unpacked from the distribution, from another folder, where it makes its
 * archive on the first start. Run by failsafe after the package phase, which makes what
 * the launcher starts, on the JDK that runs the build; a JDK 25 or later installed beside
 * it is tried as well. The distribution and the JDK 25 tests, which each train an archive
 * or a cache (10 to 15 s), are tagged "slow": they run in the slow profile, as CI runs.
 */
class LauncherIT {

	private static final Path PROJECT = Path.of("").toAbsolutePath();

	/**
	 * The archive the launcher makes for the JDK that runs the tests: an AOT cache on JDK
	 * 25 and later.
	 */
	private static final String ARCHIVE = archiveFor(Runtime.version().feature());

	/** A line of the class loading log about one of the JDK's own classes. */
	private static final Pattern JDK_CLASS = Pattern.compile("\\] (java|javax|jdk|sun|com\\.sun)\\.");

	private static final String SEEDS_SUMMARY = "5 articles, 128 paragraphs, 17 removed_lines, 40 quotes, 0 rejects, "
			+ "5 files, 0 duplicates";

	@TempDir
	Path tmp;

	/**
	 * The links of {@link #projectCopy}, removed before JUnit cleans up (it warns about
	 * links out of its folder).
	 */
	@AfterEach
	void removeLinks() throws IOException {
		for (String link : List.of("config", "target/news-export.jar", "target/app/news-export.jar",
				"target/app/lib")) {
			Files.deleteIfExists(tmp.resolve("project").resolve(link));
		}
	}

	/** What a run of the launcher printed and how it ended. */
	private record Result(int exitCode, String stdout, String stderr) {
	}

	@Test
	void fastStartExportsTheSeedsAsTheJobInProcessDoes() throws Exception {
		Path app = PROJECT.resolve("target/app");
		assumeThat(app.resolve(ARCHIVE)).as("the build's class-data archive (not built with -Dcds.skip)").exists();
		// -Xshare:on (-XX:AOTMode=on) after the launcher's options: the JVM fails to
		// start unless it maps the archive.
		assertExportsTheSeeds(runSeeds(PROJECT, Map.of("JAVA_OPTS", strict(Runtime.version().feature()))));

		Path inProcess = tmp.resolve("in-process");
		CliRun cli = CliRun.inFolder(tmp.resolve("in-process-repository"));
		assertThat(cli.export(Path.of("seeds"), inProcess)).as(cli.err()).isZero();
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
	void withoutAnExtractedAppItRunsTheJar() throws Exception {
		// as after a build that did not get to the extraction
		Path home = projectCopy(false);
		assertExportsTheSeeds(runSeeds(home, Map.of()));
	}

	@Test
	void anArchiveThisJvmCannotUseIsIgnoredQuietly() throws Exception {
		Result result = runSeeds(projectWithArchive("not a class-data archive", 60), Map.of());
		assertExportsTheSeeds(result);
		assertThat(result.stdout()).doesNotContainIgnoringCase("shar").doesNotContain("AOT", "[aot]");
	}

	/**
	 * A JDK 25 or later installed beside the one that runs the tests (for one of 17,
	 * say): the launcher on it makes an AOT cache, not a dynamic class-data archive, on
	 * its first start, and the next start maps it (-XX:AOTMode=on makes the JVM fail
	 * otherwise), its classes coming from the cache.
	 */
	@Test
	@Tag("slow")
	void onJdk25ItMakesAndUsesAnAotCache() throws Exception {
		Path jdk = jdkBeside(25);
		assumeThat(jdk).as("a JDK 25 or later beside " + System.getProperty("java.home")).isNotNull();
		Path home = projectCopy(true);
		Path app = home.resolve("target/app");
		Map<String, String> environment = Map.of("JAVA_HOME", jdk.toString());
		assertExportsTheSeeds(runSeeds(home, environment));
		assertThat(app.resolve("news-export.aot")).isNotEmptyFile();
		assertThat(app.resolve("news-export.jsa")).doesNotExist();
		assertThat(Files.readString(app.resolve("news-export.aot.id")))
			.isEqualTo("app=" + app.toRealPath() + " java=" + jdk.resolve("bin/java").toRealPath() + "\n");

		Path classes = tmp.resolve("classes-jdk25.log");
		Result mapped = launch(home,
				Map.of("JAVA_HOME", jdk.toString(), "JAVA_OPTS", strict(25) + " -Xlog:class+load=info:file=" + classes),
				"executions");
		assertThat(mapped.exitCode()).as(mapped.stderr()).isZero();
		assertThat(mapped.stdout()).contains("COMPLETED");
		assertThat(mapped.stderr()).isEmpty();
		try (var lines = Files.lines(classes)) {
			assertThat(lines
				.filter(line -> line.contains("org.newsexport.") && line.contains("source: shared objects file"))
				.count()).as("the app's classes from the AOT cache").isGreaterThan(100);
		}

		// The JVM refuses -Xshare beside -XX:AOTCache: with one in JAVA_OPTS the launcher
		// starts without the cache.
		Result unshared = launch(home, Map.of("JAVA_HOME", jdk.toString(), "JAVA_OPTS", "-Xshare:off"), "executions");
		assertThat(unshared.exitCode()).as(unshared.stderr()).isZero();
		assertThat(unshared.stdout()).contains("COMPLETED");
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
	 * The distribution unpacked in one folder, run from another (holding nothing but its
	 * input), then moved and run again: the defaults (output, job repository, rules) are
	 * the install folder's, a relative --input is the current folder's, nothing is
	 * written to the current folder, and each first start makes a class-data archive for
	 * where the folder is that the JVM then maps.
	 */
	@Test
	@Tag("slow")
	void theDistributionRunsFromAnyFolder() throws Exception {
		Path tarball;
		try (var files = Files.list(PROJECT.resolve("target"))) {
			tarball = files.filter(file -> file.getFileName().toString().matches("news-export-.*\\.tar\\.gz"))
				.findFirst()
				.orElse(null);
		}
		assumeThat(tarball).as("the distribution (./mvnw package)").isNotNull();
		Path unpacked = Files.createDirectories(tmp.resolve("unpacked"));
		Process tar = new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", unpacked.toString()).inheritIO()
			.start();
		assertThat(tar.waitFor()).isZero();
		Path home;
		try (var files = Files.list(unpacked)) {
			home = files.toList().get(0).toRealPath();
		}
		assertThat(home.resolve("app/" + ARCHIVE)).as("an archive made for the build's folder").doesNotExist();
		Path corpus = Files.createDirectories(tmp.resolve("corpus"));
		try (var seeds = Files.list(PROJECT.resolve("seeds"))) {
			for (Path seed : seeds.sorted().limit(2).toList()) {
				Files.copy(seed, corpus.resolve(seed.getFileName()));
			}
		}
		Path work = Files.createDirectories(tmp.resolve("work"));

		Result run = launch(home, work, fastStart("run"), false, "run", "--input", "../corpus");
		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(run.stdout()).contains("COMPLETED", "2 files");
		assertThat(home.resolve("output/_SUCCESS")).exists();
		assertThat(home.resolve("output/parquet/articles")).isDirectory();
		assertThat(home.resolve("output/csv/articles.csv")).exists();
		assertThat(home.resolve("data/job-repository.mv.db")).exists();
		// Closed to other users, with a generated password, also with the context
		// prepared ahead of time.
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("data"))))
			.isEqualTo("rwx------");
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(home.resolve("data/job-repository.password"))))
			.isEqualTo("rw-------");
		assertArchiveMadeAndMapped(home, "run");

		Path moved = tmp.resolve("moved");
		Files.move(home, moved);
		Result executions = launch(moved, work, fastStart("executions"), false, "executions");
		assertThat(executions.exitCode()).as(executions.stderr()).isZero();
		assertThat(executions.stdout()).contains("COMPLETED", corpus.toRealPath().toString());
		assertArchiveMadeAndMapped(moved, "executions");

		Result show = launch(moved, work, Map.of(), false, "show", "1");
		assertThat(show.exitCode()).as(show.stderr()).isZero();
		assertThat(show.stdout()).contains("COMPLETED", "publish");
		try (var written = Files.list(work)) {
			assertThat(written).as("written to the current folder").isEmpty();
		}

		// A job repository folder that others can write to is refused, in one line and no
		// stack trace.
		Files.setPosixFilePermissions(moved.resolve("data"), PosixFilePermissions.fromString("rwxrwx---"));
		Result refused = launch(moved, work, Map.of(), false, "executions");
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.stderr())
			.startsWith("news-export: the job repository folder " + moved.resolve("data")
					+ " is writable by other users (mode 0770): ")
			.hasLineCount(1);
		assertThat(refused.stdout()).doesNotContain("\tat ");
	}

	/**
	 * JVM options that make a start fail unless it maps a class-data archive, and log
	 * where classes came from.
	 */
	private Map<String, String> fastStart(String name) {
		return Map.of("JAVA_OPTS", strict(Runtime.version().feature()) + " -Xlog:class+load=info:file="
				+ tmp.resolve("classes-" + name + ".log"));
	}

	/**
	 * The name of the archive that the launcher makes for a JDK of this version, in its
	 * app folder.
	 */
	private static String archiveFor(int feature) {
		return feature >= 25 ? "news-export.aot" : "news-export.jsa";
	}

	/**
	 * The JVM option that makes a JDK of this version fail to start unless it maps the
	 * launcher's archive.
	 */
	private static String strict(int feature) {
		return feature >= 25 ? "-XX:AOTMode=on" : "-Xshare:on";
	}

	/**
	 * A JDK of at least this version in the folder that holds the test's (as /usr/lib/jvm
	 * does), by the version in its release file; null when there is none.
	 */
	private static Path jdkBeside(int feature) throws IOException {
		Path folder = Path.of(System.getProperty("java.home")).toRealPath().getParent();
		try (var jdks = Files.list(folder)) {
			for (Path jdk : jdks.sorted().toList()) {
				Path release = jdk.resolve("release");
				if (Files.isExecutable(jdk.resolve("bin/java")) && Files.isRegularFile(release)) {
					Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
					if (version.find() && Integer.parseInt(version.group(1)) >= feature) {
						return jdk.toRealPath();
					}
				}
			}
		}
		return null;
	}

	/**
	 * The install folder's archive is made for where it is now, and the start logged as
	 * {@code name} used it.
	 */
	private void assertArchiveMadeAndMapped(Path home, String name) throws IOException {
		assertThat(Files.readString(home.resolve("app/" + ARCHIVE + ".id"))).contains("app=" + home.resolve("app"));
		// A dynamic archive's classes are "(top)", on top of the JDK's own archive; an
		// AOT cache holds both.
		String source = ARCHIVE.endsWith(".aot") ? "source: shared objects file" : "source: shared objects file (top)";
		long archived;
		try (var lines = Files.lines(tmp.resolve("classes-" + name + ".log"))) {
			archived = lines.filter(line -> line.contains(source) && !JDK_CLASS.matcher(line).find()).count();
		}
		assertThat(archived).as("classes of the app's archive").isGreaterThan(1000);
	}

	/**
	 * A project folder with the launcher and links to config/ and the built jar (and, if
	 * asked, to the extracted one, without its archive); the launcher is run from the
	 * real project folder, for seeds/. The links' times are the real files' (touching a
	 * link touches its file), so they are left alone.
	 */
	private Path projectCopy(boolean extracted) throws IOException {
		assumeThat(PROJECT.resolve("target/news-export.jar")).as("the built jar").exists();
		Path home = tmp.resolve("project");
		Files.createDirectories(home.resolve("bin"));
		Files.createDirectories(home.resolve("target"));
		Files.copy(PROJECT.resolve("bin/news-export"), home.resolve("bin/news-export"));
		Files.createSymbolicLink(home.resolve("config"), PROJECT.resolve("config"));
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

	/**
	 * {@link #projectCopy} with an archive of this content, made (says its id file) for
	 * this folder and JDK, modified this many seconds after the built jar.
	 */
	private Path projectWithArchive(String content, long secondsAfterJar) throws IOException {
		Path home = projectCopy(true);
		Path archive = Files.writeString(home.resolve("target/app/" + ARCHIVE), content);
		Files.writeString(home.resolve("target/app/" + ARCHIVE + ".id"),
				"app=" + home.toRealPath().resolve("target/app") + " java="
						+ Path.of(System.getProperty("java.home"), "bin/java").toRealPath() + "\n");
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
		return launch(home, PROJECT, environment, true, args);
	}

	/**
	 * Runs {@code home}'s launcher in {@code directory}, with the job repository of the
	 * test unless {@code ownRepository} is false (then it is the launcher's default).
	 */
	private Result launch(Path home, Path directory, Map<String, String> environment, boolean ownRepository,
			String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/news-export").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().remove("JAVA_OPTS");
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		if (ownRepository) {
			builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:h2:file:" + tmp.resolve("repository/db"));
		}
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

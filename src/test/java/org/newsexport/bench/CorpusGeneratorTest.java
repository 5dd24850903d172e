package org.newsexport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.support.TestCorpus;

/**
 * The benchmark corpus: deterministic, shaped like a crawl, made of the seeds' text with
 * boilerplate around it.
 */
class CorpusGeneratorTest {

	@TempDir
	Path tmp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int generate(String... args) {
		return GenerateCorpus.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void theSameFilesAndSeedGiveByteIdenticalTrees() throws Exception {
		assertThat(generate("--files", "300", "--seed", "7", "--output", tmp.resolve("a").toString()))
			.as(err.toString())
			.isZero();
		assertThat(generate("--files", "300", "--seed", "7", "--output", tmp.resolve("b").toString())).isZero();
		assertThat(generate("--files", "300", "--seed", "8", "--output", tmp.resolve("c").toString())).isZero();

		assertThat(treeHash(tmp.resolve("a"))).isEqualTo(treeHash(tmp.resolve("b")))
			.isNotEqualTo(treeHash(tmp.resolve("c")));
		assertThat(out.toString()).startsWith("generate: 300 files, ").contains(" MB in ");
	}

	@Test
	void filesSpreadOverSiteAndDayDirectoriesWithASpreadOfSizes() throws Exception {
		Path corpus = tmp.resolve("corpus");
		assertThat(generate("--files", "1000", "--output", corpus.toString())).as(err.toString()).isZero();

		List<Path> files = txtFiles(corpus);
		assertThat(files).hasSize(1000);
		Map<Path, Long> perDirectory = files.stream()
			.collect(Collectors.groupingBy(Path::getParent, Collectors.counting()));
		assertThat(perDirectory.values()).allMatch(count -> count <= CorpusGenerator.FILES_PER_DIRECTORY);
		assertThat(perDirectory).hasSize(40);
		assertThat(corpus.relativize(files.get(0)).toString())
			.matches("site-\\d\\d/2026-\\d\\d-\\d\\d/[a-z0-9-]+-\\d+\\.txt");
		long[] sizes = files.stream().mapToLong(CorpusGeneratorTest::size).sorted().toArray();
		double mean = Stream.of(files.toArray(Path[]::new)).mapToLong(CorpusGeneratorTest::size).average().orElse(0);
		assertThat(mean).as("average file size").isBetween(3500.0, 4500.0);
		assertThat(sizes[sizes.length / 100 * 5]).as("5th percentile, not counting empty files").isLessThan(2000);
		assertThat(sizes[sizes.length - 1]).as("largest").isGreaterThan(9000).isLessThanOrEqualTo(20_000);
	}

	@Test
	void pagesCarryTheSeedsTextWithOtherNamesAndTheBoilerplateTheCleanerRemoves() throws Exception {
		CorpusGenerator generator = new CorpusGenerator(TestCorpus.SEEDS, 3);
		String pages = Stream.iterate(0, i -> i + 1)
			.limit(400)
			.map(i -> generator.page(i).text())
			.collect(Collectors.joining("\n"));
		assertThat(pages).contains("the secretary general of", "captcha", "Your Comment", "Leave a Reply",
				"Source link", "By admin", "News ID: ", "Home > ", "All rights reserved", "Related Articles");
		assertThat(pages).as("names and places are substituted").doesNotContain("Soleimani", "Khazali", "Baghdad");
	}

	@Test
	void sentencesAreCutAtTheirEndsNotAtAbbreviationsOrInsideQuotations() {
		assertThat(SeedPool.splitSentences("The U.S. left. Gen. Sharif said “We stay. They go.” Then he left."))
			.containsExactly("The U.S. left.", "Gen. Sharif said “We stay. They go.”", "Then he left.");
	}

	@Test
	void aBadCommandLineIsAUsageError() throws Exception {
		Files.writeString(Files.createDirectories(tmp.resolve("full")).resolve("x.txt"), "x");

		assertThat(generate("--output", tmp.resolve("new").toString())).isEqualTo(2);
		assertThat(generate("--files", "many", "--output", tmp.resolve("new").toString())).isEqualTo(2);
		assertThat(generate("--files", "3", "--output", tmp.resolve("full").toString())).isEqualTo(2);
		assertThat(generate("--files", "3", "--from", tmp.resolve("nowhere").toString(), "--output",
				tmp.resolve("new").toString()))
			.isEqualTo(2);
		assertThat(generate("--files", "3", "--outptu", tmp.resolve("new").toString())).isEqualTo(2);
		assertThat(err.toString().lines()).hasSize(5).allMatch(line -> line.startsWith("generate: "));
		assertThat(err.toString()).contains("missing --files N", "--files must be a whole number", "not empty",
				"seed directory does not exist", "unknown option '--outptu'");
	}

	private static List<Path> txtFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** SHA-256 over every file's relative path and bytes, in path order. */
	private static String treeHash(Path dir) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		for (Path file : txtFiles(dir)) {
			digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(Files.readAllBytes(file));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}

package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsexport.article.SourceText;
import org.newsexport.clean.RuleSet;

/**
 * Extracts every seed in {@code seeds/} with the real rules file and compares the result
 * with {@code src/test/resources/golden/<seed>.expected.txt}. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files instead, then review the
 * diff line by line (see the README next to them).
 */
class GoldenSeedsTest {

	private static final Path SEEDS = Path.of("seeds");

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(
			RuleSet.load(Path.of("config/cleaning-rules.yml")));

	static Stream<Path> seeds() throws IOException {
		try (Stream<Path> files = Files.list(SEEDS)) {
			return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList().stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void extractionMatchesGoldenFile(Path seed) throws Exception {
		String stem = seed.getFileName().toString().replaceFirst("\\.txt$", "");
		byte[] bytes = Files.readAllBytes(seed);
		SourceText source = new SourceText(stem, seed.getFileName().toString(), sha256(bytes), bytes.length,
				new String(bytes, StandardCharsets.UTF_8));
		String rendered = ArticleRendering.render(EXTRACTOR.extract(source));
		Path expected = GOLDEN.resolve(stem + ".expected.txt");
		if (Boolean.getBoolean("golden.update")) {
			Files.writeString(expected, rendered, StandardCharsets.UTF_8);
		}
		assertThat(expected).exists();
		assertThat(rendered).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}

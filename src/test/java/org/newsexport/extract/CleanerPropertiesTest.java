package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsexport.article.Article;
import org.newsexport.article.Paragraph;
import org.newsexport.article.Quote;
import org.newsexport.article.RemovedLine;
import org.newsexport.article.SourceText;
import org.newsexport.clean.CleanedText;
import org.newsexport.clean.Cleaner;
import org.newsexport.clean.KeptLine;
import org.newsexport.clean.LineStatistics;
import org.newsexport.clean.NormalizedLine;
import org.newsexport.clean.RuleSet;
import org.newsexport.clean.TextNormalizer;

import org.junit.jupiter.api.Test;

/**
 * Property-based: the cleaner and the extractor, with the real rules file and run
 * statistics, on random and adversarial text (combining marks, surrogate pairs and lone
 * surrogates, bidirectional marks, zero-width characters, every kind of quotation mark
 * and apostrophe, very long words and lines, many lines) mixed with news and boilerplate
 * lines. For every text: nothing throws; every non-blank line is exactly once the
 * headline, a kept line or a removed line, with its normalised text; the paragraphs are
 * the kept lines; quotations and the dateline are cut from their paragraph, the title is
 * the headline, and a speaker's words are in the normalised text.
 * <p>
 * The seed is fixed ({@code -Dcleaner.properties.seed}), and so is the number of tries:
 * 300, a few seconds. For a longer search: {@code -Dcleaner.properties.tries=100000} (see
 * docs/cleaning.md). A case a search finds is fixed and kept as an example in the test of
 * the class at fault.
 */
class CleanerPropertiesTest {

	private static final RuleSet RULES = RuleSet.load(Path.of("config/cleaning-rules.yml"));

	/**
	 * Lines of the seeds: news paragraphs, headlines, a few bylines and boilerplate
	 * lines.
	 */
	private static final List<String> SEED_LINES = seedLines();

	private static final List<String> BOILERPLATE = List.of("Leave a Reply", "12 Comments", "Share on Facebook",
			"Home | News | Sport | World", "© 2021 Example Media. All rights reserved.", "Read more »", "« Previous",
			"Print · Email · Share", "Posted by admin on January 3, 2020", "Jan. 01, 2020 - 10:45", "News / Iraq",
			"Tags: Iraq, Iran, Soleimani", "By Ali Abbas", "Related Articles", "Source: Reuters", "* * *", "•",
			"Comments are closed.", "One Response to “Iraqis hold rally”", "Subscribe to our newsletter");

	private static final List<String> NEWS = List.of("TEHRAN, Jan. 01 (MNA) – Iran said on Sunday it would respond.",
			"BAGHDAD (AP) — Thousands of Iraqis rallied in the capital on Sunday, police said.",
			"“We will not let you stay in the land of the martyrs after today,” said Qais Khazali, who leads the group.",
			"‘It is over,’ he said. «C'est fini», a été dit. 「終わりだ」と彼は言った。 „Es ist vorbei“, sagte er.",
			"According to Ali Abbas, the talks will resume: \"we are ready,\" he added, and ‹nothing› changed.",
			"He said: 'the Americans must leave' and `never return`, adding that Sharif agreed.",
			"La police a déclaré qu'il n'y avait pas de blessés à l'hôpital d'État.",
			"Die Regierung hat am Montag erklärt, dass die Gespräche fortgesetzt werden.",
			"В понедельник правительство заявило, что переговоры будут продолжены.",
			"قال المتحدث إن المحادثات ستستأنف يوم الاثنين في بغداد.", "این گزارش می‌گوید که مذاکرات ادامه دارد.",
			"İstanbul'da yapılan açıklamada, görüşmelerin devam edeceği belirtildi.");

	private static final LineStatistics STATISTICS = statistics();

	private static final Cleaner CLEANER = new Cleaner(RULES, STATISTICS);

	private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(RULES, STATISTICS);

	/** Pieces for adversarial lines. */
	private static final List<String> PIECES = List.of(
			// every kind of quotation mark and apostrophe
			"\u2018", "\u2019", "\u201A", "\u201B", "\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB",
			"\u2039", "\u203A", "\u300C", "\u300D", "\u300E", "\u300F", "'", "\"", "`", "\u02BC", "\u2032",
			// combining marks, alone and stacked, and the dot above that folding drops
			"\u0307", "\u0307\u0307\u0307", "\u0301", "\u0300\u0301\u0302\u0303", "\u20DD", "\u0903", "e\u0301",
			"a\u0307\u0307\u0307'b", "İ", "ı", "Σ", "ΟΔΟΣ'Α", "ς",
			// surrogate pairs and lone surrogates
			"\uD835\uDC00", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD800", "\uDC00",
			"\uDBFF", "\uDFFF",
			// bidirectional marks, joiners and invisible characters
			"\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
			"\u2069", "\u061C", "\u200D", "\u200C", "\u200B", "\u2060", "\uFEFF", "\u00AD",
			// spaces, separators, punctuation, list markers
			" ", " ", " ", "  ", "\t", "\u00A0", "\u2007", "\u3000", "\u2028", "\u2029", "\u0085", "\u000B", "\f", "|",
			" | ", " / ", " > ", "·", "•", "►", "→", "»", "«", "(", ")", "[", "]", ".", "!", "?", "…", ",", ":", ";",
			"-", "–", "—", " - ", "؟", "،", "।", "。", "！", "©", "*", "#", "1.", "a)", "-",
			// words, names, numbers, dates
			"the", "The", "said", " said ", "he said", "told", "according to", "By ", "Obama", "Ali Abbas", "Gen.",
			"U.S.", "a.m.", "AP", "(MNA)", "TEHRAN", "Jan.", "January 3, 2020", "2020-01-03", "12:45", "1,087", "3",
			"l'homme", "d'État", "qu'il", "don't", "it's", "It’s", "für", "и", "و", "که", "नहीं", "政府", "한국어", "ß", "x",
			"Q", "0", "٣", "Ⅻ", "½");

	/** The characters of {@link #PIECES}, for words and runs of one character. */
	private static final List<Character> CHARS = PIECES.stream()
		.flatMap(piece -> piece.chars().mapToObj(c -> (char) c))
		.distinct()
		.toList();

	/**
	 * Each try draws its text from a generator of its own seed ({@code seed + try}), so
	 * that a failing try is reported with the seed that makes its text again, and the
	 * text is written to {@code target/} to be kept as an example.
	 */
	@Test
	void cleaningNeverThrowsAndTakesEverythingFromTheInput() throws IOException {
		long seed = Long.getLong("cleaner.properties.seed", 20261203L);
		int tries = Integer.getInteger("cleaner.properties.tries", 300);
		for (int i = 0; i < tries; i++) {
			String text = text(new SplittableRandom(seed + i));
			try {
				check(text);
			}
			catch (RuntimeException | AssertionError | StackOverflowError ex) {
				Path kept = Path.of("target", "cleaner-properties-failure.txt");
				Files.createDirectories(kept.getParent());
				// UTF-16BE, lone surrogates as they are
				ByteBuffer units = ByteBuffer.allocate(text.length() * 2);
				units.asCharBuffer().put(text);
				Files.write(kept, units.array());
				throw new AssertionError("try " + i + " failed (-Dcleaner.properties.seed=" + (seed + i)
						+ " -Dcleaner.properties.tries=1 makes its text again; written as UTF-16BE code units to "
						+ kept + ")", ex);
			}
		}
	}

	/** Checks every property on one text; also for the examples the search found. */
	static void check(String text) {
		List<NormalizedLine> lines = new TextNormalizer().lines(text);
		CleanedText cleaned = CLEANER.clean(text);
		Article article = EXTRACTOR.extract(new SourceText("doc", "doc.txt", "0".repeat(64), text.length(), text),
				cleaned);
		// the text as the cleaner reads it: zero-width characters gone, white space
		// normalised
		String normalized = lines.stream().map(NormalizedLine::text).collect(Collectors.joining("\n"));
		Map<Integer, String> nonBlank = new HashMap<>();
		for (NormalizedLine line : lines) {
			if (!line.isBlank()) {
				nonBlank.put(line.number(), line.text());
			}
		}
		Map<Integer, String> accounted = new HashMap<>();
		List<KeptLine> kept = new ArrayList<>(cleaned.keptLines());
		if (cleaned.headline() != null) {
			kept.add(cleaned.headline());
		}
		for (KeptLine line : kept) {
			assertThat(accounted.put(line.lineNumber(), line.text())).as("line %d twice", line.lineNumber()).isNull();
		}
		for (RemovedLine line : cleaned.removedLines()) {
			assertThat(accounted.put(line.lineNumber(), line.text())).as("line %d twice", line.lineNumber()).isNull();
		}
		assertThat(accounted).isEqualTo(nonBlank);

		// the kept lines are the article's header (the headline's repeat, standfirst,
		// byline, date lines), then its paragraphs
		List<String> keptTexts = cleaned.keptLines().stream().map(KeptLine::text).toList();
		assertThat(article.paragraphs().size()).isLessThanOrEqualTo(keptTexts.size());
		List<String> header = keptTexts.subList(0, keptTexts.size() - article.paragraphs().size());
		assertThat(article.paragraphs()).extracting(Paragraph::text)
			.containsExactlyElementsOf(keptTexts.subList(header.size(), keptTexts.size()));
		List<String> headerParts = new ArrayList<>();
		if (!header.isEmpty() && header.get(0).equals(article.title())) {
			headerParts.add(article.title());
		}
		else {
			assertThat(article.title()).isEqualTo(cleaned.headline() == null ? null : cleaned.headline().text());
		}
		Stream.of(article.standfirst(), article.byline()).filter(Objects::nonNull).forEach(headerParts::add);
		List<RemovedLine> headerRemoved = new ArrayList<>(article.removedLines());
		headerRemoved.removeAll(cleaned.removedLines());
		headerRemoved.forEach(line -> headerParts.add(line.text()));
		assertThat(headerParts).containsExactlyInAnyOrderElementsOf(header);
		assertThat(article.removedLines()).containsAll(cleaned.removedLines())
			.isSortedAccordingTo(Comparator.comparingInt(RemovedLine::lineNumber));
		for (Quote quote : article.quotes()) {
			assertThat(article.paragraphs().get(quote.paragraphPosition()).text()).contains(quote.text());
			if (quote.speaker() != null) {
				for (String word : quote.speaker().split(" ")) {
					assertThat(normalized).as("speaker %s", quote.speaker()).contains(word);
				}
			}
		}
		if (article.dateline() != null) {
			assertThat(article.paragraphs())
				.anySatisfy(paragraph -> assertThat(paragraph.text()).startsWith(article.dateline()));
		}
	}

	/** A text of up to 40 lines (of 200 to 1,500, one time in 25). */
	static String text(SplittableRandom random) {
		int lines = random.nextInt(25) == 0 ? 200 + random.nextInt(1301) : random.nextInt(41);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines; i++) {
			text.append(line(random)).append(oneOf(random, SEPARATORS));
		}
		return text.toString();
	}

	private static final List<String> SEPARATORS = List.of("\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n \n");

	private static String line(SplittableRandom random) {
		int pick = random.nextInt(27); // weights 6, 3, 3, 6, 3, 2, 1, 1, 2
		if (pick < 6) {
			return oneOf(random, SEED_LINES);
		}
		if (pick < 9) {
			return oneOf(random, NEWS);
		}
		if (pick < 12) {
			return oneOf(random, BOILERPLATE);
		}
		if (pick < 18) {
			return nastyLine(random);
		}
		if (pick < 21) {
			return mixedLine(random);
		}
		if (pick < 23) {
			return anyChars(random, random.nextInt(81));
		}
		if (pick < 24) {
			return longWord(random);
		}
		if (pick < 25) {
			return longLine(random);
		}
		return oneOf(random, List.of("", " ", "\u200B"));
	}

	/** Up to 40 adversarial pieces. */
	private static String nastyLine(SplittableRandom random) {
		StringBuilder line = new StringBuilder();
		for (int i = random.nextInt(41); i > 0; i--) {
			line.append(oneOf(random, PIECES));
		}
		return line.toString();
	}

	/** A news or seed line with adversarial pieces put in at random places. */
	private static String mixedLine(SplittableRandom random) {
		StringBuilder line = new StringBuilder(random.nextBoolean() ? oneOf(random, SEED_LINES) : oneOf(random, NEWS));
		for (int i = 1 + random.nextInt(6); i > 0; i--) {
			line.insert(random.nextInt(line.length() + 1), oneOf(random, PIECES));
		}
		return line.toString();
	}

	/** Any UTF-16 code units, lone surrogates included. */
	private static String anyChars(SplittableRandom random, int length) {
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
		}
		return new String(chars);
	}

	/**
	 * One piece or character repeated up to 20,000 times: a very long word, or a line of
	 * quotation marks.
	 */
	private static String longWord(SplittableRandom random) {
		String unit = switch (random.nextInt(3)) {
			case 0 -> oneOf(random, PIECES);
			case 1 -> String.valueOf(oneOf(random, CHARS));
			default -> oneOf(random, List.of("a", "ab", "a\u0301", "Ab'", "x\u0307"));
		};
		return unit.repeat(1 + random.nextInt(20_000));
	}

	/**
	 * A line of up to 200,000 characters: a paragraph repeated, or words between spaces.
	 */
	private static String longLine(SplittableRandom random) {
		String text = switch (random.nextInt(3)) {
			case 0 -> oneOf(random, SEED_LINES);
			case 1 -> oneOf(random, NEWS);
			default -> nastyLine(random);
		};
		int times = 2 + random.nextInt(999);
		return (text + " ").repeat(Math.min(times, 200_000 / (text.length() + 1)));
	}

	private static <T> T oneOf(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String join(List<String> parts) {
		return String.join("", parts);
	}

	private static List<String> seedLines() {
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			List<String> lines = new ArrayList<>();
			for (Path file : files.sorted().toList()) {
				Files.readString(file, StandardCharsets.UTF_8)
					.lines()
					.filter(line -> !line.isBlank())
					.forEach(lines::add);
			}
			return List.copyOf(lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Run statistics over the seeds and the boilerplate repeated, so that run-repeated
	 * lines occur.
	 */
	private static LineStatistics statistics() {
		LineStatistics statistics = new LineStatistics();
		for (String line : SEED_LINES) {
			statistics.add(line + "\n" + String.join("\n", BOILERPLATE));
		}
		return statistics;
	}

}

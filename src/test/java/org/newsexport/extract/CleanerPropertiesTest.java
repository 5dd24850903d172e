package org.newsexport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Property-based: the cleaner and the extractor, with the real rules file and run statistics, on random and adversarial
 * text (combining marks, surrogate pairs and lone surrogates, bidirectional marks, zero-width characters, every kind
 * of quotation mark and apostrophe, very long words and lines, many lines) mixed with news and boilerplate lines.
 * For every text: nothing throws; every non-blank line is exactly once the headline, a kept line or a removed line,
 * with its normalised text; the paragraphs are the kept lines; quotations and the dateline are cut from their
 * paragraph, the title is the headline, and a speaker's words are in the normalised text.
 * <p>
 * The seed is fixed, and the number of tries is {@code jqwik.tries.default} of {@code junit-platform.properties}
 * (a few seconds). For a longer search: {@code -Djqwik.tries.default=100000} (see the README, "Cleaning"). A case a
 * search finds is fixed and kept as an example in the test of the class at fault.
 */
class CleanerPropertiesTest {

	private static final RuleSet RULES = RuleSet.load(Path.of("config/cleaning-rules.yml"));

	/** Lines of the seeds: news paragraphs, headlines, a few bylines and boilerplate lines. */
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
			" ", " ", " ", "  ", "\t", "\u00A0", "\u2007", "\u3000", "\u2028", "\u2029", "\u0085", "\u000B", "\f",
			"|", " | ", " / ", " > ", "·", "•", "►", "→", "»", "«", "(", ")", "[", "]", ".", "!", "?", "…", ",", ":",
			";", "-", "–", "—", " - ", "؟", "،", "।", "。", "！", "©", "*", "#", "1.", "a)", "-",
			// words, names, numbers, dates
			"the", "The", "said", " said ", "he said", "told", "according to", "By ", "Obama", "Ali Abbas", "Gen.",
			"U.S.", "a.m.", "AP", "(MNA)", "TEHRAN", "Jan.", "January 3, 2020", "2020-01-03", "12:45", "1,087", "3",
			"l'homme", "d'État", "qu'il", "don't", "it's", "It’s", "für", "и", "و", "که", "नहीं", "政府", "한국어", "ß",
			"x", "Q", "0", "٣", "Ⅻ", "½");

	/** The characters of {@link #PIECES}, for words and runs of one character. */
	private static final List<Character> CHARS = PIECES.stream()
		.flatMap(piece -> piece.chars().mapToObj(c -> (char) c))
		.distinct()
		.toList();

	@Property(seed = "20261203")
	void cleaningNeverThrowsAndTakesEverythingFromTheInput(@ForAll("texts") String text) {
		check(text);
	}

	/** Checks every property on one text; also for the examples the search found. */
	static void check(String text) {
		List<NormalizedLine> lines = new TextNormalizer().lines(text);
		CleanedText cleaned = CLEANER.clean(text);
		Article article = EXTRACTOR.extract(new SourceText("doc", "doc.txt", "0".repeat(64), text.length(), text),
				cleaned);
		// the text as the cleaner reads it: zero-width characters gone, white space normalised
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

		assertThat(article.title()).isEqualTo(cleaned.headline() == null ? null : cleaned.headline().text());
		assertThat(article.paragraphs()).extracting(Paragraph::text)
			.containsExactlyElementsOf(cleaned.keptLines().stream().map(KeptLine::text).toList());
		assertThat(article.removedLines()).isEqualTo(cleaned.removedLines());
		for (Quote quote : article.quotes()) {
			assertThat(article.paragraphs().get(quote.paragraphPosition()).text()).contains(quote.text());
			if (quote.speaker() != null) {
				for (String word : quote.speaker().split(" ")) {
					assertThat(normalized).as("speaker %s", quote.speaker()).contains(word);
				}
			}
		}
		if (article.dateline() != null) {
			assertThat(article.paragraphs()).anySatisfy(paragraph -> assertThat(paragraph.text())
				.startsWith(article.dateline()));
		}
	}

	@Provide
	Arbitrary<String> texts() {
		Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(SEED_LINES)),
				Tuple.of(3, Arbitraries.of(NEWS)), Tuple.of(3, Arbitraries.of(BOILERPLATE)), Tuple.of(6, nastyLine()),
				Tuple.of(3, mixedLine()), Tuple.of(2, Arbitraries.strings().all().ofMaxLength(80)),
				Tuple.of(1, longWord()), Tuple.of(1, longLine()), Tuple.of(2, Arbitraries.of("", " ", "\u200B")));
		Arbitrary<String> separator = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n \n");
		Arbitrary<String> textLine = Combinators.combine(line, separator).as(String::concat);
		Arbitrary<String> shortText = textLine.list().ofMaxSize(40).map(CleanerPropertiesTest::join);
		Arbitrary<String> longText = textLine.list().ofMinSize(200).ofMaxSize(1500).map(CleanerPropertiesTest::join);
		return Arbitraries.frequencyOf(Tuple.of(10, shortText), Tuple.of(1, longText));
	}

	/** Up to 40 adversarial pieces. */
	private static Arbitrary<String> nastyLine() {
		return Arbitraries.of(PIECES).list().ofMaxSize(40).map(CleanerPropertiesTest::join);
	}

	/** A news or seed line with adversarial pieces put in at random places. */
	private static Arbitrary<String> mixedLine() {
		Arbitrary<String> base = Arbitraries.oneOf(Arbitraries.of(SEED_LINES), Arbitraries.of(NEWS));
		Arbitrary<List<String>> inserts = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6);
		Arbitrary<List<Integer>> places = Arbitraries.integers().between(0, 1000).list().ofSize(6);
		return Combinators.combine(base, inserts, places).as((text, pieces, at) -> {
			StringBuilder line = new StringBuilder(text);
			for (int i = 0; i < pieces.size(); i++) {
				line.insert(at.get(i) % (line.length() + 1), pieces.get(i));
			}
			return line.toString();
		});
	}

	/** One piece or character repeated up to 20,000 times: a very long word, or a line of quotation marks. */
	private static Arbitrary<String> longWord() {
		Arbitrary<String> unit = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.of(CHARS).map(String::valueOf),
				Arbitraries.of("a", "ab", "a\u0301", "Ab'", "x\u0307"));
		return Combinators.combine(unit, Arbitraries.integers().between(1, 20_000)).as(String::repeat);
	}

	/** A line of up to 200,000 characters: a paragraph repeated, or words between spaces. */
	private static Arbitrary<String> longLine() {
		Arbitrary<String> base = Arbitraries.oneOf(Arbitraries.of(SEED_LINES), Arbitraries.of(NEWS), nastyLine());
		return Combinators.combine(base, Arbitraries.integers().between(2, 1000))
			.as((text, times) -> (text + " ").repeat(Math.min(times, 200_000 / (text.length() + 1))));
	}

	private static String join(List<String> parts) {
		return String.join("", parts);
	}

	private static List<String> seedLines() {
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			List<String> lines = new ArrayList<>();
			for (Path file : files.sorted().toList()) {
				Files.readString(file, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).forEach(lines::add);
			}
			return List.copyOf(lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Run statistics over the seeds and the boilerplate repeated, so that run-repeated lines occur. */
	private static LineStatistics statistics() {
		LineStatistics statistics = new LineStatistics();
		for (String line : SEED_LINES) {
			statistics.add(line + "\n" + String.join("\n", BOILERPLATE));
		}
		return statistics;
	}

}

package org.newsexport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The raw material of a generated corpus: the sentences, headlines and sub-headings of
 * the seed articles, each parsed once into a {@link Template} whose names, places,
 * numbers and dates are slots for {@link Substitutions} to fill. Boilerplate of the seeds
 * is left out: the generator adds its own.
 */
final class SeedPool {

	/** A seed's own debris starts here; nothing after it is article text. */
	private static final Pattern FOOTER = Pattern
		.compile("(?i)^(source link|by admin|leave a reply|your comment|.*alternate addresses:)$");

	/**
	 * "TEHRAN, Jan. 01 (MNA) – " or "BAGHDAD/TEHRAN – ": the generator writes its own
	 * datelines.
	 */
	private static final Pattern DATELINE = Pattern
		.compile("^\\p{Lu}{3,}(/\\p{Lu}{3,})*(, \\p{Lu}\\p{Ll}{2}\\. \\d{1,2} \\(\\p{Lu}+\\))? – ");

	private static final Pattern DATE_OR_CODE = Pattern.compile(".*\\d{4}$|(?i)^news code.*");

	/** Abbreviations after which a full stop does not end a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("U.S", "Gen", "Jan", "Feb", "Dr", "Mr", "Mrs", "St",
			"anniv", "No", "Lt", "Col");

	private final List<Template> sentences;

	private final List<Template> headings;

	private SeedPool(List<Template> sentences, List<Template> headings) {
		if (sentences.size() < 10 || headings.isEmpty()) {
			throw new IllegalArgumentException("the seed articles hold too little text to generate from: "
					+ sentences.size() + " sentences, " + headings.size() + " headlines");
		}
		this.sentences = sentences;
		this.headings = headings;
	}

	/** Reads every {@code *.txt} file of {@code dir}, in name order. */
	static SeedPool load(Path dir) {
		if (!Files.isDirectory(dir)) {
			throw new IllegalArgumentException("seed directory does not exist: " + dir);
		}
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
				texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the seed articles in " + dir + ": " + ex.getMessage(), ex);
		}
		return parse(texts);
	}

	static SeedPool parse(List<String> texts) {
		Set<String> sentences = new LinkedHashSet<>();
		Set<String> headings = new LinkedHashSet<>();
		for (String text : texts) {
			for (String raw : text.split("\\R")) {
				String line = raw.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
				if (FOOTER.matcher(line).matches()) {
					break;
				}
				line = DATELINE.matcher(line).replaceFirst("");
				int words = (int) Stream.of(line.split(" "))
					.filter(word -> word.chars().anyMatch(Character::isLetter))
					.count();
				if (words >= 8 && endsLikeSentence(line)) {
					sentences.addAll(splitSentences(line));
				}
				else if (words >= 3 && words <= 14 && !line.endsWith(".") && !DATE_OR_CODE.matcher(line).matches()) {
					headings.add(line);
				}
			}
		}
		return new SeedPool(sentences.stream().map(Template::parse).toList(),
				headings.stream().map(Template::parse).toList());
	}

	private static boolean endsLikeSentence(String line) {
		char last = line.charAt(line.length() - 1);
		return ".!?”\"’".indexOf(last) >= 0;
	}

	/**
	 * Splits at a full stop, question or exclamation mark followed by a capital, outside
	 * quotations.
	 */
	static List<String> splitSentences(String paragraph) {
		List<String> sentences = new ArrayList<>();
		int start = 0;
		int quoteDepth = 0;
		for (int i = 0; i < paragraph.length() - 2; i++) {
			char c = paragraph.charAt(i);
			if (c == '“') {
				quoteDepth++;
			}
			else if (c == '”') {
				quoteDepth = Math.max(0, quoteDepth - 1);
			}
			boolean end = ".?!".indexOf(c) >= 0 && quoteDepth == 0
					|| c == '”' && i > 0 && quoteDepth == 0 && ".?!".indexOf(paragraph.charAt(i - 1)) >= 0;
			char after = paragraph.charAt(i + 2);
			if (!end || paragraph.charAt(i + 1) != ' ' || !(Character.isUpperCase(after) || after == '“')) {
				continue;
			}
			if (c == '.' && ABBREVIATIONS.contains(lastWord(paragraph, i))) {
				continue;
			}
			sentences.add(paragraph.substring(start, i + 1));
			start = i + 2;
		}
		sentences.add(paragraph.substring(start));
		return sentences;
	}

	private static String lastWord(String text, int end) {
		int start = end;
		while (start > 0 && text.charAt(start - 1) != ' ') {
			start--;
		}
		return text.substring(start, end);
	}

	List<Template> sentences() {
		return sentences;
	}

	List<Template> headings() {
		return headings;
	}

}

package org.newsexport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Writes a synthetic crawl for benchmarks: {@code files} scraped article pages built from
 * the seed articles' sentences, with names, places, numbers and dates substituted,
 * wrapped in the boilerplate the cleaner removes (breadcrumbs, newsroom codes, bylines,
 * share and follow lines, headline captions, "Source link", comment forms and captchas,
 * promos, copyright lines) and, in some pages, the page's menus, related-links lists and
 * footer. About 4% of the files are near-duplicates of an earlier file (republished
 * elsewhere with light edits), 0.5% exact copies.
 * <p>
 * Every file is a function of the corpus seed and its number alone, so the same files and
 * seed give byte-identical files, whatever the number of threads; nothing is held in
 * memory but the seed pool. Files go under {@code site-NN/YYYY-MM-DD/slug-N.txt}, 128 to
 * a directory.
 */
public final class CorpusGenerator {

	/** What a generation wrote. */
	public record Summary(long files, long bytes, long nearDuplicates, long exactDuplicates, long empty) {
	}

	static final int FILES_PER_DIRECTORY = 128;

	static final int SITES = 40;

	/** Files a thread writes at a time. */
	private static final int BATCH = 256;

	private static final double NEAR_DUPLICATE_SHARE = 0.04;

	private static final double EXACT_DUPLICATE_SHARE = 0.005;

	private static final double EMPTY_SHARE = 0.0005;

	/**
	 * Body size: log-normal around this median (bytes), clamped; pages add their
	 * boilerplate on top.
	 */
	private static final double MEDIAN_BODY_BYTES = 2880;

	private static final double BODY_SIGMA = 0.55;

	private static final Set<String> DANGLING = Set.of("the", "a", "an", "of", "and", "to", "in", "on", "for", "with",
			"by", "at", "from", "that", "as", "its", "their", "his", "her", "–");

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	private static final Pattern QUOTATION_MARKS = Pattern.compile("[“”\"]");

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:.–-]+$");

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

	private enum FileKind {

		ORIGINAL, NEAR_DUPLICATE, EXACT_DUPLICATE, EMPTY

	}

	/** An article before it is laid out in a page. */
	private record ArticleText(String headline, List<String> paragraphs) {
	}

	/** A file: the headline its name is made from, and its text. */
	record Page(String headline, String text) {
	}

	private final SeedPool pool;

	private final long seed;

	private final SiteStyle[] sites = new SiteStyle[SITES];

	public CorpusGenerator(Path seedDir, long seed) {
		this(SeedPool.load(seedDir), seed);
	}

	CorpusGenerator(SeedPool pool, long seed) {
		this.pool = pool;
		this.seed = seed;
		for (int site = 0; site < SITES; site++) {
			sites[site] = SiteStyle.of(seed, site);
		}
	}

	/**
	 * Writes {@code files} files under {@code output}, which must be empty or not exist,
	 * on all processors.
	 */
	public Summary generate(int files, Path output) {
		if (files < 0) {
			throw new IllegalArgumentException("--files must be 0 or more, not " + files);
		}
		requireEmpty(output);
		LongAdder bytes = new LongAdder();
		LongAdder[] kinds = { new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder() };
		try {
			// the first SITES files of each day are the first of their directories
			for (int i = 0; i < files; i++) {
				if (i % (SITES * FILES_PER_DIRECTORY) < SITES) {
					Files.createDirectories(output.resolve(directoryName(i)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the corpus directories in " + output + ": " + ex.getMessage(),
					ex);
		}
		int batches = (files + BATCH - 1) / BATCH;
		IntStream.range(0, batches).parallel().forEach(batch -> {
			int end = Math.min(files, (batch + 1) * BATCH);
			for (int i = batch * BATCH; i < end; i++) {
				Page page = page(i);
				byte[] content = page.text().getBytes(StandardCharsets.UTF_8);
				Path file = output.resolve(directoryName(i)).resolve(fileName(i, page.headline()));
				try {
					Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot write " + file + ": " + ex.getMessage(), ex);
				}
				bytes.add(content.length);
				kinds[kind(i).ordinal()].increment();
			}
		});
		return new Summary(files, bytes.sum(), kinds[FileKind.NEAR_DUPLICATE.ordinal()].sum(),
				kinds[FileKind.EXACT_DUPLICATE.ordinal()].sum(), kinds[FileKind.EMPTY.ordinal()].sum());
	}

	private static void requireEmpty(Path output) {
		if (Files.exists(output)) {
			if (!Files.isDirectory(output)) {
				throw new IllegalArgumentException("output is not a directory: " + output);
			}
			try (var entries = Files.list(output)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalArgumentException("output directory is not empty: " + output);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list " + output + ": " + ex.getMessage(), ex);
			}
		}
	}

	/** File {@code i}. */
	Page page(int i) {
		SplittableRandom random = random(i, 1);
		return switch (kind(i)) {
			case EMPTY -> new Page("page", random.nextBoolean() ? "" : " \n\n");
			case ORIGINAL -> layout(i, article(i), random);
			case EXACT_DUPLICATE -> page(original(i, random));
			case NEAR_DUPLICATE -> layout(i, lightlyEdited(article(original(i, random)), random), random);
		};
	}

	/**
	 * File {@code i}'s directory: its site's, for the day of its number; files take turns
	 * among the sites.
	 */
	private static String directoryName(int i) {
		int site = site(i);
		return (site < 10 ? "site-0" : "site-") + site + "/" + FIRST_DAY.plusDays(i / SITES / FILES_PER_DIRECTORY);
	}

	private static int site(int i) {
		return i % SITES;
	}

	/**
	 * The earlier file that file {@code i} copies, exactly or with light edits; -1 when
	 * it is no copy.
	 */
	int copyOf(int i) {
		FileKind kind = kind(i);
		return kind == FileKind.NEAR_DUPLICATE || kind == FileKind.EXACT_DUPLICATE ? original(i, random(i, 1)) : -1;
	}

	boolean isExactCopy(int i) {
		return kind(i) == FileKind.EXACT_DUPLICATE;
	}

	/** The path of file {@code i} relative to the corpus directory. */
	String relativePath(int i) {
		return directoryName(i) + "/" + fileName(i, page(i).headline());
	}

	private static String fileName(int i, String headline) {
		StringBuilder slug = new StringBuilder();
		int words = 0;
		for (String word : NOT_SLUG.split(headline.toLowerCase(Locale.ROOT))) {
			if (word.isEmpty() || word.length() < 3 && words > 0) {
				continue;
			}
			slug.append(word).append('-');
			if (++words == 6) {
				break;
			}
		}
		return slug + Integer.toString(i) + ".txt";
	}

	private FileKind kind(int i) {
		if (i == 0) {
			return FileKind.ORIGINAL;
		}
		double u = random(i, 0).nextDouble();
		if (u < NEAR_DUPLICATE_SHARE) {
			return FileKind.NEAR_DUPLICATE;
		}
		if (u < NEAR_DUPLICATE_SHARE + EXACT_DUPLICATE_SHARE) {
			return FileKind.EXACT_DUPLICATE;
		}
		return u < NEAR_DUPLICATE_SHARE + EXACT_DUPLICATE_SHARE + EMPTY_SHARE ? FileKind.EMPTY : FileKind.ORIGINAL;
	}

	/** An earlier original file, most often a recent one: the page a duplicate copies. */
	private int original(int i, SplittableRandom random) {
		int j = i - 1 - random.nextInt(Math.min(i, 5000));
		while (kind(j) != FileKind.ORIGINAL) {
			j--;
		}
		return j;
	}

	private SplittableRandom random(int i, int stream) {
		return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (i * 4L + stream) * 0xBF58476D1CE4E5B9L);
	}

	/**
	 * The article of file {@code i}: a headline and paragraphs of one to three seed
	 * sentences.
	 */
	private ArticleText article(int i) {
		SplittableRandom random = random(i, 2);
		Substitutions names = new Substitutions(random);
		List<Template> sentences = pool.sentences();
		List<Template> headings = pool.headings();
		String headline = headline(names.render(sentences.get(random.nextInt(sentences.size()))), random);
		double target = Math.exp(Math.log(MEDIAN_BODY_BYTES) + BODY_SIGMA * random.nextGaussian());
		long bodyBytes = Math.round(Math.max(600, Math.min(17_000, target)));
		List<String> paragraphs = new ArrayList<>();
		long size = 0;
		while (size < bodyBytes) {
			StringBuilder paragraph = new StringBuilder(400);
			if (!paragraphs.isEmpty() && paragraphs.size() % 5 == 3 && random.nextInt(4) == 0) {
				names.render(headings.get(random.nextInt(headings.size())), paragraph);
			}
			else {
				int count = 1 + random.nextInt(3);
				for (int s = 0; s < count; s++) {
					if (s > 0) {
						paragraph.append(' ');
					}
					names.render(sentences.get(random.nextInt(sentences.size())), paragraph);
				}
			}
			if (paragraphs.isEmpty() && random.nextInt(3) == 0) {
				paragraph.insert(0,
						names.datelineCity() + ", " + Substitutions.MONTHS.get(random.nextInt(12)).substring(0, 3)
								+ ". " + twoDigits(1 + random.nextInt(28)) + " (" + sites[site(i)].agency() + ") – ");
			}
			if (Character.isLowerCase(paragraph.charAt(0))) {
				paragraph.setCharAt(0, Character.toUpperCase(paragraph.charAt(0)));
			}
			size += paragraph.length() + 1;
			paragraphs.add(paragraph.toString());
		}
		return new ArticleText(headline, paragraphs);
	}

	private static String twoDigits(int n) {
		return (n < 10 ? "0" : "") + n;
	}

	/**
	 * A headline cut from a sentence: its first 6 to 12 words, without quotation marks or
	 * a dangling word.
	 */
	private static String headline(String sentence, SplittableRandom random) {
		String[] words = QUOTATION_MARKS.matcher(sentence).replaceAll("").split(" ");
		int end = Math.min(words.length, 6 + random.nextInt(7));
		while (end > 3 && DANGLING.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
			end--;
		}
		String headline = TRAILING_PUNCTUATION.matcher(String.join(" ", List.of(words).subList(0, end))).replaceAll("");
		return Character.toUpperCase(headline.charAt(0)) + headline.substring(1);
	}

	/**
	 * The same article republished: a few words changed, maybe the last paragraph
	 * dropped.
	 */
	private ArticleText lightlyEdited(ArticleText article, SplittableRandom random) {
		List<String> paragraphs = new ArrayList<>(article.paragraphs());
		if (paragraphs.size() >= 12 && random.nextBoolean()) {
			paragraphs.remove(paragraphs.size() - 1);
		}
		int edits = 1 + random.nextInt(3);
		for (int e = 0; e < edits; e++) {
			int p = random.nextInt(paragraphs.size());
			String[] words = paragraphs.get(p).split(" ");
			int w = random.nextInt(words.length);
			words[w] = switch (random.nextInt(3)) {
				case 0 -> "reportedly " + words[w];
				case 1 -> words[w].toLowerCase(Locale.ROOT).equals("the") ? "a" : words[w] + ",";
				default -> "";
			};
			paragraphs.set(p, String.join(" ", words).replace("  ", " ").strip());
		}
		return new ArticleText(article.headline(), paragraphs);
	}

	/**
	 * File {@code i}'s page: the article in its site's layout, with boilerplate and
	 * sometimes page debris.
	 */
	private Page layout(int i, ArticleText article, SplittableRandom random) {
		SiteStyle site = sites[site(i)];
		Substitutions names = new Substitutions(random);
		boolean dump = random.nextInt(4) == 0;
		List<String> lines = new ArrayList<>(article.paragraphs().size() + 40);
		if (dump) {
			lines.addAll(site.menu());
		}
		String section = site.sections().get(random.nextInt(site.sections().size()));
		switch (site.breadcrumb()) {
			case 1 -> lines.add("Home > " + section + " > " + names.pickCountry());
			case 2 -> lines.add("News / " + section);
			default -> {
			}
		}
		lines.add(article.headline());
		if (random.nextInt(3) == 0) {
			lines.add(site.aggregator() ? "By admin" : "By " + names.pickLastName() + ", " + site.name());
		}
		switch (site.newsroomCode()) {
			case 1 -> lines.add("News ID: " + (10000 + random.nextInt(900000)));
			case 2 -> lines.add("News Code " + (100000 + random.nextInt(900000)));
			default -> {
			}
		}
		List<String> paragraphs = article.paragraphs();
		int caption = random.nextInt(3) == 0 ? 1 + random.nextInt(Math.max(1, paragraphs.size() - 1)) : -1;
		int share = paragraphs.size() > 4 && random.nextInt(5) == 0 ? paragraphs.size() / 2 : -1;
		for (int p = 0; p < paragraphs.size(); p++) {
			if (p == caption) {
				lines.add(random.nextBoolean() ? article.headline() : article.headline() + " (+PHOTOS)");
			}
			if (p == share) {
				lines.add("Read more: " + names.render(pool.headings().get(random.nextInt(pool.headings().size()))));
			}
			lines.add(paragraphs.get(p));
		}
		if (site.aggregator()) {
			lines.add("Source link");
			lines.add("By admin");
		}
		if (random.nextInt(3) > 0) {
			lines.addAll(site.shareLines());
		}
		lines.addAll(site.promoLines());
		if (dump) {
			lines.add(random.nextBoolean() ? "Related Articles" : "Read More");
			int related = 3 + random.nextInt(4);
			for (int r = 0; r < related; r++) {
				lines.add(names.render(pool.headings().get(random.nextInt(pool.headings().size()))));
			}
		}
		switch (site.comments()) {
			case SiteStyle.COMMENTS_MNA -> lines.addAll(List.of("Your Comment", "You are replying to: .", "• captcha"));
			case SiteStyle.COMMENTS_WORDPRESS -> lines.addAll(
					List.of("Leave a Reply", "Your email address will not be published. Required fields are marked *",
							"Comment *", "Name *", "Email *", "Website", "Post Comment"));
			default -> {
			}
		}
		if (dump) {
			lines.addAll(site.footer());
		}
		if (dump || random.nextBoolean()) {
			lines.add(site.copyright());
		}
		String separator = site.blankLines() ? "\n\n" : "\n";
		StringBuilder page = new StringBuilder(8192);
		for (String line : lines) {
			page.append(line).append(separator);
		}
		return new Page(article.headline(), page.toString());
	}

}

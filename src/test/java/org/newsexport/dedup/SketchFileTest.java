package org.newsexport.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.dedup.DuplicateIndex.Sketch;

/**
 * Sketches written into sketch files, in parts of a corpus as the partitions of the
 * duplicates step write them, and read back in order: the same index and the same
 * duplicates as one pass over the corpus.
 */
class SketchFileTest {

	private static final MinHashParameters PARAMETERS = MinHashParameters.DEFAULTS;

	@TempDir
	Path tmp;

	private final SyntheticText texts = new SyntheticText(13);

	@Test
	void sketchesReadBackAreTheOnesWritten() throws IOException {
		Sketcher sketcher = new Sketcher(PARAMETERS);
		List<Sketch> written = List.of(sketcher.sketch(SyntheticText.text(texts.words(200))), sketcher.sketch("— ★ —"),
				sketcher.sketch(SyntheticText.text(texts.words(50))));
		byte[] file = write(written);

		List<Sketch> read = new ArrayList<>();
		assertThat(SketchFile.read(new ByteArrayInputStream(file), PARAMETERS.permutations(), "f", read::add))
			.isEqualTo(3);

		assertThat(read).hasSize(3);
		for (int i = 0; i < 3; i++) {
			assertThat(read.get(i).bodyHash()).isEqualTo(written.get(i).bodyHash());
			assertThat(read.get(i).signature()).isEqualTo(written.get(i).signature());
		}
		assertThat(read.get(1).signature()).as("a body without words").isNull();
		assertThat(file).as("header, 2 signatures, 3 tags and body hashes, trailer")
			.hasSize(12 + 2 * 4 * PARAMETERS.permutations() + 3 * 9 + 9);
	}

	@Test
	void anIndexFedFromSketchFilesInPartsIsTheIndexOfOnePass() throws IOException {
		Map<String, String> corpus = corpusWithClusters(300);
		try (DuplicateIndex onePass = new DuplicateIndex(PARAMETERS, tmp);
				DuplicateIndex fromFiles = new DuplicateIndex(PARAMETERS, tmp)) {
			for (String body : corpus.values()) {
				onePass.add(body);
			}
			for (byte[] file : sketchFiles(corpus, 4)) {
				SketchFile.read(new ByteArrayInputStream(file), PARAMETERS.permutations(), "f", fromFiles::add);
			}
			UnionFind expected = onePass.link();
			UnionFind actual = fromFiles.link();

			assertThat(fromFiles.size()).isEqualTo(onePass.size()).isEqualTo(300);
			assertThat(fromFiles.wordlessDocuments()).isEqualTo(onePass.wordlessDocuments()).isPositive();
			assertThat(expected.inSetsOfTwoOrMore().cardinality()).isGreaterThan(50);
			for (int doc = 0; doc < 300; doc++) {
				assertThat(actual.find(doc)).as("cluster of %d", doc).isEqualTo(expected.find(doc));
				int other = (doc * 7 + 1) % 300;
				assertThat(fromFiles.estimatedJaccard(doc, other)).isEqualTo(onePass.estimatedJaccard(doc, other));
				assertThat(fromFiles.sameNormalisedBody(doc, other)).isEqualTo(onePass.sameNormalisedBody(doc, other));
			}
			assertThat(fromFiles.stats().toString()).isEqualTo(onePass.stats().toString());
		}
	}

	@Test
	void duplicatesFoundFromSketchFilesInAnyNumberOfPartsAreTheOnesOfOnePass() throws IOException {
		Map<String, String> corpus = corpusWithClusters(200);
		DuplicateFinder finder = new DuplicateFinder(PARAMETERS, tmp, 2);
		List<Duplicate> onePass = new ArrayList<>();
		DuplicateSummary expected = finder.find(corpus(corpus), onePass::add);

		assertThat(onePass).hasSizeGreaterThan(40);
		for (int parts : new int[] { 1, 3, 7, 250 }) {
			List<byte[]> files = sketchFiles(corpus, parts);
			List<Duplicate> rows = new ArrayList<>();
			DuplicateSummary summary = finder.find(consumer -> {
				for (byte[] file : files) {
					SketchFile.read(new ByteArrayInputStream(file), PARAMETERS.permutations(), "f", consumer);
				}
			}, corpus(corpus), rows::add);
			assertThat(rows).as("%d parts", parts).isEqualTo(onePass);
			assertThat(summary.toString()).isEqualTo(expected.toString());
		}
	}

	@Test
	void aFileCutShortOrOfOtherParametersIsNotRead() throws IOException {
		Sketcher sketcher = new Sketcher(PARAMETERS);
		byte[] file = write(List.of(sketcher.sketch("one two three four five six"),
				sketcher.sketch("seven eight nine ten eleven twelve")));
		List<Sketch> read = new ArrayList<>();

		assertThatIOException()
			.isThrownBy(() -> SketchFile.read(new ByteArrayInputStream(Arrays.copyOf(file, file.length - 9)),
					PARAMETERS.permutations(), "p-00001", read::add))
			.withMessage("p-00001 is cut short: it is not a complete sketch file");
		assertThatIOException()
			.isThrownBy(() -> SketchFile.read(new ByteArrayInputStream(file), 64, "p-00001", read::add))
			.withMessage("p-00001 holds signatures of 128 permutations, not 64");
		assertThatIOException()
			.isThrownBy(() -> SketchFile.read(new ByteArrayInputStream(new byte[] { 'P', 'A', 'R', '1' }),
					PARAMETERS.permutations(), "p-00001", read::add))
			.withMessage("p-00001 is not a sketch file");
	}

	/**
	 * The sketches of a corpus, sketched on two threads into {@code parts} files of
	 * contiguous ranges.
	 */
	private List<byte[]> sketchFiles(Map<String, String> corpus, int parts) throws IOException {
		List<Map.Entry<String, String>> documents = new ArrayList<>(corpus.entrySet());
		DuplicateFinder finder = new DuplicateFinder(PARAMETERS, null, 2);
		List<byte[]> files = new ArrayList<>();
		for (int p = 0; p < parts; p++) {
			List<Map.Entry<String, String>> range = documents.subList(p * documents.size() / parts,
					(p + 1) * documents.size() / parts);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (SketchFile.Writer writer = new SketchFile.Writer(bytes, PARAMETERS.permutations())) {
				assertThat(finder.sketch(visitor -> {
					for (Map.Entry<String, String> document : range) {
						visitor.visit(document.getKey(), document.getValue());
					}
				}, writer)).isEqualTo(range.size());
				writer.finish();
			}
			files.add(bytes.toByteArray());
		}
		return files;
	}

	private static byte[] write(List<Sketch> sketches) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SketchFile.Writer writer = new SketchFile.Writer(bytes, PARAMETERS.permutations())) {
			for (Sketch sketch : sketches) {
				writer.accept(sketch);
			}
			writer.finish();
		}
		return bytes.toByteArray();
	}

	/**
	 * Every fifth document an edit of the one before, every fourth an exact copy, and
	 * some without words.
	 */
	private Map<String, String> corpusWithClusters(int size) {
		Map<String, String> corpus = new LinkedHashMap<>();
		List<String> previous = texts.words(300);
		for (int i = 0; i < size; i++) {
			List<String> words = i % 5 == 4 ? texts.edited(previous, 0.9, 3) : i % 4 == 3 ? previous : texts.words(300);
			corpus.put(String.format("doc-%03d", i), i % 37 == 0 ? "— ★ —" : SyntheticText.text(words));
			previous = words;
		}
		return corpus;
	}

	private static Corpus corpus(Map<String, String> documents) {
		return visitor -> {
			for (Map.Entry<String, String> document : documents.entrySet()) {
				visitor.visit(document.getKey(), document.getValue());
			}
		};
	}

}

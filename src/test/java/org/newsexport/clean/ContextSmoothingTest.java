package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContextSmoothingTest {

	private static List<PageLine> lines(BlockClass... classes) {
		List<PageLine> lines = new ArrayList<>();
		for (BlockClass blockClass : classes) {
			PageLine line = new PageLine(new NormalizedLine(lines.size() + 1, "x", "x"), true, null);
			line.classify(blockClass, blockClass == BlockClass.SHORT ? Feature.SHORT : null, false);
			lines.add(line);
		}
		return lines;
	}

	private static List<BlockClass> smooth(BlockClass... classes) {
		List<PageLine> lines = lines(classes);
		ContextSmoothing.smooth(lines, new boolean[lines.size()], CleaningSettings.DEFAULTS);
		return lines.stream().map(line -> line.blockClass).toList();
	}

	private static final BlockClass G = BlockClass.GOOD;

	private static final BlockClass N = BlockClass.NEAR_GOOD;

	private static final BlockClass S = BlockClass.SHORT;

	private static final BlockClass B = BlockClass.BAD;

	@Test
	void aShortLineBetweenGoodOnesIsGood() {
		assertThat(smooth(G, S, G)).containsExactly(G, G, G);
		assertThat(smooth(G, S, S, G)).containsExactly(G, G, G, G);
	}

	@Test
	void aShortLineBetweenBadOnesIsBad() {
		assertThat(smooth(B, S, B)).containsExactly(B, B, B);
		assertThat(smooth(S)).containsExactly(B);
	}

	@Test
	void aShortLineBetweenGoodAndBadIsGoodOnlyBesideANearGoodOne() {
		assertThat(smooth(G, S, B)).containsExactly(G, B, B);
		assertThat(smooth(G, S, N, B)).containsExactly(G, G, G, B);
	}

	@Test
	void aNearGoodLineIsBadOnlyBetweenBadOnes() {
		assertThat(smooth(B, N, B)).containsExactly(B, B, B);
		assertThat(smooth(B, N, G)).containsExactly(B, G, G);
	}

	@Test
	void linesDecidedByTheirFeaturesKeepTheirClass() {
		List<PageLine> lines = lines(G, S, G);
		lines.get(1).classify(BlockClass.BAD, Feature.LINK_LIST, true);

		ContextSmoothing.smooth(lines, new boolean[3], CleaningSettings.DEFAULTS);

		assertThat(lines.get(1).blockClass).isEqualTo(B);
	}

	@Test
	void aLineWithoutWordsIsNoEvidenceForItsNeighbours() {
		// a list whose bullets and numbers stand on lines of their own: "•", "Plan the
		// interviews.", "•", ...
		List<PageLine> list = lines(G, S, S, S, S, G);
		list.set(1, wordless(2, "•"));
		list.set(3, wordless(4, "2."));

		ContextSmoothing.smooth(list, new boolean[6], CleaningSettings.DEFAULTS);

		assertThat(list).extracting(line -> line.blockClass).containsExactly(G, B, G, B, G, G);
		assertThat(ContextSmoothing.betweenGoodLines(list, -1)[2]).isTrue();
	}

	@Test
	void aLineWithWordsBetweenStillCounts() {
		List<PageLine> lines = lines(G, B, S, B, G);

		ContextSmoothing.smooth(lines, new boolean[5], CleaningSettings.DEFAULTS);

		assertThat(lines.get(2).blockClass).isEqualTo(B);
	}

	private static PageLine wordless(int number, String text) {
		PageLine line = new PageLine(new NormalizedLine(number, text, text), false, null);
		line.classify(BlockClass.BAD, Feature.SYMBOLS, false);
		return line;
	}

	@Test
	void aHeadingCloseAboveGoodTextIsGood() {
		List<PageLine> lines = lines(B, S, G);

		ContextSmoothing.smooth(lines, new boolean[] { false, true, false }, CleaningSettings.DEFAULTS);

		assertThat(lines.get(1).blockClass).isEqualTo(G);
	}

	@Test
	void findsTheShortLinesBesideAGoodOne() {
		List<PageLine> lines = lines(B, S, S, G, S, B, S);
		ContextSmoothing.smooth(lines, new boolean[7], CleaningSettings.DEFAULTS);

		boolean[] beside = ContextSmoothing.besideGoodLine(lines, -1);

		// the short lines 1, 2 and 4 (bad by their context) have the good line 3 as
		// nearest neighbour; 6 has not
		assertThat(new boolean[] { beside[1], beside[2], beside[4], beside[6] }).containsExactly(true, true, true,
				false);
		assertThat(ContextSmoothing.besideGoodLine(lines, 3)).containsOnly(false);
	}

}

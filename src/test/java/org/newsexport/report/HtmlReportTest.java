package org.newsexport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.newsexport.report.RunFigures.Bin;
import org.newsexport.report.RunFigures.Cluster;
import org.newsexport.report.RunFigures.DatasetFigures;
import org.newsexport.report.RunFigures.Distribution;
import org.newsexport.report.RunFigures.DuplicateClusters;
import org.newsexport.report.RunFigures.Run;
import org.newsexport.report.RunFigures.TrendPoint;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The page from figures made up to be hostile, and the arithmetic of its charts. */
class HtmlReportTest {

	/**
	 * Markup, a CDATA end, control characters, a lone surrogate, an emoji: all user data.
	 */
	private static final String HOSTILE = "<script>alert('x')</script> & ]]> \u0001\u001B \uD800 \uD83D\uDE00 \"q\"";

	@Test
	void everyNameIsEscapedAndThePageIsWellFormed() throws Exception {
		Map<String, Long> rules = new LinkedHashMap<>();
		rules.put(HOSTILE, 5L);
		for (int i = 0; i < 20; i++) {
			rules.put("rule-" + i, 4L);
		}
		Distribution words = RunFiguresReader.distribution(new TreeMap<>(Map.of(3L, 2L, 250L, 1L)));
		RunFigures figures = new RunFigures(
				new Run(7, 3, 2, "/in/" + HOSTILE, "file:/out/" + HOSTILE, Instant.EPOCH, Instant.EPOCH.plusSeconds(9),
						9.0, 3, null),
				Map.of("articles", 3L),
				new DatasetFigures(Map.of(HOSTILE, 1L), rules, words, words, Map.of(HOSTILE, 3L),
						new DuplicateClusters(1, 2, 1, List.of(new Cluster(HOSTILE, 2)), Map.of(2L, 1L))),
				null, Map.of("export", 1.5), Map.of("clean", 0.25),
				List.of(new TrendPoint(7, 2, Instant.EPOCH, 9.0, 3, 3, 1)));
		String html = HtmlReport.render(figures, Instant.EPOCH);

		assertThat(html).doesNotContain("<script", "\u0001", "\u001B").contains("&lt;script&gt;");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Document page = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
		String expected = HOSTILE.replace('\u0001', '\uFFFD').replace('\u001B', '\uFFFD').replace('\uD800', '\uFFFD');
		assertThat(XPathFactory.newInstance().newXPath().evaluate("//table[@data-table='rejects']//td[1]", page))
			.isEqualTo(expected);
		assertThat(
				XPathFactory.newInstance().newXPath().evaluate("//*[@data-chart='rules']//rect[1]/@data-label", page))
			.isEqualTo(expected);
		assertThat(XPathFactory.newInstance().newXPath().evaluate("count(//*[@data-chart='rules']//rect)", page))
			.as("the top rules only")
			.isEqualTo(String.valueOf(HtmlReport.TOP_RULES));
		assertThat(XPathFactory.newInstance().newXPath().evaluate("//p[@data-label='other rules']/@data-value", page))
			.isEqualTo(String.valueOf(21 * 4 + 1 - 5 - 14 * 4));
	}

	@Test
	void histogramBinsCoverEveryValueInAtMostTwentyBinsOfARoundWidth() {
		TreeMap<Long, Long> counts = new TreeMap<>(Map.of(63L, 1L, 480L, 5L, 481L, 3L, 2785L, 1L));
		Distribution distribution = RunFiguresReader.distribution(counts);
		assertThat(distribution.bins()).hasSizeLessThanOrEqualTo(RunFiguresReader.MAX_BINS);
		assertThat(distribution.bins().get(0).high() - distribution.bins().get(0).low()).isEqualTo(200);
		assertThat(distribution.bins().get(0).low()).isZero();
		assertThat(distribution.bins().stream().mapToLong(Bin::count).sum()).isEqualTo(10);
		assertThat(distribution.bins().get(distribution.bins().size() - 1).high()).isGreaterThan(2785);
		assertThat(distribution.median()).isEqualTo(480);
		assertThat(distribution.p90()).isEqualTo(481);
		assertThat(distribution.min()).isEqualTo(63);
		assertThat(distribution.max()).isEqualTo(2785);

		for (long range = 1; range < 100_000; range = range * 3 + 1) {
			long width = RunFiguresReader.binWidth(range);
			assertThat((RunFiguresReader.MAX_BINS - 1) * width).as("range " + range).isGreaterThanOrEqualTo(range);
			assertThat(Long.toString(width)).matches("[125]0*");
		}
		Distribution one = RunFiguresReader.distribution(new TreeMap<>(Map.of(7L, 4L)));
		assertThat(one.bins()).containsExactly(new Bin(7, 8, 4));
	}

	@Test
	void valuesAboveThe99thPercentileShareOneWiderLastBinThatThePageExplains() {
		TreeMap<Long, Long> counts = new TreeMap<>();
		for (long words = 1; words <= 200; words++) {
			counts.put(words, 1L);
		}
		counts.put(10_000L, 1L);
		Distribution distribution = RunFiguresReader.distribution(counts);
		List<Bin> bins = distribution.bins();
		assertThat(bins.subList(0, bins.size() - 1)).hasSizeLessThanOrEqualTo(RunFiguresReader.MAX_BINS)
			.allSatisfy(bin -> assertThat(bin.high() - bin.low()).isEqualTo(20));
		assertThat(bins.get(bins.size() - 1)).isEqualTo(new Bin(200, 10_001, 2));
		assertThat(bins.stream().mapToLong(Bin::count).sum()).isEqualTo(201);
		assertThat(distribution.max()).isEqualTo(10_000);

		RunFigures figures = new RunFigures(
				new Run(7, 3, 2, "/in", "file:/out", Instant.EPOCH, Instant.EPOCH.plusSeconds(9), 9.0, 201, null),
				Map.of("articles", 201L), new DatasetFigures(Map.of(), Map.of(), distribution, distribution, Map.of(),
						new DuplicateClusters(0, 0, 0, List.of(), Map.of())),
				null, Map.of(), Map.of(), List.of());
		String html = HtmlReport.render(figures, Instant.EPOCH);
		assertThat(html).contains("<p class=\"muted\" data-label=\"tail\" data-value=\"2\">The last bar is wider: "
				+ "it holds the 2 articles of 200–10,000 words, all above the 99th percentile.</p>");
	}

	@Test
	void axisStepsAreRound() {
		assertThat(SvgCharts.tickStep(2012, 5)).isEqualTo(500);
		assertThat(SvgCharts.tickStep(4999, 4)).isEqualTo(2000);
		assertThat(SvgCharts.tickStep(1, 5)).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-12));
		assertThat(SvgCharts.tickStep(22.4, 4)).isEqualTo(10);
		assertThat(SvgCharts.tickStep(0, 4)).isEqualTo(1);
	}

}

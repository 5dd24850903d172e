package org.newsexport.report;

import static org.newsexport.report.Html.escape;
import static org.newsexport.report.Html.number;
import static org.newsexport.report.Html.seconds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.newsexport.report.RunFigures.Bin;
import org.newsexport.report.RunFigures.Cluster;
import org.newsexport.report.RunFigures.DatasetFigures;
import org.newsexport.report.RunFigures.Distribution;
import org.newsexport.report.RunFigures.DuplicateClusters;
import org.newsexport.report.RunFigures.Run;
import org.newsexport.report.RunFigures.TrendPoint;
import org.newsexport.report.SvgCharts.Bar;
import org.newsexport.report.SvgCharts.Point;

/**
 * Renders {@link RunFigures} as one self-contained page, {@code _report.html}: XHTML5
 * that is well-formed XML, a small inline style sheet, inline SVG charts
 * ({@link SvgCharts}), no script and nothing fetched from elsewhere, so it opens the same
 * from a laptop, a file share or an object store's download. Every chart's numbers are
 * also in a table (and in the {@code data-label} and {@code data-value} attributes of its
 * marks and rows).
 */
public final class HtmlReport {

	/**
	 * How many rules the chart of removed lines names; the others are summed in one row.
	 */
	public static final int TOP_RULES = 15;

	private static final String STYLE = """
			body { margin: 0; background: #f3f4f6; color: #1f2933; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
			main { width: 920px; margin: 24px auto; background: #fff; padding: 24px 32px 32px; box-shadow: 0 1px 3px rgba(0,0,0,.12); border-radius: 6px; }
			h1 { font-size: 22px; margin: 0 0 4px; }
			h2 { font-size: 17px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #e4e7eb; }
			h3 { font-size: 14px; margin: 12px 0 4px; }
			p { margin: 6px 0; }
			.sub { color: #52606d; margin: 0 0 16px; }
			nav { font-size: 13px; margin: 8px 0 0; }
			nav a { color: #2f5f8f; margin-right: 12px; text-decoration: none; }
			.tiles { display: flex; gap: 12px; margin: 16px 0 4px; }
			.tile { flex: 1; background: #f5f7fa; border-radius: 6px; padding: 10px 12px; }
			.tile .v { font-size: 20px; font-weight: 600; }
			.tile .k { color: #52606d; font-size: 12px; }
			dl.run { display: grid; grid-template-columns: 140px 1fr; gap: 2px 12px; margin: 8px 0; }
			dl.run dt { color: #52606d; }
			dl.run dd { margin: 0; overflow-wrap: anywhere; }
			table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
			th, td { padding: 3px 10px; border-bottom: 1px solid #e4e7eb; text-align: left; vertical-align: top; }
			th { background: #f5f7fa; font-weight: 600; }
			td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
			tr.current td { font-weight: 600; background: #fdf6e3; }
			td.name { max-width: 560px; overflow-wrap: anywhere; }
			.note { color: #8a4b08; background: #fff8e6; border-left: 3px solid #e6a23c; padding: 6px 10px; }
			.muted { color: #7b8794; }
			details { margin: 4px 0 8px; }
			summary { cursor: pointer; color: #2f5f8f; font-size: 13px; }
			svg.chart { display: block; margin: 6px 0; overflow: visible; }
			svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #323f4b; }
			svg text.axis { fill: #7b8794; font-size: 11px; }
			svg text.axis-title { fill: #52606d; font-size: 12px; }
			svg .bar rect { fill: #4a7fb5; }
			svg .reject rect { fill: #c8553d; }
			svg .rule rect { fill: #6b8e4e; }
			svg .lang rect { fill: #8d6cab; }
			svg .cluster rect { fill: #d08c34; }
			svg .time rect { fill: #5a7d9a; }
			svg .hist rect { fill: #4a7fb5; }
			svg .hist:hover rect, svg g:hover rect { opacity: .8; }
			svg line.grid { stroke: #e4e7eb; }
			svg line.baseline { stroke: #9aa5b1; }
			svg path.line { fill: none; stroke: #4a7fb5; stroke-width: 2; }
			svg .earlier circle, svg .earlier rect { fill: #4a7fb5; }
			svg .current circle, svg .current rect { fill: #e07a1f; }
			.trend { display: flex; gap: 16px; }
			.trend figure { margin: 0; }
			.trend figcaption { font-weight: 600; font-size: 13px; }
			footer { margin-top: 32px; color: #7b8794; font-size: 12px; }
			""";

	private HtmlReport() {
	}

	/** The page. */
	public static String render(RunFigures figures, Instant generatedAt) {
		Run run = figures.run();
		StringBuilder html = new StringBuilder(64 * 1024);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
			.append("<meta name=\"viewport\" content=\"width=980\"/>\n")
			.append("<meta name=\"generator\" content=\"news-export\"/>\n<title>")
			.append(escape("news-export run report: execution " + run.executionId() + " into " + run.output()))
			.append("</title>\n<style>\n")
			.append(STYLE)
			.append("</style>\n</head>\n<body>\n<main>\n");
		header(html, figures);
		datasets(html, figures);
		DatasetFigures datasets = figures.datasets();
		if (datasets != null) {
			rejects(html, datasets);
			rules(html, datasets);
			distribution(html, "words", "Words per article", datasets.wordsPerArticle(), "words");
			distribution(html, "paragraphs", "Paragraphs per article", datasets.paragraphsPerArticle(), "paragraphs");
			languages(html, datasets);
			duplicates(html, datasets.duplicates());
		}
		times(html, figures);
		trend(html, figures);
		html.append("<footer>Written by news-export at ")
			.append(escape(time(generatedAt)))
			.append(" from the published datasets and the job repository. This page fetches nothing: ")
			.append("the charts are inline SVG, and every chart's numbers are in the table beside it.</footer>\n");
		return html.append("</main>\n</body>\n</html>\n").toString();
	}

	private static void header(StringBuilder html, RunFigures figures) {
		Run run = figures.run();
		html.append("<header>\n<h1>Run report: execution ")
			.append(run.executionId())
			.append("</h1>\n")
			.append("<p class=\"sub\">Export #")
			.append(run.sequence())
			.append(" (job instance ")
			.append(run.instanceId())
			.append("), completed ")
			.append(escape(time(run.end())))
			.append("</p>\n");
		html.append("<div class=\"tiles\">");
		tile(html, "articles", figures.rows().getOrDefault("articles", 0L));
		tile(html, "rejects", figures.rows().getOrDefault("rejects", 0L));
		tile(html, "files read", run.filesRead());
		if (figures.datasets() != null) {
			tile(html, "articles in duplicate clusters", figures.datasets().duplicates().articles());
		}
		html.append("<div class=\"tile\"><div class=\"v\">")
			.append(escape(seconds(run.durationSeconds())))
			.append("</div><div class=\"k\">duration</div></div>");
		html.append("</div>\n<dl class=\"run\">");
		definition(html, "Input", run.input());
		definition(html, "Output", run.output());
		definition(html, "Started", time(run.start()));
		definition(html, "Ended", time(run.end()));
		definition(html, "Export", run.incremental() != null ? run.incremental() : "full (every input file)");
		html.append("</dl>\n<nav>");
		for (String[] link : navigation(figures)) {
			html.append("<a href=\"#").append(link[0]).append("\">").append(link[1]).append("</a>");
		}
		html.append("</nav>\n</header>\n");
	}

	private static List<String[]> navigation(RunFigures figures) {
		List<String[]> links = new ArrayList<>();
		links.add(new String[] { "datasets", "Datasets" });
		if (figures.datasets() != null) {
			links.add(new String[] { "rejects", "Rejects" });
			links.add(new String[] { "rules", "Removed lines" });
			links.add(new String[] { "words", "Words" });
			links.add(new String[] { "paragraphs", "Paragraphs" });
			links.add(new String[] { "languages", "Languages" });
			links.add(new String[] { "duplicates", "Duplicates" });
		}
		links.add(new String[] { "times", "Times" });
		links.add(new String[] { "trend", "Trend" });
		return links;
	}

	private static void tile(StringBuilder html, String name, long value) {
		html.append("<div class=\"tile\" data-label=\"")
			.append(escape(name))
			.append("\" data-value=\"")
			.append(value)
			.append("\"><div class=\"v\">")
			.append(number(value))
			.append("</div><div class=\"k\">")
			.append(escape(name))
			.append("</div></div>");
	}

	private static void definition(StringBuilder html, String name, String value) {
		html.append("<dt>").append(escape(name)).append("</dt><dd>").append(escape(value)).append("</dd>");
	}

	private static void datasets(StringBuilder html, RunFigures figures) {
		section(html, "datasets", "Rows per dataset");
		if (figures.datasetsNote() != null) {
			html.append("<p class=\"note\">").append(escape(figures.datasetsNote())).append("</p>\n");
		}
		else {
			html.append("<p>Read back from the Parquet parts of the published export.</p>\n");
		}
		countChart(html, "datasets", "Rows per dataset", "rows", figures.rows(), "bar", "Dataset", "Rows", false);
	}

	private static void rejects(StringBuilder html, DatasetFigures datasets) {
		section(html, "rejects", "Rejects by reason");
		long total = datasets.rejectsByReason().values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			html.append("<p>No input file was rejected.</p>\n");
			return;
		}
		html.append("<p>")
			.append(number(total))
			.append(total == 1 ? " input file did not become an article" : " input files did not become articles")
			.append(" (the <code>rejects</code> dataset says which, and why).</p>\n");
		countChart(html, "rejects", "Rejects by reason", "files", datasets.rejectsByReason(), "reject", "Reason",
				"Files", true);
	}

	private static void rules(StringBuilder html, DatasetFigures datasets) {
		Map<String, Long> rules = datasets.removedLinesByRule();
		section(html, "rules", "Removed lines by rule");
		long total = rules.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			html.append("<p>Cleaning removed no line.</p>\n");
			return;
		}
		Map<String, Long> top = rules.entrySet()
			.stream()
			.limit(TOP_RULES)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
					java.util.LinkedHashMap::new));
		long others = total - top.values().stream().mapToLong(Long::longValue).sum();
		html.append("<p>")
			.append(number(total))
			.append(" lines removed by ")
			.append(number(rules.size()))
			.append(rules.size() == 1 ? " rule" : " rules");
		if (rules.size() > TOP_RULES) {
			html.append("; the ")
				.append(TOP_RULES)
				.append(" that removed the most are shown, the other ")
				.append(number(rules.size() - TOP_RULES))
				.append(" removed ")
				.append(number(others));
		}
		html.append(".</p>\n");
		html.append(SvgCharts.bars("rules", "Removed lines by rule, top " + TOP_RULES,
				"Lines removed per rule: " + describe(top, "lines"), bars(top, "lines"), "rule"));
		html.append('\n');
		table(html, "rules", "Rule", "Lines", top, total);
		if (others > 0) {
			html.append("<p class=\"muted\" data-label=\"other rules\" data-value=\"")
				.append(others)
				.append("\">")
				.append("Other rules: ")
				.append(number(others))
				.append(" lines.</p>\n");
		}
	}

	private static void distribution(StringBuilder html, String key, String title, Distribution distribution,
			String unit) {
		section(html, key, title);
		if (distribution.count() == 0) {
			html.append("<p>No article.</p>\n");
			return;
		}
		html.append("<table class=\"summary\" data-table=\"").append(key).append("-summary\"><tr>");
		String[][] cells = { { "articles", number(distribution.count()), Long.toString(distribution.count()) },
				{ "min", number(distribution.min()), Long.toString(distribution.min()) },
				{ "median", number(distribution.median()), Long.toString(distribution.median()) },
				{ "mean", String.format(Locale.ROOT, "%,.1f", distribution.mean()),
						String.format(Locale.ROOT, "%.3f", distribution.mean()) },
				{ "90th percentile", number(distribution.p90()), Long.toString(distribution.p90()) },
				{ "max", number(distribution.max()), Long.toString(distribution.max()) } };
		for (String[] cell : cells) {
			html.append("<th>")
				.append(cell[0])
				.append("</th><td class=\"num\" data-label=\"")
				.append(cell[0])
				.append("\" data-value=\"")
				.append(cell[2])
				.append("\">")
				.append(cell[1])
				.append("</td>");
		}
		html.append("</tr></table>\n");
		String desc = "Histogram of " + unit + " per article, " + number(distribution.count()) + " articles: "
				+ distribution.bins()
					.stream()
					.filter(bin -> bin.count() > 0)
					.map(bin -> range(bin) + ": " + number(bin.count()))
					.collect(Collectors.joining("; "));
		html.append(SvgCharts.histogram(key, title, desc, distribution.bins(), unit, "articles")).append('\n');
		List<Bin> bins = distribution.bins();
		Bin last = bins.get(bins.size() - 1);
		if (bins.size() > 1 && last.high() - last.low() != bins.get(0).high() - bins.get(0).low()) {
			html.append("<p class=\"muted\" data-label=\"tail\" data-value=\"")
				.append(last.count())
				.append("\">The last bar is wider: it holds the ")
				.append(number(last.count()))
				.append(last.count() == 1 ? " article of " : " articles of ")
				.append(range(last))
				.append(' ')
				.append(escape(unit))
				.append(", all above the 99th percentile.</p>\n");
		}
		html.append("<details><summary>The histogram as a table</summary>\n<table data-table=\"")
			.append(key)
			.append("\"><thead><tr><th>")
			.append(escape(capitalized(unit)))
			.append("</th><th class=\"num\">Articles</th></tr></thead><tbody>");
		for (Bin bin : distribution.bins()) {
			html.append("<tr data-low=\"")
				.append(bin.low())
				.append("\" data-high=\"")
				.append(bin.high())
				.append("\" data-value=\"")
				.append(bin.count())
				.append("\"><td>")
				.append(range(bin))
				.append("</td><td class=\"num\">")
				.append(number(bin.count()))
				.append("</td></tr>");
		}
		html.append("</tbody></table>\n</details>\n");
	}

	private static void languages(StringBuilder html, DatasetFigures datasets) {
		section(html, "languages", "Languages");
		html.append("<p>The <code>language</code> of the articles (ISO 639-1); ")
			.append(DatasetFigures.NO_LANGUAGE)
			.append(" when the detector was unsure.</p>\n");
		countChart(html, "languages", "Articles per language", "articles", datasets.languages(), "lang", "Language",
				"Articles", true);
	}

	private static void duplicates(StringBuilder html, DuplicateClusters duplicates) {
		section(html, "duplicates", "Duplicate clusters");
		html.append("<table class=\"summary\" data-table=\"duplicates-summary\"><tr>");
		summaryCell(html, "clusters", duplicates.clusters());
		summaryCell(html, "articles in clusters", duplicates.articles());
		summaryCell(html, "exact duplicates", duplicates.exactDuplicates());
		html.append("</tr></table>\n");
		if (duplicates.clusters() == 0) {
			html.append("<p>No two articles are exact or near-duplicates.</p>\n");
			return;
		}
		html.append("<p>A cluster is named by its representative, the article with the smallest <code>doc_id</code>; ")
			.append("each of its other articles is an exact or near-duplicate of it.</p>\n");
		Map<String, Long> largest = new java.util.LinkedHashMap<>();
		for (Cluster cluster : duplicates.largest()) {
			largest.put(cluster.id(), cluster.size());
		}
		html.append("<h3>The largest clusters</h3>\n");
		html.append(SvgCharts.bars("clusters", "The largest clusters of duplicates",
				"Articles per cluster, largest first: " + describe(largest, "articles"), bars(largest, "articles"),
				"cluster"));
		html.append('\n');
		table(html, "clusters", "Cluster (representative doc_id)", "Articles", largest, -1);
		html.append("<h3>Clusters by size</h3>\n<table data-table=\"cluster-sizes\"><thead><tr><th class=\"num\">")
			.append("Articles in the cluster</th><th class=\"num\">Clusters</th></tr></thead><tbody>");
		duplicates.sizes()
			.forEach((size, count) -> html.append("<tr data-label=\"")
				.append(size)
				.append("\" data-value=\"")
				.append(count)
				.append("\"><td class=\"num\">")
				.append(number(size))
				.append("</td><td class=\"num\">")
				.append(number(count))
				.append("</td></tr>"));
		html.append("</tbody></table>\n");
	}

	private static void times(StringBuilder html, RunFigures figures) {
		section(html, "times", "Stage times");
		html.append("<h3>Steps (wall time of this execution)</h3>\n");
		timeChart(html, "steps", "Wall time per step", figures.steps(), "Step");
		if (!figures.stages().isEmpty()) {
			html.append("<h3>Stages (from the manifest; clean is summed over the threads that clean)</h3>\n");
			timeChart(html, "stages", "Time per stage", figures.stages(), "Stage");
		}
	}

	private static void timeChart(StringBuilder html, String key, String title, Map<String, Double> seconds,
			String what) {
		List<Bar> bars = seconds.entrySet()
			.stream()
			.map(entry -> new Bar(entry.getKey(), entry.getValue(), seconds(entry.getValue())))
			.toList();
		html.append(SvgCharts.bars(key, title,
				title + " in seconds: "
						+ bars.stream().map(bar -> bar.label() + " " + bar.text()).collect(Collectors.joining("; ")),
				bars, "time"))
			.append('\n');
		html.append("<table data-table=\"")
			.append(key)
			.append("\"><thead><tr><th>")
			.append(what)
			.append("</th><th class=\"num\">Seconds</th></tr></thead><tbody>");
		for (Bar bar : bars) {
			html.append("<tr data-label=\"")
				.append(escape(bar.label()))
				.append("\" data-value=\"")
				.append(Html.plain(bar.value()))
				.append("\"><td>")
				.append(escape(bar.label()))
				.append("</td><td class=\"num\">")
				.append(escape(bar.text()))
				.append("</td></tr>");
		}
		html.append("</tbody></table>\n");
	}

	private static void trend(StringBuilder html, RunFigures figures) {
		List<TrendPoint> trend = figures.trend();
		section(html, "trend", trend.size() == 1 ? "Trend: one completed run into this output"
				: "Trend: the last " + trend.size() + " completed runs into this output");
		html.append("<p>Oldest first; this execution is the last, in orange. Articles and rejects are what each ")
			.append("export held when it completed; the duration is that execution's.</p>\n<div class=\"trend\">");
		trendChart(html, "trend-articles", "Articles", trend, TrendPoint::articles, point -> number(point.articles()),
				false);
		trendChart(html, "trend-rejects", "Rejects", trend, TrendPoint::rejects, point -> number(point.rejects()),
				true);
		trendChart(html, "trend-duration", "Duration (s)", trend,
				point -> point.durationSeconds() == null ? 0 : point.durationSeconds(),
				point -> seconds(point.durationSeconds()), false);
		html.append("</div>\n<table data-table=\"trend\"><thead><tr><th>Execution</th><th>Export</th><th>Ended</th>")
			.append("<th class=\"num\">Duration</th><th class=\"num\">Files read</th><th class=\"num\">Articles</th>")
			.append("<th class=\"num\">Rejects</th></tr></thead><tbody>");
		for (TrendPoint point : trend) {
			boolean current = point.executionId() == figures.run().executionId();
			html.append("<tr")
				.append(current ? " class=\"current\"" : "")
				.append(" data-execution=\"")
				.append(point.executionId())
				.append("\" data-articles=\"")
				.append(point.articles())
				.append("\" data-rejects=\"")
				.append(point.rejects())
				.append("\"><td>")
				.append(point.executionId())
				.append("</td><td>#")
				.append(point.sequence())
				.append("</td><td>")
				.append(escape(time(point.end())))
				.append("</td><td class=\"num\">")
				.append(escape(seconds(point.durationSeconds())))
				.append("</td><td class=\"num\">")
				.append(number(point.filesRead()))
				.append("</td><td class=\"num\">")
				.append(number(point.articles()))
				.append("</td><td class=\"num\">")
				.append(number(point.rejects()))
				.append("</td></tr>");
		}
		html.append("</tbody></table>\n");
	}

	private static void trendChart(StringBuilder html, String key, String title, List<TrendPoint> trend,
			ToDoubleFunction<TrendPoint> value, Function<TrendPoint, String> text, boolean asBars) {
		List<Point> points = trend.stream()
			.map(point -> new Point("execution " + point.executionId(), value.applyAsDouble(point), text.apply(point)))
			.toList();
		html.append("<figure><figcaption>")
			.append(escape(title))
			.append("</figcaption>")
			.append(SvgCharts.trend(key, title + " per completed run, oldest first",
					title + ": "
							+ points.stream()
								.map(point -> point.label() + " " + point.text())
								.collect(Collectors.joining("; ")),
					points, asBars))
			.append("</figure>");
	}

	/** A bar chart of counts by name, and the same counts as a table. */
	/**
	 * A bar chart of counts by name, and the same counts as a table.
	 * @param share whether the table gives each count's share of the total
	 */
	private static void countChart(StringBuilder html, String key, String title, String unit, Map<String, Long> counts,
			String cssClass, String nameHeader, String valueHeader, boolean share) {
		html.append(SvgCharts.bars(key, title, title + ": " + describe(counts, unit), bars(counts, unit), cssClass))
			.append('\n');
		table(html, key, nameHeader, valueHeader, counts,
				share ? counts.values().stream().mapToLong(Long::longValue).sum() : -1);
	}

	/**
	 * @param total the total each count's share is of, or -1 for no share column
	 */
	private static void table(StringBuilder html, String key, String nameHeader, String valueHeader,
			Map<String, Long> counts, long total) {
		html.append("<table data-table=\"")
			.append(key)
			.append("\"><thead><tr><th>")
			.append(escape(nameHeader))
			.append("</th><th class=\"num\">")
			.append(escape(valueHeader))
			.append("</th>")
			.append(total >= 0 ? "<th class=\"num\">Share</th>" : "")
			.append("</tr></thead><tbody>");
		counts.forEach((name, count) -> {
			html.append("<tr data-label=\"")
				.append(escape(name))
				.append("\" data-value=\"")
				.append(count)
				.append("\"><td class=\"name\">")
				.append(escape(name))
				.append("</td><td class=\"num\">")
				.append(number(count))
				.append("</td>");
			if (total >= 0) {
				html.append("<td class=\"num\">")
					.append(total == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * count / total))
					.append("</td>");
			}
			html.append("</tr>");
		});
		html.append("</tbody></table>\n");
	}

	private static void summaryCell(StringBuilder html, String name, long value) {
		html.append("<th>")
			.append(escape(name))
			.append("</th><td class=\"num\" data-label=\"")
			.append(escape(name))
			.append("\" data-value=\"")
			.append(value)
			.append("\">")
			.append(number(value))
			.append("</td>");
	}

	private static List<Bar> bars(Map<String, Long> counts, String unit) {
		return counts.entrySet()
			.stream()
			.map(entry -> new Bar(entry.getKey(), entry.getValue(), number(entry.getValue())))
			.toList();
	}

	private static String describe(Map<String, Long> counts, String unit) {
		if (counts.isEmpty()) {
			return "none";
		}
		return counts.entrySet()
			.stream()
			.map(entry -> entry.getKey() + " " + number(entry.getValue()) + " " + unit)
			.collect(Collectors.joining("; "));
	}

	private static void section(StringBuilder html, String id, String title) {
		html.append("<h2 id=\"").append(id).append("\">").append(escape(title)).append("</h2>\n");
	}

	private static String range(Bin bin) {
		return bin.high() - bin.low() == 1 ? number(bin.low()) : number(bin.low()) + "–" + number(bin.high() - 1);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A time in UTC to the second: {@code 2026-12-03 11:35:20Z}. */
	static String time(Instant time) {
		return time == null ? "–" : time.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
	}

}

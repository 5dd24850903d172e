package org.newsexport.report;

import static org.newsexport.report.Html.escape;
import static org.newsexport.report.Html.plain;

import java.util.List;

import org.newsexport.report.RunFigures.Bin;

/**
 * The report's charts as inline SVG: horizontal bars for counts by name, a histogram for
 * a distribution, and small line or bar charts for a trend. Each chart is an image with a
 * {@code <title>} and a {@code <desc>} that gives its numbers in words; each mark carries
 * its numbers in {@code data-*} attributes (and a tooltip), so the figures can be checked
 * on the page itself. No script, no external resource.
 */
final class SvgCharts {

	/** The width of a full-width chart, in CSS pixels. */
	static final int WIDTH = 880;

	private static final int LABEL_WIDTH = 250;

	private static final int VALUE_WIDTH = 100;

	private static final int ROW = 22;

	private SvgCharts() {
	}

	/** A bar: its label, its value, and the value as the chart prints it. */
	record Bar(String label, double value, String text) {
	}

	/** A point of a trend: its label on the x axis, its value, the value as printed. */
	record Point(String label, double value, String text) {
	}

	/** Horizontal bars, one row per label, longest scaled to the full width. */
	static String bars(String key, String title, String desc, List<Bar> bars, String cssClass) {
		int height = Math.max(1, bars.size()) * ROW + 8;
		double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
		double barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 10;
		StringBuilder svg = open(key, title, desc, WIDTH, height);
		int y = 4;
		for (Bar bar : bars) {
			double length = max > 0 ? Math.max(bar.value() > 0 ? 1 : 0, bar.value() / max * barArea) : 0;
			svg.append("<g class=\"").append(cssClass).append("\">");
			svg.append("<title>").append(escape(bar.label() + ": " + bar.text())).append("</title>");
			svg.append("<text class=\"label\" x=\"")
				.append(LABEL_WIDTH - 8)
				.append("\" y=\"")
				.append(y + 15)
				.append("\" text-anchor=\"end\">")
				.append(escape(Html.shorten(bar.label(), 34)))
				.append("</text>");
			svg.append("<rect x=\"")
				.append(LABEL_WIDTH)
				.append("\" y=\"")
				.append(y + 3)
				.append("\" width=\"")
				.append(plain(round(length)))
				.append("\" height=\"16\" data-label=\"")
				.append(escape(bar.label()))
				.append("\" data-value=\"")
				.append(plain(bar.value()))
				.append("\"/>");
			svg.append("<text class=\"value\" x=\"")
				.append(plain(round(LABEL_WIDTH + length + 6)))
				.append("\" y=\"")
				.append(y + 15)
				.append("\">")
				.append(escape(bar.text()))
				.append("</text>");
			svg.append("</g>");
			y += ROW;
		}
		return svg.append("</svg>").toString();
	}

	/**
	 * A histogram: one bar per bin, the count on the y axis.
	 * @param unit what the values count, e.g. "words"
	 * @param of what is counted, e.g. "articles"
	 */
	static String histogram(String key, String title, String desc, List<Bin> bins, String unit, String of) {
		int height = 250;
		int left = 64;
		int right = 12;
		int top = 12;
		int bottom = 44;
		double plotWidth = WIDTH - left - right;
		double plotHeight = height - top - bottom;
		long max = bins.stream().mapToLong(Bin::count).max().orElse(0);
		double step = Math.max(1, tickStep(max, 5));
		int ticks = (int) Math.max(1, Math.ceil(max / step));
		long yMax = (long) (step * ticks);
		StringBuilder svg = open(key, title, desc, WIDTH, height);
		gridlines(svg, left, WIDTH - right, top, plotHeight, ticks, step);
		double slot = bins.isEmpty() ? plotWidth : plotWidth / bins.size();
		int labelEvery = Math.max(1, (int) Math.ceil(bins.size() / 10.0));
		for (int i = 0; i < bins.size(); i++) {
			Bin bin = bins.get(i);
			double x = left + slot * i;
			double barHeight = yMax > 0 ? plotHeight * bin.count() / yMax : 0;
			String range = bin.high() - bin.low() == 1 ? Html.number(bin.low())
					: Html.number(bin.low()) + "–" + Html.number(bin.high() - 1);
			svg.append("<g class=\"hist\"><title>")
				.append(escape(range + " " + unit + ": " + Html.number(bin.count()) + " " + of))
				.append("</title>");
			svg.append("<rect x=\"")
				.append(plain(round(x + 1)))
				.append("\" y=\"")
				.append(plain(round(top + plotHeight - barHeight)))
				.append("\" width=\"")
				.append(plain(round(Math.max(1, slot - 2))))
				.append("\" height=\"")
				.append(plain(round(barHeight)))
				.append("\" data-low=\"")
				.append(bin.low())
				.append("\" data-high=\"")
				.append(bin.high())
				.append("\" data-value=\"")
				.append(bin.count())
				.append("\"/></g>");
			if (i % labelEvery == 0) {
				svg.append("<text class=\"axis\" x=\"")
					.append(plain(round(x + 1)))
					.append("\" y=\"")
					.append(plain(round(top + plotHeight + 16)))
					.append("\">")
					.append(Html.number(bin.low()))
					.append("</text>");
			}
		}
		svg.append("<line class=\"baseline\" x1=\"")
			.append(left)
			.append("\" x2=\"")
			.append(WIDTH - right)
			.append("\" y1=\"")
			.append(plain(top + plotHeight))
			.append("\" y2=\"")
			.append(plain(top + plotHeight))
			.append("\"/>");
		svg.append("<text class=\"axis-title\" x=\"")
			.append(plain(left + plotWidth / 2))
			.append("\" y=\"")
			.append(height - 6)
			.append("\" text-anchor=\"middle\">")
			.append(escape(unit + " per article"))
			.append("</text>");
		return svg.append("</svg>").toString();
	}

	/**
	 * A small chart of a trend, oldest point first: a line with a dot per point, or bars;
	 * the last point (this run) stands out.
	 */
	static String trend(String key, String title, String desc, List<Point> points, boolean asBars) {
		int width = 280;
		int height = 170;
		int left = 56;
		int right = 10;
		int top = 12;
		int bottom = 30;
		double plotWidth = width - left - right;
		double plotHeight = height - top - bottom;
		double max = points.stream().mapToDouble(Point::value).max().orElse(0);
		double step = max <= 0 ? 1 : tickStep(max, 4);
		if (points.stream().allMatch(point -> point.value() == Math.rint(point.value()))) {
			step = Math.max(1, step); // counts: no gridline between two whole numbers
		}
		int ticks = (int) Math.max(1, Math.ceil(max / step - 1e-9));
		double yMax = step * ticks;
		StringBuilder svg = open(key, title, desc, width, height);
		gridlines(svg, left, width - right, top, plotHeight, ticks, step);
		double slot = points.isEmpty() ? plotWidth : plotWidth / points.size();
		double[] xs = new double[points.size()];
		double[] ys = new double[points.size()];
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			xs[i] = round(left + slot * i + slot / 2);
			ys[i] = round(top + plotHeight - plotHeight * points.get(i).value() / yMax);
			line.append(i == 0 ? "M" : " L").append(plain(xs[i])).append(' ').append(plain(ys[i]));
		}
		if (!asBars && points.size() > 1) {
			svg.append("<path class=\"line\" d=\"").append(line).append("\"/>");
		}
		for (int i = 0; i < points.size(); i++) {
			Point point = points.get(i);
			String cls = i == points.size() - 1 ? "current" : "earlier";
			svg.append("<g class=\"")
				.append(cls)
				.append("\"><title>")
				.append(escape(point.label() + ": " + point.text()))
				.append("</title>");
			if (asBars) {
				double half = Math.min(14, Math.max(1, round(slot * 0.35)));
				svg.append("<rect x=\"")
					.append(plain(round(xs[i] - half)))
					.append("\" y=\"")
					.append(plain(ys[i]))
					.append("\" width=\"")
					.append(plain(2 * half))
					.append("\" height=\"")
					.append(plain(round(top + plotHeight - ys[i])));
			}
			else {
				svg.append("<circle cx=\"")
					.append(plain(xs[i]))
					.append("\" cy=\"")
					.append(plain(ys[i]))
					.append("\" r=\"")
					.append(i == points.size() - 1 ? 4 : 3);
			}
			svg.append("\" data-label=\"")
				.append(escape(point.label()))
				.append("\" data-value=\"")
				.append(plain(point.value()))
				.append("\"/></g>");
		}
		if (!points.isEmpty()) {
			svg.append("<text class=\"axis\" x=\"")
				.append(left)
				.append("\" y=\"")
				.append(height - 8)
				.append("\">")
				.append(escape(points.get(0).label()))
				.append("</text>");
			if (points.size() > 1) {
				svg.append("<text class=\"axis\" x=\"")
					.append(width - right)
					.append("\" y=\"")
					.append(height - 8)
					.append("\" text-anchor=\"end\">")
					.append(escape(points.get(points.size() - 1).label()))
					.append("</text>");
			}
		}
		return svg.append("</svg>").toString();
	}

	private static StringBuilder open(String key, String title, String desc, int width, int height) {
		String id = "chart-" + key;
		return new StringBuilder(2048).append("<svg class=\"chart\" role=\"img\" data-chart=\"")
			.append(escape(key))
			.append("\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\"><title id=\"")
			.append(id)
			.append("-title\">")
			.append(escape(title))
			.append("</title><desc id=\"")
			.append(id)
			.append("-desc\">")
			.append(escape(desc))
			.append("</desc>");
	}

	/**
	 * The step between the gridlines of an axis from 0 to at least {@code max}: the
	 * smallest of 1, 2 or 5 times a power of ten that needs at most {@code most} steps.
	 */
	static double tickStep(double max, int most) {
		if (max <= 0) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(max / most)));
		for (double factor : new double[] { 1, 2, 5, 10 }) {
			if (max / (factor * power) <= most + 1e-9) {
				return factor * power;
			}
		}
		return 10 * power;
	}

	/**
	 * Horizontal gridlines from the plot's bottom ({@code 0}) to its top
	 * ({@code ticks × step}), each labelled.
	 */
	private static void gridlines(StringBuilder svg, int left, int right, int top, double plotHeight, int ticks,
			double step) {
		for (int i = 0; i <= ticks; i++) {
			double y = top + plotHeight - plotHeight * i / ticks;
			svg.append("<line class=\"grid\" x1=\"")
				.append(left)
				.append("\" x2=\"")
				.append(right)
				.append("\" y1=\"")
				.append(plain(round(y)))
				.append("\" y2=\"")
				.append(plain(round(y)))
				.append("\"/>");
			svg.append("<text class=\"axis\" x=\"")
				.append(left - 6)
				.append("\" y=\"")
				.append(plain(round(y + 4)))
				.append("\" text-anchor=\"end\">")
				.append(axisNumber(step * i))
				.append("</text>");
		}
	}

	private static String axisNumber(double value) {
		if (value == Math.rint(value)) {
			return Html.number((long) value);
		}
		return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}

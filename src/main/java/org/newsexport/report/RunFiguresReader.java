package org.newsexport.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

import org.apache.hadoop.fs.FileSystem;
import org.newsexport.report.RunFigures.Bin;
import org.newsexport.report.RunFigures.Cluster;
import org.newsexport.report.RunFigures.DatasetFigures;
import org.newsexport.report.RunFigures.Distribution;
import org.newsexport.report.RunFigures.DuplicateClusters;
import org.newsexport.report.RunFigures.Run;
import org.newsexport.report.RunFigures.TrendPoint;
import org.newsexport.write.DatasetRowReader;
import org.newsexport.write.DatasetSchema;
import org.newsexport.write.Datasets;
import org.newsexport.write.ExportLayout;
import org.newsexport.write.StringColumnReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the figures of a run report back from the published export: the row counts from
 * the Parquet parts' footers, and, streaming only the columns it needs one row at a time,
 * rejects by reason, removed lines by rule, words and paragraphs per article, languages
 * and the clusters of duplicates; the stage times from {@code _manifest.json}. Memory
 * holds counts only: per distinct value of a counted column (reasons, rules, languages,
 * word counts), and the few largest clusters. The job repository's side (the execution,
 * its steps, the trend) is given by the caller.
 */
public final class RunFiguresReader {

	/** How many of the largest clusters of duplicates the figures name. */
	public static final int LARGEST_CLUSTERS = 10;

	/** The most bins of a histogram. */
	static final int MAX_BINS = 20;

	/**
	 * The manifest's timings that are stages, not steps (those come from the job
	 * repository).
	 */
	private static final List<String> STAGES = List.of("read", "clean", "clean_wall", "write_csv", "write_parquet",
			"repository");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FileSystem fs;

	private final ExportLayout output;

	public RunFiguresReader(FileSystem fs, ExportLayout output) {
		this.fs = fs;
		this.output = output;
	}

	/**
	 * The figures of a completed execution into this output. Its dataset figures are read
	 * when the output's published export is the execution's (its manifest names it); else
	 * they are left out, and the rows are the job repository's counts.
	 * @param repositoryRows the sealed rows per dataset the job repository recorded for
	 * the execution
	 * @param steps wall time of each step of the execution, in seconds
	 * @param trend the last completed executions into the output, oldest first
	 */
	public RunFigures read(Run run, Map<String, Long> repositoryRows, Map<String, Double> steps, List<TrendPoint> trend)
			throws IOException {
		JsonNode manifest = manifest();
		if (manifest == null || !fs.exists(output.success())) {
			return new RunFigures(run, repositoryRows, null,
					"The output holds no published export now: the figures below are the job repository's.", steps,
					Map.of(), trend);
		}
		long publishedBy = manifest.path("job_execution_id").asLong(-1);
		if (publishedBy != run.executionId()) {
			return new RunFigures(run, repositoryRows, null, "The output holds export #"
					+ manifest.path("parameters").path("export.sequence").asString("?") + " of execution " + publishedBy
					+ " now, which replaced this execution's export: the figures below are the job repository's.",
					steps, Map.of(), trend);
		}
		Map<String, Long> rows = new LinkedHashMap<>();
		for (DatasetSchema schema : Datasets.ALL) {
			rows.put(schema.name(), DatasetRowReader.rowCount(fs, output.parquetDir(schema)));
		}
		Map<String, Double> stages = new LinkedHashMap<>();
		JsonNode timings = manifest.path("timings");
		for (String stage : STAGES) {
			if (timings.has(stage)) {
				stages.put(stage, timings.get(stage).asDouble());
			}
		}
		return new RunFigures(run, rows, datasets(), null, steps, stages, trend);
	}

	private JsonNode manifest() throws IOException {
		if (!fs.exists(output.manifest())) {
			return null;
		}
		try (InputStream in = fs.open(output.manifest())) {
			return JSON.readTree(in);
		}
		catch (RuntimeException ex) {
			throw new IOException("Could not read " + output.manifest() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The figures of the published datasets, each read in one pass over the columns it
	 * needs.
	 */
	DatasetFigures datasets() throws IOException {
		Map<String, Long> reasons = new HashMap<>();
		if (fs.exists(output.parquetDir(Datasets.REJECTS))) {
			new StringColumnReader(fs, output.parquetDir(Datasets.REJECTS), Datasets.REJECTS, "reason")
				.forEach(values -> reasons.merge(values[0], 1L, Long::sum));
		}
		Map<String, Long> rules = new HashMap<>();
		if (fs.exists(output.parquetDir(Datasets.REMOVED_LINES))) {
			new StringColumnReader(fs, output.parquetDir(Datasets.REMOVED_LINES), Datasets.REMOVED_LINES, "rule")
				.forEach(values -> rules.merge(values[0], 1L, Long::sum));
		}
		TreeMap<Long, Long> words = new TreeMap<>();
		TreeMap<Long, Long> paragraphs = new TreeMap<>();
		Map<String, Long> languages = new HashMap<>();
		try (DatasetRowReader articles = new DatasetRowReader(fs, parts(Datasets.ARTICLES),
				DatasetRowReader.projection(Datasets.ARTICLES, "word_count", "paragraph_count", "language"))) {
			for (Object[] row = articles.next(); row != null; row = articles.next()) {
				words.merge(((Number) row[0]).longValue(), 1L, Long::sum);
				paragraphs.merge(((Number) row[1]).longValue(), 1L, Long::sum);
				languages.merge(row[2] == null ? DatasetFigures.NO_LANGUAGE : (String) row[2], 1L, Long::sum);
			}
		}
		return new DatasetFigures(mostFirst(reasons), mostFirst(rules), distribution(words), distribution(paragraphs),
				mostFirst(languages), duplicates());
	}

	/**
	 * The clusters of the duplicates dataset, whose rows come cluster by cluster (ordered
	 * by cluster id, then doc id): a cluster's size is the length of its run of rows.
	 */
	private DuplicateClusters duplicates() throws IOException {
		long clusters = 0;
		long articles = 0;
		long exact = 0;
		TreeMap<Long, Long> sizes = new TreeMap<>();
		PriorityQueue<Cluster> largest = new PriorityQueue<>(LARGEST_CLUSTERS + 1, LARGEST_FIRST.reversed());
		String cluster = null;
		long size = 0;
		try (DatasetRowReader rows = new DatasetRowReader(fs, parts(Datasets.DUPLICATES),
				DatasetRowReader.projection(Datasets.DUPLICATES, "cluster_id", "exact_duplicate"))) {
			for (Object[] row = rows.next();; row = rows.next()) {
				String id = row == null ? null : (String) row[0];
				if (cluster != null && !cluster.equals(id)) {
					clusters++;
					sizes.merge(size, 1L, Long::sum);
					largest.add(new Cluster(cluster, size));
					if (largest.size() > LARGEST_CLUSTERS) {
						largest.poll();
					}
					size = 0;
				}
				if (row == null) {
					break;
				}
				cluster = id;
				size++;
				articles++;
				if (Boolean.TRUE.equals(row[1])) {
					exact++;
				}
			}
		}
		List<Cluster> top = new ArrayList<>(largest);
		top.sort(LARGEST_FIRST);
		return new DuplicateClusters(clusters, articles, exact, top, sizes);
	}

	/** The sealed parts of a dataset of the output; none when its folder is missing. */
	private List<org.apache.hadoop.fs.Path> parts(DatasetSchema schema) throws IOException {
		org.apache.hadoop.fs.Path dir = output.parquetDir(schema);
		return fs.exists(dir) ? DatasetRowReader.parts(fs, dir) : List.of();
	}

	/** Largest first; among clusters of one size, by id. */
	private static final Comparator<Cluster> LARGEST_FIRST = Comparator.comparingLong(Cluster::size)
		.reversed()
		.thenComparing(Cluster::id);

	/** The counts, most first; equal counts by key. */
	static Map<String, Long> mostFirst(Map<String, Long> counts) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	/**
	 * The distribution of values given as value to count, with a histogram of at most
	 * {@link #MAX_BINS} bins whose width is 1, 2 or 5 times a power of ten, from the
	 * smallest value to the 99th percentile; the values above it, if any, in one more bin
	 * up to the largest, so that a few very long articles do not squeeze the rest into
	 * the first bars. The median and percentiles by nearest rank.
	 */
	static Distribution distribution(TreeMap<Long, Long> counts) {
		long count = counts.values().stream().mapToLong(Long::longValue).sum();
		if (count == 0) {
			return new Distribution(0, 0, 0, 0, 0, 0, List.of());
		}
		long min = counts.firstKey();
		long max = counts.lastKey();
		double sum = 0;
		for (Map.Entry<Long, Long> entry : counts.entrySet()) {
			sum += (double) entry.getKey() * entry.getValue();
		}
		long upper = rank(counts, count, 0.99);
		long width = binWidth(upper - min + 1);
		long start = Math.floorDiv(min, width) * width;
		List<Bin> bins = new ArrayList<>();
		long low = start;
		for (; low <= upper; low += width) {
			bins.add(new Bin(low, low + width, sum(counts.subMap(low, low + width))));
		}
		if (low <= max) {
			bins.add(new Bin(low, max + 1, sum(counts.tailMap(low))));
		}
		return new Distribution(count, min, max, sum / count, rank(counts, count, 0.5), rank(counts, count, 0.9), bins);
	}

	private static long sum(Map<Long, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * The smallest width of 1, 2 or 5 times a power of ten that covers {@code range}
	 * values in {@link #MAX_BINS} bins.
	 */
	static long binWidth(long range) {
		for (long power = 1;; power *= 10) {
			for (long step : new long[] { 1, 2, 5 }) {
				// One bin more than the range needs: the first bin starts at a multiple
				// of the width, below min.
				if (step * power * (MAX_BINS - 1) >= range) {
					return step * power;
				}
			}
		}
	}

	/** The value of nearest rank {@code ceil(q * count)}. */
	private static long rank(TreeMap<Long, Long> counts, long count, double q) {
		long rank = Math.max(1, (long) Math.ceil(q * count));
		long seen = 0;
		for (Map.Entry<Long, Long> entry : counts.entrySet()) {
			seen += entry.getValue();
			if (seen >= rank) {
				return entry.getKey();
			}
		}
		return counts.lastKey();
	}

}

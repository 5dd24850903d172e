package org.newsexport.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one completed execution of the export job, as the run report shows them:
 * what the job repository says of the execution and of the last runs into the same
 * output, and what the published datasets hold. Plain data, made by
 * {@link RunFiguresReader}, rendered by {@link HtmlReport}.
 *
 * @param run the execution
 * @param rows rows per dataset, in the order of the datasets: read from the datasets'
 * Parquet parts when {@code datasets} is not null, else the sealed counts the job
 * repository recorded
 * @param datasets what the published datasets hold, or {@code null} when the output holds
 * another export now (a later one replaced this execution's) or cannot be read;
 * {@code datasetsNote} then says why
 * @param datasetsNote why there are no dataset figures, or {@code null}
 * @param steps wall time of each step of the execution, in seconds, in the order they ran
 * @param stages seconds per stage (read, clean, write, repository, ...) as the manifest
 * recorded them; empty when the manifest is not this execution's
 * @param trend the last completed executions into the same output, oldest first, this one
 * last
 */
public record RunFigures(Run run, Map<String, Long> rows, DatasetFigures datasets, String datasetsNote,
		Map<String, Double> steps, Map<String, Double> stages, List<TrendPoint> trend) {

	public RunFigures {
		rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
		steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
		stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
		trend = List.copyOf(trend);
	}

	/**
	 * The execution, as the job repository records it.
	 *
	 * @param sequence the export's sequence number
	 * @param durationSeconds from start to end of this execution; {@code null} when
	 * unknown
	 * @param filesRead files the export step read in this execution
	 * @param incremental "incremental over export #2: 3 new, 1 changed, ..." or
	 * {@code null} for a full export
	 */
	public record Run(long executionId, long instanceId, long sequence, String input, String output, Instant start,
			Instant end, Double durationSeconds, long filesRead, String incremental) {
	}

	/**
	 * What the published datasets hold.
	 *
	 * @param rejectsByReason {@code rejects.reason} to rows, most first
	 * @param removedLinesByRule {@code removed_lines.rule} to rows, most first
	 * @param languages {@code articles.language} to articles, most first;
	 * {@link #NO_LANGUAGE} for null
	 */
	public record DatasetFigures(Map<String, Long> rejectsByReason, Map<String, Long> removedLinesByRule,
			Distribution wordsPerArticle, Distribution paragraphsPerArticle, Map<String, Long> languages,
			DuplicateClusters duplicates) {

		/** The key of articles without a language. */
		public static final String NO_LANGUAGE = "(none)";

	}

	/**
	 * A distribution of a whole number over the articles, and its histogram.
	 *
	 * @param count the values counted
	 * @param bins the histogram: consecutive bins of one width from min to the 99th
	 * percentile, then, if any value is above those, one bin up to max
	 */
	public record Distribution(long count, long min, long max, double mean, long median, long p90, List<Bin> bins) {

		public Distribution {
			bins = List.copyOf(bins);
		}

	}

	/**
	 * A histogram bin: the values from {@code low} up to {@code high} (exclusive), and
	 * how many there are.
	 */
	public record Bin(long low, long high, long count) {
	}

	/**
	 * The clusters of the {@code duplicates} dataset.
	 *
	 * @param clusters clusters of two articles or more
	 * @param articles articles in them (rows)
	 * @param exactDuplicates rows that are exact duplicates of their cluster's
	 * representative
	 * @param largest the largest clusters, largest first (at most
	 * {@link RunFiguresReader#LARGEST_CLUSTERS})
	 * @param sizes cluster size to clusters of that size, smallest size first
	 */
	public record DuplicateClusters(long clusters, long articles, long exactDuplicates, List<Cluster> largest,
			Map<Long, Long> sizes) {

		public DuplicateClusters {
			largest = List.copyOf(largest);
		}

	}

	/**
	 * A cluster of duplicates: its id (the representative's {@code doc_id}) and its size
	 * in articles.
	 */
	public record Cluster(String id, long size) {
	}

	/** A completed execution into the same output, for the trend. */
	public record TrendPoint(long executionId, long sequence, Instant end, Double durationSeconds, long filesRead,
			long articles, long rejects) {
	}

}

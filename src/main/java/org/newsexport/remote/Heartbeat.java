package org.newsexport.remote;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.newsexport.job.ExportParameters;
import org.newsexport.write.ExportLayout;
import org.springframework.batch.core.step.StepExecution;

/**
 * The heartbeat of a partition that a worker runs: a small file {@code _heartbeat} in the
 * partition's staging folder, {@code ExportLayout.partition(name)} under the job
 * instance's staging folder, on the output's file system, rewritten every few seconds by
 * the worker with a counter, its host and its pid ({@code 42 host1 1234}). The manager
 * reads it at each poll: a changed content is a sign of life, even while a long chunk has
 * not committed. It is a file rather than a write of the step execution or its context,
 * which only the step's own thread may update (an update from another thread would race
 * with the step's commits on the step execution's version).
 */
public final class Heartbeat {

	public static final String FILE = "_heartbeat";

	private Heartbeat() {
	}

	/** A heartbeat's content. */
	public record Beat(long counter, String host, long pid) {

		@Override
		public String toString() {
			return counter + " " + host + " " + pid;
		}

	}

	/** The content's parts, or {@code null} when it is missing or not a heartbeat. */
	public static Beat parse(String content) {
		if (content == null) {
			return null;
		}
		String[] parts = content.strip().split(" ");
		if (parts.length != 3) {
			return null;
		}
		try {
			return new Beat(Long.parseLong(parts[0]), parts[1], Long.parseLong(parts[2]));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The output URI of the partition's job ({@code export.output} as the job parameter
	 * holds it), or null.
	 */
	public static URI output(StepExecution partition) {
		String output = partition.getJobExecution().getJobParameters().getString(ExportParameters.OUTPUT);
		return output == null ? null : URI.create(output);
	}

	/**
	 * Where the partition's heartbeat is, or {@code null} when the step execution is not
	 * a partition's.
	 */
	public static Path file(StepExecution partition) {
		URI output = output(partition);
		String name = partition.getStepName();
		int colon = name.indexOf(':');
		if (output == null || colon < 0) {
			return null;
		}
		ExportLayout staging = new ExportLayout(new Path(output))
			.staging(partition.getJobExecution().getJobInstance().getInstanceId());
		return new Path(staging.partition(name.substring(colon + 1)).root(), FILE);
	}

	/** Writes the heartbeat, replacing the previous one. */
	public static void write(FileSystem fs, Path file, Beat beat) throws IOException {
		try (FSDataOutputStream out = fs.create(file, true)) {
			writeTo(out, beat);
		}
	}

	private static void writeTo(OutputStream out, Beat beat) throws IOException {
		out.write((beat + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** The heartbeat's content, or {@code null} when there is none (yet). */
	public static String read(FileSystem fs, Path file) throws IOException {
		try (InputStream in = fs.open(file)) {
			byte[] bytes = in.readNBytes(256);
			return new String(bytes, StandardCharsets.UTF_8).strip();
		}
		catch (FileNotFoundException ex) {
			return null;
		}
	}

}

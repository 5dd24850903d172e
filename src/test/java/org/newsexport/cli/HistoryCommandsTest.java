package org.newsexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run-history commands against a real H2 job repository, on runs that completed,
 * failed and were abandoned.
 */
class HistoryCommandsTest {

	@TempDir
	protected Path tmp;

	/** A time as the history commands print it: UTC, to the second, with its zone. */
	private static final String UTC_SECOND_IN_TEXT = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ";

	private static final String UTC_SECOND = "^" + UTC_SECOND_IN_TEXT + "$";

	private CliRun cli;

	/**
	 * The command line on the job repository: an H2 file here, PostgreSQL in a subclass.
	 */
	protected CliRun repository() {
		return CliRun.inFolder(tmp.resolve("repository"));
	}

	@BeforeEach
	void commandLine() {
		cli = repository();
	}

	private List<CSVRecord> executionsCsv(String... options) throws Exception {
		String[] args = new String[options.length + 3];
		args[0] = "executions";
		args[1] = "--format";
		args[2] = "csv";
		System.arraycopy(options, 0, args, 3, options.length);
		assertThat(cli.run(args)).as(cli.err()).isZero();
		return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(cli.out())).getRecords();
	}

	private Path inputWithABadFile() throws Exception {
		Path input = Files.createDirectories(tmp.resolve("input"));
		Files.writeString(input.resolve("a.txt"), "Headline A\n\nA real sentence of the first article here.\n");
		Files.write(input.resolve("b.txt"), new byte[] { 'G', 'I', 'F', 0, 0 });
		Files.writeString(input.resolve("c.txt"), "Headline C\n\nA real sentence of the third article here.\n");
		return input;
	}

	/**
	 * In a zone far from UTC, so that a local time of the job repository printed as UTC
	 * would show: the times the commands print must still be now, in UTC.
	 */
	@Test
	void listShowRestartAndAbandon() throws Exception {
		TimeZone zone = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
		try {
			listShowRestartAndAbandonHere();
		}
		finally {
			TimeZone.setDefault(zone);
		}
	}

	private void listShowRestartAndAbandonHere() throws Exception {
		Path seedsOut = tmp.resolve("seeds-out");
		assertThat(cli.run("run", "--output", seedsOut.toString())).as(cli.err()).isZero();
		Path input = inputWithABadFile();
		Path out = tmp.resolve("out");
		assertThat(cli.export(input, out, "--reject-limit", "0")).isEqualTo(1);

		List<CSVRecord> all = executionsCsv();
		assertThat(all).extracting(row -> row.get("status")).containsExactly("FAILED", "COMPLETED");
		assertThat(all.get(1).get("articles")).isEqualTo("5");
		assertThat(all.get(1).get("files_read")).isEqualTo("5");
		assertThat(all.get(0).get("input")).isEqualTo(input.toString());
		assertThat(all.get(0).get("start")).matches(UTC_SECOND);
		assertThat(all.get(0).get("end")).matches(UTC_SECOND);
		long failed = Long.parseLong(all.get(0).get("id"));
		long completed = Long.parseLong(all.get(1).get("id"));

		assertThat(cli.run("executions", "--status", "failed", "--format", "json")).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(cli.out());
		assertThat(json).hasSize(1);
		assertThat(json.get(0).get("id").asLong()).isEqualTo(failed);
		List<String> steps = new ArrayList<>();
		json.get(0).get("steps").forEach(step -> steps.add(step.get("name").asString()));
		assertThat(steps).as("in the order they ran; partitioned steps before their partitions")
			.containsExactly("profile", "profilePartition:p-00000", "base", "export", "exportPartition:p-00000");
		assertThat(json.get(0).get("start").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
		assertThat(Instant.parse(json.get(0).get("end").asString())).isBetween(Instant.now().minusSeconds(600),
				Instant.now());
		assertThat(json.get(0).get("steps").get(3).get("end").asString()).endsWith("Z");

		assertThat(cli.run("executions")).isZero();
		assertThat(cli.out().lines().findFirst().orElseThrow()).startsWith("id").contains("status", "files_read");
		assertThat(cli.out().lines().skip(1).findFirst().orElseThrow()).containsPattern(UTC_SECOND_IN_TEXT);

		assertThat(cli.run("show", String.valueOf(failed))).isZero();
		assertThat(cli.out()).contains("execution " + failed + " of export #1", "FAILED", "profile", "export",
				"more than 0 input files were rejected");
		assertThat(cli.out()).containsPattern("started   " + UTC_SECOND_IN_TEXT + ", ended " + UTC_SECOND_IN_TEXT)
			.containsPattern("profile .*" + UTC_SECOND_IN_TEXT + "  " + UTC_SECOND_IN_TEXT);

		assertThat(cli.run("stop", String.valueOf(completed))).isEqualTo(4);
		assertThat(cli.err()).contains("is not running (COMPLETED)").hasLineCount(1);
		assertThat(cli.run("restart", String.valueOf(completed))).isEqualTo(4);
		assertThat(cli.err()).contains("nothing to restart");
		assertThat(cli.run("show", "999")).isEqualTo(2);
		assertThat(cli.err()).contains("no execution 999");

		Files.writeString(input.resolve("b.txt"), "Headline B\n\nA real sentence of the second article here.\n");
		assertThat(cli.run("restart", String.valueOf(failed))).as(cli.err()).isZero();
		assertThat(executionsCsv()).extracting(row -> row.get("status") + " " + row.get("export"))
			.containsExactly("COMPLETED #1", "FAILED #1", "COMPLETED #1");
		assertThat(cli.run("restart", "--last-failed")).isEqualTo(4);
		assertThat(cli.err()).contains("no failed or stopped export to restart");
	}

	@Test
	void abandonedExportIsNotResumedByTheNextRun() throws Exception {
		Path input = inputWithABadFile();
		Path out = tmp.resolve("out");
		assertThat(cli.export(input, out, "--reject-limit", "0")).isEqualTo(1);
		long failed = Long.parseLong(executionsCsv().get(0).get("id"));

		assertThat(cli.run("abandon", String.valueOf(failed))).as(cli.err()).isZero();
		assertThat(cli.out()).contains("ABANDONED");
		assertThat(cli.run("abandon", String.valueOf(failed))).isEqualTo(4);

		assertThat(cli.export(input, out)).as(cli.err()).isZero();
		assertThat(executionsCsv()).extracting(row -> row.get("status") + " " + row.get("export"))
			.containsExactly("COMPLETED #2", "ABANDONED #1");
	}

	@Test
	void anotherIncludePatternStartsANewExportInsteadOfResumingOne() throws Exception {
		Path input = inputWithABadFile();
		Files.writeString(input.resolve("d.TXT"), "Headline D\n\nA real sentence of the fourth article here.\n");
		Path out = tmp.resolve("out");
		assertThat(cli.export(input, out, "--reject-limit", "0")).isEqualTo(1);

		assertThat(cli.export(input, out, "--include", "*.txt,*.TXT")).as(cli.err()).isZero();
		assertThat(cli.out()).contains(": 3 articles, ");
		assertThat(executionsCsv()).extracting(row -> row.get("status") + " " + row.get("export"))
			.containsExactly("COMPLETED #2", "ABANDONED #1");
	}

}

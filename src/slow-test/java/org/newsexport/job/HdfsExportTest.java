package org.newsexport.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.newsexport.cli.CliRun;
import org.newsexport.support.DuckDb;
import org.newsexport.support.JobProcess;
import org.newsexport.support.TestCorpus;
import org.springframework.util.FileSystemUtils;

/**
 * The export on a real HDFS: an in-process {@link MiniDFSCluster} (one NameNode, one
 * DataNode) for the whole class. An export to {@code hdfs://}, copied out, equals the
 * local export of the same input; a job process killed with SIGKILL in the middle of an
 * HDFS export resumes when the same command runs again, and publishes the same export. In
 * the {@code slow} Maven profile.
 */
@Tag("slow")
@Timeout(value = 600, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class HdfsExportTest {

	private static final int FILES = 300;

	/**
	 * Bounded reruns after the kill: a run that cannot resume must fail the test, not
	 * loop.
	 */
	private static final int RERUNS = 3;

	@TempDir
	static Path shared;

	private static Path input;

	/**
	 * The local export of {@link #input}, made in process: what every HDFS export must
	 * equal.
	 */
	private static Path reference;

	private static Path clusterDir;

	private static MiniDFSCluster cluster;

	/**
	 * The test's own client, not the cached instance that the job in this JVM may close.
	 */
	private static FileSystem hdfs;

	private static String hdfsUri;

	@BeforeAll
	static void clusterAndReference() throws Exception {
		input = TestCorpus.generate(shared.resolve("input"), FILES);
		reference = shared.resolve("reference");
		assertThat(runInProcess(shared.resolve("reference-repository"), reference.toString())).isZero();

		long start = System.nanoTime();
		Files.createDirectories(Path.of("target"));
		clusterDir = Files.createTempDirectory(Path.of("target"), "minidfs-").toAbsolutePath();
		Configuration conf = new Configuration();
		// The NameNode always starts its web server (no setting turns it off); without
		// WebHDFS (the tests use RPC only) and on free loopback ports. Hadoop logs at
		// ERROR (logback-test.xml): at DEBUG it starts far slower.
		conf.setBoolean("dfs.webhdfs.enabled", false);
		conf.set("dfs.namenode.http-address", "localhost:0");
		conf.set("dfs.datanode.http.address", "localhost:0");
		cluster = new MiniDFSCluster.Builder(conf, clusterDir.toFile()).numDataNodes(1).format(true).build();
		cluster.waitActive();
		hdfsUri = "hdfs://localhost:" + cluster.getNameNodePort();
		hdfs = FileSystem.newInstance(cluster.getURI(), conf);
		System.out.printf("MiniDFSCluster started in %.1f s at %s%n", (System.nanoTime() - start) / 1e9, hdfsUri);
	}

	@AfterAll
	static void stopCluster() throws IOException {
		if (hdfs != null) {
			hdfs.close();
		}
		if (cluster != null) {
			cluster.shutdown(true);
		}
		if (clusterDir != null) {
			FileSystemUtils.deleteRecursively(clusterDir);
		}
	}

	@Test
	void exportToHdfsEqualsTheLocalExport(@TempDir Path tmp) throws Exception {
		long start = System.nanoTime();
		assertThat(runInProcess(tmp.resolve("repository"), hdfsUri + "/export")).isZero();
		assertThat(hdfs.exists(new org.apache.hadoop.fs.Path("/export/_SUCCESS"))).isTrue();
		System.out.printf("in-process export of %d files to HDFS in %.1f s%n", FILES,
				(System.nanoTime() - start) / 1e9);

		Path copy = copyOut("/export", tmp.resolve("copy"));
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.count(DuckDb.parquet(reference, "articles"))).isEqualTo(FILES);
			assertThat(duckdb.exportDifferences(copy, reference)).as("HDFS export against the local one").isEmpty();
		}
	}

	@Test
	void killedRunOnHdfsResumesAndPublishesTheSameExport(@TempDir Path tmp) throws Exception {
		List<String> database = List.of("spring.datasource.url=jdbc:h2:file:" + tmp.resolve("repository/db")
				+ ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "export.seal-interval=1s");
		String[] args = { "run", "--input", input.toString(), "--output", hdfsUri + "/resumed", "--commit-interval",
				"5", "--part-size", "1MB" };
		long start = System.nanoTime();
		JobProcess killed = JobProcess.start(tmp.resolve("killed.log"), slow(database), args);
		try {
			killed.awaitWhileAlive("5 sealed parts", () -> sealedArticleParts("/resumed") >= 5);
		}
		finally {
			killed.kill();
		}
		assertThat(hdfs.exists(new org.apache.hadoop.fs.Path("/resumed/_SUCCESS"))).as(killed.output()).isFalse();

		List<String> reruns = new ArrayList<>();
		int exit = -1;
		for (int run = 1; run <= RERUNS && exit != 0; run++) {
			JobProcess rerun = JobProcess.start(tmp.resolve("rerun-" + run + ".log"), database, args);
			try {
				exit = rerun.waitFor(180);
			}
			finally {
				rerun.kill();
			}
			reruns.add("rerun " + run + " exited " + exit + ":\n" + rerun.output());
		}
		System.out.printf("killed and resumed on HDFS in %.1f s (%d reruns)%n", (System.nanoTime() - start) / 1e9,
				reruns.size());
		assertThat(exit)
			.as("the same command, run again at most %d times after the kill:%n%s", RERUNS, String.join("\n", reruns))
			.isZero();
		assertThat(reruns.get(reruns.size() - 1)).contains("Resuming export #1");

		Path copy = copyOut("/resumed", tmp.resolve("copy"));
		assertThat(copy.resolve("_SUCCESS")).exists();
		assertThat(copy.resolve(".staging")).doesNotExist();
		try (DuckDb duckdb = new DuckDb()) {
			assertThat(duckdb.exportDifferences(copy, reference)).as("rows lost or doubled by the restart").isEmpty();
		}
	}

	/**
	 * Runs the job in this JVM with an H2 repository of its own in {@code repository}.
	 */
	private static int runInProcess(Path repository, String output) {
		CliRun cli = CliRun.inFolder(repository);
		int exit = cli.export(input, output, "--commit-interval", "20");
		if (exit != 0) {
			System.err.println(cli.out() + cli.err());
		}
		return exit;
	}

	/** Copies an HDFS folder to a new local folder, without Hadoop's checksum files. */
	private static Path copyOut(String folder, Path local) throws IOException {
		hdfs.copyToLocalFile(false, new org.apache.hadoop.fs.Path(folder), new org.apache.hadoop.fs.Path(local.toUri()),
				true);
		return local;
	}

	private static List<String> slow(List<String> database) {
		List<String> properties = new ArrayList<>(database);
		properties.add("spring.main.sources=org.newsexport.support.SlowChunks");
		properties.add("test.chunk-delay-ms=150");
		return properties;
	}

	private static long sealedArticleParts(String output) throws IOException {
		org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(output, ".staging");
		if (!hdfs.exists(staging)) {
			return 0;
		}
		long parts = 0;
		try {
			RemoteIterator<LocatedFileStatus> files = hdfs.listFiles(staging, true);
			while (files.hasNext()) {
				org.apache.hadoop.fs.Path path = files.next().getPath();
				if (path.getParent().getName().equals("articles") && path.getName().matches("part-\\d+\\.parquet")) {
					parts++;
				}
			}
		}
		catch (java.io.FileNotFoundException ex) {
			// a folder renamed or deleted while listed: count again on the next poll
			return 0;
		}
		return parts;
	}

}

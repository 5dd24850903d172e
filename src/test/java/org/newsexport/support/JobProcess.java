package org.newsexport.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** The job run as a real process, as a scheduler runs it, so that a test can kill it. */
public final class JobProcess {

	private final Process process;

	private final Path log;

	private JobProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * @param systemProperties {@code name=value} pairs passed as {@code -D} options
	 */
	public static JobProcess start(Path log, List<String> systemProperties, String... args) throws IOException {
		return start(log, null, systemProperties, args);
	}

	/**
	 * @param errors where stderr goes, apart from the log; {@code null} for the log
	 * @param systemProperties {@code name=value} pairs passed as {@code -D} options
	 */
	public static JobProcess start(Path log, Path errors, List<String> systemProperties, String... args)
			throws IOException {
		return start(log, errors, systemProperties, Map.of(), args);
	}

	/**
	 * @param errors where stderr goes, apart from the log; {@code null} for the log
	 * @param systemProperties {@code name=value} pairs passed as {@code -D} options
	 * @param environment more environment variables of the process, e.g. {@code HOSTNAME}
	 * to pass for another host
	 */
	public static JobProcess start(Path log, Path errors, List<String> systemProperties,
			Map<String, String> environment, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xshare:auto");
		command.add("-XX:TieredStopAtLevel=1");
		systemProperties.forEach(property -> command.add("-D" + property));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.newsexport.cli.Main");
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(new File(".")).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		if (errors != null) {
			builder.redirectError(errors.toFile());
		}
		else {
			builder.redirectErrorStream(true);
		}
		Process process = builder.start();
		return new JobProcess(process, log);
	}

	public int waitFor(long seconds) throws InterruptedException, IOException {
		if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new AssertionError("job process did not end in " + seconds + " s; its output:\n" + output());
		}
		return process.exitValue();
	}

	/** SIGKILL: the process gets no chance to clean up or record anything. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	/** SIGTERM, as {@code systemctl stop} or {@code kill} sends it. */
	public void terminate() {
		process.destroy();
	}

	/**
	 * Waits, polling every 50 ms, until {@code condition} holds; fails with this
	 * process's output when it ends first, or after two minutes.
	 * @param what what is awaited, for the message
	 */
	public void awaitWhileAlive(String what, Callable<Boolean> condition) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (Instant.now().isBefore(deadline)) {
			if (condition.call()) {
				return;
			}
			if (!isAlive()) {
				throw new AssertionError("the job ended before " + what + ":\n" + output());
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no " + what + " after 120 s:\n" + output());
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	public String output() throws IOException {
		return Files.readString(log);
	}

}

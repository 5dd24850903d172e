package org.newsexport.remote;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

import sun.misc.Signal;

/**
 * {@code news-export broker}: an embedded Apache ActiveMQ Artemis broker for trying
 * remote partitions on one machine or a few: one TCP acceptor
 * ({@code tcp://127.0.0.1:61616} by default), persistent (its journal in
 * {@code DATA/broker}, so queued requests survive a restart of the broker), security
 * disabled. Production runs a real Artemis. Runs until SIGTERM or SIGINT, then stops
 * cleanly. Needs neither Spring nor the job repository.
 */
public final class BrokerCommand {

	public static final String PORT = "port";

	public static final String BIND = "bind";

	public static final String DATA = "data";

	private final Map<String, String> options;

	private final CountDownLatch stop = new CountDownLatch(1);

	public BrokerCommand(Map<String, String> options) {
		this.options = options;
	}

	/**
	 * Starts the broker, prints {@code broker listening on tcp://HOST:PORT}, and returns
	 * when a signal stopped it.
	 * @throws IllegalArgumentException for a bad option
	 */
	public void run(PrintStream out) {
		quietLogging();
		int port = port(options.getOrDefault(PORT, "61616"));
		String bind = options.getOrDefault(BIND, "127.0.0.1");
		Path data = options.containsKey(DATA) ? Path.of(options.get(DATA)) : defaultData();
		EmbeddedActiveMQ broker = start(bind, port, data);
		String line = "broker listening on tcp://" + bind + ":" + port;
		for (String name : new String[] { "TERM", "INT" }) {
			try {
				Signal.handle(new Signal(name), signal -> stop.countDown());
			}
			catch (IllegalArgumentException ex) {
				// the JVM keeps the signal's default action (-Xrs)
			}
		}
		out.println(line + " (journal in " + data + ")");
		try {
			stop.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			stopQuietly(broker);
		}
		out.println("broker stopped");
	}

	/**
	 * Starts an embedded broker with one TCP acceptor and its journal under {@code data}.
	 */
	public static EmbeddedActiveMQ start(String bind, int port, Path data) {
		// Artemis logs a port in use with a stack trace and carries on without its
		// acceptor: try it first.
		try (ServerSocket probe = new ServerSocket()) {
			probe.setReuseAddress(true);
			probe.bind(new InetSocketAddress(bind, port));
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot listen on " + bind + ":" + port + ": " + ex.getMessage());
		}
		Configuration configuration = new ConfigurationImpl().setPersistenceEnabled(true)
			.setSecurityEnabled(false)
			.setJMXManagementEnabled(false)
			.setJournalType(JournalType.NIO)
			.setJournalDirectory(data.resolve("journal").toString())
			.setBindingsDirectory(data.resolve("bindings").toString())
			.setPagingDirectory(data.resolve("paging").toString())
			.setLargeMessagesDirectory(data.resolve("large-messages").toString())
			.setNodeManagerLockDirectory(data.toString())
			// A trial broker on a nearly full disk should not block its producers.
			.setMaxDiskUsage(-1)
			// Where Artemis moves undeliverable and expired messages (it warns when there
			// is no such place).
			.addAddressSetting("#", new AddressSettings().setDeadLetterAddress(SimpleString.of("DLQ"))
				.setExpiryAddress(SimpleString.of("ExpiryQueue")));
		configuration.addAcceptorConfiguration(
				new TransportConfiguration("org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory",
						Map.of("host", bind, "port", port), "tcp"));
		EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
		broker.setConfiguration(configuration);
		try {
			broker.start();
		}
		catch (Exception ex) {
			stopQuietly(broker);
			throw new IllegalStateException("cannot start the broker on " + bind + ":" + port + ": " + ex.getMessage(),
					ex);
		}
		if (!broker.getActiveMQServer().isActive()) {
			stopQuietly(broker);
			throw new IllegalStateException(
					"cannot start the broker on " + bind + ":" + port + " (is the port in use?)");
		}
		return broker;
	}

	private static void stopQuietly(EmbeddedActiveMQ broker) {
		try {
			broker.stop();
		}
		catch (Exception ex) {
			// stopping a broker that did not start
		}
	}

	/**
	 * This command starts no Spring context, whose logging settings
	 * (config/application.yml) would apply: Logback's default is DEBUG, and Artemis logs
	 * a lot at INFO.
	 */
	private static void quietLogging() {
		if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
			logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	/**
	 * The data folder (news-export.data, which bin/news-export sets, else the current
	 * folder) + broker.
	 */
	private static Path defaultData() {
		String data = System.getProperty("news-export.data");
		return (data == null ? Path.of(".") : Path.of(data)).resolve("broker");
	}

	private static int port(String value) {
		try {
			int port = Integer.parseInt(value.strip());
			if (port >= 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new IllegalArgumentException("invalid --port '" + value + "': expected a port number such as 61616");
	}

}

package org.newsexport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.newsexport.clean.RuleSet;

/**
 * The cleaning rules in force, and the SHA-256 of their file: a run with other rules is a
 * new export, not a restart.
 */
public record RulesFile(Path path, RuleSet rules, String sha256) {

	public static RulesFile load(Path path) {
		if (!Files.isRegularFile(path)) {
			throw new IllegalArgumentException(
					"Cleaning rules file not found: " + path.toAbsolutePath().normalize() + " (set export.rules-file)");
		}
		try {
			byte[] bytes = Files.readAllBytes(path);
			String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			return new RulesFile(path, RuleSet.load(path), sha256);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("Cannot read cleaning rules file " + path + ": " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}

package org.newsexport.eval;

import java.nio.charset.StandardCharsets;

/**
 * A fixed split of a labelled set into two halves by a hash of each document's id:
 * thresholds are tuned on half A, and half B, never looked at while tuning, tells whether
 * they generalise. The hash is FNV-1a (64 bits) of the id's UTF-8 bytes, mixed by
 * MurmurHash3's finaliser, so the split does not depend on the order or the number of the
 * files.
 */
public enum TuningHalf {

	/** The half the cleaner's thresholds are tuned on. */
	A("tuned"),
	/** The held-out half. */
	B("held out");

	private final String role;

	TuningHalf(String role) {
		this.role = role;
	}

	public String role() {
		return role;
	}

	public static TuningHalf of(String docId) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : docId.getBytes(StandardCharsets.UTF_8)) {
			hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
		}
		// FNV's bits follow the last bytes too closely for ids such as "final-123": mix
		// them (MurmurHash3's finaliser)
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		hash ^= hash >>> 33;
		return (hash & 1) == 0 ? A : B;
	}

}

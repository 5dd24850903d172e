package org.newsexport.support;

/** Byte arrays for tests of decoding. */
public final class Bytes {

	private Bytes() {
	}

	public static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}

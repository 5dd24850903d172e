package org.newsexport.dedup;

import java.util.BitSet;

/**
 * Disjoint sets of documents {@code 0..n-1}, with union by rank and path halving:
 * near-constant time per operation, five bytes per document.
 */
public final class UnionFind {

	private final int[] parent;

	private final byte[] rank;

	public UnionFind(int size) {
		parent = new int[size];
		rank = new byte[size];
		for (int i = 0; i < size; i++) {
			parent[i] = i;
		}
	}

	public int size() {
		return parent.length;
	}

	/** The representative element of the set that holds {@code x}. */
	public int find(int x) {
		while (parent[x] != x) {
			parent[x] = parent[parent[x]];
			x = parent[x];
		}
		return x;
	}

	/** Joins the sets of {@code a} and {@code b}; false when they were already one. */
	public boolean union(int a, int b) {
		int rootA = find(a);
		int rootB = find(b);
		if (rootA == rootB) {
			return false;
		}
		if (rank[rootA] < rank[rootB]) {
			parent[rootA] = rootB;
		}
		else if (rank[rootA] > rank[rootB]) {
			parent[rootB] = rootA;
		}
		else {
			parent[rootB] = rootA;
			rank[rootA]++;
		}
		return true;
	}

	public boolean connected(int a, int b) {
		return find(a) == find(b);
	}

	/** The elements whose set has at least two elements. */
	public BitSet inSetsOfTwoOrMore() {
		BitSet rootsWithOthers = new BitSet(parent.length);
		for (int i = 0; i < parent.length; i++) {
			int root = find(i);
			if (root != i) {
				rootsWithOthers.set(root);
			}
		}
		BitSet members = new BitSet(parent.length);
		for (int i = 0; i < parent.length; i++) {
			if (rootsWithOthers.get(find(i))) {
				members.set(i);
			}
		}
		return members;
	}

}

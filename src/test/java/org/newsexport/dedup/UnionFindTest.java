package org.newsexport.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionFindTest {

	@Test
	void unionsAreTransitiveAndSetsStayApart() {
		UnionFind sets = new UnionFind(6);

		assertThat(sets.union(0, 1)).isTrue();
		assertThat(sets.union(2, 1)).isTrue();
		assertThat(sets.union(4, 5)).isTrue();

		assertThat(sets.connected(0, 2)).isTrue();
		assertThat(sets.connected(0, 4)).isFalse();
		assertThat(sets.connected(3, 3)).isTrue();
		assertThat(sets.find(0)).isEqualTo(sets.find(2)).isNotEqualTo(sets.find(5));
	}

	@Test
	void joiningTwoMembersOfOneSetChangesNothing() {
		UnionFind sets = new UnionFind(3);
		sets.union(0, 1);
		sets.union(1, 2);

		assertThat(sets.union(2, 0)).isFalse();
	}

	@Test
	void onlyMembersOfSetsOfTwoOrMoreAreInClusters() {
		UnionFind sets = new UnionFind(7);
		sets.union(1, 3);
		sets.union(3, 6);
		sets.union(4, 5);

		assertThat(sets.inSetsOfTwoOrMore().stream().toArray()).containsExactly(1, 3, 4, 5, 6);
	}

	@Test
	void aLongChainStaysShallow() {
		int size = 1_000_000;
		UnionFind sets = new UnionFind(size);
		for (int i = 1; i < size; i++) {
			sets.union(i - 1, i);
		}

		assertThat(sets.connected(0, size - 1)).isTrue();
		assertThat(sets.inSetsOfTwoOrMore().cardinality()).isEqualTo(size);
	}

}

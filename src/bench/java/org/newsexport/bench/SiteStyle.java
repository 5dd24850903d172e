package org.newsexport.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How one crawled site lays out its pages: its menu and footer (the same on every page,
 * as real sites repeat them), its comment form, the codes and breadcrumbs of its CMS, its
 * share and promo lines. Fixed by the corpus seed and the site's number.
 */
record SiteStyle(String name, boolean blankLines, List<String> menu, List<String> footer, String copyright,
		int comments, int newsroomCode, int breadcrumb, boolean aggregator, List<String> shareLines,
		List<String> promoLines, String agency) {

	static final int COMMENTS_NONE = 0;

	static final int COMMENTS_MNA = 1;

	static final int COMMENTS_WORDPRESS = 2;

	private static final List<String> NAME_WORDS = List.of("Daily", "Tribune", "Herald", "Observer", "Gazette", "Times",
			"Post", "Courier", "Monitor", "Review", "Chronicle", "Express", "Journal", "Dispatch", "Voice");

	private static final List<String> PLACE_WORDS = List.of("Gulf", "Levant", "Eastern", "Global", "Capital", "River",
			"Mountain", "Desert", "Coastal", "Northern", "Southern", "Metro", "Crescent", "Frontier", "Union");

	private static final List<String> SECTIONS = List.of("World", "Politics", "Economy", "Middle East", "Asia",
			"Europe", "Africa", "Sports", "Culture", "Science", "Opinion", "Video", "Photos", "Business", "Society",
			"Defense", "Energy", "Health", "Analysis", "Interviews");

	private static final List<String> AGENCIES = List.of("MNA", "IRNA", "AFP", "Reuters", "AP", "ISNA", "Xinhua",
			"Anadolu", "SANA", "IRNA");

	private static final List<String> SHARE = List.of("Share this:", "Share on Facebook", "Share on Twitter",
			"Share on WhatsApp", "Facebook Twitter WhatsApp Telegram", "Tweet", "Print | Email", "Share this article",
			"Share on Facebook, Twitter");

	private static final List<String> PROMOS = List.of("Download our app on Google Play",
			"Subscribe to our newsletter for daily updates", "Sign up for our daily briefing", "Get the free %s app",
			"Follow us on Twitter", "Join us on Telegram", "Follow %s on Facebook", "Subscribe to our YouTube channel");

	static SiteStyle of(long corpusSeed, int site) {
		SplittableRandom random = new SplittableRandom(corpusSeed * 0x9E3779B97F4A7C15L + site * 31L + 7);
		String name = "The " + PLACE_WORDS.get(random.nextInt(PLACE_WORDS.size())) + " "
				+ NAME_WORDS.get(random.nextInt(NAME_WORDS.size()));
		List<String> menu = new ArrayList<>(List.of("Home"));
		menu.addAll(pickSome(random, SECTIONS, 5 + random.nextInt(6)));
		List<String> footer = new ArrayList<>(pickSome(random, SECTIONS, 3 + random.nextInt(4)));
		footer.addAll(pickSome(random, List.of("About Us", "Contact Us", "Privacy Policy", "Terms of Use",
				"Advertise with us", "Sitemap", "RSS"), 3 + random.nextInt(3)));
		String copyright = switch (random.nextInt(3)) {
			case 0 -> "© 2026 " + name + ". All rights reserved.";
			case 1 -> "Copyright © 2026 " + name.substring(4) + " · All Rights Reserved";
			default -> "All content © " + name + ". Reproduction without permission is prohibited.";
		};
		List<String> share = pickSome(random, SHARE, 1 + random.nextInt(3));
		List<String> promos = new ArrayList<>();
		for (String promo : pickSome(random, PROMOS, random.nextInt(3))) {
			promos.add(promo.contains("%s") ? String.format(promo, name.substring(4)) : promo);
		}
		return new SiteStyle(name, random.nextBoolean(), List.copyOf(menu), List.copyOf(footer), copyright,
				random.nextInt(3), random.nextInt(3), random.nextInt(3), random.nextInt(4) == 0, share, promos,
				AGENCIES.get(random.nextInt(AGENCIES.size())));
	}

	private static List<String> pickSome(SplittableRandom random, List<String> values, int count) {
		List<String> pool = new ArrayList<>(values);
		List<String> picked = new ArrayList<>();
		for (int i = 0; i < count && !pool.isEmpty(); i++) {
			picked.add(pool.remove(random.nextInt(pool.size())));
		}
		return List.copyOf(picked);
	}

	List<String> sections() {
		return menu.subList(1, menu.size());
	}

}

package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsexport.article.RemovedLine;

/**
 * The cleaner on whole scraped pages: each feature names the lines it removes, and keeps
 * the article's.
 */
class CleanerFeaturesTest {

	private static final RuleSet RULES = RuleSet.load(Path.of("config/cleaning-rules.yml"));

	private static final String P1 = "Thousands of Iraqis gathered in Baghdad on Saturday to mark the anniversary of the"
			+ " killing, and many of them carried flags and pictures of the two commanders through the streets.";

	private static final String P2 = "The demonstrators marched through the centre of the capital and called for the"
			+ " withdrawal of all foreign troops from the country, the organisers said in a statement on Sunday.";

	private static final String P3 = "Security forces were deployed around the embassy, and the roads that lead to the"
			+ " Green Zone were closed for most of the day, according to witnesses who spoke to reporters there.";

	private static final String COMMENT = "Great article, thanks for sharing it with us. I was there on Saturday and it"
			+ " was the largest crowd that I have seen in the city since the elections of the last year.";

	private static final String TEASER = "Our weekly magazine brings you the stories that matter from around the"
			+ " region, with analysis from our correspondents in every capital of the Middle East and beyond.";

	private static final String PAGE = """
			Iraqis hold rally in Baghdad - Example News

			Home
			World
			Sport
			Business

			Breaking: Markets fall | Weather | Live

			%s

			Iraqis hold rally in Baghdad

			By Ali Abbas

			%s

			%s

			Advertisement

			%s

			View the gallery »

			12 Comments

			%s
			""".formatted(TEASER, P1, P2, P3, COMMENT);

	private static String ruleOf(CleanedText cleaned, String text) {
		return cleaned.removedLines()
			.stream()
			.filter(line -> line.text().equals(text))
			.map(RemovedLine::rule)
			.findFirst()
			.orElse("kept");
	}

	private static List<String> kept(CleanedText cleaned) {
		return cleaned.keptLines().stream().map(KeptLine::text).toList();
	}

	private static final String TEASERS = """
			Around The Region

			Farmers Protest New Water Rules In The South

			Farmers in the southern provinces say that the new rules on the use of river water will ruin them, and they plan to march on the capital.

			City Council Approves Budget For Public Libraries

			The council voted on Tuesday to give the libraries of the city more money than in any year since the war, and the mayor welcomed it.

			Museum Reopens Its Doors After Two Years Of Repairs
			""";

	@Test
	void aRunOfHeadlinesBelowTheArticleGoesWithItsSnippetsAndLabel() {
		String page = "Iraqis hold rally - Example News\n\nIraqis hold rally\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3
				+ "\n\n" + TEASERS;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).containsExactly("Iraqis hold rally", P1, P2, P3);
		assertThat(ruleOf(cleaned, "Farmers Protest New Water Rules In The South")).isEqualTo("feature:teaser-run");
		assertThat(ruleOf(cleaned, "City Council Approves Budget For Public Libraries"))
			.isEqualTo("feature:teaser-run");
		assertThat(cleaned.removedLines()).extracting(RemovedLine::text)
			.contains("Around The Region", "Museum Reopens Its Doors After Two Years Of Repairs");
	}

	@Test
	void aListOfHeadlinesFollowedByMoreOfTheArticleStays() {
		String page = "Iraqis hold rally - Example News\n\nIraqis hold rally\n\n" + P1 + "\n\n" + TEASERS + "\n\n" + P2
				+ "\n\n" + P3;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(cleaned.removedLines()).extracting(RemovedLine::rule).doesNotContain("feature:teaser-run");
	}

	@Test
	void aListThatTheArticleIntroducesStays() {
		String list = """
				The members of the committee are:

				Farmers Union Of The Southern Provinces

				Council For Public Libraries And Archives

				Friends Of The National Museum Of History
				""";
		String page = "Iraqis hold rally - Example News\n\nIraqis hold rally\n\n" + P1 + "\n\n" + P2 + "\n\n" + list;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).contains("Farmers Union Of The Southern Provinces",
				"Council For Public Libraries And Archives");
		assertThat(cleaned.removedLines()).extracting(RemovedLine::rule).doesNotContain("feature:teaser-run");
	}

	@Test
	void theArticleStartsAtTheHeadlinesRepeatAndEndsAtTheComments() {
		CleanedText cleaned = new Cleaner(RULES).clean(PAGE);

		assertThat(cleaned.headline().text()).isEqualTo("Iraqis hold rally in Baghdad - Example News");
		assertThat(kept(cleaned)).containsExactly("Iraqis hold rally in Baghdad", "By Ali Abbas", P1, P2, P3);
		assertThat(cleaned.language()).isEqualTo("en");
	}

	@Test
	void everyRemovedLineNamesTheFeatureOrRuleThatDecidedIt() {
		CleanedText cleaned = new Cleaner(RULES).clean(PAGE);

		assertThat(ruleOf(cleaned, "World")).isEqualTo("feature:menu-run");
		assertThat(ruleOf(cleaned, "Breaking: Markets fall | Weather | Live")).isEqualTo("feature:link-list");
		assertThat(ruleOf(cleaned, TEASER)).isEqualTo("feature:outside-core");
		assertThat(ruleOf(cleaned, "Advertisement")).isEqualTo("advertisement");
		// A rule (gallery-counter) names it before the link-marker feature would.
		assertThat(ruleOf(cleaned, "View the gallery »")).isEqualTo("gallery-counter");
		assertThat(ruleOf(cleaned, "12 Comments")).isEqualTo("comment-section");
		assertThat(ruleOf(cleaned, COMMENT)).isEqualTo("comment-section");
		assertThat(cleaned.removedLines()).extracting(RemovedLine::rule).allMatch(rule -> !rule.isBlank());
	}

	@Test
	void laterRepeatsOfTheHeadlineAreCaptions() {
		String page = "Iraqis hold rally in Baghdad\n\n" + P1 + "\n\nIraqis hold rally in Baghdad\n\n" + P2 + "\n\n"
				+ P3;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).containsExactly(P1, P2, P3);
		assertThat(ruleOf(cleaned, "Iraqis hold rally in Baghdad")).isEqualTo("title-repeat");
	}

	@Test
	void aShortArticleBelowTheHeadlinesRepeatIsTheCoreAndTheListsBelowItGo() {
		String s1 = "People from all over the region came to the capital for the festival.";
		String s2 = "A family from the north made the trip by bus.";
		String s3 = "They filmed their journey for their friends.";
		String page = """
				Family travels to the festival - Example News

				Home
				World
				Sport

				Family travels to the festival

				%s

				%s

				%s

				Share this page

				Facebook

				Twitter

				Most watched

				Play Storm closes the coast road

				Play Mayor opens the new bridge

				Play Singers win the spring contest

				Play Farmers count the harvest
				""".formatted(s1, s2, s3);

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).containsExactly("Family travels to the festival", s1, s2, s3);
		assertThat(ruleOf(cleaned, "Play Mayor opens the new bridge")).isEqualTo("feature:short-outside-core");
	}

	@Test
	void anEndRuleAboveTheArticleOnlyDropsItsLine() {
		String page = "Iraqis hold rally in Baghdad | Example\n\nLeave a comment\n\nIraqis hold rally in Baghdad\n\n"
				+ P1 + "\n\n" + P2 + "\n\nLeave a Reply\n\n" + COMMENT;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).containsExactly("Iraqis hold rally in Baghdad", P1, P2);
		assertThat(ruleOf(cleaned, "Leave a comment")).isEqualTo("comment-section");
		assertThat(ruleOf(cleaned, COMMENT)).isEqualTo("comment-section");
	}

	@ParameterizedTest
	@ValueSource(ints = { 3, 12 })
	void aShortPostBelowTheHeadlinesRepeatAndAboveItsCommentsIsTheArticle(int commentCount) {
		String post = "Max was born on Tuesday. The first picture of him is below.";
		StringBuilder comments = new StringBuilder();
		for (int i = 1; i <= commentCount; i++) {
			comments.append("Reader ")
				.append(i)
				.append(" says:\n\nCongratulations to the whole family, ")
				.append("what a wonderful piece of news to read on a Wednesday morning, and welcome to Max!\n\n");
		}
		String page = "Study Notes » Blog Archive » My New Project\n\nStudy Notes\n\nHome\n\nAbout\n\nMy New Project\n\n"
				+ post + "\n\n" + commentCount + " Responses to \u201cMy New Project\u201d\n\n" + comments;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		// the page's title, a trail before the headline, is the headline: its repeat
		// above the post anchors the article, short as it is, and the comments below the
		// end rule go, few (no core) or many (a denser stretch)
		assertThat(cleaned.headline().text()).isEqualTo("Study Notes » Blog Archive » My New Project");
		assertThat(kept(cleaned)).containsExactly("My New Project", post);
		assertThat(ruleOf(cleaned, "Reader 3 says:")).isEqualTo("comment-section");
	}

	@Test
	void aShortArticleUnderItsHeaderClusterIsTheArticleThoughALongerBlurbFollows() {
		String s1 = "The phone maker and the carrier are having a little get-together in New York next week, and they "
				+ "have not said a word about what it is for.";
		String s2 = "The invite only says to come and experience their latest collaboration, so a new phone is likely "
				+ "to be shown there by the two of them, and the pictures that we brought you a few weeks ago were of "
				+ "the same phone under its code name.";
		String blurb = "Along with original content and posts from across the network, this section of the site "
				+ "includes many other voices, from executives to investors, on the business of technology.";
		String page = "Carrier and phone maker meet in New York | Example News\n\nHome\n\nNews\n\nReviews\n\n"
				+ "Carrier and phone maker meet in New York\n\nBy Jane Doe | Nov 06 2012 | 1:13 pm\n\n" + s1 + "\n\n"
				+ s2
				+ "\n\nShare this:\n\nTwitter\n\nFacebook\n\nMore from Example News\nNews\nReviews\nPhones\nTablets\nApps\nDeals\n"
				+ "Podcasts\nVideo\n\nAbout Voices\n\n" + blurb + "\n\n" + blurb.replace("many", "several") + "\n\n"
				+ blurb.replace("many", "a few");

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).containsExactly("Carrier and phone maker meet in New York", s1, s2);
	}

	@Test
	void aShortArticleBelowTheHeadlinesRepeatOutweighsEachBlockOfTeasersThoughNotAllOfThem() {
		String s1 = "A family from the north made the long trip to the festival by bus this year.";
		String s2 = "They filmed the whole of their journey for their friends at home.";
		String page = """
				Family travels to the festival - Example News

				Family travels to the festival

				%s

				%s

				Share this page

				Facebook

				Twitter

				Storm closes the coast road for the day.

				Menu

				Mayor opens the new bridge in the town.

				Menu

				Singers win the spring contest at last.

				Menu

				Farmers count the harvest in the valley.

				Menu

				School children plant a hundred new trees.
				""".formatted(s1, s2);

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		// the teasers' sentences hold more running text than the article, but none of
		// their blocks does
		assertThat(kept(cleaned)).containsExactly("Family travels to the festival", s1, s2);
	}

	@Test
	void aCommentCountBesideTheBylineDoesNotEndThePageAboveTheArticle() {
		String teaser = "Readers who liked this story also read about the council and its plans for the old harbour "
				+ "and the new bridge that the town has wanted for years.";
		String page = "Iraqis hold rally in Baghdad | Example News\n\n" + teaser + "\n\n"
				+ teaser.replace("council", "mayor") + "\n\n" + teaser.replace("council", "school")
				+ "\n\nIraqis hold rally in Baghdad\n\nBy Ali Abbas\n\n" + "4 Comments\n\n" + P1 + "\n\n" + P2 + "\n\n"
				+ P3;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		// the count in the header cluster only drops its line: the article below is the
		// core, not the teasers above
		assertThat(kept(cleaned)).contains(P1, P2, P3);
		assertThat(ruleOf(cleaned, "4 Comments")).isEqualTo("comment-section");
	}

	@Test
	void aCommentLinkUnderEachPostOfABlogPageDoesNotEndIt() {
		String page = "Example Blog\n\nFirst post\n\n" + P1 + "\n\nComments (0)\n\nSecond post\n\n" + P2
				+ "\n\nComments (2)\n\nThird post\n\n" + P3 + "\n\nComments (11)\n\nArchives";

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).contains(P1, P2, P3);
		assertThat(ruleOf(cleaned, "Comments (2)")).isEqualTo("comment-section");
	}

	@Test
	void aCommentCountInAFieldOfStatisticsIsNoCommentHeading() {
		String share = "Copy and paste the following code to link back to this story, and share it with your friends "
				+ "wherever you like to talk about the stories that you read and the writers that you follow: "
				+ "<a href=\"https://example.org/works/1\"><strong>Iraqis hold rally</strong></a> by Ali Abbas, "
				+ "published on Example Stories in the collection of the month.";
		String page = "Iraqis hold rally - Example Stories\n\n" + share + "\n\nStats:\n\nPublished:\n\n2017-08-15\n\n"
				+ "Comments:\n1664\nKudos:\n7142\n\nIraqis hold rally\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).contains(P1, P2, P3);
	}

	@Test
	void theCaptionsOfAGalleryInsideTheArticleGoWithItsCounters() {
		StringBuilder gallery = new StringBuilder("Business news in pictures\n\n");
		List<String> captions = new ArrayList<>();
		for (int n = 1; n <= 4; n++) {
			String caption = "The company number " + n
					+ " said on Monday that its profits had risen, and that it would "
					+ "hire more people in the coming year, according to a statement that the chief executive read to "
					+ "reporters at the company's offices in the city.";
			captions.add(caption);
			gallery.append(n)
				.append("/24 Company ")
				.append(n)
				.append(" profits rise\n\n")
				.append(caption)
				.append("\n\nGETTY IMAGES\n\n");
		}
		String page = "Iraqis hold rally - Example News\n\nIraqis hold rally\n\n" + P1 + "\n\n" + gallery + P2 + "\n\n"
				+ P3;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).contains(P1, P2, P3).doesNotContainAnyElementsOf(captions);
		assertThat(ruleOf(cleaned, captions.get(3))).isEqualTo("feature:gallery");
	}

	@Test
	void aCommentLinkAboveTheArticleDoesNotMakeTheTextAboveItTheArticle() {
		String page = "Iraqis hold rally - Example News\n\nIraqis hold rally\n\nBy Ali Abbas. Updated today.\n\n"
				+ "Add a Comment\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\nLeave a Reply\n\n" + COMMENT;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).contains(P1, P2, P3);
	}

	@Test
	void aLongHeadlineRepeatedAboveACommentLinkDoesNotMakeAnArticleThere() {
		String headline = "Iraqis hold a rally in Baghdad to mark the anniversary and call for the withdrawal of troops";
		String page = headline + " - Example News\n\nNews\n\n" + headline + "\n\n" + headline
				+ "\n\nBy Ali Abbas\n\nComment\n\nShare This Article\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		// the comment link in the page's header only drops its line: the repeats weigh
		// nothing, so no article ends there
		assertThat(kept(cleaned)).contains(P1, P2, P3);
		assertThat(ruleOf(cleaned, "Comment")).isEqualTo("comment-section");
	}

	@Test
	void aTextAboveACommentLinkIsStillAnArticle() {
		String page = "Iraqis hold rally - Example News\n\nIraqis hold rally\n\n" + P1 + "\n\n" + P2 + "\n\nComment\n\n"
				+ COMMENT;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).containsExactly("Iraqis hold rally", P1, P2);
		assertThat(ruleOf(cleaned, COMMENT)).isEqualTo("comment-section");
	}

	@Test
	void aListLineOrAFigureBetweenTwoParagraphsIsTheArticles() {
		String names = "Ali Abbas, Baghdad; Sara Karim, Basra; Omar Hadi, Mosul; Lina Jaber, Najaf; Hassan Ali, Karbala";
		String figure = "IBM 709 [1961-1963]";
		String page = "Iraqis hold rally\n\n" + P1 + "\n\n" + names + "\n\n" + P2 + "\n\n" + figure + "\n\n" + P3;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).containsExactly(P1, names, P2, figure, P3);
	}

	@Test
	void aListLineBesideBoilerplateInsideTheArticleGoes() {
		String names = "Ali Abbas, Baghdad; Sara Karim, Basra; Omar Hadi, Mosul; Lina Jaber, Najaf; Hassan Ali, Karbala";
		String page = "Iraqis hold rally\n\n" + P1 + "\n\n" + names + "\n\nAdvertisement\n\n" + P2 + "\n\n" + P3;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(ruleOf(cleaned, names)).isEqualTo("feature:low-stopword-density");
	}

	@Test
	void theArticlesHeadingAndBylineJustAboveItStay() {
		String page = "Rally in Baghdad - Example News\n\nHome\n\nSign in\n\nA day of anger in the capital\n\n"
				+ "By Ali Abbas and Sara Karim\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).containsExactly("A day of anger in the capital", "By Ali Abbas and Sara Karim", P1,
				P2, P3);
	}

	@Test
	void aLinkOrASentenceJustAboveTheArticleGoes() {
		String page = "Rally in Baghdad - Example News\n\nHome | World | Sport | Business\n\nSign in to read more.\n\n"
				+ "Our network\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3;

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(kept(cleaned)).containsExactly(P1, P2, P3);
	}

	@Test
	void aShortLineOfTheArticleBesideItsParagraphsStays() {
		String page = "Iraqis hold rally\n\n" + P1 + "\n\nWhat the crowd wanted\n\n" + P2 + "\n\n" + P3;

		assertThat(kept(new Cleaner(RULES).clean(page))).contains("What the crowd wanted");
	}

	@Test
	void aShortLineAmongBoilerplateOutsideTheArticleGoes() {
		String page = "Iraqis hold rally\n\nSign in\n\nOur network\n\nPrivacy\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3
				+ "\n\nAbout this site\n\nContact";

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(ruleOf(cleaned, "Our network")).isEqualTo("feature:short-outside-core");
		assertThat(ruleOf(cleaned, "About this site")).isEqualTo("feature:short-outside-core");
	}

	@Test
	void aPageOfSeveralTextsWithoutTheHeadlinesRepeatKeepsThemAll() {
		String page = "Community news\n\n" + P1 + "\n\n" + P2 + "\n\nHome | Archive | Contact | About\n\nSign in\n\n"
				+ "Privacy\n\nTerms\n\nHelp\n\n" + TEASER;

		assertThat(kept(new Cleaner(RULES).clean(page))).contains(P1, P2, TEASER);
	}

	@Test
	void aLineRepeatedAcrossTheRunIsBoilerplateButASharedSentenceIsNot() {
		String quote = "“We will not let you stay in the land of the martyrs after today,” some of the placards read.";
		String promo = "Get the best of Example News in your inbox";
		LineStatistics statistics = new LineStatistics();
		String[] pages = new String[3];
		for (int i = 0; i < pages.length; i++) {
			pages[i] = "Report " + i + " on the rally\n\n" + promo + "\n\n" + (i == 0 ? P1 : i == 1 ? P2 : P3) + "\n\n"
					+ quote + "\n\n" + (i == 0 ? P3 : P1);
			statistics.add(pages[i]);
		}

		for (String page : pages) {
			CleanedText cleaned = new Cleaner(RULES, statistics).clean(page);
			assertThat(ruleOf(cleaned, promo)).isEqualTo("run-repeated-line");
			assertThat(kept(cleaned)).contains(quote);
		}
		assertThat(ruleOf(new Cleaner(RULES).clean(pages[0]), promo)).isNotEqualTo("run-repeated-line");
	}

	@Test
	void aLineRepeatedAcrossTheRunBetweenTwoParagraphsIsASharedSectionHeading() {
		LineStatistics statistics = new LineStatistics();
		String[] pages = new String[3];
		String[] days = { "Monday", "Tuesday", "Friday" };
		for (int i = 0; i < pages.length; i++) {
			// three different reports, each with the same section heading
			pages[i] = "Report " + i + "\n\n" + P1 + " " + days[i] + "\n\nBackground\n\n" + P2 + " " + days[i] + "\n\n"
					+ P3 + " " + days[i] + "\n\nBackground";
			statistics.add(pages[i]);
		}

		CleanedText cleaned = new Cleaner(RULES, statistics).clean(pages[0]);

		assertThat(kept(cleaned)).containsExactly(P1 + " Monday", "Background", P2 + " Monday", P3 + " Monday");
		assertThat(cleaned.removedLines()).extracting(RemovedLine::lineNumber, RemovedLine::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(11, "run-repeated-line"));
	}

	@Test
	void aFrenchArticleIsJudgedWithFrenchStopWords() {
		String page = """
				Les Irakiens manifestent à Bagdad - Exemple

				Accueil | Monde | Sport | Météo

				Les Irakiens manifestent à Bagdad

				Des milliers d'Irakiens se sont rassemblés samedi à Bagdad pour marquer l'anniversaire de la mort des deux commandants, et beaucoup d'entre eux portaient des drapeaux.

				Les manifestants ont défilé dans le centre de la capitale et ont demandé le retrait de toutes les troupes étrangères du pays, selon les organisateurs.

				Les forces de sécurité ont été déployées autour de l'ambassade, et les routes qui mènent à la zone verte sont restées fermées pendant la plus grande partie de la journée.
				""";

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(cleaned.language()).isEqualTo("fr");
		assertThat(cleaned.keptLines()).hasSize(4);
		assertThat(ruleOf(cleaned, "Accueil | Monde | Sport | Météo")).isEqualTo("feature:link-list");
	}

	@Test
	void anArticleInALanguageWithoutAListIsNotWipedOut() {
		String page = """
				伊拉克人在巴格达集会

				首页 | 国际 | 体育 | 天气

				成千上万的伊拉克人周六聚集在巴格达，纪念两位指挥官遇害周年，许多人手持旗帜和两位指挥官的照片穿过街道，现场气氛十分热烈。

				示威者穿过首都市中心，要求所有外国军队撤出该国，组织者在周日发表的一份声明中表示，他们将继续举行和平抗议活动。

				安全部队部署在大使馆周围，通往绿区的道路在当天大部分时间都处于关闭状态，目击者告诉记者说，局势总体保持平静。
				""";

		CleanedText cleaned = new Cleaner(RULES).clean(page);

		assertThat(cleaned.language()).isNull();
		assertThat(cleaned.keptLines()).hasSize(3);
		assertThat(ruleOf(cleaned, "首页 | 国际 | 体育 | 天气")).isEqualTo("feature:link-list");
	}

}

package org.newsexport.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every rule of {@code config/cleaning-rules.yml} removes what it is meant to and leaves
 * article sentences alone.
 */
class CleaningRulesTest {

	private static final RuleSet RULES = RuleSet.load(Path.of("config/cleaning-rules.yml"));

	private static final TextNormalizer NORMALIZER = new TextNormalizer();

	private static String ruleFor(String rawLine) {
		String matchText = NORMALIZER.lines(rawLine).get(0).matchText();
		return RULES.firstMatch(matchText).map(CleaningRule::name).orElse(null);
	}

	/** Lines each rule removes: "rule | line" (a line in `` when it holds a bar). */
	private static final String REMOVED = """
			no-words              | •
			no-words              | * * *
			comment-section       | Your Comment
			comment-section       | Leave a Reply
			comment-section       | Leave a comment
			comment-section       | Leave a Reply Cancel reply
			comment-section       | Leave a Reply to Ali Cancel reply
			comment-section       | Post a comment
			comment-section       | Comments (12)
			comment-section       | 12 Comments
			comment-section       | Add new comment
			comment-section       | Comments are closed.
			comment-section       | Comments (3)
			comment-section       | Comments »
			comment-section       | One Response to “Turn Savory Stuffing into Bread Pudding”
			comment-section       | 40 Responses to “Taurus Judge “Public Defender””
			comment-section       | 3 thoughts on “Iraqis hold rally”
			comment-section       | { 4 comments… read them below or add one }
			comment-section       | 7 Comments - Leave a comment!
			comment-section       | No comments:
			comment-section       | blog comments powered by Disqus
			comment-section       | There are no comments yet
			comment-section       | Reader comments
			comment-form-notice   | Your email address will not be published. Required fields are marked *
			comment-form-notice   | Your email address will not be published.
			replying-to           | You are replying to: .
			captcha               | captcha
			captcha               | • captcha
			captcha               | Enter the captcha code:
			captcha               | Captcha:
			form-field            | Name *
			form-field            | Email *
			form-field            | Website
			form-field            | Comment *
			form-field            | Email (will not be published) (required)
			form-consent          | Save my name, email, and website in this browser for the next time I comment.
			form-consent          | Notify me of follow-up comments by email.
			form-consent          | Notify me of followup comments via e-mail
			form-button           | Submit
			form-button           | Post Comment
			form-button           | [Reply]
			form-button           | Reply to this comment
			form-button           | Click here to cancel reply.
			form-button           | Please sign in to comment.
			form-button           | Report abuse
			comment-byline        | Lynn Kellan says:
			comment-byline        | Joanne said...
			comment-byline        | K.G. Schneider wrote:
			comment-byline        | by GameboyRMH (1234) writes:
			comment-byline        | Mike said…
			comment-byline        | JOHN SAYS:
			comment-byline        | Anna Wrote :
			comment-byline        | `Posted by: Tony Zambito | October 10, 2012 at 08:11 PM`
			comment-signature     | Jane Doe October 23, 2012 at 4:19 pm
			comment-signature     | `Sam | A Blog About Bread Oct 3 at 9:05 am`
			comment-signature     | Kim On Thursday, November 1 at 3:00 pm
			comment-signature     | Ann B. — June 24th, 2012, 11:39 pm
			gallery-counter       | 3 / 9
			gallery-counter       | Image 3 of 12
			gallery-counter       | 23 Photos
			gallery-counter       | View all (12)
			gallery-counter       | View the Full Gallery »
			gallery-counter       | Enlarge This Image
			gallery-counter       | Click here to enlarge
			gallery-counter       | 7/50 A skink down under
			subscribe-prompt      | Enter your email address to follow this blog and receive notifications of new posts.
			subscribe-prompt      | Subscribe to the Feed
			subscribe-prompt      | Or subscribe via e-mail
			cookie-notice         | We use cookies to improve your experience. By continuing, you agree to our use of cookies.
			cookie-notice         | This website uses cookies to ensure you get the best experience. Learn more
			cookie-notice         | Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie zu.
			cookie-notice         | Ce site utilise des cookies pour améliorer votre expérience.
			cookie-notice         | Este sitio web utiliza cookies propias y de terceros.
			cookie-notice         | Questo sito utilizza cookie tecnici e di profilazione.
			cookie-notice         | Deze website maakt gebruik van cookies.
			consent-button        | Accept all cookies
			consent-button        | Alle akzeptieren
			consent-button        | Tout refuser
			comment-signature     | Comment #2 - Posted by: Sam B at November 10, 2012 5:55 PM
			comment-signature     | On October 26, 2012 at 2:08am, Sam said...
			comment-score         | Re:Misread the title (Score: 5, Insightful)
			comment-score         | Standard plugs? You wish! (Score: 4)
			comment-signature     | `by jdoe (12345) writes: on Monday July 23, @10:53PM (#40745005) Homepage`
			feed-link             | Subscribe to: Post Comments (Atom)
			feed-link             | `Entries (RSS) | Comments (RSS)`
			share-label           | Share this:
			share-label           | Share
			share-label           | Like this:
			share-on-network      | Share on Facebook
			share-on-network      | Click to share on Twitter (Opens in new window)
			share-on-network      | Share on WhatsApp
			follow-us             | Follow us on Twitter
			follow-us             | Join us on Telegram
			follow-us             | Follow Press TV on Facebook and Instagram
			network-names         | Tweet
			network-names         | WhatsApp
			network-names         | Facebook Twitter WhatsApp Telegram
			network-names         | `Print | Email`
			source-link           | Source link
			source-link           | Read the original article here
			generic-byline        | By admin
			generic-byline        | Posted by admin
			generic-byline        | by editor
			generic-byline        | By admin | 0 Comments
			generic-byline        | Posted on January 3, 2020 by admin
			generic-byline        | By admin on January 3, 2020
			alternate-addresses   | Press TV’s website can also be accessed at the following alternate addresses:
			alternate-addresses   | Our website may also be accessed at the following alternative domains
			newsletter            | Subscribe to our newsletter
			newsletter            | Sign up for our daily newsletter to get the latest news.
			app-promo             | Download our app
			app-promo             | Get the Press TV app on Google Play
			read-more             | Read more:
			read-more             | Related:
			read-more             | Related articles
			read-more             | Also read
			read-more             | Read more: Iran fires missiles at US base in Iraq
			read-more             | You may also like
			read-more             | More from Press TV
			newsroom-code         | News Code 182387
			newsroom-code         | News ID: 12345
			breadcrumb            | News / Iraq
			breadcrumb            | News  /  Iraq
			breadcrumb            | Home > World > Middle East
			breadcrumb            | Home » News
			breadcrumb            | Home › Sport › Football
			breadcrumb            | Home → News
			breadcrumb            | World » Middle East »
			page-date             | Sat. Jan 22nd, 2022
			page-date             | January 3, 2020
			page-date             | 3 January 2020
			page-date             | 2022-01-03
			page-date             | 03/01/2022 10:45
			page-date             | Monday, January 3, 2022 10:45 AM
			page-date             | Published: 3 January 2022 - 10:45 GMT
			copyright-footer      | © 2022 Press TV. All rights reserved.
			copyright-footer      | Copyright 2022 Reuters
			copyright-footer      | Copyright © 2012 HowDoesShe.com · All Rights Reserved
			copyright-footer      | All rights reserved
			copyright-footer      | Al Jazeera Media Network. All rights reserved.
			copyright-footer      | (c) 2019 Example News
			copyright-footer      | ALL RIGHTS RESERVED
			copyright             | Copyright © Al Jazeera Media Network
			copyright             | © Reuters/Ahmed Saad
			legal-notice          | This site is hosted by Example Media. Copyright 2006, Example Media. Example is a trademark of Example Media.
			legal-notice          | The information on this site is Copyright © 1999-2021 Example Corp. This site is solely for your personal use.
			legal-notice          | Example Radio 2021 © All Rights Reserved
			legal-notice          | (C) Copyright 2004 from the Example Project web site. For more information, write to the editor.
			legal-notice          | Copyright Example Press, Inc., 1992. All rights reserved. Used with permission.
			legal-notice          | Site design by Example Studio. COPYRIGHT 2006 EXAMPLE MEDIA. Example is a trademark of Example Media.
			advertisement         | Advertisement
			advertisement         | Story continues below advertisement
			tags                  | Tags: Iraq, Soleimani, PMU
			article-navigation    | Previous article
			article-navigation    | Next post: Iraqis rally in Baghdad
			back-link             | Back to top
			back-link             | (Return to Contents)
			back-link             | [ Back To The Photo Index ]
			back-link             | Go back to Main
			back-link             | Back to top ^
			back-link             | Return to my Home Page
			back-link             | back to list of questions
			site-chrome           | Skip to content
			""";

	@ParameterizedTest(name = "{1} -> {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = REMOVED)
	void removesBoilerplate(String rule, String line) {
		assertThat(ruleFor(line)).isEqualTo(rule);
	}

	/** Article text that no rule may remove. */
	private static final List<String> KEPT = List.of("1/2 cup sugar", "1/16 teaspoon ground cloves",
			"3 of 4 voters backed the plan.",
			"Regulators say the site uses cookies to track readers across the web, a practice they want to end.",
			"Readers can subscribe to the paper's print edition for $10 a month.",
			"She baked cookies for the volunteers.", "By Jane Doe, October 23, 2012 at 4:19 pm",
			"The polls close on Tuesday, November 6 at 8:00 p.m.",
			// share
			"He refused to share this information with reporters.",
			"Share prices fell 3% on Monday after the announcement.",
			"Follow us on Twitter, the group urged its supporters in a statement on Monday.",
			"Twitter users criticised the decision.",
			// comments and forms
			"Comments by the minister angered lawmakers.", "Three comments on the bill were published.", "Obama said:",
			"The minister says the talks will resume on Monday.",
			"Posted by the ministry on its website, the statement drew 3,000 replies.",
			"Reply to the minister's letter was sent on Monday.",
			"Your comment was noted, the spokesman told the reporter.",
			"Leave a reply to the ministry within 30 days, the court told the company.",
			"Captcha systems were bypassed by the attackers, the report said.", "The website was hacked on Monday.",
			"Submit your application by Friday, the ministry said.", "Name and shame",
			// source, byline
			"The source said the talks would resume.", "Source: Reuters",
			"By Monday, the protesters had left the square.", "By staff in Baghdad were told to leave the embassy.",
			"By Ali Abbas",
			// promo
			"Subscribers to the newsletter complained about the change.",
			"Download speeds in Iraq fell sharply after the attack.",
			"Read more about the rally in our report on the protests, which drew thousands.",
			"Related news outlets reported the same figures.", "More than 2,500 US troops remain in Iraq.",
			"More from the interview", "Press TV’s website was blocked in several countries, the broadcaster said.",
			// codes, breadcrumbs, dates
			"News Code of conduct for journalists was published in 2019.", "Iran/Iraq border reopens",
			"The ratio was 3 / 4 of the total.", "January 3, 2020 was the day Soleimani was killed.",
			"On January 3, 2020, a US drone killed him.", "Jan. 01",
			// copyright, ads, navigation
			"Copyright lawsuits have surged this year.", "He said all rights reserved to the people must be respected.",
			"The guides are copyright 2002 by the school, which sells them to teachers across the country.",
			"The server set a record in the SPECweb©2005 benchmark, the company said on Monday.",
			"The court heard that the studio had filed 40 claims of copyright infringement against the site since 2004.",
			"Reprinted with permission of the publisher, the book's first chapter tells how the company was founded. Copyright 2004 by the authors.",
			"Advertisement revenue fell 10% last year.", "Next week, the parliament will vote on the bill.",
			"Home of the brave", "Back to the future of Iraq's oil",
			"Go back to the car and wait, the officer told him.", "Return to sender.",
			"Back to school: what parents need to know about the new rules for the coming year in Baghdad",
			// real lines of the seeds
			"“We will not let you stay in the land of the martyrs after today,” some of the placards read.",
			"‘US terrorism has to end’", "Demanding withdrawal ‘not a sentimental position’",
			"The number of demonstrators in Baghdad has reached 3 million so far",
			"US convoy targeted in Iraq's Dhi Qar", "Iraqis hold rally in condemnation of US crimes (+VIDEOS)");

	@ParameterizedTest
	@FieldSource("KEPT")
	void keepsArticleText(String line) {
		assertThat(ruleFor(line)).isNull();
	}

	/**
	 * A rule's {@code requires:} texts only save time: wherever its pattern is found, in
	 * a line it removes or one it must keep, one of them occurs, so the rule decides
	 * every line as its pattern alone would.
	 */
	@Test
	void requiredTextsOccurWhereverTheirPatternIsFound() {
		List<String> lines = new ArrayList<>(KEPT);
		REMOVED.lines().map(line -> line.substring(line.indexOf('|') + 1).strip().replace("`", "")).forEach(lines::add);
		List<CleaningRule> checked = RULES.rules().stream().filter(rule -> !rule.requires().texts().isEmpty()).toList();
		assertThat(checked).extracting(CleaningRule::name).contains("legal-notice", "comment-byline", "breadcrumb");
		for (CleaningRule rule : checked) {
			for (String line : lines) {
				String matchText = NORMALIZER.lines(line).get(0).matchText();
				if (rule.pattern().matcher(matchText).find()) {
					assertThat(rule.requires().isIn(matchText)).as(rule.name() + " finds '" + line + "'").isTrue();
				}
			}
		}
	}

	@Test
	void everyPatternOpensWithOneAnchorSoJavaTriesALineOnlyOnce() {
		assertThat(RULES.rules()).allSatisfy(rule -> {
			String regex = rule.pattern().pattern().replaceFirst("^\\(\\?[a-zA-Z]+\\)", "");
			assertThat(regex).as(rule.name()).startsWith("^");
			assertThat(hasTopLevelAlternative(regex)).as(rule.name() + " has a top-level |").isFalse();
		});
	}

	private static boolean hasTopLevelAlternative(String regex) {
		int depth = 0;
		boolean inClass = false;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(' || c == ')') {
				depth += c == '(' ? 1 : -1;
			}
			else if (c == '|' && depth == 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A loop over a group recurses once per repetition in Java's engine: on a long line
	 * of network names ("x x x ..."), found by CleanerPropertiesTest, network-names,
	 * share-on-network and follow-us overflowed the stack, which a cleaning thread does
	 * not survive. Their loops are possessive now, which Java runs without recursion.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "x", "x ", "Facebook Twitter ", "Facebook, " })
	void aLongLineOfRepeatedNamesDoesNotOverflowTheStack(String unit) {
		assertThat(ruleFor(unit.repeat(20_000).strip())).isEqualTo("network-names");
		assertThat(ruleFor("Share on facebook" + ", facebook".repeat(20_000))).isEqualTo("share-on-network");
		assertThat(ruleFor("Share on facebook" + " and twitter".repeat(20_000))).isEqualTo("share-on-network");
		assertThat(ruleFor("Follow us on facebook" + ", x".repeat(20_000))).isEqualTo("follow-us");
		assertThat(ruleFor("Follow us on facebook" + ", x".repeat(20_000) + " and more")).isNull();
	}

	@Test
	void everyRuleOfTheFileIsNamedAndCategorised() {
		assertThat(RULES.rules()).isNotEmpty().allSatisfy(rule -> assertThat(rule.category()).isNotBlank());
		assertThat(RULES.named("breadcrumb")).map(CleaningRule::category).contains("breadcrumb");
		assertThat(RULES.named("page-date")).map(CleaningRule::category).contains("page-date");
	}

}

package org.newsexport.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.newsexport.bench.Template.Kind;
import org.newsexport.bench.Template.Slot;

/**
 * The names, places, numbers and dates of one generated article. Each seed word is mapped
 * to a replacement the first time the article uses it and to the same one afterwards, so
 * that an article speaks of one "General Karimi" from start to end, and its years keep
 * their order (all shifted by the same amount).
 */
final class Substitutions {

	private static final Map<String, Slot> KNOWN = new HashMap<>();

	private static final Map<String, Integer> COUNTRY_INDEX = new HashMap<>();

	static {
		known(Kind.FIRST_NAME, "Qassem", "Qasem", "Qais", "Ramezan", "Ismail", "Ashraf", "Falih", "Faleh", "Hadi",
				"Ali", "Lusi", "Mahmoud", "Donald", "Mahdi");
		known(Kind.LAST_NAME, "Soleimani", "Khazali", "al-Khazali", "Sharif", "Qa’ani", "Ghani", "al-Fayyadh",
				"Al-Fayyadh", "al-Fayyad", "Fayyadh", "al-Amiri", "al-Ameri", "Amiri", "Ameri", "al-Sistani", "Sistani",
				"Iskanian", "Abdelwahed", "Trump", "al-Muhandis", "Muhandis");
		known(Kind.CITY, "Baghdad", "Tehran", "Kerman", "Urmia", "Saidnaya", "Maaloula", "Washington", "Damascus",
				"Aleppo", "Homs", "Hama", "Erbil");
		known(Kind.MONTH, "January", "February", "March", "April", "May", "June", "July", "August", "September",
				"October", "November", "December");
		known(Kind.WEEKDAY, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
		String[][] seedCountries = { { "Iraq", "Iraqi", "Iraqis" }, { "Iran", "Iranian", "Iranians" },
				{ "Syria", "Syrian", "Syrians" }, { "Afghanistan", "Afghan", "Afghans" } };
		for (int i = 0; i < seedCountries.length; i++) {
			known(Kind.COUNTRY, seedCountries[i][0]);
			known(Kind.ADJECTIVE, seedCountries[i][1]);
			known(Kind.PEOPLE, seedCountries[i][2]);
			for (String form : seedCountries[i]) {
				COUNTRY_INDEX.put(form, i);
			}
		}
	}

	private static final List<String> FIRST_NAMES = List.of("Amir", "Hassan", "Karim", "Omar", "Yusuf", "Samir",
			"Nadia", "Leila", "Farid", "Tariq", "Rania", "Jamal", "Salim", "Mona", "Khalid", "Zainab", "Reza",
			"Dariush", "Elena", "Marco", "Anna", "Pavel", "Ingrid", "Tomas", "Sofia", "Daniel", "Grace", "Kwame",
			"Amara", "Chen", "Hiroshi", "Priya", "Arjun", "Lucia", "Mateo", "Olga", "Ivan", "Fatima", "Yasmin", "Bilal",
			"Nasser", "Idris", "Hamid", "Soraya", "Walid", "Laila", "Murat", "Aylin");

	private static final List<String> LAST_NAMES = List.of("Karimi", "Haddad", "Nasrallah", "al-Rashid", "Mansour",
			"Rahimi", "al-Hakim", "Farouk", "Azizi", "Sadeghi", "Khoury", "al-Najjar", "Hosseini", "Tabatabai",
			"Moradi", "Bakr", "al-Saadi", "Yilmaz", "Demir", "Novak", "Petrov", "Lindqvist", "Moreau", "Rossi",
			"Okafor", "Mensah", "Tanaka", "Sharma", "Gupta", "Fernandes", "Oliveira", "Kowalski", "Horvat", "Ibrahim",
			"al-Obeidi", "Jaber", "Qasemi", "Rostami", "Shirazi", "Daneshvar", "al-Kaabi", "Salameh", "Abboud",
			"Darwish", "Mahmoudi", "Barzani", "Talabani", "Ghorbani");

	private static final List<String> CITIES = List.of("Basra", "Mosul", "Najaf", "Karbala", "Kirkuk", "Isfahan",
			"Shiraz", "Tabriz", "Mashhad", "Beirut", "Amman", "Cairo", "Doha", "Muscat", "Sanaa", "Ankara", "Istanbul",
			"Kabul", "Herat", "Islamabad", "Karachi", "Nairobi", "Lagos", "Accra", "Lima", "Quito", "Bogota", "Lisbon",
			"Madrid", "Vienna", "Prague", "Warsaw", "Oslo", "Helsinki", "Geneva", "Brussels", "Paris", "Berlin",
			"Moscow", "Tbilisi", "Baku", "Yerevan", "Tashkent", "Delhi", "Dhaka", "Jakarta", "Manila", "Hanoi");

	private static final String[][] COUNTRIES = { { "Lebanon", "Lebanese", "Lebanese" },
			{ "Jordan", "Jordanian", "Jordanians" }, { "Egypt", "Egyptian", "Egyptians" },
			{ "Yemen", "Yemeni", "Yemenis" }, { "Turkey", "Turkish", "Turks" },
			{ "Pakistan", "Pakistani", "Pakistanis" }, { "Kenya", "Kenyan", "Kenyans" },
			{ "Nigeria", "Nigerian", "Nigerians" }, { "Ghana", "Ghanaian", "Ghanaians" },
			{ "Peru", "Peruvian", "Peruvians" }, { "Ecuador", "Ecuadorian", "Ecuadorians" },
			{ "Colombia", "Colombian", "Colombians" }, { "Portugal", "Portuguese", "Portuguese" },
			{ "Spain", "Spanish", "Spaniards" }, { "Austria", "Austrian", "Austrians" },
			{ "Poland", "Polish", "Poles" }, { "Norway", "Norwegian", "Norwegians" }, { "Finland", "Finnish", "Finns" },
			{ "Belgium", "Belgian", "Belgians" }, { "France", "French", "French" }, { "Germany", "German", "Germans" },
			{ "Georgia", "Georgian", "Georgians" }, { "Armenia", "Armenian", "Armenians" },
			{ "India", "Indian", "Indians" }, { "Bangladesh", "Bangladeshi", "Bangladeshis" },
			{ "Indonesia", "Indonesian", "Indonesians" }, { "Vietnam", "Vietnamese", "Vietnamese" },
			{ "Oman", "Omani", "Omanis" }, { "Qatar", "Qatari", "Qataris" }, { "Tunisia", "Tunisian", "Tunisians" } };
	static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
			"September", "October", "November", "December");

	private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
			"Saturday", "Sunday");

	private static void known(Kind kind, String... words) {
		for (String word : words) {
			KNOWN.put(word, new Slot(kind, word, false));
			String upper = word.toUpperCase(Locale.ROOT);
			if (kind == Kind.CITY || kind == Kind.COUNTRY) {
				KNOWN.put(upper, new Slot(kind, word, true));
			}
		}
	}

	/** The slot a seed word is, or {@code null} when it is text to keep. */
	static Slot slotFor(String word) {
		if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
			boolean year = word.length() == 4 && (word.startsWith("19") || word.startsWith("20"));
			return new Slot(year ? Kind.YEAR : Kind.NUMBER, word, false);
		}
		return KNOWN.get(word);
	}

	private final SplittableRandom random;

	private final Map<String, String> people = new HashMap<>();

	private final Map<String, String> cities = new HashMap<>();

	private final Map<Integer, Integer> countries = new HashMap<>();

	private final Map<String, String> dates = new HashMap<>();

	private final int yearShift;

	Substitutions(SplittableRandom random) {
		this.random = random;
		this.yearShift = random.nextInt(-8, 5);
	}

	String render(Template template) {
		StringBuilder text = new StringBuilder(160);
		render(template, text);
		return text.toString();
	}

	void render(Template template, StringBuilder text) {
		for (Object part : template.parts()) {
			if (part instanceof Slot slot) {
				String value = fill(slot);
				text.append(slot.upperCase() ? value.toUpperCase(Locale.ROOT) : value);
			}
			else {
				text.append((String) part);
			}
		}
	}

	/**
	 * A place for a dateline, in capitals: one of the article's cities when it has one.
	 */
	String datelineCity() {
		return cities.isEmpty() ? pick(CITIES).toUpperCase(Locale.ROOT)
				: cities.values().iterator().next().toUpperCase(Locale.ROOT);
	}

	String pickCountry() {
		return pickArray(COUNTRIES)[0];
	}

	String pickLastName() {
		return pick(LAST_NAMES);
	}

	private String fill(Slot slot) {
		String original = slot.original();
		return switch (slot.kind()) {
			case FIRST_NAME -> people.computeIfAbsent(original, key -> pick(FIRST_NAMES));
			case LAST_NAME -> people.computeIfAbsent(original, key -> pick(LAST_NAMES));
			case CITY -> cities.computeIfAbsent(original, key -> pick(CITIES));
			case COUNTRY, ADJECTIVE, PEOPLE -> {
				int country = countries.computeIfAbsent(COUNTRY_INDEX.get(original),
						key -> random.nextInt(COUNTRIES.length));
				yield COUNTRIES[country][slot.kind().ordinal() - Kind.COUNTRY.ordinal()];
			}
			case MONTH -> dates.computeIfAbsent(original, key -> pick(MONTHS));
			case WEEKDAY -> dates.computeIfAbsent(original, key -> pick(WEEKDAYS));
			case YEAR -> Integer.toString(Integer.parseInt(original) + yearShift);
			case NUMBER -> number(original.length());
		};
	}

	/** A number of as many digits, without a leading zero. */
	private String number(int digits) {
		StringBuilder number = new StringBuilder(digits);
		number.append((char) ('1' + random.nextInt(9)));
		for (int i = 1; i < digits; i++) {
			number.append((char) ('0' + random.nextInt(10)));
		}
		return number.toString();
	}

	private String pick(List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private <T> T pickArray(T[] values) {
		return values[random.nextInt(values.length)];
	}

}

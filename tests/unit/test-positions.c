/*
 * test-positions: the clause rules on sentences of our own, with holders
 * resolved by a tiny stub (a fixed list of names and sides) instead of the
 * actors layer.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/pos-dict.h"
#include "analysis/positions.h"
#include "base/buf.h"
#include "base/notify.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "tests/tap.h"

static const struct {
	const char	*name;
	enum side	 side;
	enum actor_kind	 kind;
} stub[] = {
	{ "Vladimir Putin", SIDE_RUS, ACTOR_PERSON },
	{ "Putin", SIDE_RUS, ACTOR_PERSON },
	{ "Dmitry Peskov", SIDE_RUS, ACTOR_PERSON },
	{ "Peskov", SIDE_RUS, ACTOR_PERSON },
	{ "Lavrov", SIDE_RUS, ACTOR_PERSON },
	{ "Zelensky", SIDE_UKR, ACTOR_PERSON },
	{ "Sybiha", SIDE_UKR, ACTOR_PERSON },
	{ "Macron", SIDE_EUR, ACTOR_PERSON },
	{ "Rubio", SIDE_USA, ACTOR_PERSON },
	{ "Erdogan", SIDE_OTH, ACTOR_PERSON },
	{ "Russia", SIDE_RUS, ACTOR_STATE },
	{ "Russian", SIDE_RUS, ACTOR_STATE },
	{ "Moscow", SIDE_RUS, ACTOR_STATE },
	{ "the Kremlin", SIDE_RUS, ACTOR_STATE },
	{ "Ukraine", SIDE_UKR, ACTOR_STATE },
	{ "Ukrainian", SIDE_UKR, ACTOR_STATE },
	{ "Kyiv", SIDE_UKR, ACTOR_STATE },
	{ "United States", SIDE_USA, ACTOR_STATE },
	{ "Washington", SIDE_USA, ACTOR_STATE },
	{ "US", SIDE_USA, ACTOR_STATE },
	{ "American", SIDE_USA, ACTOR_STATE },
	{ "EU", SIDE_EUR, ACTOR_STATE },
	{ "European", SIDE_EUR, ACTOR_STATE },
	{ "Germany", SIDE_EUR, ACTOR_STATE },
	{ "France", SIDE_EUR, ACTOR_STATE },
	{ "Netherlands", SIDE_EUR, ACTOR_STATE },
	{ "Lviv", SIDE_UKR, ACTOR_PLACE },
	{ "Crimea", SIDE_UKR, ACTOR_PLACE },
	{ "Belarus", SIDE_OTH, ACTOR_STATE },
	{ "Armenia", SIDE_OTH, ACTOR_STATE },
	{ "Azerbaijan", SIDE_OTH, ACTOR_STATE },
	{ "Agency for Strategic Initiatives", SIDE_RUS, ACTOR_ORG },
	{ "Greece", SIDE_EUR, ACTOR_STATE },
	{ "Россия", SIDE_RUS, ACTOR_STATE },
	{ "России", SIDE_RUS, ACTOR_STATE },
	{ "Зеленский", SIDE_UKR, ACTOR_PERSON },
	{ "Зеленський", SIDE_UKR, ACTOR_PERSON },
	{ "Зеленским", SIDE_UKR, ACTOR_PERSON },
	{ "Євросоюз", SIDE_EUR, ACTOR_STATE },
	{ "Росії", SIDE_RUS, ACTOR_STATE },
	{ "Путин", SIDE_RUS, ACTOR_PERSON },
	{ "Украиной", SIDE_UKR, ACTOR_STATE },
	{ "Європейці", SIDE_EUR, ACTOR_STATE },
	{ "Зарубин", SIDE_RUS, ACTOR_PERSON },
	{ "Россией", SIDE_RUS, ACTOR_STATE },
	{ "США", SIDE_USA, ACTOR_STATE },
	{ "Венгрии", SIDE_EUR, ACTOR_STATE },
	{ "Венесуэла", SIDE_OTH, ACTOR_STATE },
	{ "российские", SIDE_RUS, ACTOR_STATE },
	{ "ЄС", SIDE_EUR, ACTOR_STATE },
	{ "UN Security Council", SIDE_OTH, ACTOR_ORG },
	{ "Soviet", SIDE_OTH, ACTOR_STATE },
	{ "Макроном", SIDE_EUR, ACTOR_PERSON },
	{ "Україні", SIDE_UKR, ACTOR_STATE },
	{ "Росія", SIDE_RUS, ACTOR_STATE },
	{ "Греції", SIDE_EUR, ACTOR_STATE },
	{ "України", SIDE_UKR, ACTOR_STATE },
};

/* Stub actors the dictionary would not know. */
static const char *const unlisted[] = { "Зарубин", NULL };

static unsigned
stub_flags(const char *name)
{
	size_t	i;

	for (i = 0; unlisted[i] != NULL; i++) {
		if (strcmp(unlisted[i], name) == 0)
			return MENTION_UNLISTED;
	}
	return 0;
}

static struct pos_dict	*dict;
static int		 warnings;

static int
stub_word_edge(const char *text, size_t i)
{
	unsigned char	c = (unsigned char)text[i];

	return c == '\0' || !((c >= 'a' && c <= 'z') || (c >= 'A' &&
	    c <= 'Z') || (c >= '0' && c <= '9'));
}

/* All stub names in text, longest first where two start together. */
static struct pos_mention *
stub_mentions(const char *text, size_t *np)
{
	struct pos_mention	*m = NULL;
	size_t			 n = 0, i, k, len, best;
	int			 bk;

	for (i = 0; text[i] != '\0'; i++) {
		if (i > 0 && !stub_word_edge(text, i - 1))
			continue;
		best = 0;
		bk = -1;
		for (k = 0; k < sizeof stub / sizeof stub[0]; k++) {
			len = strlen(stub[k].name);
			if (strncmp(text + i, stub[k].name, len) == 0 &&
			    stub_word_edge(text, i + len) && len > best) {
				best = len;
				bk = (int)k;
			}
		}
		if (bk == -1)
			continue;
		m = xreallocarray(m, n + 1, sizeof *m);
		m[n].start = (uint32_t)i;
		m[n].end = (uint32_t)(i + best);
		m[n].side = stub[bk].side;
		m[n].kind = stub[bk].kind;
		m[n].actor = bk;
		m[n].name = stub[bk].name;
		m[n].flags = stub_flags(stub[bk].name);
		if (i >= 10 && strncmp(text + i - 10, "President ", 10) == 0)
			m[n].flags |= MENTION_TITLED;
		n++;
		i += best - 1;
	}
	*np = n;
	return m;
}

/* "issue/SIDE/stance[/modality]" for each position, space-separated. */
static char *
run(const char *text, int all)
{
	struct article		*a;
	struct pos_mention	*m;
	struct pos_set		 set;
	struct buf		 out;
	char			*cause = NULL;
	size_t			 n, i;

	a = article_create("t", "t.txt", "t.txt");
	if (article_parse(a, text, strlen(text), "t.txt", &cause) != 0) {
		free(cause);
		article_free(a);
		return xstrdup("(parse error)");
	}
	a->text = xstrdup(text);
	a->len = strlen(text);
	m = stub_mentions(text, &n);
	pos_set_init(&set);
	positions_article_mentions(&set, dict, a, m, n);
	buf_init(&out);
	for (i = 0; i < set.n; i++) {
		if (!all && set.v[i].modality != POS_STATED)
			continue;
		if (out.len > 0)
			buf_addc(&out, ' ');
		buf_printf(&out, "%s/%s/%s", pos_dict_issue_id(dict,
		    set.v[i].issue), side_name(set.v[i].side),
		    pos_stance_name(set.v[i].stance));
		if (all)
			buf_printf(&out, "/%s",
			    pos_modality_name(set.v[i].modality));
	}
	buf_addc(&out, '\0');
	pos_set_release(&set);
	free(m);
	article_free(a);
	return buf_detach(&out, NULL);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sort the space-separated words of s in place. */
static void
sort_words(char *s)
{
	char	*w[64], *copy, *p;
	size_t	 n = 0, i;

	copy = xstrdup(s);
	for (p = strtok(copy, " "); p != NULL && n < 64; p = strtok(NULL, " "))
		w[n++] = p;
	qsort(w, n, sizeof *w, cmp_str);
	*s = '\0';
	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(s, " ");
		strcat(s, w[i]);
	}
	free(copy);
}

static void	check(const char *, const char *, int);

/* Positions of sentence first in a text long enough to have a topic:
   five sentences of filler follow it. */
static void
check_long(const char *first, const char *want)
{
	static const char filler[] = "Markets rose. Rain fell in the north. "
	    "A bridge opened. Schools reopened. A new museum opened.";
	char	text[512];

	snprintf(text, sizeof text, "%s %s\n", first, filler);
	check(text, want, 0);
}

static void
check(const char *text, const char *want, int all)
{
	char	*got = run(text, all), *w = xstrdup(want), *d, *p;

	sort_words(got);
	sort_words(w);
	d = xstrdup(text);
	for (p = d; *p != '\0'; p++) {
		if (*p == '\n')
			*p = ' ';
	}
	is_str(got, w, "%s", d);
	free(got);
	free(w);
	free(d);
}

static void
count_warning(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
	warnings++;
}

static void
test_table(void)
{
	/* The negation and hedge table of the gold guide. */
	check("Russia rejected the ceasefire.\n", "ceasefire/RUS/oppose", 0);
	check("Russia refused the ceasefire.\n", "ceasefire/RUS/oppose", 0);
	check("Russia opposed the ceasefire.\n", "ceasefire/RUS/oppose", 0);
	check("Russia did not reject the ceasefire.\n", "", 0);
	check("Russia refused to accept the ceasefire.\n",
	    "ceasefire/RUS/oppose", 0);
	check("Russia refused to agree to the ceasefire.\n",
	    "ceasefire/RUS/oppose", 0);
	check("Russia will never accept a ceasefire.\n",
	    "ceasefire/RUS/oppose", 0);
	check("Russia would not accept a ceasefire.\n",
	    "ceasefire/RUS/oppose", 0);
	check("Russia did not rule out a ceasefire.\n", "", 0);
	check("Russia refused to rule out a ceasefire.\n", "", 0);
	check("Russia ruled out a ceasefire.\n", "ceasefire/RUS/oppose", 0);
	check("Zelensky criticised Russia's refusal to agree to the "
	    "ceasefire.\n", "ceasefire/UKR/support ceasefire/RUS/oppose", 0);
	check("Macron urged Russia to stop opposing the ceasefire.\n",
	    "ceasefire/EUR/support", 0);
}

static void
test_holders(void)
{
	check("The US has proposed a 30-day ceasefire, which Russia has "
	    "rejected.\n", "ceasefire/USA/support ceasefire/RUS/oppose", 0);
	check("Zelensky welcomed the truce proposed by the United States.\n",
	    "ceasefire/UKR/support ceasefire/USA/support", 0);
	check("He said some American ideas were fine, but others were "
	    "criticised by Putin.\n", "peace_plan/RUS/oppose", 0);
	check("Some European and Ukrainian officials fear that the peace "
	    "plan gives too much away.\n",
	    "peace_plan/EUR/oppose peace_plan/UKR/oppose", 0);
	check("Peskov said Moscow rejects any truce.\n",
	    "ceasefire/RUS/oppose", 0);
	check("Sybiha met reporters. He stressed that talks must be backed "
	    "by pressure on Russia.\n", "pressure/UKR/support", 0);
	check("Moscow must end the bloodshed, Sybiha said.\n",
	    "ceasefire/UKR/support", 0);
	check("According to Sybiha, Moscow must end the bloodshed.\n",
	    "ceasefire/UKR/support", 0);
	check("Zelensky spoke first. His foreign minister repeated that "
	    "Moscow must \"end the bloodshed\".\n",
	    "ceasefire/UKR/support", 0);
	check("The EU imposed new sanctions on Moscow.\n",
	    "pressure/EUR/support", 0);
	/* the Normandy format is talks; what it agreed is the Minsk
	   package */
	check("Ukraine, France and Germany support the Normandy format.\n",
	    "talks/UKR/support talks/EUR/support talks/EUR/support", 0);
	check("Putin said Kyiv refuses to honour the Normandy format "
	    "agreements.\n",
	    "minsk/UKR/oppose", 0);
	check("Russia rejected the US proposal.\n",
	    "peace_plan/RUS/oppose peace_plan/USA/support", 0);
	check("Russia's rejection of the peace plan angered Kyiv.\n",
	    "peace_plan/RUS/oppose", 0);
	check("The American offer of security guarantees was welcome.\n",
	    "security_guarantees/USA/support", 0);
	check("Zelensky rejected the idea of recognising Crimea as part of "
	    "Russia.\n", "territory/UKR/oppose", 0);
	check("Zelensky insisted on the territorial integrity of Ukraine.\n",
	    "territory/UKR/oppose", 0);
	check("Zelensky urged allies to apply more pressure on Russia, "
	    "warning that the war would go on.\n", "pressure/UKR/support",
	    0);
	check("Rubio called for a ceasefire and urged Moscow to lift "
	    "restrictions.\n", "ceasefire/USA/support", 0);
	check("Erdogan offered to host the talks.\n", "talks/OTH/support", 0);
	/* a name given is no claim, a dash between or not */
	check_long("Putin recalled that this is what they were called - the "
	    "Minsk agreements.", "");
	/* an act thanked for is the thanked one's (classes thanks,
	   reason), a cue of its own or none */
	check_long("Zelensky thanked France for the military aid.",
	    "military_aid/EUR/support");
	/* a word for the foe (class enemy) holds for the side its
	   language calls the foe (class foe) */
	check_long("The occupiers disrupted the humanitarian corridors.",
	    "humanitarian/RUS/oppose");
	check_long("Russian occupiers disrupted the humanitarian corridors.",
	    "humanitarian/RUS/oppose");
	/* the "that" clause of a verb of the mind (class mental) is no
	   object of the cue before it */
	check_long("Putin said we must not forget that the Minsk agreements "
	    "are binding.", "");
	check_long("Putin said we must admit that Washington put forward "
	    "the peace plan.", "peace_plan/USA/support");
	/* an actor opening the clause of a judgement is its subject;
	   one after a preposition is not */
	check_long("The war went on. Ukraine must continue the talks.",
	    "talks/UKR/support");
	check_long("The war went on. Pressure on Russia must continue.", "");
	/* a must cue's subject trigger may carry a few words of its own;
	   "expressed confidence that" reports */
	check_long("Sybiha expressed confidence that sanctions against "
	    "Russia must grow.", "pressure/UKR/support");
	/* the one told is no speaker; the one named after a quote is */
	check_long("The war went on. Sybiha wants us to tell Russia that "
	    "there is no alternative to peace.", "ceasefire/UKR/support");
	/* an adverb and a few words between a must cue and its subject
	   trigger; "must not be lost" negates nothing */
	check_long("The war went on. Sybiha said the chance of ending the "
	    "bloodshed through diplomatic means must not be lost.",
	    "talks/UKR/support");
	/* a noun an actor's possessive opens is the subject, not the
	   speaker; legal guarantees are Ukraine's security when Ukraine
	   asks, Russia's demand against NATO when Russia does */
	check_long("The war went on. Sybiha said Russia's political culture "
	    "does not provide for talks.", "");
	check_long("Sybiha said Ukraine needs legal guarantees.",
	    "security_guarantees/UKR/support");
	check_long("Peskov said Russia needs legal guarantees.",
	    "nato/RUS/oppose");
	/* a text that ends on "and" after a cue: the look past it stops
	   at the last token (found by fuzz/run) */
	check("Russia rejected and", "", 0);
	/* one made to act (class causative) holds nothing by it */
	check("We count on you to make Russia seek peace.\n", "", 0);
	check("Only pressure will force Moscow to accept a truce.\n", "",
	    0);
	check("Moscow will accept a truce, Sybiha said.\n",
	    "ceasefire/RUS/support", 0);
}

static void
test_speech(void)
{
	check("\"We reject this so-called truce. It is a trap,\" Peskov "
	    "said.\n", "ceasefire/RUS/oppose", 0);
	check("Peskov said: \"We support direct talks.\"\n",
	    "talks/RUS/support", 0);
	check("\"We will never accept the annexation. We are ready for "
	    "talks. We want peace,\" said Zelensky.\n",
	    "ceasefire/UKR/support territory/UKR/oppose talks/UKR/support", 0);
	check("Zelensky said:\n\n\"We will never accept the annexation.\"\n",
	    "territory/UKR/oppose", 0);
	check("Vladimir Putin: We are ready for negotiations. We reject the "
	    "sanctions.\n\nThe West must lift the sanctions.\n",
	    "talks/RUS/support pressure/RUS/oppose pressure/RUS/oppose", 0);
}

/* Transcript turns: each speaker's own, none for those who ask. */
static void
test_turns(void)
{
	check("Vladimir Putin: We reject the ceasefire. Question: Will Kyiv "
	    "accept direct talks? Zelensky: We support direct talks.\n",
	    "ceasefire/RUS/oppose talks/UKR/support", 0);
	check("Anna Reyes: Will Russia reject the sanctions? Peskov: We "
	    "reject the sanctions.\n", "pressure/RUS/oppose", 0);
	check("Macron EmmanuelPresident of France(retranslated): We support "
	    "the talks. Moderator: Is the ceasefire welcome?\n",
	    "talks/EUR/support", 0);
	/* A plural noun with no determiner is its verb's own subject
	   (class nounpl), not the speaker; "our partners" are his */
	check("Vladimir Putin: Western countries impose sanctions on us. "
	    "Many states support the talks.\n", "", 0);
	check("Vladimir Putin: Our negotiators support the talks. We "
	    "always reject sanctions.\n",
	    "talks/RUS/support pressure/RUS/oppose", 0);
	/* A joint statement is each author's; the topic is no author. */
	check("Joint statement of Ukraine, France and Germany on the "
	    "strikes by Russia\n\nWe call for a ceasefire.\n",
	    "ceasefire/UKR/support ceasefire/EUR/support "
	    "ceasefire/EUR/support", 0);
	check("Statement of Ukraine on the strikes by Russia\n\nWe call "
	    "for a ceasefire.\n", "ceasefire/UKR/support", 0);
	/* A turn runs on over the paragraphs after its label. */
	check("A transcript\n\nZelensky: Thank you.\n\nWe will never accept "
	    "the annexation.\n", "territory/UKR/oppose", 0);
	/* A title that gives the text to its author. */
	check("Speech by the President of Ukraine at the summit\n\nWe will "
	    "never accept the annexation.\n", "territory/UKR/oppose", 0);
	/* "X said:" before a quote is no turn. */
	check("Peskov said: \"We support direct talks.\"\n",
	    "talks/RUS/support", 0);
}

/* Whose benefit: the guarantees Russia asks for are against NATO. */
static void
test_beneficiary(void)
{
	check("Russia proposed a treaty on security guarantees.\n",
	    "nato/RUS/oppose", 0);
	check("Russia is ready to discuss security guarantees for Ukraine.\n",
	    "security_guarantees/RUS/support", 0);
	check("Zelensky wants security guarantees.\n",
	    "security_guarantees/UKR/support", 0);
	check("Russia rejected the security guarantees.\n",
	    "security_guarantees/RUS/oppose", 0);
	/* Ukraine named elsewhere in the sentence is not whom they are for */
	check("Russia proposed security guarantees on the day its troops "
	    "massed near Ukraine.\n", "nato/RUS/oppose", 0);
}

/* What an issue is about: its target, its frame. */
static void
test_targets(void)
{
	/* pressure is on Russia, military aid goes to Ukraine */
	check("Putin condemned the sanctions on Belarus.\n", "", 0);
	check("Putin condemned the sanctions on Russia.\n",
	    "pressure/RUS/oppose", 0);
	check("Rubio urged Germany to send more weapons to Ukraine.\n",
	    "military_aid/USA/support", 0);
	check("Putin offered more weapons to Moscow's allies.\n", "", 0);
	/* talks about trade are no stance on the talks about the war (in a
	   text long enough to tell) */
	check_long("Russia held talks with Greece on trade.", "");
	check_long("Russia held talks with Greece on the war.",
	    "talks/RUS/support");
	/* a question claims nothing; an act needs its agent; what a demand
	   asks for is not yet anyone's stance */
	check("Did Russia reject the ceasefire?\n", "", 0);
	check("Putin condemned the practice of imposing sanctions on "
	    "Russia.\n", "pressure/RUS/oppose", 0);
	check("Putin demanded Kyiv's refusal to join NATO.\n",
	    "nato/RUS/oppose", 0);
	check_long("Putin welcomed the initiatives of business.", "");
	/* an act a trigger names with its owner, and no cue */
	check("The EU's fifth sanctions package was imposed.\n",
	    "pressure/EUR/support", 0);
	check("The new sanctions by the EU looked identical.\n",
	    "pressure/EUR/support", 0);
	check("Sanctions on Russia from the United States followed.\n",
	    "pressure/USA/support", 0);
	/* the owner as the trigger's attribute, before it or, in
	   Russian and Ukrainian, after it in the genitive; not for aid,
	   where the name tells the maker; not a world body's consent */
	check("Fresh EU sanctions hit the oil trade.\n",
	    "pressure/EUR/support", 0);
	check("The bank stayed under US sanctions all year.\n",
	    "pressure/USA/support", 0);
	check("Очередные санкции США ударили по торговле нефтью.\n",
	    "pressure/USA/support", 0);
	check("Новий пакет санкцій ЄС вдарив по торгівлі нафтою.\n",
	    "pressure/EUR/support", 0);
	check("The army still fields Soviet weapons in the south.\n", "", 0);
	check("The strike came without a UN Security Council sanction.\n",
	    "", 0);
	/* a negated bare claim is the speaker's when "we" or "I" say
	   it, not when a third person is denied something */
	check("A talk\n\nZelensky: We will never give up our land.\n",
	    "territory/UKR/oppose/stated", 1);
	check("A talk\n\nZelensky: They will not see peace.\n", "", 1);
	/* humanitarian aid to a third country is another story, unless
	   Ukraine gives or asks it (a venue is no recipient) */
	check_long("Armenia thanked Russia for its humanitarian aid.", "");
	check_long("Zelensky said the humanitarian corridors were agreed at "
	    "the talks in Belarus.", "humanitarian/UKR/support");
	/* "the parties" of a readout are the two who talked; their
	   own dialogue, when they are not at war, is their relations */
	check("Zelensky had a call with Macron. The parties agreed to raise "
	    "the sanctions pressure on Russia.\n",
	    "pressure/UKR/support pressure/EUR/support", 0);
	check("Zelensky had a call with Macron. The interlocutors agreed to "
	    "keep up an active dialogue.\n", "", 0);
	/* ... but talks the sentence puts in the war's frame are the
	   war's */
	check("Zelensky had a call with Macron. The interlocutors agreed to "
	    "keep working in the Normandy format.\n",
	    "talks/UKR/support talks/EUR/support", 0);
	check("Зеленский провел разговор с Макроном. Стороны договорились "
	    "усилить санкции против России.\n",
	    "pressure/UKR/support pressure/EUR/support", 0);
	/* "the support of": an issue after it is supported; an actor
	   after it holds it only when "for" follows */
	check("Zelensky thanked Macron for the support of our territorial "
	    "integrity.\n", "territory/EUR/oppose", 0);
	check("Zelensky praised the support of France for the sanctions.\n",
	    "pressure/EUR/support pressure/UKR/support", 0);
	/* Russia's talks with a third state are their relations, unless
	   the sentence names Ukraine, even where the war is named near */
	check("The war in Ukraine went on. Putin said Russia and Belarus "
	    "keep up an active dialogue. Markets rose. Rain fell in the "
	    "north. A bridge opened. Schools reopened.\n", "", 0);
	/* a phrase of polarity 0 hides the trigger inside it */
	check("Ukraine and France praised their lively political dialogue.\n",
	    "", 0);
	check("Ukraine and France praised the dialogue with Russia.\n",
	    "talks/UKR/support talks/EUR/support", 0);
	check("Russia promised to reach carbon neutrality by 2050.\n", "", 0);
	check("The French and Ukrainian delegations held bilateral talks.\n",
	    "", 0);
	check("Putin praised the Russian peacekeepers in the region.\n", "",
	    0);
	check("Putin and Erdogan exchanged views on the Middle East peace "
	    "settlement.\n", "", 0);
	/* "delays in" is a noun, the speaker's complaint; the verb is
	   its subject's act */
	check("A talk\n\nZelensky: Each week of delays in the supply of "
	    "weapons costs lives.\n", "", 1);
	check("Germany delayed the supply of weapons.\n",
	    "military_aid/EUR/oppose", 0);
	/* a side never takes a stance against itself in this war: the
	   reading is wrong, not the side */
	check("Putin said Russia must mention the harsh sanctions of the "
	    "West.\n", "", 0);
	check("Zelensky said the world had applied destructive "
	    "sanctions.\n", "", 0);
	check("Zelensky recalled the occupation of our territories.\n", "",
	    0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Не пропускали "
	    "навіть гуманітарні колони.\n", "", 0);
	check("Putin said a refusal of neutrality would be a mistake.\n",
	    "", 0);
	/* one's own land in the singular, taken back; recognising the
	   republics' sovereignty; fighting for weapons; humanitarian
	   support; a rocket system named by its initials, supplied */
	check("Zelensky said Ukraine must liberate its land.\n",
	    "territory/UKR/oppose", 0);
	check("Putin signed the decree recognising the sovereignty of the "
	    "two republics.\n", "territory/RUS/support", 0);
	check("A talk\n\nZelensky: We are fighting for the supply of "
	    "weapons.\n", "military_aid/UKR/support/stated", 1);
	check("Zelensky thanked Macron for the humanitarian support.\n",
	    "humanitarian/EUR/support", 0);
	check("Macron said France would send MLRS to Ukraine.\n",
	    "military_aid/EUR/support military_aid/EUR/support", 0);
	/* the border restored is the land taken back */
	check("Zelensky said the whole border of Ukraine will be "
	    "restored.\n", "territory/UKR/oppose", 0);
	/* a negating determiner on a passive's subject negates the cue */
	check("Macron said that no ultimatums can be accepted.\n",
	    "peace_plan/EUR/oppose", 0);
	/* "your" support, in a speech to a nation, is that nation's
	   even when the speaker's cue takes it */
	check("Speech by Zelensky in the Parliament of France\n\nDear "
	    "friends! Dear people of France!\n\nWe greatly appreciate your "
	    "defence support.\n",
	    "military_aid/EUR/support military_aid/UKR/support", 0);
	/* a greeting at the head of a one-line address under a headline
	   that gives its words to a person: the address is that
	   person's, and "they" after a word for the foe is the foe */
	check("Ukraine will win - Zelensky\n\nBrave people of a free "
	    "country! We need new sanctions against Russia. The occupiers "
	    "block the roads out of the city. They do not provide any "
	    "humanitarian corridors.\n",
	    "pressure/UKR/support humanitarian/RUS/oppose", 0);
	check("Ukraine will win - Zelensky\n\nThe day was long. We need "
	    "new sanctions against Russia.\n", "", 0);
	/* a Ukrainian text that speaks as "we" outside quotes, with no
	   greeting and no speaker named, is an address of Ukraine's */
	check("Вечір\n\nДень був довгий. Ми працюємо, наші люди тримаються, "
	    "нам допомагають. Нам потрібні нові санкції проти Росії.\n",
	    "pressure/UKR/support", 0);
	check("Новини\n\nДень був довгий. Нам потрібні нові санкції проти "
	    "Росії.\n", "", 0);
	/* softening what sanctions do is against them */
	check("Russia adopted steps to offset the effects of sanctions.\n",
	    "pressure/RUS/oppose", 0);
	/* the main clause after an opening condition is stated; "unable
	   to", "not be able to" negate; "X, which" is X */
	check("A talk\n\nZelensky: If we want peace, we need to sit down and "
	    "talk.\n",
	    "ceasefire/UKR/support/conditional talks/UKR/support/stated", 1);
	check("Kyiv is unable to accept the ultimatum.\n",
	    "peace_plan/UKR/oppose", 0);
	check("Russia will not be able to accept the ultimatum.\n",
	    "peace_plan/RUS/oppose", 0);
	check("Putin said Russia would do what it could to help the ceasefire "
	    "hold.\n", "ceasefire/RUS/support/stated", 1);
	check("For Russia, which does not want NATO to expand, this matters."
	    "\n", "nato/RUS/oppose", 0);
	/* a term holds a cue's word and means nothing of it */
	check("Ukraine heard the negotiating position of Moscow.\n", "", 0);
	check("Zelensky: the first block of security guarantees is about "
	    "air defence.\n", "", 0);
	/* "not only" negates nothing */
	check("Russia not only rejected the ceasefire but mocked it.\n",
	    "ceasefire/RUS/oppose", 0);
	/* adverbs joined by "and" between a subject and its verb */
	check("Russia deliberately and unilaterally withdrew from the Minsk "
	    "agreements.\n", "minsk/RUS/oppose", 0);
	/* another war; a trigger inside a name */
	check("Putin backed talks on a peace treaty between Armenia and "
	    "Azerbaijan.\n", "", 0);
	check("Zelensky backed talks on a peace treaty between Armenia and "
	    "Azerbaijan.\n", "talks/UKR/support", 0);
	/* a word for this war's foe keeps third states in this war */
	check("We thank the US, Armenia and Belarus for the weapons against "
	    "the aggressor.\n", "military_aid/USA/support "
	    "military_aid/OTH/support military_aid/OTH/support", 0);
	/* two states in one hyphenated word are two */
	check("Putin backed the Armenia-Azerbaijan talks on a peace "
	    "treaty.\n", "", 0);
	check("Putin praised the Agency for Strategic Initiatives.\n", "", 0);
	/* a list whose first item has words after it; infinitives of one
	   cue, each with its "to" */
	check("Zelensky called for a ceasefire along the whole front, the "
	    "release of all prisoners and new sanctions.\n",
	    "ceasefire/UKR/support prisoners/UKR/support "
	    "pressure/UKR/support", 0);
	check("Zelensky wants to restore the truce, to return Crimea and to "
	    "rebuild.\n",
	    "ceasefire/UKR/support territory/UKR/oppose", 0);
	/* firms driven out of a market; a land that is and stays
	   Ukraine's */
	check("Zelensky said every Western firm should leave the Russian "
	    "market.\n", "pressure/UKR/support", 0);
	check("Зеленський заявив, що компанії повинні піти з російського "
	    "ринку.\n", "pressure/UKR/support", 0);
	check("Zelensky said the peninsula is and will be part of Ukraine.\n",
	    "territory/UKR/oppose", 0);
	check("Zelensky said Crimea has never ceased to be part of "
	    "Ukraine.\n", "territory/UKR/oppose", 0);
	/* the invader made to leave is the land kept; a past battle is
	   news */
	check("Zelensky said the occupiers shall leave Crimea soon.\n",
	    "territory/UKR/oppose", 0);
	check("Zelensky said Ukraine will drive the invaders out.\n",
	    "territory/UKR/oppose", 0);
	check("Zelensky said the army drove the invaders out of two "
	    "towns.\n", "", 0);
	check("Зеленський заявив, що ми виженемо окупантів з нашої "
	    "землі.\n", "territory/UKR/oppose", 0);
	check("Zelensky said we will clear our land of the occupiers.\n",
	    "territory/UKR/oppose", 0);
	/* accountability with words between; assets by other names */
	check("Zelensky said Russia must be held financially responsible "
	    "for its crimes.\n", "pressure/UKR/support", 0);
	check("Zelensky urged partners to freeze all Russian funds.\n",
	    "pressure/UKR/support", 0);
	/* "is convinced that" gives its clause a speaker; an adjective
	   before "need"; troops told to leave */
	check("Macron is convinced that Moscow must be held accountable for "
	    "its crimes.\n",
	    "pressure/EUR/support", 0);
	check("Zelensky stressed the urgent need for more weapons.\n",
	    "military_aid/UKR/support", 0);
	check("Zelensky said Russian troops must leave the occupied "
	    "territories.\n", "territory/UKR/oppose", 0);
	/* the alliance by its full name; softening what sanctions do */
	check("Putin called any expansion of the North Atlantic Alliance "
	    "unacceptable.\n", "nato/RUS/oppose", 0);
	check("Putin said the allies must alleviate the consequences of "
	    "sanctions.\n", "pressure/RUS/oppose", 0);
	/* guarantors of a named security; people got out; the flag back;
	   defence capabilities */
	check("Zelensky said the US will be among the guarantors of our "
	    "country's security.\n", "security_guarantees/UKR/support", 0);
	check("Zelensky said the army would try to save our people from the "
	    "plant.\n", "humanitarian/UKR/support", 0);
	check("Zelensky said the Ukrainian flag will return to every town.\n",
	    "territory/UKR/oppose", 0);
	check("Zelensky asked partners to support Ukraine's defence "
	    "capabilities.\n", "military_aid/UKR/support", 0);
	/* a possessor before adjectives joined by "and" */
	check("Zelensky welcomed Germany's firm and unwavering support for "
	    "Ukraine's territorial integrity.\n",
	    "territory/EUR/oppose territory/UKR/oppose", 0);
	/* "according to him" speaks for the person last named */
	check("Zelensky met Macron. According to him, the EU must impose "
	    "new sanctions.\n", "pressure/EUR/support", 0);
	check("Зеленський зустрівся з Макроном. За його словами, Євросоюз "
	    "повинен запровадити нові санкції.\n", "pressure/EUR/support",
	    0);
	/* talks with one's partners are about help, not the war */
	check("Zelensky said we hold daily negotiations with our "
	    "partners.\n", "", 0);
	/* a readout's host is the person who opens it, however often
	   the guest is named */
	check("A call with Macron\n\nPutin had a call with Macron. Putin "
	    "and Macron discussed trade, and Macron raised the border. He "
	    "stressed his readiness to continue the talks on Ukraine.\n",
	    "talks/RUS/support", 0);
	/* more speech verbs; a speaker nobody can name gives way to a
	   named one */
	check("Zelensky reminded that Crimea is part of Ukraine.\n",
	    "territory/UKR/oppose", 0);
	check("Zelensky expressed hope that new sanctions will follow "
	    "soon.\n", "pressure/UKR/support", 0);
	check("Since they believe that Kyiv will attack, Zelensky said "
	    "that Crimea is part of Ukraine.\n",
	    "territory/UKR/oppose", 0);
	/* a wish to receive; arms by other names; limits on their use
	   lifted */
	check("Zelensky said Ukraine would like to receive modern "
	    "armaments.\n", "military_aid/UKR/support", 0);
	check("Germany lifted the restrictions on Ukraine using long-range "
	    "missiles.\n", "military_aid/EUR/support", 0);
	/* Russian and Ukrainian: firms told to leave, military-technical
	   help, a condition opened by "как только" */
	check("Зеленський заявив, що всі компанії мають полишити російський "
	    "ринок.\n", "pressure/UKR/support", 0);
	check("Зеленский заявил, что нам нужно военно-техническое "
	    "содействие.\n", "military_aid/UKR/support", 0);
	check("Путин сказал, что как только ситуация нормализуется, санкции "
	    "должны быть отменены.\n", "", 0);
	/* a body's sanction is its approval */
	check("Putin said the strikes were made without the UN Security "
	    "Council's sanction.\n", "", 0);
	/* openness to talks; criticism of the arms in a complaint's words;
	   a boast of weapons "without equal" denies nothing */
	check("Putin confirmed Russia's openness to a resumption of the "
	    "dialogue.\n", "talks/RUS/support", 0);
	check("Putin was critical of pumping Kyiv with foreign weapons.\n",
	    "military_aid/RUS/oppose", 0);
	check("Putin said the army now has new air defence systems that "
	    "have no analogues.\n", "", 0);
	/* a mediator between the sides is for talks; a summit's
	   declaration is a text */
	check("Zelensky welcomed the mediating role of Turkey in ending the "
	    "war.\n", "talks/UKR/support", 0);
	check("The EU leaders agreed on a summit declaration on Ukraine.\n",
	    "", 0);
	/* the holder of a noun cue after "of" */
	check("Putin condemned the refusal of Kyiv to implement the Minsk "
	    "agreements.\n", "minsk/RUS/support minsk/UKR/oppose", 0);
	/* "he" after "X says" is X; "they" with no group is nobody */
	check("Zelensky says in an interview with Rubio that he is ready "
	    "for direct talks with Russia.\n", "talks/UKR/support", 0);
	check("Vladimir Putin: They refuse to negotiate with Ukraine.\n", "",
	    0);
}

/* Other wars: an outsider's stance counts only with the war in view. */
static void
test_topic(void)
{
	check_long("Erdogan called for a ceasefire in another war.", "");
	check_long("Erdogan called for a ceasefire between Russia and "
	    "Ukraine.", "ceasefire/OTH/support");
	/* A short text is taken as it stands. */
	check("Erdogan called for a ceasefire.\n", "ceasefire/OTH/support",
	    0);
}

static void
test_modality(void)
{
	check("He played a key role in annexing Crimea in 2014.\n", "", 1);
	check("Russia accepted the Minsk agreements in 2015. Russia rejects "
	    "a truce in 2025.\n",
	    "minsk/RUS/support/historical ceasefire/RUS/oppose/stated", 1);
	check("If Russia were to accept a ceasefire, Kyiv would welcome "
	    "it.\n", "ceasefire/RUS/support/hypothetical", 1);
	check("Russia might accept a ceasefire.\n",
	    "ceasefire/RUS/support/hypothetical", 1);
	check("Russia would accept a ceasefire.\n",
	    "ceasefire/RUS/support/conditional", 1);
	check("Russia would accept a ceasefire.\n", "", 0);
}

/* Rules that carry beyond the seeds: claims without a stance verb,
   judgements, bare passives, groups, anaphora, lists. */
static void
test_general(void)
{
	/* A trigger alone in reported speech is the speaker's claim. */
	check("Sybiha said Kyiv would not give up any territory.\n",
	    "territory/UKR/oppose", 0);
	check("Peskov said the truce would stay.\n",
	    "ceasefire/RUS/support", 0);
	check("Zelensky said more arms would not end the war.\n", "", 0);
	check("Peskov said that after the talks he flew home.\n", "", 0);
	check("Sybiha said the territorial integrity of Ukraine could not "
	    "be traded.\n", "territory/UKR/oppose", 0);
	/* Judgements, before or after the trigger. */
	check("Lavrov said NATO enlargement remained unacceptable.\n",
	    "nato/RUS/oppose", 0);
	check("Peskov said illegitimate sanctions would fail.\n",
	    "pressure/RUS/oppose", 0);
	check("Lavrov rejected the illegitimate sanctions.\n",
	    "pressure/RUS/oppose", 0);
	/* A passive without an agent takes the trigger before it. */
	check("Putin demanded that the sanctions be lifted.\n",
	    "pressure/RUS/oppose", 0);
	/* Subjects found further away. */
	check("The Kremlin said Russia would do what it could to help the "
	    "truce hold.\n", "ceasefire/RUS/support", 0);
	check("Zelensky, who spoke first, appealed for more weapons and "
	    "tougher sanctions.\n",
	    "military_aid/UKR/support pressure/UKR/support", 0);
	check("Zelensky thanked the Netherlands for supporting the "
	    "territorial integrity of Ukraine.\n", "territory/EUR/oppose", 0);
	/* thanks for several things, "for A, for B": each is the act of
	   those thanked, however long their list; a place named inside
	   a reason is none of them */
	check("We are grateful to our American and European friends, to "
	    "the democracies of the world including Belarus and Armenia, for "
	    "their help, for their sanctions against Russia.\n",
	    "pressure/USA/support pressure/EUR/support pressure/OTH/support "
	    "pressure/OTH/support", 0);
	/* what one is thanked for may stand a few words after "for" */
	check("Zelensky thanked France for its principled position "
	    "on sanctions.\n", "pressure/EUR/support", 0);
	check("Zelensky thanked Germany and France for their strong "
	    "support for Ukraine in the face of the threat from Russia, as "
	    "well as for their efforts to revive the Minsk agreements.\n",
	    "minsk/EUR/support minsk/EUR/support", 0);
	check("Putin met Macron. Both leaders backed the Minsk "
	    "agreements.\n", "minsk/RUS/support minsk/EUR/support", 0);
	/* A place is no holder. */
	check("Talks in Lviv resumed after the shelling.\n", "", 0);
	check("Lviv backed the truce.\n", "", 0);
	/* "the deal" names the issue of the sentences before. */
	check("Kyiv and Moscow signed a truce. Rubio welcomed the deal.\n",
	    "ceasefire/UKR/support ceasefire/RUS/support "
	    "ceasefire/USA/support", 0);
	check("Lavrov rejected the idea of a truce.\n",
	    "ceasefire/RUS/oppose", 0);
	/* "the initiative" with no cue is no second claim of the
	   speaker's; thanks for it are. */
	check("Zelensky asked the EU for new sanctions. \"They keep pushing "
	    "the initiative,\" he said.\n", "pressure/UKR/support", 0);
	check("Zelensky asked the EU for new sanctions. \"We are grateful "
	    "for the initiative,\" he said.\n",
	    "pressure/UKR/support pressure/UKR/support", 0);
	/* Taking a position back is no position. */
	check("Erdogan dropped his objection to a ceasefire.\n",
	    "ceasefire/OTH/support", 0);
	/* Rather than. */
	check("Moscow says it wants a settlement rather than a truce.\n",
	    "ceasefire/RUS/oppose", 0);
	/* a kind of attack between the verb and its noun */
	check("Russia and Ukraine agreed to halt all air strikes on ports.\n",
	    "ceasefire/RUS/support ceasefire/UKR/support", 0);
	/* an occupied city called Ukrainian, in the future */
	check("A transcript\n\nZelensky: Melitopol will be Ukrainian.\n",
	    "territory/UKR/oppose", 0);
	/* punishment as pressure; what will help, wanted */
	check("A transcript\n\nZelensky: The world must punish the "
	    "aggressor.\n", "pressure/UKR/support", 0);
	check("A transcript\n\nZelensky: More weapons will help us hold "
	    "the line.\n", "military_aid/UKR/support", 0);
	/* a second verb with no subject of its own, after "and" or ", but":
	   the first clause's subject */
	check("Germany met the envoys and called for new sanctions "
	    "against Russia.\n", "pressure/EUR/support", 0);
	check("Ukraine will defend itself, but is ready to negotiate with "
	    "Russia.\n", "talks/UKR/support", 0);
	/* an infinitive after "to", or "against", names no beneficiary */
	check("Ukraine needs weapons to push Russia back.\n",
	    "military_aid/UKR/support", 0);
	check("Ukraine needs weapons against Russia.\n",
	    "military_aid/UKR/support", 0);
	/* what someone will come to understand is foretold, not held */
	check("Zelensky said: Once he faces the facts, he will understand "
	    "the necessity to talk and end this war.\n", "", 0);
	/* "peace" alone is no claim without a cue; with one it is */
	check("A transcript\n\nZelensky: Some day peace will come. We "
	    "want peace.\n", "ceasefire/UKR/support", 0);
	/* a name in quotation marks is no stance */
	check("Zelensky stated this, speaking at the forum "
	    "\"Diplomacy Week\" in Kyiv.\n", "", 0);
	/* a relative clause that says what a trigger is: no claim of its
	   own */
	check("Macron noted that Kyiv reaffirms its readiness to "
	    "carry out the Minsk agreements, which are the road to "
	    "de-escalation and lasting peace.\n", "minsk/UKR/support", 0);
	/* a verb in -s before a possessive: its subject holds the noun */
	check("France noted that Kyiv reaffirms its readiness for "
	    "talks.\n", "talks/UKR/support", 0);
	/* where people are evacuated from gives no help */
	check("Russia urged France to ensure the evacuation of foreigners "
	    "from Ukraine.\n", "humanitarian/RUS/support", 0);
	/* "against which": the relative's preposition, no stance */
	check("The US said there are firms against which sanctions should "
	    "be applied.\n", "pressure/USA/support", 0);
	/* thanks to no one named: the one who thanks wants the help */
	check("Zelensky thanked the partners for military assistance.\n",
	    "military_aid/UKR/support", 0);
	/* "support to", as Kyiv's English has it */
	check("Zelensky thanked Germany for its support to Ukraine's "
	    "territorial integrity.\n", "territory/EUR/oppose", 0);
	/* ships' safe passage is no humanitarian corridor */
	check("Washington welcomed safe passage for commercial vessels.\n",
	    "", 0);
}

/* Rules for the shapes of press reports: plans that speak for whoever
   brought them, groups named before, subjects over insertions. */
static void
test_reports(void)
{
	/* A plan, or "it" after one, speaks for whoever put it forward. */
	check("Erdogan brought a ten-point proposal. It calls for a ceasefire "
	    "and a prisoner exchange.\n", "peace_plan/OTH/support "
	    "ceasefire/OTH/support prisoners/OTH/support", 0);
	check("The US plan calls for a truce.\n", "ceasefire/USA/support",
	    0);
	check("It calls for a truce.\n", "", 0);
	check("Kyiv had put forward a framework under which it would host "
	    "no bases.\n", "peace_plan/UKR/support", 0);
	/* A judgement past an insertion or a clause on the subject. */
	check("Zelensky said his peace formula, which requires a full "
	    "Russian withdrawal, remained the basis for any settlement.\n",
	    "peace_plan/UKR/support territory/UKR/oppose", 0);
	check("Zelensky told them that any talks while Russian troops stayed "
	    "would only freeze the war.\n", "talks/UKR/oppose", 0);
	check("Peskov said the release of prisoners held in Kyiv could start "
	    "soon.\n", "prisoners/RUS/support", 0);
	check("Peskov called the security guarantees dangerous.\n",
	    "security_guarantees/RUS/oppose", 0);
	/* Group subjects. */
	check("Rubio and other officials called for a ceasefire.\n",
	    "ceasefire/USA/support", 0);
	check("The United States, Germany and the other members of the EU "
	    "pledged security guarantees.\n", "security_guarantees/USA/support "
	    "security_guarantees/EUR/support", 0);
	check("Putin and Zelensky met in Paris, hosted by Macron. Both "
	    "leaders backed the truce.\n",
	    "ceasefire/RUS/support ceasefire/UKR/support", 0);
	check("Lavrov spoke in Moscow. Zelensky spoke later. The EU imposed "
	    "new sanctions. Both sides agreed to a prisoner exchange.\n",
	    "pressure/EUR/support prisoners/UKR/support "
	    "prisoners/RUS/support", 0);
	/* A list after a colon shares the cue. */
	check("Rubio and Zelensky agreed on humanitarian steps: prisoner "
	    "exchanges and the return of deported children.\n",
	    "humanitarian/USA/support humanitarian/UKR/support "
	    "prisoners/USA/support prisoners/UKR/support", 0);
	/* "the deal" is the text named before, not the latest topic. */
	check("Kyiv and Moscow signed the Minsk agreements. They include a "
	    "prisoner exchange. Macron welcomed the deal.\n",
	    "minsk/UKR/support minsk/RUS/support minsk/EUR/support", 0);
	/* What an "only if" asks for is the main clause's demand. */
	check("Putin said Russia would stop the war only if Ukraine dropped "
	    "its plan to join NATO.\n", "nato/RUS/oppose", 0);
	check("Putin said Russia would stop the war if Ukraine dropped its "
	    "plan to join NATO.\n", "", 0);
	/* A clause in apposition: "..., an idea X opposed". */
	check("Rubio urged Germany to send more weapons, an idea Mr. Macron "
	    "has opposed.\n",
	    "military_aid/USA/support military_aid/EUR/oppose", 0);
	/* A noun cue after "with" belongs to the clause's subject. */
	check("Zelensky arrived with a plan to end the war.\n",
	    "ceasefire/UKR/support", 0);
	/* Not verbs, not stances. */
	check("Rubio said the best way to end the war was a deal.\n", "", 0);
	check("The deportations, which Moscow calls an evacuation, went "
	    "on.\n", "", 0);
	check("Peskov said a lasting peace would in the end require "
	    "talks.\n", "talks/RUS/support", 0);
	check("Putin and Rubio ended the summit without a ceasefire.\n", "",
	    0);
}

static void
test_noise(void)
{
	check("The ceasefire collapsed on Monday.\n", "", 0);
	check("Talks resumed in Istanbul.\n", "", 0);
	check("Trump has blamed Kyiv for starting the war.\n", "", 0);
	check("Zelensky said the world now feels a real opportunity.\n", "",
	    0);
	check("\n\n\"\"\" , , ; which Russia\n", "", 0);
	check("by by by Russia rejected\n", "", 0);
}

/*
 * Mentions that are no stance: a judgement that describes the noun after
 * it, a plan for an assault, the dodging of sanctions, a group after a
 * preposition, a negation that "should not have" shares with its verb,
 * a negation past a dash.
 */
static void
test_mentions(void)
{
	check("Putin spoke of how sanctions affect the necessary supplies "
	    "for farms.\n", "", 0);
	check("Zelensky said Russia was drawing up plans for a new assault "
	    "on the city.\n", "", 0);
	check("Zelensky said Russia put forward plans for a ceasefire.\n",
	    "ceasefire/RUS/support", 0);
	check("Zelensky said some firms help Russia circumvent the "
	    "sanctions.\n", "", 0);
	check("The plan offers to work along with Belarus and Armenia, "
	    "impose sanctions on Russia.\n", "", 0);
	check("Zelensky said Russia should not have held these "
	    "talks.\n", "talks/UKR/oppose", 0);
	check("Volodymyr Zelensky: Our experts will study the sanctions - "
	    "those that work and those that don't.\n", "", 0);
	/* what a speaker expects of another is nobody's stance yet */
	check("Zelensky said he expects that Russia will support the "
	    "talks.\n", "", 0);
	check("Kyiv said: \"It hampers the talks.\"\n", "", 0);
	check("Peskov said Ukraine was hampering the talks.\n",
	    "talks/UKR/oppose", 0);
	check("Peskov said the leaders of Ukraine are not going to "
	    "honour the ceasefire.\n", "ceasefire/UKR/oppose", 0);
	check("Macron spoke of European security guarantees.\n", "", 0);
	/* a plan named by a bare noun needs the war in its sentence */
	check_long("The war went on. Putin asked his ministers to submit "
	    "proposals on awards for teachers.", "");
	check_long("Putin asked his ministers to submit proposals to end "
	    "the war.", "ceasefire/RUS/support");
	check("Zelensky said the evacuation of civilians from Russia was "
	    "agreed.\n", "humanitarian/UKR/support", 0);
	/* "they" after a call between two leaders: the two */
	check("Putin spoke with Erdogan by phone about Ukraine. They "
	    "rejected the sanctions.\n",
	    "pressure/RUS/oppose pressure/OTH/oppose", 0);
	/* whose initiative it is says nothing of the war */
	check_long("The war went on. Putin backed Greece's initiative on "
	    "shipping.", "");
	check_long("Putin said our diplomacy should be more active in "
	    "Africa.", "");
	/* an address greets a nation: its "we" and its verbs with no
	   subject are that side's; a noun subject is nobody's */
	check("Address\n\nGreat Ukrainian people!\n\nWe call for a ceasefire. "
	    "The world imposed sanctions.\n", "ceasefire/UKR/support", 0);
	check("Звернення\n\nУкраїнці! Українки!\n\nЗакликав Італію "
	    "підтримати перемир'я.\n", "ceasefire/UKR/support", 0);
	check("Address\n\nDear friends!\n\nWe call for a ceasefire.\n",
	    "", 0);
	/* a future "be" announces an act: the speaker's claim, in a turn
	   or an address too; not after "whether" or "коли", and not when
	   an actor is the verb's subject */
	check("Zelensky: The war goes on. There will definitely be a new "
	    "package of sanctions against Russia.\n", "pressure/UKR/support",
	    0);
	check("Zelensky: The war goes on. Nobody knows whether there will "
	    "be new sanctions.\n", "", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Обов'язково буде й "
	    "новий санкційний пакет проти Росії.\n", "pressure/UKR/support",
	    0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Звичайна політика "
	    "повернеться, коли буде мир.\n", "", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Або Євросоюз буде "
	    "шукати мир, або ні.\n", "", 0);
	/* "не уникнути" is inevitable, no denial (and in an address,
	   sanctions named are asked for); "мають працювати" is the
	   speaker's demand */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Нових санкцій "
	    "їм не уникнути.\n", "pressure/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Зелені коридори "
	    "для евакуації мають запрацювати вже завтра.\n",
	    "humanitarian/UKR/support", 0);
	/* a ban on Russia's goods, tearing regions away, a guarantor of
	   security, a halt to strikes with words between */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми закликаємо "
	    "заборонити ввезення російського вугілля.\n",
	    "pressure/UKR/support", 0);
	/* the ban is the act itself, its verb the subject's cue: a
	   present stem listed as "забороня*", a past form, an English
	   participle; "bans" may be a noun and is left alone */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Євросоюз "
	    "забороняє ввезення російського вугілля.\n",
	    "pressure/EUR/support", 0);
	check("США запретили ввоз российского угля.\n",
	    "pressure/USA/support", 0);
	check("Germany banned imports of Russian coal.\n",
	    "pressure/EUR/support", 0);
	/* a speech to a nation its title names after the speaker's
	   state: "you" thanked is that nation, not the speaker's */
	check("Address by Kyiv's leader to the lawmakers of Greece"
	    "\n\nThank you for supporting sanctions against "
	    "Russia.\n", "pressure/EUR/support", 0);
	/* a thanks that opens its sentence, the thanked named after
	   what they are thanked for */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Дякую за зброю "
	    "Greece.\n", "military_aid/EUR/support military_aid/UKR/support",
	    0);
	/* the speaker's own "no" to the trigger's verb, in Ukrainian;
	   a negation of another verb denies nothing of it */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми не віддамо "
	    "нашу землю.\n", "territory/UKR/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Кого ми тільки "
	    "не бачили серед полонених.\n", "", 0);
	/* thanks for what was given to the speaker's state, and a
	   reason that goes on with the thanks before it */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Подякував "
	    "Greece за надану Україні гуманітарну підтримку.\n",
	    "humanitarian/EUR/support", 0);
	check("Address by Kyiv's leader to the lawmakers of Greece"
	    "\n\nWe thank your nation for its help. And for the "
	    "weapons.\n", "military_aid/EUR/support", 0);
	/* guarantees with a word between, contacts between states
	   judged hopeful, a subject after the verb and its object */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми боремося за "
	    "надійні гарантії повоєнної безпеки.\n",
	    "security_guarantees/UKR/support", 0);
	check("Встреча\n\nВладимир Путин: Война идёт. Контакты с США "
	    "вселяют надежду.\n", "talks/RUS/support", 0);
	check("Встреча\n\nВладимир Путин: Война идёт. Прекращают контакты "
	    "с Россией США, а переговоры идут.\n", "talks/USA/oppose", 0);
	/* "until Russia seeks peace" denies nothing; past a dash, a
	   judgement is of the noun right after it */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Поки Росія не "
	    "почне шукати миру, санкції діятимуть.\n",
	    "pressure/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Поки немає миру – "
	    "потрібні санкції.\n", "pressure/UKR/support", 0);
	/* a verb with no subject: the name before it is whom it was
	   done to ("Moscow was offered a truce", in Kyiv's words) */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Росія дізналася "
	    "про це. Росії пропонувалося перемир'я.\n",
	    "ceasefire/UKR/support", 0);
	/* a run of reasons after one thanks, the first opening its
	   sentence */
	check("Address by Kyiv's leader to the lawmakers of Greece"
	    "\n\nThank you. For your help. For the weapons.\n",
	    "military_aid/EUR/support", 0);
	/* people going home is no land taken back */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми хочемо "
	    "повернення на свою землю.\n", "", 0);
	/* closing ports, arming, strengthening the forces; "вас" before
	   an infinitive is whom one asks, not the owner of the act; a
	   name after an obligation's object is no subject of it */
	check("Промова Президента України в парламенті Греції\n\nШановні "
	    "депутати!\n\nЯ прошу вас закрити порти для російських "
	    "суден.\n", "pressure/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Треба озброювати "
	    "тих, хто бореться. Потрібно закрити всі порти Греції.\n",
	    "military_aid/UKR/support pressure/UKR/support", 0);
	/* "they", guessed from the sides last named, are never the
	   speaker's own */
	check("News\n\nMoscow struck Kyiv again. \"Today they refuse to "
	    "negotiate,\" Zelensky said.\n", "talks/RUS/oppose", 0);
	/* modifiers set off by commas before the trigger, and a list
	   of holders longer than four */
	check("Germany imposed new, sectoral, sanctions on Russia.\n",
	    "pressure/EUR/support", 0);
	check("США, ЄС, Greece, Germany, France та Netherlands запровадили "
	    "нові санкції проти Росії.\n", "pressure/EUR/support/stated "
	    "pressure/EUR/support/stated pressure/EUR/support/stated "
	    "pressure/EUR/support/stated pressure/EUR/support/stated "
	    "pressure/USA/support/stated", 1);
	check("Moscow will only listen to sanctions and bans on Russian "
	    "coal.\n", "", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Окупанти "
	    "намагаються відірвати від нас дві області.\n",
	    "territory/RUS/support", 0);
	check("Євросоюз готовий стати гарантом нашої безпеки.\n",
	    "security_guarantees/EUR/support", 0);
	check("Путин поддержал прекращение взаимных ударов по "
	    "энергосистемам.\n", "ceasefire/RUS/support", 0);
	/* weapons in the instrumental: "підтримка зброєю" */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Нам потрібна "
	    "підтримка сучасною зброєю.\n", "military_aid/UKR/support", 0);
	/* getting food and water to people is humanitarian */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Окупанти "
	    "блокують доставку води та продуктів у місто.\n",
	    "humanitarian/RUS/oppose", 0);
	check("Russia blocked the delivery of food to the city.\n",
	    "humanitarian/RUS/oppose", 0);
	/* in a Ukrainian address, naming sanctions or humanitarian help
	   is asking for them, weapons too when a phrase names them (a
	   lone word may be the enemy's planes), not one's own arms; and
	   what one thanks a giver for */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Нові пакети "
	    "санкцій проти Росії.\n", "pressure/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Сьогодні "
	    "працювали три гуманітарні коридори.\n",
	    "humanitarian/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Над містом "
	    "знову російські літаки.\n", "", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Системи "
	    "протиповітряної оборони.\n", "military_aid/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Наша протиповітряна "
	    "оборона спрацювала добре.\n", "", 0);
	check("A talk\n\nZelensky: Thank you for your humanitarian "
	    "assistance.\n", "humanitarian/UKR/support/stated", 1);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Звільнення "
	    "наших територій.\n", "territory/UKR/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Реальні гарантії "
	    "безпеки.\n", "security_guarantees/UKR/support", 0);
	/* and in Russia's turns, the sanctions and NATO's growth named are
	   objected to; its own arms are not weapons for Ukraine */
	check("Стенограмма\n\nВ.Путин: Санкции – это долгосрочный "
	    "механизм давления.\n", "pressure/RUS/oppose", 0);
	check("A talk\n\nPutin: Then came yet another eastward expansion "
	    "of NATO.\n", "nato/RUS/oppose/stated", 1);
	check("A talk\n\nPutin: Our air defence systems are the best in the "
	    "world.\n", "", 1);
	check("Стенограмма\n\nВ.Путин: Эти регионы вошли в состав России "
	    "навсегда.\n", "territory/RUS/support", 0);
	/* a mediator named by its help: "з допомогою X" */
	check("Новости\n\nС помощью США удалось организовать эвакуацию "
	    "жителей.\n", "humanitarian/USA/support", 0);
	check("Новости\n\nЭвакуация жителей прошла при посредничестве "
	    "США.\n", "humanitarian/USA/support", 0);
	/* an address with no greeting that names itself one */
	check("Звернення\n\nСьогодні це звернення буде коротким. Без "
	    "зайвих слів.\n\nОбов'язково буде новий пакет санкцій проти "
	    "Росії.\n", "pressure/UKR/support", 0);
	/* "неможливо переоцінити" praises, it denies nothing */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Роль лікарів на "
	    "шляху до миру неможливо переоцінити.\n", "", 0);
	/* a noun cue after a copula is its subject's, as after a light
	   verb; costs on Russia are pressure */
	check_long("The war went on. Putin said Rubio was a proponent of "
	    "talks.", "talks/USA/support");
	check_long("The war went on. Rubio said Washington would impose "
	    "severe costs on Moscow.", "pressure/USA/support");
	/* a reason to act is an argument for the act; a reason for it
	   may be its cause */
	check("Zelensky: The war goes on. This is one more reason to tighten "
	    "sanctions against Russia.\n", "pressure/UKR/support", 0);
	check("Zelensky: The war goes on. Russia gave no reason for the "
	    "sanctions.\n", "", 0);
	/* no obligation is no stance */
	check("Zelensky: The war goes on. Unlike Europe, Russia does not need "
	    "to hold such summits.\n", "", 0);
	/* shelling an act is acting against it; the noun is no verb */
	check_long("The war went on. Zelensky said the Russian troops are "
	    "shelling humanitarian convoys.", "humanitarian/RUS/oppose");
	check_long("The war went on. Zelensky listed the shelling with "
	    "weapons the Minsk agreements ban.", "");
	/* an act at work is the speaker's side's: "corridors worked";
	   "має містити" is an obligation */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Сьогодні працювали "
	    "гуманітарні коридори в трьох областях.\n",
	    "humanitarian/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Новий пакет санкцій "
	    "обов'язково має містити нафту.\n", "pressure/UKR/support", 0);
	/* "against" before a trigger names its opposite; not when it
	   governs a pronoun or an actor before the trigger, nor inside a
	   cue that holds it */
	check_long("The war went on. Macron is working against Russia's "
	    "occupation of Crimea, Zelensky said.", "territory/UKR/oppose");
	check("Putin: The war goes on. We are against any new sanctions.\n",
	    "pressure/RUS/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Євросоюз застосував "
	    "проти неї нові санкції.\n", "pressure/EUR/support", 0);
	/* an actor set off by commas before the verb is its subject: an
	   aside after it, a name after its title; not a clause of its
	   own between the commas */
	check_long("The war went on. Zelensky said Russia, however, rejected "
	    "the talks.", "talks/RUS/oppose");
	check_long("The war went on. Zelensky said Erdogan, Turkey's "
	    "president, supports the talks.", "talks/OTH/support");
	check_long("The war went on. Zelensky said the President of France, "
	    "Macron, backs the talks.", "talks/EUR/support");
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Євросоюз, однак, "
	    "відкинув переговори.\n", "talks/EUR/oppose", 0);
	check_long("The war went on. \"Partners imposed sanctions on Russia, "
	    "and together we will do more,\" said Macron.", "");
	/* "not only ... but also": the second verb's subject is the
	   first's, and "not only" negates nothing */
	check_long("The war went on. Zelensky said Macron not only backs the "
	    "talks but also tries to slow down every new sanction.",
	    "talks/EUR/support pressure/EUR/oppose");
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Євросоюз не тільки "
	    "підтримує переговори, але й запроваджує нові санкції.\n",
	    "talks/EUR/support pressure/EUR/support", 0);
	/* a noun cue "of" a group no actor names is that group's, not the
	   speaker's */
	check_long("The war went on. Putin stressed the reluctance of the "
	    "Western powers to implement the Minsk agreements.", "");
	/* countering a thing works against it */
	check("Putin: The war goes on. We must focus on countering the "
	    "sanctions.\n", "pressure/RUS/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми маємо "
	    "зосередитися на протидії анексії.\n", "territory/UKR/oppose", 0);
	/* "призыва" is the noun's genitive, not the verb's stem: the call
	   of another is no urging of the speaker's */
	check("Путин: Война идёт. После призыва Украины стороны сели за "
	    "стол переговоров.\n", "", 0);
	/* the verbs of return as well as the noun; the means ("by force")
	   is no stance on the goal; "this war" as "the war"; "cease
	   hostilities"; strengthening defence capabilities is military
	   aid */
	check_long("The war went on. Zelensky said Ukraine aims to return "
	    "its territories.", "territory/UKR/oppose");
	check_long("The war went on. Zelensky rejected the idea of "
	    "returning the occupied Crimea by force.", "");
	check("Zelensky: The war goes on. We need to end this war.\n",
	    "ceasefire/UKR/support", 0);
	check("Zelensky: The war goes on. Russia must cease hostilities.\n",
	    "ceasefire/UKR/support", 0);
	check_long("The war went on. Zelensky thanked France for "
	    "strengthening Ukraine's defence capabilities.",
	    "military_aid/EUR/support");
	/* a headline's words, then whose they are after a dash; only
	   persons stand there, or an office alone, held by the first
	   titled person of the text */
	check("Partners must give us more weapons - Zelensky\n\nThe war "
	    "went on.\n", "military_aid/UKR/support", 0);
	check("Partners must give us more weapons - Kyiv\n\nThe war "
	    "went on.\n", "", 0);
	check("Partners must give us more weapons - President\n\nPresident "
	    "Zelensky spoke in Kyiv.\n", "military_aid/UKR/support", 0);
	/* a gerund in the subject takes no object past the main verb;
	   the sanctions named there are the speaker's claim */
	check("Partners must give us more weapons - Zelensky\n\nThe key "
	    "to resisting aggression is the courage of the army and new "
	    "sanctions, Zelensky said.\n",
	    "military_aid/UKR/support pressure/UKR/support", 0);
	/* Russia is what pressure is on, no owner of it */
	check("News\n\nThe war went on. An embargo on gas imports from "
	    "Russia is due in May.\n", "", 0);
	check("News\n\nThe war went on. A package of sanctions from the "
	    "EU is due in May.\n", "pressure/EUR/support", 0);
	/* a foreign nation greeted is the one addressed: the speaker is
	   of the language's own side */
	check("Звернення\n\nЄвропейці! Українці!\n\nВійна триває. Ми "
	    "вдячні за ті санкції, які ви готуєте проти Росії.\n",
	    "pressure/UKR/support", 0);
	/* a thanks with no one named after a visit: whom the sentence
	   before names, by office and state alone */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Говорив з "
	    "Sybiha. З візитом побував прем'єр Венгрии після атак "
	    "Росії. Подякував за оборонну підтримку.\n",
	    "military_aid/EUR/support military_aid/UKR/support", 0);
	/* "his" in a speaker's turn, of someone unnamed: not the
	   speaker's */
	check("Talks\n\nPutin: We discussed the situation.\n\nMacron: I "
	    "see his willingness to find a political solution.\n", "", 0);
	/* "the Kyiv regime", "киевский режим": a state's regime is the
	   state, as its authorities are */
	check("Talks\n\nPutin: The war goes on. The Kyiv regime is "
	    "sabotaging the Minsk agreements.\n", "minsk/UKR/oppose", 0);
	/* a plan of settlement is a peace plan, not talks */
	check("Встреча\n\nПутин: Война идёт. Мы предложили план "
	    "урегулирования.\n", "peace_plan/RUS/support", 0);
	/* land for peace is ceding it; a frozen conflict is a truce */
	check("Zelensky: The war goes on. We will not trade our territory "
	    "for peace.\n", "territory/UKR/oppose", 0);
	check("Zelensky: The war goes on. Freezing the conflict is "
	    "unacceptable.\n", "ceasefire/UKR/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми не погодимося "
	    "заморозити конфлікт.\n", "ceasefire/UKR/oppose", 0);
	/* phrases of several words, each word with its alternatives */
	check_long("The war went on. Zelensky called for Ukraine's accession "
	    "to NATO.", "nato/UKR/support");
	check_long("The war went on. Lavrov demanded that the West remove "
	    "its sanctions.", "pressure/RUS/oppose");
	check_long("The war went on. Putin said Kiev must withdraw its troops "
	    "from the new regions.", "territory/RUS/support");
	/* an ultimatum is terms put forward; sham referendums are
	   annexation; the occupiers leaving our land is the land kept;
	   becoming a member is joining */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми ніколи не "
	    "погодимося на ультиматуми Росії.\n", "peace_plan/UKR/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми не визнаємо "
	    "жодних псевдореферендумів.\n", "territory/UKR/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Крок за кроком "
	    "змушуємо окупантів піти з нашої землі.\n",
	    "territory/UKR/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми хочемо "
	    "стати членом НАТО.\n", "nato/UKR/support", 0);
	/* a memorandum is a plan of settlement, the Budapest one is not */
	check("Встреча\n\nПутин: Война идёт. Мы передали украинской стороне "
	    "меморандум.\n", "peace_plan/RUS/support", 0);
	check("Встреча\n\nПутин: Война идёт. Мы передали украинской стороне "
	    "Будапештский меморандум.\n", "", 0);
	/* "мають посилити", "має надати": an obligation laid on others is
	   the speaker's demand; "членом НАТО" apart from "стати" */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Партнери мають "
	    "посилити тиск на Росію.\n", "pressure/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми маємо стати "
	    "членом НАТО.\n", "nato/UKR/support", 0);
	/* "про посилення санкцій": the strengthening asked for */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Говорив із "
	    "партнерами про посилення санкцій.\n", "pressure/UKR/support", 0);
	/* Ukrainian names of what is asked for; planes lost are no aid */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Нам потрібні "
	    "літаки.\n", "military_aid/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Росію треба "
	    "відключити від SWIFT.\n", "pressure/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми повернемо "
	    "всіх наших людей з полону.\n", "prisoners/UKR/support", 0);
	/* a Latin name with a Cyrillic ending; the perfective's past */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми домоглися "
	    "відключення банків агресора від SWIFTу.\n",
	    "pressure/UKR/support", 0);
	/* its vote taken away, its ships kept out of ports */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Світ має "
	    "позбавити Росію права голосу в ООН.\n", "pressure/UKR/support",
	    0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Євросоюз ухвалив "
	    "заборону на захід російських танкерів до своїх портів.\n",
	    "pressure/EUR/support", 0);
	check("Новости\n\nВойна идёт. США ввели запрет на заход "
	    "российских судов в свои порты.\n", "pressure/USA/support", 0);
	/* a relative clause with its subject after the verb */
	check("Новости\n\nВойна идёт. Украина изучает перемирие, которое "
	    "предлагают США.\n", "ceasefire/USA/support", 0);
	/* a quote closed by a dash before its verb, words after the name */
	check("Новини\n\n«Ми не віддамо Криму», — сказав Зеленський на "
	    "зустрічі з журналістами в Києві.\n", "territory/UKR/oppose", 0);
	check("Новости\n\n«Мы никогда не согласимся на уступки "
	    "территорий», — заявил Зеленский вечером.\n",
	    "territory/UKR/oppose", 0);
	/* help in kind, food handed out */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Громади отримують "
	    "допомогу у вигляді води та ліків.\n", "humanitarian/UKR/support",
	    0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Продукти завтра "
	    "почнуть роздавати людям.\n", "humanitarian/UKR/support", 0);
	/* a measure talked over in a leader's own account */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Обговорили з "
	    "ними переговорний процес з Росією.\n", "talks/UKR/support", 0);
	check("Встреча\n\nПутин: Работа идёт. Обсудили обмен пленными.\n",
	    "prisoners/RUS/support", 0);
	/* a past act not done is a fact, a future one a refusal */
	check("Новости\n\nВойна идёт. США не ввели санкции против "
	    "России.\n", "", 0);
	check("Новости\n\nВойна идёт. США не введут санкции против "
	    "России.\n", "pressure/USA/oppose", 0);
	/* what a concessive phrase grants is background for the speaker;
	   the efforts it names stay their agent's */
	check("Новости\n\nВойна идёт. Зарубин заявил, что санкции против "
	    "России нужны, несмотря на достигнутую договорённость о "
	    "прекращении огня.\n", "", 0);
	check("Новости\n\nВойна идёт. Зарубин заявил, что санкции нужны, "
	    "несмотря на то, что достигнута договорённость о прекращении "
	    "огня, а обстрелы идут.\n", "", 0);
	check("Новости\n\nВойна идёт. Зарубин заявил, что, несмотря на "
	    "попытки Венгрии заблокировать санкции против России, пакет "
	    "принят.\n", "pressure/EUR/oppose", 0);
	/* an agreement or act a noun names, denied, is a fact; a denial
	   of obstruction holds nothing */
	check("Новости\n\nВойна идёт. Зарубин сказал, что не слышал ни о "
	    "каких договорённостях о перемирии.\n", "", 0);
	check_long("The war went on. Putin said that no agreement on a "
	    "ceasefire had been reached.", "");
	check("Новости\n\nВойна идёт. Венесуэла не будет препятствовать "
	    "продлению санкций против России.\n", "", 0);
	/* a list inside the concession is granted whole */
	check("Встреча\n\nПутин: Война идёт. Несмотря на трудности, "
	    "санкционное давление, страна растёт.\n", "", 0);
	/* the wounded carried to a hospital are no humanitarian
	   evacuation; civilians taken out are */
	check("Встреча\n\nПутин: Война идёт. Мы сделали всё и быстро "
	    "эвакуировали раненого в госпиталь.\n", "", 0);
	check("Встреча\n\nПутин: Война идёт. Мы сделали всё и быстро "
	    "эвакуировали жителей из посёлка.\n",
	    "humanitarian/RUS/support", 0);
	/* an annexed region "back to its historical homeland" */
	check("Встреча\n\nПутин: Война идёт. Мы поддержали возвращение "
	    "полуострова на историческую родину.\n",
	    "territory/RUS/support", 0);
	/* a meeting with an envoy, a title between */
	check("Новости\n\nВойна идёт. Путин провёл встречу со "
	    "специальным посланником США.\n", "talks/RUS/support", 0);
	/* a refusal reported in the passive, with no agent, is nobody's;
	   asked for, it is the speaker's */
	check("Встреча\n\nPutin: The war goes on. The ceasefire plan was "
	    "rejected.\n", "", 0);
	check("Встреча\n\nPutin: The war goes on. The ceasefire plan must be "
	    "rejected.\n", "ceasefire/RUS/oppose", 0);
	/* a channel's name in quotes is no quote of what the speaker
	   said: his words follow the verb */
	check("Новости\n\nВойна идёт. В интервью каналу «Эхо» Зарубин "
	    "рассказал, что переговоры с Украиной вышли на финишную "
	    "прямую.\n", "talks/RUS/support", 0);
	/* a speech inside a concessive phrase speaks for nothing after
	   it */
	check_long("The war went on. Despite the truce announced by Moscow "
	    "in May, Ukraine says the attacks on convoys went on.", "");
	/* a name inside a trigger ("нарушений Минских соглашений") is no
	   possessor of the cue before it; an actor that opens one is */
	check("Новости\n\nВойна идёт. Зарубин заявил о нарушении США "
	    "гарантий безопасности.\n", "security_guarantees/USA/oppose", 0);
	/* a determiner that holds a preposition and a boundary word */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Я сказав, що "
	    "мова не йде ні про які переговори з ними.\n", "", 0);
	/* a plan to rebuild is no peace plan */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Я хочу вас "
	    "запросити до нашої ініціативи з відбудови.\n", "", 0);
	/* towns freed are no claim */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Відбудова "
	    "звільнених міст почалася.\n", "", 0);
	/* a package brought in by others, named after the package */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Дякую за пакет "
	    "санкцій, який ввели США.\n", "pressure/USA/support", 0);
	/* a meeting of leaders */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Я готовий до "
	    "зустрічі на рівні лідерів.\n", "talks/UKR/support", 0);
	/* a piece of land, with words between */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми не віддамо "
	    "загарбникам жодного сантиметра нашої землі.\n",
	    "territory/UKR/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Скоро буде сотня "
	    "втрачених літаків.\n", "", 0);
	/* "нужны" is needed; "мы против" is against, "санкции против
	   России" is not */
	check("Встреча\n\nПутин: Война идёт. Нам нужны гарантии "
	    "безопасности.\n", "nato/RUS/oppose", 0);
	check("Встреча\n\nПутин: Война идёт. Мы против поставок оружия "
	    "Украине.\n", "military_aid/RUS/oppose", 0);
	/* a trigger that opens on a verb of acting is its subject's act,
	   unless negated, asked for by another cue, or Ukraine's own */
	check_long("The war went on. Germany provided Ukraine with weapons.",
	    "military_aid/EUR/support");
	check_long("The war went on. Germany delivered tanks to Ukraine.",
	    "military_aid/EUR/support");
	check_long("The war went on. Germany did not deliver tanks to "
	    "Ukraine.", "");
	/* the names of what is asked for */
	check("Zelensky: The war goes on. We need to close the sky over "
	    "Ukraine.\n", "military_aid/UKR/support", 0);
	/* the quote before "X said" is X's, whatever follows the name */
	check("News\n\n\"We will never cede Crimea,\" Zelensky said at a news "
	    "conference in Kyiv.\n", "territory/UKR/oppose", 0);
	check("Zelensky: The war goes on. Russia must be disconnected from "
	    "SWIFT.\n", "pressure/UKR/support", 0);
	check("News\n\nThe war went on. Zelensky said he wanted to see "
	    "all our people home from captivity.\n",
	    "prisoners/UKR/support", 0);
	check("Zelensky: The war goes on. Partners must provide guarantees "
	    "for our security.\n", "security_guarantees/UKR/support", 0);
	/* the same in English, with its own terms */
	check("Zelensky: The war goes on. We need weapons.\n",
	    "military_aid/UKR/support", 0);
	check("Zelensky: The war goes on. Russia threatens the use of "
	    "nuclear weapons.\n", "", 0);
	check("Zelensky: The war goes on. We do not have enough weapons.\n",
	    "", 0);
	/* weapons alone, in Ukrainian, are the aid Ukraine asks for; not
	   weapons of mass destruction, nor those used or taken up */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Нам потрібна "
	    "зброя.\n", "military_aid/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Світ має "
	    "зупинити застосування хімічної зброї.\n", "", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Їм варто було б "
	    "взяти зброю в руки.\n", "", 0);
	/* what one must remember is no demand */
	check("Zelensky: The war goes on. You must remember the evacuation "
	    "from Pripyat.\n", "", 0);
	/* "he" in a speaker's turn is someone else, unnamed: neither the
	   speaker nor a guess; nor is a noun cue in his clause the
	   speaker's */
	check("Встреча\n\nПутин: Суть в том, что он уклоняется от любых "
	    "переговоров.\n", "", 0);
	check("Встреча\n\nПутин: Потом он сам себя связал указом о "
	    "запрете переговоров, прекратил все переговоры.\n", "", 0);
	/* the owner a plan's trigger names is no party in view of a third
	   state: support for "российские инициативы" at a forum is about
	   no war; words of the war put it in view */
	check("Встреча\n\nЦеним, что Венесуэла поддерживает российские "
	    "инициативы на многосторонних площадках. Рынки выросли. Шёл "
	    "дождь. Открылся мост. Открылись школы.\n", "", 0);
	check("Встреча\n\nЦеним, что Венесуэла поддерживает российские "
	    "инициативы по урегулированию конфликта. Рынки выросли. Шёл "
	    "дождь. Открылся мост. Открылись школы.\n",
	    "peace_plan/OTH/support", 0);
	/* repelling violations of a truce keeps it; a judgement joined
	   by "and" to the trigger's noun is another noun of the list */
	check("Встреча\n\nПутин: Наши войска должны быть готовы к "
	    "отражению нарушений перемирия.\n", "ceasefire/RUS/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Сьогодні день "
	    "пам'яті про крихкість миру й неприпустимість таких "
	    "режимів.\n", "", 0);
	/* the integrity of another state than Ukraine is no stance on
	   the issue */
	check("Встреча\n\nПутин: Будем и дальше делать всё, чтобы "
	    "защитить территориальную целостность и суверенитет России.\n",
	    "", 0);
	check_long("The war went on. Lavrov vowed to defend Russia's "
	    "territorial integrity.", "");
	check_long("The war went on. Zelensky vowed to defend the "
	    "territorial integrity of Ukraine.", "territory/UKR/oppose");
	/* a list with one member in the instrumental is no subject */
	check("Встреча\n\nПрезидент Венгрии поддержал прилагаемые Россией "
	    "и США усилия и, кроме того, приветствовал переговоры.\n",
	    "talks/EUR/support", 0);
	/* "сами" between a relative and its verb: the countries', no
	   actor's, not the speaker's */
	check("Встреча\n\nПутин: Экономика справилась, в отличие от стран, "
	    "которые сами вводили против нас санкции.\n", "", 0);
	/* an interviewer the dictionary does not know, whose turn ends
	   in a question, states nothing; a known speaker does */
	check("Интервью\n\nЗарубин: Мы тоже поддерживаем новые санкции. "
	    "Вы согласны? Путин: Мы готовы к переговорам.\n",
	    "talks/RUS/support", 0);
	/* a verb of deciding before the infinitive: the relative's
	   antecedent holds it */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Я вдячний "
	    "Євросоюзу, який вирішив підтримати гуманітарні коридори.\n",
	    "humanitarian/EUR/support", 0);
	/* "thank you, X and Y, for": X and Y are "you" */
	check("Zelensky: The war goes on. I thank you, Germany and France, "
	    "for the support for our territorial integrity.\n",
	    "territory/EUR/oppose territory/EUR/oppose", 0);
	/* "and its allies" ends a list of subjects */
	check("News\n\nThe war went on. Germany, the US and its allies "
	    "imposed new sanctions.\n",
	    "pressure/EUR/support pressure/USA/support", 0);
	/* what the enemy does in a speaker's clause is no stance of the
	   speaker's */
	check_long("The war went on. Zelensky noted that Russia is forced "
	    "to enter into negotiations.", "");
	check_long("The war went on. Zelensky said that Russia had annexed "
	    "Crimea eight years ago.", "");
	/* "arms and equipment", "weapons and ammunition" name what is
	   given */
	check_long("The war went on. Zelensky thanked France for the "
	    "weapons and equipment.", "military_aid/EUR/support");
	/* the wartime scheme by its name; sanctions removed, or lifted
	   in the passive, are sanctions taken away */
	check_long("The war went on. Zelensky thanked France for the "
	    "lend-lease.", "military_aid/EUR/support");
	check_long("The war went on. Peskov called for the removal of "
	    "sanctions.", "pressure/RUS/oppose");
	check_long("The war went on. Lavrov said Moscow would sell more "
	    "grain once the sanctions were lifted.", "pressure/RUS/oppose");
	/* gratitude for a thing is a claim for it, in an address too */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми вдячні за "
	    "ті санкції, які ви готуєте проти Росії.\n",
	    "pressure/UKR/support", 0);
	check("Zelensky: The war goes on. We are grateful for the sanctions "
	    "against Russia.\n", "pressure/UKR/support", 0);
	check("Zelensky: The war goes on. We spoke of the sanctions against "
	    "Russia.\n", "", 0);
	/* an agreement with its subject dropped, after a call, is the
	   caller's partner's too; not when the partner is named, nor when
	   no one of another side was */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Говорив з Macron. "
	    "Також домовились про посилення санкцій щодо Росії.\n",
	    "pressure/UKR/support pressure/EUR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми зібрали уряд. "
	    "Домовились про посилення санкцій щодо Росії.\n",
	    "pressure/UKR/support", 0);
	/* naming Russia a sponsor of terrorism is pressure, no recognition
	   of its land */
	check_long("The war went on. Zelensky said work should be done to "
	    "recognize Russia as a sponsor of terrorism.",
	    "pressure/UKR/support");
	/* a loss denied keeps the thing lost (a stance for it); a loss
	   foreseen is a fear, no stance */
	check_long("The war went on. Zelensky noted that for Ukraine it "
	    "is essential not to lose the Normandy format.",
	    "talks/UKR/support");
	check("Zelensky: The war goes on. Our country must never lose the "
	    "grain corridor.\n", "humanitarian/UKR/support", 0);
	check("Zelensky: The war goes on. We may lose the grain corridor "
	    "this winter.\n", "", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Нам важливо не "
	    "втратити зерновий коридор.\n", "humanitarian/UKR/support", 0);
	check("Путин: Война идёт. Мы не должны потерять зерновую сделку.\n",
	    "humanitarian/RUS/support", 0);
	/* a judgement does not reach a trigger behind "after" */
	check("Zelensky: The war goes on. They made the return after the "
	    "deoccupation as dangerous as they could.\n", "", 0);
	/* "not enough" asks for more; "not enough to stop" does not */
	check("Zelensky: The war goes on. The sanctions are not enough.\n",
	    "pressure/UKR/support", 0);
	check_long("The war went on. Putin said the sanctions were not enough "
	    "to stop Russia.", "");
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми бачимо, що чинних "
	    "санкцій недостатньо.\n", "pressure/UKR/support", 0);
	/* "amid the sanctions" is the setting of an act, not its object */
	check_long("The war went on. Putin backed measures to support "
	    "industry amid the sanctions.", "");
	/* humanitarian aid to another country is another story */
	check_long("The war went on. Putin offered humanitarian aid to "
	    "Armenia.", "");
	check_long("The war went on. Macron offered humanitarian aid to "
	    "Ukraine.", "humanitarian/EUR/support");
	/* destroying peace is acting against it; told not to, one is
	   asked to keep it */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Їм не варто "
	    "руйнувати мир.\n", "ceasefire/UKR/support", 0);
	/* a fronted phrase's actor is no member of the subject */
	check_long("The war went on. After the talks with Russia, Ukraine "
	    "backed the truce.", "ceasefire/UKR/support");
	/* "end the war and sit down at the table": the table is not
	   ended */
	check_long("The war went on. Zelensky wants to end the war and sit "
	    "down at the negotiating table.",
	    "ceasefire/UKR/support talks/UKR/support");
	/* exchanging someone for one's own people is a prisoner swap */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Пропоную обміняти "
	    "цього полковника на наших хлопців.\n", "prisoners/UKR/support",
	    0);
	/* a noun cue ending on its genitive possessor is the possessor's
	   (and the corridor named in an address is asked for) */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми побачили згоду "
	    "Росії для організації евакуаційного коридору.\n",
	    "humanitarian/RUS/support humanitarian/UKR/support", 0);
	/* a dropped subject carries on the one that opened the sentence
	   before; a capitalised adverb opening a sentence is no noun */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Окупанти свідомо "
	    "відключають звʼязок. Свідомо блокують гуманітарні коридори.\n",
	    "humanitarian/RUS/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Щотижнево посилювати "
	    "санкції проти Росії.\n", "pressure/UKR/support", 0);
	/* Ukraine's talks with a European partner are about their
	   relations unless their own sentence names the war */
	check_long("The war went on. Zelensky held talks with Macron in "
	    "Kyiv.", "");
	check_long("The war went on. Zelensky held talks with Macron on the "
	    "Normandy format.", "talks/UKR/support");
	/* a language's words match in its own sentences: the Ukrainian
	   "мир" (peace) is not the Russian one (also the world), and a
	   Russian passage in a Ukrainian address reads as Russian */
	check("Встреча\n\nВладимир Путин: Война идёт. Сейчас Господь призвал "
	    "его в иной мир.\n", "", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Выходите на площади "
	    "и требуйте прекращения войны.\n", "ceasefire/UKR/support", 0);
	/* a transport corridor is no humanitarian one */
	check("Встреча\n\nВладимир Путин: Война идёт. Мы поддерживаем "
	    "развитие транспортного коридора.\n", "", 0);
	/* valuing someone's support is accepting it */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми дуже цінуємо "
	    "оборонну підтримку.\n", "military_aid/UKR/support", 0);
	/* opening corridors and declaring a truce are acts, and fellows
	   of a verb before them ("stopped fire and opened corridors");
	   "give us weapons" asks for them; stating a need insists */
	check("Putin: The war goes on. We stopped all military action and "
	    "opened humanitarian corridors.\n",
	    "humanitarian/RUS/support", 0);
	check_long("The war went on. Putin declared a ceasefire for Easter.",
	    "ceasefire/RUS/support");
	check_long("The war went on. \"Give us weapons,\" Zelensky said.",
	    "military_aid/UKR/support");
	check_long("The war went on. Zelensky stated the need to impose "
	    "sanctions against Russia.", "pressure/UKR/support");
	check_long("The war went on. Macron backed Ukraine's Euro-Atlantic "
	    "aspirations.", "nato/EUR/support");
	/* what another side's troops do not do is that side's stance,
	   not the speaker's; "and force" is a fellow verb, not an
	   object */
	check("Zelensky: The war goes on. Russian troops did not cease "
	    "fire.\n", "ceasefire/RUS/oppose", 0);
	check("Zelensky: The war goes on. Moscow does not allow any "
	    "humanitarian corridor.\n", "humanitarian/RUS/oppose", 0);
	check("Zelensky: The war goes on. Prevent aggression and force "
	    "aggressors to peace.\n", "", 0);
	/* raising an issue puts it forward; cutting Russia's revenues or
	   living without its energy is pressure */
	check_long("The war went on. Zelensky raised the issue of support "
	    "for Ukraine's Euro-Atlantic aspirations.", "nato/UKR/support");
	check_long("The war went on. Macron is working to cut Russia's "
	    "energy revenues.", "pressure/EUR/support");
	check("Zelensky: The war goes on. Europe must learn to live without "
	    "Russian oil.\n", "pressure/UKR/support", 0);
	/* peacekeepers in another country guarantee nothing to Ukraine */
	check_long("The war went on. Putin praised the peacekeepers who "
	    "stabilised Armenia.", "");
	/* another war is another war whoever speaks of it; one asked to
	   act holds nothing */
	check_long("The war went on. Erdogan backed a ceasefire between "
	    "Armenia and Azerbaijan.", "");
	check("Putin: The war goes on. Today we are being urged to carry "
	    "out the Minsk agreements.\n", "", 0);
	/* "back" alone is mostly no verb of support ("push us back") */
	check("Putin: The war goes on. They push us back with sanctions.\n",
	    "", 0);
	/* a moratorium is a truce only on strikes */
	check_long("The war went on. Putin proposed a moratorium on debt "
	    "payments.", "");
	check_long("The war went on. Putin proposed a moratorium on strikes "
	    "on power plants.", "ceasefire/RUS/support");
	check("Переговоры\n\nВойна шла. Путин предложил мораторий на "
	    "удары по энергетике.\n", "ceasefire/RUS/support", 0);
	check("Переговоры\n\nВойна шла. Путин предложил мораторий на "
	    "выплату долга.\n", "", 0);
	/* "without peace, nobody is safe": a trigger after a preposition
	   of setting (here of absence) is no claim, and the negation after
	   it is not the trigger's (class setting in markers.uk, .ru) */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Без миру жодна "
	    "країна не буде спокійною.\n", "", 0);
	check("Встреча\n\nВладимир Путин: Война идёт. Без санкций ни одна "
	    "страна не будет спокойной.\n", "", 0);
	/* a question quoted before its speech verb asks too */
	check("Zelensky met the press. \"We are telling everyone: what "
	    "can security be without ending the war?\" he said.\n", "", 0);
	/* a quoted question asks; what one keeps hearing is hearsay; a
	   participle after a plural noun has no agent */
	check("Putin: The reporters shouted: \"Will the sanctions stay?\"\n",
	    "", 0);
	check("Putin said Russia kept hearing that Kyiv must accept a "
	    "ceasefire.\n", "", 0);
	check("Peskov said Kyiv refuses to honour the truce, as well as "
	    "the agreements reached in the Normandy format.\n",
	    "ceasefire/UKR/oppose", 0);
	/* a noun cue carried by a light verb is its subject's; a named
	   programme is no peace plan */
	check("Germany expressed strong support for the ceasefire.\n",
	    "ceasefire/EUR/support", 0);
	check_long("The war went on. Putin backed the Black Sea Forum "
	    "initiative.", "");
	/* Russia's talks with a third state are their own business;
	   Ukraine's (a mediator's) and the warring sides' are the war's */
	check("Putin will hold talks with Erdogan on trade.\n", "", 0);
	check("Zelensky will hold talks with Erdogan.\n",
	    "talks/UKR/support", 0);
	check("Putin will hold talks with Erdogan on Ukraine.\n",
	    "talks/RUS/support", 0);
	/* "he stressed" after a quote: whoever was last quoted, unless
	   someone was named since */
	check("Zelensky noted that he and Macron agree. \"We will work for "
	    "the deoccupation of Crimea,\" he stressed.\n",
	    "territory/UKR/oppose", 0);
	check("Peskov said nothing new. Zelensky met Macron. He said a "
	    "ceasefire was needed.\n", "ceasefire/EUR/support", 0);
	/* a relative clause of a noun that is no actor is nobody's */
	check("Vladimir Putin: Our economy coped, unlike the countries "
	    "which imposed the sanctions.\n", "", 0);
	/* a negation outside the reported clause is not the trigger's;
	   "House of Representatives of Cyprus" addresses Cyprus */
	check("Zelensky said: \"We do not see that the sanctions hurt "
	    "Russia.\"\n", "", 0);
	check("Speech by Zelensky in the House of Representatives of "
	    "France\n\nI thank you for your humanitarian aid.\n",
	    "humanitarian/EUR/support humanitarian/UKR/support", 0);
	/* whom one thanks for a stance holds it: a noun cue after "for",
	   "him" the last person named before */
	check("Zelensky met Macron. Zelensky thanked him for his firm "
	    "support for the sanctions.\n", "pressure/EUR/support", 0);
	/* "the President": the person last introduced by that title,
	   ... */
	check("President Putin met Macron. The President called for a "
	    "truce.\n", "ceasefire/RUS/support", 0);
	check("Macron met Putin. The President called for a truce.\n", "",
	    0);
	check("President Putin met Macron. The aide of the President called "
	    "for a truce.\n", "", 0);
	check("President of Russia Vladimir Putin met Macron. The President "
	    "called for a truce.\n", "ceasefire/RUS/support", 0);
	/* ... of the side of the person named most often, when two are
	   so titled: a release's host */
	check("President Zelensky met President Macron in Kyiv. Sybiha and "
	    "Zelensky spoke to reporters. The President called for a "
	    "truce.\n", "ceasefire/UKR/support", 0);
	/* "He" opening a sentence is the sentence before's first person
	   when that is the person most named (a readout's own leader),
	   not the last person named */
	check("Putin met Macron. Putin spoke first. Putin told Macron about "
	    "his talks with Rubio. He called for a truce.\n",
	    "ceasefire/RUS/support", 0);
	check("Putin met Macron. Putin spoke first. Macron told Putin about "
	    "his talks with Rubio. He called for a truce.\n",
	    "ceasefire/USA/support", 0);
	/* "the head of state" (class chief) is the person most named */
	check("Putin met Macron. Putin spoke first. Putin thanked Macron. "
	    "The head of state called for a truce.\n",
	    "ceasefire/RUS/support", 0);
	/* what "they" say, with no one to be "they", is not the turn's */
	check("Vladimir Putin: They state that the Minsk agreements are "
	    "unacceptable.\n", "", 0);
	/* ... nor in a turn that runs on from an earlier paragraph, where
	   "they" are others as they are for every other verb */
	check("Meeting\n\nVladimir Putin: Kyiv and Washington met.\n\nThey "
	    "said the truce was unacceptable.\n", "", 0);
	/* "you" in a speech to a nation its title names is that nation;
	   with no one named, nobody */
	check("Speech by Zelensky in the parliament of France\n\nI thank "
	    "you for your humanitarian aid.\n",
	    "humanitarian/EUR/support humanitarian/UKR/support", 0);
	check("Vladimir Putin: You must impose the sanctions.\n", "", 0);
	/* a negation before a bare trigger is its subject's: the
	   speaker's side only when the subject is */
	check("Zelensky said Kyiv would not give up territory.\n",
	    "territory/UKR/oppose", 0);
	check("Zelensky said Moscow does not care about a ceasefire.\n",
	    "", 0);
	/* the last item of a list after its comma; phrasings of a
	   stance on an issue */
	check("Zelensky reaffirmed his commitment to the sovereignty, "
	    "independence, and territorial integrity of Ukraine.\n",
	    "territory/UKR/oppose", 0);
	check("Zelensky said there can be no compromises at the expense of "
	    "territorial integrity.\n", "territory/UKR/oppose", 0);
	check("Zelensky said Russia tries to slow down the sanctions.\n",
	    "pressure/RUS/oppose", 0);
	check("Zelensky asked France to become a guarantor of security for "
	    "Ukraine.\n", "security_guarantees/UKR/support", 0);
	check("The leaders of these states try to slow down the "
	    "sanctions.\n", "", 0);
	/* "which" after a noun's preposition stands for the noun */
	check("There is news of talks between Ukraine and Russia, which "
	    "could halt the war and restore peace.\n", "", 0);
	check("It suits Kyiv. And for Russia, which does not want NATO "
	    "enlargement, it is fine.\n", "nato/RUS/oppose", 0);
	/* a passive or reflexive verb's agent in the instrumental holds
	   it; a dative after it is whom it is done for, and the
	   speaker's side stays the speaker's */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Наші колони "
	    "з гуманітарною допомогою постійно зриваються окупантами.\n",
	    "humanitarian/RUS/oppose", 0);
	check("Встреча\n\nВладимир Путин: Война идёт. Пасхальное "
	    "перемирие было сорвано Украиной.\n",
	    "ceasefire/UKR/oppose", 0);
	check("Встреча\n\nВладимир Путин: Война идёт. Перемирие "
	    "нарушается постоянно, это видно всем.\n", "", 0);
	/* an obligation with its object first: "санкції треба
	   посилювати" asks for them, "санкции надо снимать" against */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Санкції проти "
	    "Росії треба посилювати щотижня.\n", "pressure/UKR/support", 0);
	check("Встреча\n\nВладимир Путин: Война идёт. Эти санкции "
	    "надо снимать.\n", "pressure/RUS/oppose", 0);
	/* "but" that opens a sentence leaves its trigger to the judgement
	   after it */
	/* guarantees named after their giver are its act; "from" names
	   whom they are asked of (a guard); Ukraine is never against its
	   own */
	check_long("The war in Ukraine went on. US security guarantees would "
	    "never be a formality.", "security_guarantees/USA/support");
	check("Putin: The war goes on. We seek legally binding security "
	    "guarantees from the United States.\n", "nato/RUS/oppose", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Гарантії "
	    "безпеки для нас ніколи не будуть формальністю.\n", "", 0);
	/* precluding NATO's eastward advance opposes it; abiding by the
	   agreements acts on them; the launchers Ukraine asks for are
	   aid, Russia's own are none */
	check("Putin: The war goes on. We want agreements that preclude "
	    "NATO's further eastward advance.\n", "nato/RUS/oppose", 0);
	check("Putin: The war goes on. We will abide by the Minsk "
	    "agreements.\n", "minsk/RUS/support", 0);
	check("Zelensky: The war goes on. We still wait for MLRS.\n",
	    "military_aid/UKR/support", 0);
	check("Zelensky: The war goes on. We are still waiting, and a "
	    "Russian MLRS struck the market.\n", "", 0);
	/* Russia held to account, made to pay: pressure asked for */
	check("Zelensky: The war goes on. Russia must be held accountable "
	    "for its crimes.\n", "pressure/UKR/support", 0);
	check("Zelensky: The war goes on. We demand accountability for war "
	    "crimes.\n", "pressure/UKR/support", 0);
	/* Russia made to answer for its acts is pressure; "мають дати"
	   obliges as "мають надати" does */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Росія повинна "
	    "відповідати за все.\n", "pressure/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Партнери мають "
	    "дати нам більше зброї.\n", "military_aid/UKR/support", 0);
	/* troops withdrawn from Donbas, in a Russian text, are Kyiv's */
	check("Встреча\n\nВладимир Путин: Война идёт. Киев должен "
	    "вывести войска с территории Донбасса.\n",
	    "territory/RUS/support", 0);
	/* a lasting peace, where a bare "мир" may be the world */
	check("Встреча\n\nВладимир Путин: Война идёт. Мы выступаем за "
	    "прочный и долгосрочный мир.\n", "ceasefire/RUS/support", 0);
	/* giving up Russian oil, being made subject to sanctions: the
	   pressure asked for */
	check("Zelensky: The war goes on. Europe must give up Russian "
	    "oil.\n", "pressure/UKR/support", 0);
	check("Zelensky: The war goes on. The officials should be subject "
	    "to sanctions.\n", "pressure/UKR/support", 0);
	/* a help thanked for stays so when a verb of its own follows */
	check("Zelensky: The war goes on. I am grateful for the "
	    "humanitarian support provided to us.\n",
	    "humanitarian/UKR/support", 0);
	/* a name and a colon inside prose quote someone; no turn of his
	   begins */
	check("Talk\n\nPutin: The war goes on. I told Mr Zelensky: Nothing "
	    "but force! Then I proposed talks.\n", "talks/RUS/support", 0);
	/* a thing that has long existed, talks one is told of: no
	   claim; a future "there will be" still foretells one */
	check("Putin: The war goes on. There has always been sanction "
	    "pressure.\n", "", 0);
	check_long("The war in Ukraine went on. Putin informed Macron of "
	    "the ongoing talks.", "");
	/* a thing said to exist, a wish of no object: no claim */
	check_long("The war in Ukraine went on. \"There are talks between "
	    "the advisers of these states,\" Zelensky said.", "");
	check("Putin: The war goes on. Zelensky claims he may say whatever "
	    "he wants on the Minsk accords.\n", "", 0);
	/* speaking for, praising, voting for, shutting Russia out */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Євросоюз "
	    "адвокатує відмову від російської нафти.\n",
	    "pressure/EUR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Потрібно "
	    "виключити Росію з усіх фінансових інституцій.\n",
	    "pressure/UKR/support", 0);
	check("Встреча\n\nВладимир Путин: Война идёт. Мы высоко оценили "
	    "содействие в обменах пленными.\n", "prisoners/RUS/support", 0);
	check_long("The war in Ukraine went on. The EU voted to suspend "
	    "Russia from the council.", "pressure/EUR/support");
	/* guaranteeing the security of Europe is no guarantee for
	   Ukraine */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Це означає "
	    "гарантувати безпеку Європі.\n", "", 0);
	/* an act thanked for, the thanked named between: the speaker's
	   side is for it too */
	check("Zelensky: The war goes on. I am grateful to Germany, to its "
	    "people and to its leaders for the defense assistance.\n",
	    "military_aid/EUR/support military_aid/UKR/support", 0);
	/* "humanitarian and defense support": two triggers joined, each
	   of its own issue */
	check("Zelensky: The war goes on. I am grateful to Germany for the "
	    "humanitarian and defense support.\n",
	    "humanitarian/EUR/support humanitarian/UKR/support "
	    "military_aid/EUR/support military_aid/UKR/support", 0);
	/* a state's own attack weapons are no aid to anyone */
	check("Putin: The war goes on. The Pentagon is developing land-based "
	    "attack weapons, and that is dangerous.\n", "", 0);
	/* European initiatives are no peace plan; a price cap proposed
	   is pressure */
	check("Zelensky: The war goes on. We support the European "
	    "initiatives of our neighbours.\n", "", 0);
	check("Zelensky: The war goes on. We support the proposals by the "
	    "United States that would cap the price of Russian oil.\n",
	    "pressure/UKR/support pressure/USA/support", 0);
	/* a difficulty named, a standing in the talks, a report on them:
	   no stance on holding them */
	check("Zelensky: The war goes on. Negotiations are not easy.\n", "",
	    0);
	check("Zelensky: The war goes on. Ukraine holds a strong position "
	    "in negotiations.\n", "", 0);
	/* a short announcement of Russia's talks with a third state,
	   nothing of the war near them, is about their relations */
	check("Visit\n\nOn May 5, Putin will hold talks with Germany in "
	    "Moscow.\n", "", 0);
	/* speaking of the need for something insists on it */
	check("Zelensky: The war goes on. We spoke about the need to "
	    "tighten sanctions.\n", "pressure/UKR/support", 0);
	/* recognising the republics' independence is for Russia's hold
	   on the land; a decision to do something is agreeing to it */
	check_long("The war in Ukraine went on. Russia recognised the "
	    "independence of the two republics.", "territory/RUS/support");
	check_long("The war in Ukraine went on. Moscow decided to recognise "
	    "the Luhansk republic.", "territory/RUS/support");
	/* thanks to anyone for help or pressure: the speaker's side is
	   for it too */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Вдячний кожному "
	    "з вас за зброю.\n", "military_aid/UKR/support", 0);
	/* an obligation's purpose is its object; a linking word that
	   opens a sentence is no subject */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Ми маємо робити "
	    "більше, щоб повернути мир.\n", "ceasefire/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Тож чекаємо "
	    "нових санкцій.\n", "pressure/UKR/support", 0);
	/* "you" thanked, with no addressee in the title: the partner
	   the sentence before names */
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Провів "
	    "переговори з Макроном. Я вдячний вам за оборонну допомогу.\n",
	    "military_aid/EUR/support military_aid/UKR/support", 0);
	check("Звернення\n\nУкраїнці!\n\nВійна триває. Але цих "
	    "санкцій замало.\n", "pressure/UKR/support", 0);
}

/*
 * Words of any script fold as the actors' do, and a phrase may begin
 * with a prefix: one entry covers every case ending of a word.
 */
static void
test_prefix(void)
{
	static const char triggers[] = "ceasefire + перемири*\n";
	static const char cues[] = "reject verb отверг*\n"
	    "support verb выступ* за\n";

	pos_dict_parse(dict, "triggers", "triggers.ru", triggers,
	    strlen(triggers), NULL);
	pos_dict_parse(dict, "cues", "cues.ru", cues, strlen(cues), NULL);
	check("Россия отвергла ПЕРЕМИРИЕ.\n", "ceasefire/RUS/oppose", 0);
	check("Зеленский выступил за перемирие.\n", "ceasefire/UKR/support",
	    0);
	check("Зеленский выступает против.\n", "", 0);
	/* "и" joins a group of holders (class conj of markers.ru) */
	check("Россия и Зеленский отвергли перемирие.\n",
	    "ceasefire/RUS/oppose ceasefire/UKR/oppose", 0);
	/* the possessor after its noun; a relative clause */
	pos_dict_parse(dict, "cues", "cues.ru", "refuse noun отказ\n", 17,
	    NULL);
	check("Кремль\n\nЗеленский раскритиковал отказ России принять "
	    "перемирие.\n", "ceasefire/UKR/support ceasefire/RUS/oppose", 0);
	/* Transcript turns as Russian transcripts write them: an unknown
	   "П.Зарубин:" asks, and states nothing. */
	check("Стенограмма\n\nВ.Путин: Мы отвергаем санкции. П.Зарубин: Вы "
	    "отвергаете перемирие? В.Путин: Мы готовы к переговорам с "
	    "Украиной.\n", "pressure/RUS/oppose talks/RUS/support", 0);
	/* A verb in the third person ("вводят", class finite3) has a
	   subject of its own, an actor or not: a turn's speaker does not
	   hold it by dropping "мы", and "наша армия" is the speaker's. */
	check("Стенограмма\n\nВ.Путин: Многие страны вводят режим "
	    "тишины.\n", "", 0);
	check("Стенограмма\n\nВ.Путин: Вводим режим тишины.\n",
	    "ceasefire/RUS/support", 0);
	check("Стенограмма\n\nВ.Путин: Наше правительство вводит режим "
	    "тишины.\n", "ceasefire/RUS/support", 0);
	/* A name in the instrumental or dative (class oblique) is whom
	   the speaker acted with, not the verb's subject */
	check("Стенограмма\n\nВ.Путин: В разговоре с коллегой Зеленским "
	    "поддержали перемирие.\n", "ceasefire/RUS/support", 0);
	check("Стенограмма\n\nВ.Путин: Зеленский поддержал перемирие.\n",
	    "ceasefire/UKR/support", 0);
	/* An adverb in -но, -че stands between a subject and its verb
	   (class adverb); "ви", with nobody addressed, is not the
	   speaker */
	check("Звернення\n\nДорогі українці!\n\nМи рішуче підтримуємо "
	    "перемир'я.\n", "ceasefire/UKR/support", 0);
	check("Звернення\n\nДорогі українці!\n\nДякую, що ви рішуче "
	    "підтримуєте перемир'я.\n", "", 0);
	/* A passive participle after a copula (classes passive, copula)
	   takes the trigger before it, as "must be lifted" does */
	check("Стенограмма\n\nВ.Путин: Санкции должны быть сняты.\n",
	    "pressure/RUS/oppose", 0);
	check("Звернення\n\nДорогі українці!\n\nСанкції не мають бути "
	    "зняті.\n", "pressure/UKR/support", 0);
	/* An effort's purpose after ", щоб" (class purpose) is its
	   object; to deprive of is to stop */
	check("Звернення\n\nДорогі українці!\n\nРобимо все, щоб "
	    "гуманітарні коридори працювали.\n", "humanitarian/UKR/support",
	    0);
	check("Звернення\n\nДорогі українці!\n\nМи робимо все, щоб "
	    "позбавити ворога бажання продовжувати війну.\n",
	    "ceasefire/UKR/support", 0);
	/* to force someone to peace is to urge it; "можна" is no
	   subject; an infinitive after a third-person verb is that
	   verb's subject's */
	check("Звернення\n\nДорогі українці!\n\nМожна тільки змусити "
	    "шукати мир.\n", "ceasefire/UKR/support", 0);
	check("Звернення\n\nДорогі українці!\n\nВін пробує зірвати "
	    "перемир'я.\n", "", 0);
	/* the speaker's own speech verb and "що" open a claim even in
	   an address; "ми її" : the first of two pronouns is the
	   subject */
	check("Звернення\n\nДорогі українці!\n\nЯ вірю, що ми зможемо "
	    "повернутися до миру.\n", "ceasefire/UKR/support", 0);
	check("Звернення\n\nДорогі українці!\n\nМи їм пропонуємо "
	    "перемир'я.\n", "ceasefire/UKR/support", 0);
	/* free word order: an actor opening the sentence is the subject
	   of a verb later in its clause; "хто" opening one is nobody */
	check("Россия одной из первых отвергла перемирие.\n",
	    "ceasefire/RUS/oppose", 0);
	check("Звернення\n\nДорогі українці!\n\nХто підтримав "
	    "перемир'я.\n", "", 0);
	/* a group of others (class outsider) is not the speaker, even
	   "our partners"; an actor in the group still holds */
	check("Звернення\n\nДорогі українці!\n\nНаші партнери "
	    "запровадили нові санкції.\n", "", 0);
	/* a thanks opening its sentence with no one named thanks the
	   person named last, of another side than the speaker's (and the
	   speaker's side is for the help) */
	check("Звернення\n\nДорогі українці!\n\nСьогодні дзвонив Путин. "
	    "Подякував за гуманітарну допомогу.\n",
	    "humanitarian/RUS/support humanitarian/UKR/support", 0);
	check("Звернення\n\nДорогі українці!\n\nНам вдалося налагодити "
	    "роботу гуманітарних коридорів.\n", "humanitarian/UKR/support",
	    0);
	check("Стенограмма\n\nВ.Путин: Война идёт. Мы готовы к "
	    "дискуссиям.\n", "talks/RUS/support", 0);
	/* supplies of named weapons, a number between */
	check("Звернення\n\nДорогі українці!\n\nЄвросоюз оголосив про "
	    "постачання 1000 протитанкових гранатометів.\n",
	    "military_aid/EUR/support", 0);
	/* ... nor a negation before it: the soldiers' refusal to let the
	   convoys pass is not the speaker's */
	check("Звернення\n\nДорогі українці!\n\nВійськові не пропускають "
	    "гуманітарні вантажі. Ми ніколи не визнаємо окупацію Криму.\n",
	    "territory/UKR/oppose", 0);
}

static void
test_dict(void)
{
	struct notify	 n = { count_warning, NULL, NULL, NULL };
	struct pos_dict	*d;
	const char	*endings = "finite3 ют\nfinite3 *ют|*\n"
	    "finite3 *ют|*ят\n";
	const char	*bad =
	    "ceasefire + truce\n"		/* fine */
	    "ceasefire 0 truce talk\n"		/* fine: names nothing */
	    "nosuch + truce\n"			/* unknown issue */
	    "ceasefire ? truce\n"		/* bad polarity */
	    "ceasefire +\n"			/* no phrase */
	    "ceasefire + ... truce\n"		/* gap first */
	    "ceasefire + a||b\n"		/* empty alternative */
	    "# comment\n\n"
	    "ceasefire - truce ...\n";		/* gap last */

	d = pos_dict_new();
	pos_dict_parse(d, "issues", "issues", "ceasefire a truce\n", 18,
	    NULL);
	warnings = 0;
	is_int(pos_dict_parse(d, "triggers", "triggers", bad, strlen(bad),
	    &n), 6, "six bad trigger lines");
	is_int(warnings, 6, "each reported");
	is_int(d->nph, 2, "the two good phrases kept");
	warnings = 0;
	is_int(pos_dict_parse(d, "markers", "markers.ru",
	    endings, strlen(endings), &n), 2,
	    "finite3 takes endings");
	is_int(pos_dict_parse(d, "markers", "markers", "finite3 *s\n", 11,
	    &n), 0, "endings in the plain file");
	ok(pos_dict_ending(d, POS_M_FINITE3, "en", "says", 4) &&
	    !pos_dict_ending(d, POS_M_FINITE3, "ru", "says", 4),
	    "are English's");
	ok(pos_dict_ending(d, POS_M_FINITE3, "ru", "вводят",
	    strlen("вводят")) && !pos_dict_ending(d, POS_M_FINITE3, "ru",
	    "вводим", strlen("вводим")) && !pos_dict_ending(d,
	    POS_M_FINITE3, "uk", "вводят", strlen("вводят")) &&
	    !pos_dict_ending(d, POS_M_OBLIQUE, "ru", "вводят",
	    strlen("вводят")) && !pos_dict_ending(d, POS_M_FINITE3, "ru",
	    "ют", strlen("ют")),
	    "a third-person ending, in its language, after a stem");
	pos_dict_free(d);
	ok(pos_dict_issue_find(dict, "territory") != -1, "territory issue");
	ok(pos_dict_reads(dict, "en") && pos_dict_reads(dict, "ru") &&
	    pos_dict_reads(dict, "UK-ua") && !pos_dict_reads(dict, "de") &&
	    !pos_dict_reads(dict, "und"), "the languages of the data files");
	is_int(pos_dict_nissues(dict), 11, "eleven built-in issues");
}

/* How many times word w is in the space-separated list s. */
static size_t
count_words(const char *s, const char *w)
{
	size_t	n = 0, len = strlen(w);

	for (; (s = strstr(s, w)) != NULL; s += len) {
		if (s[len] == ' ' || s[len] == '\0')
			n++;
	}
	return n;
}

/*
 * A giant paragraph (a transcript pasted on one line, thousands of
 * sentences) is read window by window: every sentence still gives its
 * position, and the "Name:" label that opens it still speaks for the
 * sentences of the last window.
 */
#define GIANT_CYCLES	1500

static void
test_giant(void)
{
	struct buf	b;
	char		*got;
	size_t		 i;

	buf_init(&b);
	buf_adds(&b, "Vladimir Putin: We are ready for negotiations.");
	for (i = 0; i < GIANT_CYCLES; i++)
		buf_adds(&b, " Russia rejects a truce. We reject the "
		    "sanctions. Kyiv supports direct talks. The weather "
		    "stayed mild.");
	buf_adds(&b, "\n");
	got = run(b.data, 0);
	ok(count_words(got, "talks/RUS/support") == 1 &&
	    count_words(got, "ceasefire/RUS/oppose") == GIANT_CYCLES &&
	    count_words(got, "talks/UKR/support") == GIANT_CYCLES,
	    "every sentence of a giant paragraph (%zu bytes)", b.len);
	is_int(count_words(got, "pressure/RUS/oppose"), GIANT_CYCLES,
	    "its label speaks to its end");
	free(got);
	buf_release(&b);
}

int
main(int argc, char **argv)
{
	char	*cause = NULL, *got;

	dict = pos_dict_load(SRCDIR "/data", NULL, NULL, &cause);
	if (dict == NULL) {
		printf("Bail out! %s\n", cause);
		return 1;
	}
	if (argc > 1) {
		/* Debugging aid: the positions of one text. */
		setenv("DEMARCHE_POS_DEBUG", "1", 1);
		got = run(argv[1], 1);
		printf("%s\n", got);
		free(got);
		pos_dict_free(dict);
		return 0;
	}
	test_table();
	test_holders();
	test_speech();
	test_turns();
	test_topic();
	test_beneficiary();
	test_targets();
	test_general();
	test_modality();
	test_reports();
	test_noise();
	test_mentions();
	test_dict();
	test_giant();
	test_prefix();
	pos_dict_free(dict);
	return tap_done();
}

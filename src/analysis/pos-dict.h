/*
 * pos-dict: the positions data files in memory (private to positions.c,
 * pos-dict.c and their tests; the public view is in positions.h).
 *
 * Every line of "triggers", "cues" and "markers" becomes one phrase: a
 * sequence of pattern words, each a set of alternatives (lowercase,
 * apostrophes as '), a prefix ("stem*"), an actor slot ("@") or a gap
 * ("...", up to POS_GAP_MAX words).  Phrases are indexed (through links) by
 * every alternative of their first word in an open-addressing hash table; the
 * same table carries the single-word flags (aux, group, boundary) used by
 * the clause rules.
 */
#ifndef DEMARCHE_POS_DICT_H
#define DEMARCHE_POS_DICT_H

#include <stddef.h>
#include <stdint.h>

#define POS_GAP_MAX 3

enum pos_ptype {
	POS_P_TRIGGER = 0,
	POS_P_CUE,
	POS_P_MARKER,
};

/* Cue classes; the sign of each is in pos_cue_sign(). */
enum pos_cue {
	POS_C_PROPOSE = 0, POS_C_ACCEPT, POS_C_SUPPORT, POS_C_DEMAND,
	POS_C_URGE, POS_C_INSIST, POS_C_AGREE, POS_C_TRY, POS_C_ACT,
	POS_C_REJECT, POS_C_REFUSE, POS_C_OPPOSE, POS_C_CRITICISE,
	POS_C_FEAR, POS_C_WARN, POS_C_DENY, POS_C_STOP,
	POS_C_RULEOUT, POS_C_MUST, POS_C_SPEECH,
	POS_C_COUNT
};

/*
 * verb: the holder is its subject; noun: its possessor; eval: a judgement
 * ("unacceptable", "illegitimate") whose object is the trigger it
 * qualifies, before or after it, and whose holder is the speaker or the
 * subject of its clause.
 */
enum pos_form { POS_F_VERB = 0, POS_F_NOUN, POS_F_EVAL };

/* Marker classes. */
enum pos_mark {
	POS_M_NEGATION = 0, POS_M_HEDGE, POS_M_CONDITIONAL,
	POS_M_HYPOTHETICAL, POS_M_HISTORICAL, POS_M_AUX, POS_M_GROUP,
	POS_M_TITLE, POS_M_BOUNDARY,
	POS_M_ANAPHOR,		/* "the deal": the issue of the last trigger */
	POS_M_QUESTIONER,	/* "Question:", "Moderator:": a turn that
				   states no position */
	POS_M_LABEL,		/* small words a speaker label may hold in
				   lower case ("President of France:") */
	POS_M_AUTHORED,		/* a title "Speech by X": X speaks the text */
	POS_M_SELF,		/* "we", "I": the speaker */
	POS_M_THIRD,		/* "he", "she": the last person named */
	POS_M_PLURAL,		/* "they": the last group named */
	POS_M_ACCORDING,	/* "according to X": X speaks the sentence */
	POS_M_WAR,		/* "war", "peace": talks about the war */
	POS_M_NOTNEG,		/* "not only": a negation word that negates
				   nothing */
	POS_M_RELATIVE,		/* "which", "who", "который": opens a
				   relative clause */
	POS_M_TERM,		/* "negotiating position", "block of": a
				   phrase that holds a cue's or trigger's
				   word and means neither */
	POS_M_DET,		/* "the", "these": a determiner */
	POS_M_HOSTILE,		/* "offensive": a military act; a plan
				   for it is no peace plan */
	POS_M_JOINT,		/* "joint statement by": as authored, and
				   every actor named after it speaks */
	POS_M_GREETING,		/* "народе": a word that greets the
				   speaker's own nation */
	POS_M_HOME,		/* "ukr": the side whose nation an address
				   in the file's language greets */
	POS_M_SECOND,		/* "you", "your": whom a speech addresses */
	POS_M_LIGHT,		/* "expressed": a verb that carries a noun
				   cue ("expressed support for") */
	POS_M_PREP,		/* "of", "against": a preposition */
	POS_M_CONJ,		/* "and", "or": joins the items of a list */
	POS_M_SETTING,		/* "at", "after": before a bare trigger, it
				   names when or where, not a claim */
	POS_M_COMP,		/* "that", "что": opens a reported clause */
	POS_M_FINITE3,		/* "*ют": an ending of a verb's third
				   person; such a verb has a subject of
				   its own, never a speaker who drops
				   "we" */
	POS_M_OBLIQUE,		/* "*ом": an ending of a noun's oblique
				   case; an actor so named is no
				   subject ("с Макроном") */
	POS_M_ADVERB,		/* "*ly", "*но": an ending of an adverb,
				   which may stand between a subject and
				   its verb */
	POS_M_NOUNPL,		/* "*es": an ending of a plural noun,
				   which with no determiner may be a
				   subject ("Western countries impose") */
	POS_M_PASSIVE,		/* "*ed", "*ена": an ending of a passive
				   participle ("be lifted", "бути
				   забезпечена") */
	POS_M_COPULA,		/* "be", "is", "бути": before a passive
				   participle */
	POS_M_PURPOSE,		/* "щоб", "чтобы": after a comma, opens
				   the purpose of the cue before it
				   ("робимо все, щоб ...") */
	POS_M_GERUND,		/* "*ing": an ending of a verb's gerund
				   or present participle */
	POS_M_THANKS,		/* "thanked", "подякував": a word of
				   thanks, whose object holds what it is
				   thanked for */
	POS_M_REASON,		/* "for", "за": before what one is
				   thanked for */
	POS_M_ENEMY,		/* "occupiers": a word for the foe */
	POS_M_FOE,		/* "rus": the side a language's enemy
				   words name */
	POS_M_MENTAL,		/* "forget", "know": a verb of the mind,
				   whose "that" clause is its own, not an
				   object of the cue before it ("must not
				   forget that ...") */
	POS_M_CHIEF,		/* "the head of state": the person the
				   article names most often */
	POS_M_OUTSIDER,		/* "partners", "allies", "Western": a
				   group of others, never the speaker's */
	POS_M_CAUSATIVE,	/* "make", "force": a verb whose object
				   is made to act ("make Russia seek
				   peace" is no stance of Russia's) */
	POS_M_FUTURE,		/* "will", "буде": makes the copula after
				   it, or itself, a future "be" ("there
				   will be new sanctions") */
	POS_M_CONTRA,		/* "against", "проти": a trigger after it
				   names its opposite ("working against
				   Russia's occupation") */
	POS_M_TOWARD,		/* "on", "to", "для": after a trigger,
				   before whom it targets or benefits
				   ("sanctions on Belarus", "aid to
				   Syria") */
	POS_M_LOSS,		/* "lose", "втратити": a trigger after it
				   is lost; only "not to lose" it is a
				   stance (for it) */
	POS_M_PAIRED,		/* "not only", "не лише": negates nothing;
				   the verb after its "but also" shares
				   the subject before it */
	POS_M_REFLEXIVE,	/* "*ся": an ending of a reflexive verb,
				   which may be a passive ("нарушается") */
	POS_M_AGENT,		/* "*ами": an ending of a noun's
				   instrumental case, the agent of a
				   passive ("сорвано Киевом") */
	POS_M_IMPERSONAL,	/* "*лося": an ending of a verb that has
				   no subject ("Росії пропонувалося":
				   Russia was offered) */
	POS_M_INFINITIVE,	/* "*ти": an ending of an infinitive, after
				   which "вас" is whom one asks, no "your"
				   ("прошу вас закрити порти") */
	POS_M_PAST,		/* "*ла": an ending of a verb in the past,
				   or of the auxiliary that makes one
				   ("did"): a past act not done ("не
				   запровадив санкції") is a fact, no
				   refusal */
	POS_M_CONCESSION,	/* "despite", "несмотря на": what follows,
				   to the next comma, is granted as
				   background and is no stance */
	POS_M_COUNT
};

/* Single-word flags kept in the hash table. */
enum pos_wflags {
	POS_W_AUX = 1 << 0,
	POS_W_GROUP = 1 << 1,
	POS_W_BOUNDARY = 1 << 2,
	POS_W_QUESTIONER = 1 << 3,
	POS_W_LABEL = 1 << 4,
	POS_W_SELF = 1 << 5,
	POS_W_THIRD = 1 << 6,
	POS_W_PLURAL = 1 << 7,
	POS_W_WAR = 1 << 8,
	POS_W_RELATIVE = 1 << 9,
	POS_W_DET = 1 << 10,
	POS_W_HOSTILE = 1 << 11,
	POS_W_GREETING = 1 << 12,
	POS_W_SECOND = 1 << 13,
	POS_W_LIGHT = 1 << 14,
	POS_W_PREP = 1 << 15,
	POS_W_CONJ = 1 << 16,
	POS_W_SETTING = 1 << 17,
	POS_W_COMP = 1 << 18,
	POS_W_CAUSATIVE = 1 << 19,
	POS_W_COPULA = 1 << 20,
	POS_W_PURPOSE = 1 << 21,
	POS_W_THANKS = 1 << 22,
	POS_W_REASON = 1 << 23,
	POS_W_ENEMY = 1 << 24,
	POS_W_MENTAL = 1 << 25,
	POS_W_OUTSIDER = 1 << 26,
	POS_W_FUTURE = 1 << 27,
	POS_W_CONTRA = 1 << 28,
	POS_W_TOWARD = 1 << 29,
	POS_W_LOSS = 1 << 30,
};

#define POS_HOMES_MAX	8	/* languages with a home side */

enum pos_wkind { POS_WK_WORD = 0, POS_WK_MENTION, POS_WK_GAP };

struct pos_pword {
	enum pos_wkind	 kind;
	char		**alts;		/* lowercase; a trailing '*' is a
					   prefix */
	size_t		 nalts;
};

struct pos_phrase {
	enum pos_ptype	 type;
	int		 cls;		/* issue, enum pos_cue or pos_mark */
	int		 pol;		/* triggers: +1, -1, or 0 (names none) */
	int		 weak;		/* triggers: "~", a word too general
					   to be a stance with no cue */
	enum pos_form	 form;		/* cues */
	struct pos_pword *w;
	size_t		 nw;
	const char	*file;		/* shared, owned by the dict */
	unsigned	 line;
	char		 lang[8];	/* its file's language ("uk" of
					   triggers.uk), "" for a plain
					   file: matched in articles of
					   that language only */
};

/* A chain link: phrases sharing a first word. */
struct pos_link {
	int		 phrase;
	int		 next;		/* next link, or -1 */
};

struct pos_hslot {
	char		*key;		/* NULL: empty */
	uint32_t	 hash;
	int		 head;		/* first link, or -1 */
	unsigned	 flags;		/* enum pos_wflags */
};

/* A side a language's data names ("home ukr" in markers.uk). */
struct pos_lang_side {
	char		 lang[8];	/* "uk" */
	int		 side;		/* enum side */
};

struct pos_issue {
	char		*id;
	char		*label;
};

struct pos_dict {
	struct pos_issue *issues;
	size_t		 nissues;
	struct pos_phrase *ph;
	size_t		 nph, phalloc;
	struct pos_hslot *slots;
	size_t		 cap, used;
	struct pos_link	*links;
	size_t		 nlinks, lalloc;
	int		 mention_head;	/* links of phrases that begin
					   with "@" */
	size_t		 prefix_min;	/* shortest first-word prefix
					   ("переговор*"), in bytes; 0 when
					   none: each is indexed as "stem*" */
	char		**files;	/* names for pos_phrase.file */
	char		**langs;	/* languages with data files: "en"
					   for the plain ones, then each
					   suffix ("ru" of "cues.ru") */
	size_t		 nlangs;
	size_t		 nfiles;
	struct pos_lang_side homes[POS_HOMES_MAX], foes[POS_HOMES_MAX];
	size_t		 nhomes, nfoes;
	struct {
		char	 lang[8];
		int	 cls;		/* POS_M_FINITE3, _OBLIQUE, _ADVERB,
					   _NOUNPL, _PASSIVE, _GERUND */
		char	**ends;		/* "ют", without the '*' */
		size_t	 nends;
	}		 ends[6 * POS_HOMES_MAX];
	size_t		 nends;
	uint64_t	 version;
};

#define POS_DICT_PREFIX_MAX 64	/* longest "stem*" looked up, in bytes */

/* 1 when word w[0..len) is, alone, a verb cue of acting ("provided",
   "delivered"), or of stopping when stop is set ("bans", "забороняє"). */
int		 pos_dict_act_verb(const struct pos_dict *d, const char *w,
		    size_t len, int stop);
/* The slot of the next prefix of word w[0..len) that the data lists as
   "stem*", at a character boundary, the whole word included: start with
   *k = 0 and call again until NULL ("переговор*" for "переговорах"). */
const struct pos_hslot *pos_dict_prefix(const struct pos_dict *d,
	    const char *w, size_t len, size_t *k);
/* The slot of word w[0..len), or NULL. */
const struct pos_hslot *pos_dict_word(const struct pos_dict *,
	    const char *w, size_t len);
/* The side whose nation an address in language lang greets when it
   names none (class "home" of that language's markers), or -1. */
int		 pos_dict_home(const struct pos_dict *d, const char *lang);
/* The side the enemy words of language lang name (class "foe" of that
   language's markers; the plain file's is "en"), or -1. */
int		 pos_dict_foe(const struct pos_dict *d, const char *lang);
/* 1 when word w[0..len), folded, has an ending of class cls
   (POS_M_FINITE3, _OBLIQUE, _ADVERB, _NOUNPL, _PASSIVE, _GERUND) of
   language lang's markers
   (the plain file's language is "en"), after a stem of two letters at
   least. */
int		 pos_dict_ending(const struct pos_dict *d, int cls,
		    const char *lang, const char *w, size_t len);
/* +1, -1, or 0 (speech). */
int		 pos_cue_sign(int cls);
const char	*pos_cue_name(int cls);
const char	*pos_mark_name(int cls);

/*
 * Parse one file's text into d (type "issues", "triggers", "cues" or
 * "markers"); bad lines go through n as "FILE:LINE: what".  Returns the
 * number of bad lines.
 */
struct notify;
int		 pos_dict_parse(struct pos_dict *, const char *type,
		    const char *file, const char *text, size_t len,
		    const struct notify *n);
/* An empty dictionary, filled by pos_dict_parse (for tests). */
struct pos_dict	*pos_dict_new(void);

#endif

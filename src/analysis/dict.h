/*
 * dict: the actor dictionaries, plain-text files read at start-up.
 *
 * Seven files, each one entry per line, fields separated by '|', '#' starting
 * a comment line, blank lines ignored (the formats are in demarche-dict(5)):
 *
 *   countries.dict  SIDE | Name | aliases | demonyms | capitals | metonyms
 *   actors.dict     KIND | SIDE | Name | aliases | roles
 *   titles.dict     Title | flags
 *   stop.dict       Word or phrase that is never an actor
 *   verbs.dict      A verb form whose subject is a person ("said")
 *   endings.dict    A Ukrainian case ending ("ою"), for stem.h
 *   names.dict      CLASS | words: Russian and Ukrainian given names,
 *                   patronymic endings, titles, speech verbs (see below)
 *
 * The shipped files come from DATADIR/dict/; files of the same names in the
 * user directory ($XDG_CONFIG_HOME/demarche/) are read after them: an entry
 * whose canonical name is already known replaces the earlier one, others are
 * added.  A malformed line (or one longer than 4096 bytes) is reported
 * through notify as "FILE:LINE: what" and skipped; loading never fails
 * because of one bad line.
 *
 * Names are matched on their case-folded form (ASCII and Cyrillic folding,
 * ASCII punctuation kept), except all-capital aliases ("US", "EU"), which
 * must appear in capitals.  All strings are UTF-8; offsets are bytes.
 */
#ifndef DEMARCHE_DICT_H
#define DEMARCHE_DICT_H

#include <stddef.h>
#include <stdint.h>

struct notify;

/* Sides, as in CAMEO.  SIDE_NONE: unknown or disputed. */
enum side {
	SIDE_NONE = 0,
	SIDE_USA,
	SIDE_RUS,
	SIDE_UKR,
	SIDE_EUR,
	SIDE_OTH,
};
#define SIDE_COUNT 6

/* "USA", "RUS", "UKR", "EUR", "OTH"; "none" for SIDE_NONE. */
const char	*side_name(enum side);
/* Parse a side name (case-insensitive; "-" and "none" are SIDE_NONE).
   Returns 0, or -1 when s names no side. */
int		 side_from_name(const char *s, enum side *);

enum actor_kind {
	ACTOR_PERSON = 0,
	ACTOR_STATE,		/* a country, its government, or a bloc */
	ACTOR_ORG,		/* an institution, ministry, company */
	ACTOR_PLACE,		/* a city, region, building as a place */
};
#define ACTOR_KIND_COUNT 4

/* "person", "state", "org", "place". */
const char	*actor_kind_name(enum actor_kind);
/* Returns 0, or -1 when s names no kind. */
int		 actor_kind_from_name(const char *s, enum actor_kind *);

/* A role held between two dates (YYYY-MM-DD, "" when open). */
struct dict_role {
	char		*title;		/* "President of Ukraine" */
	char		 from[11];
	char		 to[11];
	enum side	 side;		/* the holder's side meanwhile, or
					   SIDE_NONE for the entry's side */
};

/* One dictionary entry: a person, state, organisation or place. */
struct dict_entry {
	char		*name;		/* canonical name */
	enum actor_kind	 kind;
	enum side	 side;
	char		**aliases;	/* other names, any script */
	size_t		 naliases;
	char		**demonyms;	/* states: "Russian", "российский" */
	size_t		 ndemonyms;
	struct dict_role *roles;	/* persons: date-bounded roles */
	size_t		 nroles;
	int		 capital_of;	/* places: index of the state whose
					   capital (metonym) this is, or -1 */
	const char	*file;		/* the file it came from (shared) */
	unsigned	 line;		/* its line there, 1-based */
};

struct dict;

/*
 * Load the dictionaries from datadir/dict/ and then userdir (either may be
 * NULL; a missing directory or file is not an error).  Bad lines are
 * reported through n.  Returns a new dict, or NULL with *cause when a file
 * exists but cannot be read.
 */
struct dict	*dict_load(const char *datadir, const char *userdir,
		    const struct notify *n, char **cause);
void		 dict_free(struct dict *);

/*
 * Lint one file (its type taken from its base name: countries, actors,
 * titles or stop, with or without ".dict"): every problem is reported
 * through n.  Returns the number of problems, or -1 with *cause when the
 * file cannot be read or its type is unknown.
 */
int		 dict_check_file(const char *path, const struct notify *n,
		    char **cause);

/* A fingerprint of everything loaded, for cache keys. */
uint64_t	 dict_version(const struct dict *);

/* The entries, in load order (an overridden entry is replaced in place). */
size_t		 dict_count(const struct dict *);
const struct dict_entry *dict_entry(const struct dict *, size_t i);
/* The entry with that canonical or alias name (any case); -1 if none. */
int		 dict_lookup(const struct dict *, const char *name);

/*
 * The role entry i holds at date (YYYY-MM-DD; "" for
 * today's roles, i.e. open-ended ones); NULL when it holds none then.
 */
const struct dict_role *dict_role_at(const struct dict *, size_t i,
		    const char *date);

/*
 * Matching.  Keys are folded text (dict_fold): lower case, curly
 * apostrophes made straight, white space runs made one space.
 */
enum dict_match_type {
	DICT_NAME,		/* the canonical name */
	DICT_ALIAS,
	DICT_DEMONYM,		/* a state's adjective or people */
	DICT_CAPITAL,		/* a capital: a place, or the state itself */
	DICT_METONYM,		/* "Kremlin", "White House": the same */
};

struct dict_match {
	int		 entry;		/* index of the entry */
	enum dict_match_type type;
	const char	*exact;		/* spelling the text must have (for
					   all-capital aliases), or NULL */
	int		 stem;		/* 1: a stem key (dict_match_stem()):
					   each word of the text must be a
					   case form of the name's word
					   (stem_inflects()) */
	const char	*folded;	/* stem: the folded name */
	int		 anycase;	/* 1: the name starts in lower case
					   ("von der Leyen"), so the text
					   need not be capitalised */
	int		 next;		/* next match of the same key, or -1 */
};

/* Append the folded form of s[0..len) to b. */
struct buf;
void		 dict_fold(struct buf *b, const char *s, size_t len);

/* The first match of the folded key, or NULL; then dict_match_next(). */
const struct dict_match *dict_match_first(const struct dict *,
		    const char *key, size_t len);
const struct dict_match *dict_match_next(const struct dict *,
		    const struct dict_match *);
/*
 * Names with Cyrillic words are also indexed by their stem key: the
 * folded name with each Cyrillic word cut to its base (stem_name_len():
 * "шарль мішель" -> "шарл мішел"), words joined as in the name.  The first match of a stem key, or NULL.
 */
const struct dict_match *dict_match_stem(const struct dict *,
		    const char *key, size_t len);
/* The stem of the folded word w[0..len) in the text: its longest prefix,
   at most three letters shorter, that is the stem of a word of a name;
   len when there is none. */
size_t		 dict_stem_word(const struct dict *, const char *w, size_t len);
/* 1 when some stem key starts with the stemmed folded word. */
int		 dict_is_stem_first(const struct dict *, const char *key,
		    size_t len);
/* A stemmer for common words (cues, triggers: Snowball Russian and the
   Ukrainian endings of endings.dict), for one thread; the caller frees it
   with stem_free().  Names are not matched through it (see above). */
struct stem	*dict_stemmer(const struct dict *);
/* 1 when some name, title or stop phrase starts with the folded word. */
int		 dict_is_first_word(const struct dict *, const char *key,
		    size_t len);
/* The most words in any name, title or stop phrase. */
size_t		 dict_max_words(const struct dict *);
/* 1 when the folded word s[0..len) is a person verb ("said"). */
int		 dict_is_verb(const struct dict *, const char *s, size_t len);

/*
 * Russian and Ukrainian names (names.dict).  Words are folded.
 *
 * dict_name_word(): the classes of the word w[0..len): a given name, title
 * or place noun in any case form (its stem followed by its own ending or a
 * case ending: "андреем", "губернатором", "области"), a speech verb as
 * written.  A word may be several ("александра": a woman, or a man in the
 * genitive).  When it is a given name, *canon (unless canon is NULL) points
 * at the stem of its nominative, a string owned by the dictionary, equal
 * for every case form and other stem ("павла", "павел": "павел").
 */
enum dict_name_class {
	DICT_NAME_MALE = 1 << 0,
	DICT_NAME_FEMALE = 1 << 1,
	DICT_NAME_TITLE = 1 << 2,	/* an office or form of address */
	DICT_NAME_PLACE = 1 << 3,	/* "области": the adjective before it
					   names a place */
	DICT_NAME_VERB = 1 << 4,	/* a speech verb ("заявил") */
	DICT_NAME_UNSURE = 1 << 5,	/* dict_name_patronymic(): a man's
					   ending, the root no given name */
	DICT_NAME_FOREIGN = 1 << 6,	/* a foreigner's given name
					   ("Эммануэль"), with MALE or
					   FEMALE */
	DICT_NAME_NAMESAKE = 1 << 7,	/* "орден", "имени": the name after
					   it is an honour's or a body's
					   namesake, no actor */
	DICT_NAME_JOINER = 1 << 11,	/* "и", "та": joins the words of an
					   office ("министр науки и высшего
					   образования") */
};
#define DICT_NAME_GIVEN	(DICT_NAME_MALE | DICT_NAME_FEMALE)
unsigned	 dict_name_word(const struct dict *, const char *w, size_t len,
		    const char **canon);
/* The classes of dict_name_word() but speech verbs, leaving out the
   words of any class in skip: DICT_NAME_FOREIGN asks whether a given
   name is also a Russian or Ukrainian one ("Мария" is, besides a form of
   "Марио"). */
unsigned	 dict_name_forms(const struct dict *, const char *w, size_t len,
		    const char **canon, unsigned skip);
/*
 * DICT_NAME_MALE or DICT_NAME_FEMALE when w[0..len) is a patronymic in any
 * case: a man's given name's stem, a patronymic ending and maybe a case
 * ending ("александровича", "ивановной", "олексійович"); *stem is then the
 * length of the word less its case ending.  A woman's ending needs no
 * known root ("Сахипзадовна"); a man's ending after another root may be a
 * surname ("Абрамович"): DICT_NAME_MALE | DICT_NAME_UNSURE, *stem unset.
 * 0 otherwise.
 */
unsigned	 dict_name_patronymic(const struct dict *, const char *w,
		    size_t len, size_t *stem);
/* 1 when w[0..len) ends in a surname ending, maybe followed by a case
   ending ("бочаровым", "медведчука", "зеленського"). */
int		 dict_name_surname(const struct dict *, const char *w,
		    size_t len);

/* 1 when the folded word or phrase s[0..len) is on the stop list. */
int		 dict_is_stop(const struct dict *, const char *s, size_t len);
/* 1 when the folded s[0..len) is a title or role ("president",
   "foreign minister", "envoy"). */
int		 dict_is_title(const struct dict *, const char *s, size_t len);

#endif

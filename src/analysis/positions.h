/*
 * positions: where each side stands on each issue, sentence by sentence.
 *
 * A rule-based claim extractor in the spirit of Political Claims Analysis
 * (holder, issue, stance, evidence).  Each sentence is cut into tokens and
 * matched against the data files (pos_dict): issue triggers with a
 * polarity ("ceasefire" +, "territorial integrity" - for territory), cue
 * expressions with a stance class in verb and noun form ("rejected",
 * "refusal", "proposed by"), negation, hedge and modality markers.  A cue
 * takes as its object the next trigger or the next cue (so cues chain:
 * "criticised Russia's refusal to agree to the ceasefire"); its holder is
 * the actor (from the actors layer, actors.h) that is its subject, the
 * speaker of the reported speech it sits in, the agent of a passive ("by
 * the US"), the subject of a relative clause ("which Russia rejected"), or
 * the possessor of a noun cue ("Russia's refusal").  Groups ("European and
 * Ukrainian officials") give one position per side.
 *
 * The stance is the product of the cue classes along the chain and the
 * trigger's polarity, with negation as in the gold files: a negated
 * supportive cue flips ("would not accept C" opposes), a negated
 * opposing cue gives nothing ("did not reject C"), and "rule out" under a
 * negation or a refusal gives nothing.
 *
 * Spans are half-open byte ranges [start, end) into the article's file
 * bytes (article.h).  Nothing here prints; errors are -1 with a malloc'd
 * *cause.
 */
#ifndef DEMARCHE_POSITIONS_H
#define DEMARCHE_POSITIONS_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/dict.h"

struct actor_set;
struct article;
struct corpus;
struct notify;
struct pos_dict;

enum pos_stance {
	POS_OPPOSE = -1,
	POS_SUPPORT = 1,
};

/* Only POS_STATED positions are reported unless asked for all. */
enum pos_modality {
	POS_STATED = 0,
	POS_CONDITIONAL,	/* "would accept C if...", "on condition" */
	POS_HYPOTHETICAL,	/* "if Russia were to accept", hedged */
	POS_HISTORICAL,		/* background: "annexed Crimea in 2014" */
};
#define POS_MODALITY_COUNT 4

/* How the holder was found (for --explain). */
enum pos_how {
	POS_HOW_SUBJECT = 0,	/* the subject before the cue */
	POS_HOW_GROUP,		/* one of a group subject */
	POS_HOW_PRONOUN,	/* he/she/they resolved to an earlier actor */
	POS_HOW_SPEAKER,	/* the speaker of reported speech or a quote */
	POS_HOW_PASSIVE,	/* the agent: "proposed by the US" */
	POS_HOW_RELATIVE,	/* "which Russia has rejected" */
	POS_HOW_POSSESSOR,	/* "Russia's refusal", "the US proposal" */
	POS_HOW_SHARED,		/* the subject of an earlier cue in the same
				   clause ("X urged ..., warning ...") */
	POS_HOW_TURN,		/* the speaker of a transcript turn ("Name:") */
	POS_HOW_TITLE,		/* the author a title names ("Speech by X") */
	POS_HOW_ADDRESS,	/* the nation an address greets speaks for
				   itself ("Ukrainians!") */
	POS_HOW_ENEMY,		/* "the occupiers": the side the text's
				   language calls its foe */
	POS_HOW_PARTIES,	/* "the parties" of a readout: the two who
				   met or called */
	POS_HOW_COUNT
};

enum pos_flags {
	POS_NEGATED = 1 << 0,	/* a negation touched the chain */
	POS_CHAINED = 1 << 1,	/* the cue's object was another cue */
};

/* One position: a holder's stance on an issue, with its evidence. */
struct position {
	uint32_t	 article;	/* corpus index (a->index) */
	uint32_t	 sentence;	/* index into article->sents */
	uint32_t	 start, end;	/* the sentence, bytes */
	uint32_t	 cue_start, cue_end;	/* the head cue, bytes */
	uint32_t	 trigger_start, trigger_end;
	uint32_t	 holder_start, holder_end;  /* the holder's mention,
					   or the speaker's; 0, 0 if none */
	int		 issue;		/* index into the pos_dict issues */
	enum side	 side;
	int		 stance;	/* enum pos_stance */
	enum pos_modality modality;
	enum pos_how	 how;
	int		 actor;		/* actor id in the actor_set, or -1 */
	char		*holder;	/* holder's name (owned) */
	const char	*cue;		/* the cue's class ("reject"), static */
	unsigned	 flags;		/* enum pos_flags */
};

/* The positions of one article or a corpus, in text order. */
struct pos_set {
	struct position	*v;
	size_t		 n;
	size_t		 alloc;
	/* positions_corpus: how the articles were served. */
	size_t		 cached;	/* articles taken from the cache */
	size_t		 extracted;	/* articles extracted */
	int		 cache_rejected; /* 1: the cache file was damaged */
};

void	pos_set_init(struct pos_set *);
void	pos_set_release(struct pos_set *);

/*
 * Load the data files (issues, triggers, cues, markers) from
 * datadir/positions/ and then userdir (either may be NULL; a missing
 * directory or file is not an error): user lines extend the shipped ones.
 * A malformed line is reported through n as "FILE:LINE: what" and skipped.
 * Returns a new dictionary, or NULL with *cause when a file exists but
 * cannot be read or no issue at all was defined.
 */
struct pos_dict	*pos_dict_load(const char *datadir, const char *userdir,
		    const struct notify *n, char **cause);
void		 pos_dict_free(struct pos_dict *);

/*
 * Lint one data file (type from its base name: issues, triggers, cues,
 * markers); problems go through n.  Returns the number of problems, or -1
 * with *cause.
 */
int		 pos_dict_check_file(const char *path,
		    const struct notify *n, char **cause);

/* 1 when path names a positions data file (by its base name). */
int		 pos_dict_is_file(const char *path);

/*
 * Lint every positions data file as it would be loaded: datadir/positions/
 * and then userdir (either may be NULL; a missing user file is fine).
 * Problems go through n as "FILE:LINE: what".  Returns 0, or -1 with
 * *cause when a file cannot be read or no issue is defined.
 */
int		 pos_dict_check_dirs(const char *datadir, const char *userdir,
		    const struct notify *n, char **cause);

/*
 * 1 when the data files hold words of language lang (an article's
 * language: "en", "ru", "uk-UA"; the part before '-' or '_' counts,
 * without regard to case): the plain files are English, "cues.ru" and
 * the like add their language.  Positions are looked for only in the
 * languages the files hold: the words of one would find nothing true in
 * another.
 */
int		 pos_dict_reads(const struct pos_dict *, const char *lang);

/* A fingerprint of everything loaded, for cache keys. */
uint64_t	 pos_dict_version(const struct pos_dict *);

/* Issues, in file order: "ceasefire", and a one-line description. */
size_t		 pos_dict_nissues(const struct pos_dict *);
const char	*pos_dict_issue_id(const struct pos_dict *, int issue);
/* The issue with that id, or -1. */
int		 pos_dict_issue_find(const struct pos_dict *, const char *id);

/*
 * A holder candidate handed to the extractor: one actor mention.  The
 * actors layer supplies these (positions_article); tests may build them.
 */
struct pos_mention {
	uint32_t	 start, end;	/* bytes in the file */
	enum side	 side;
	enum actor_kind	 kind;
	int		 actor;		/* actor id, or -1 */
	const char	*name;		/* canonical name (borrowed) */
	unsigned	 flags;		/* enum mention_flags (actors.h), or 0 */
};

/*
 * The positions of article a (text loaded, a->text) given its actor
 * mentions m[0..nm), sorted by start.  Appends to set, every modality
 * (filter on modality for the default view).  Never fails.  The working
 * memory follows one paragraph, or for a giant paragraph (thousands of
 * sentences on one line) one window of it: a quote's speaker is then not
 * shared across a window boundary.
 */
void	positions_article_mentions(struct pos_set *, const struct pos_dict *,
	    struct article *a, const struct pos_mention *m, size_t nm);

/*
 * The same with the mentions of article a taken from an actor set that
 * already holds them (actors_extract_article or _corpus).
 */
void	positions_article(struct pos_set *, const struct pos_dict *,
	    const struct actor_set *, struct article *a);

/*
 * Every article of the corpus: loads each article's text, takes its
 * mentions from the actor set (which must cover the corpus), and unloads
 * it again.  A file that cannot be read is warned about and skipped.
 * Uses the per-article cache next to the catalogue when the corpus has
 * one (pos-cache.h): an article whose bytes, mentions and data files are
 * unchanged is not read at all; a damaged cache is ignored and rewritten,
 * one that cannot be written is only warned about; the result is the same
 * with or without it.  Returns 0, or -1 with *cause when cancelled.
 */
int	positions_corpus(struct pos_set *, const struct pos_dict *,
	    const struct actor_set *, struct corpus *,
	    const struct notify *, char **cause);

/* "support" / "oppose"; "stated", "conditional", ...; "subject", ... */
const char	*pos_stance_name(int stance);
const char	*pos_modality_name(enum pos_modality);
const char	*pos_how_name(enum pos_how);

#endif

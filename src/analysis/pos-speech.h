/*
 * pos-speech: the speakers of the sentences of a window.
 *
 * A sentence has at most one speaker (s->has_spk, s->spk), set by the
 * first rule that finds one, covering its tokens [t0 + s->s0, t0 +
 * s->s1); s->spk owns a copy of any name the speaker owns.  Call, per
 * window: pos_speech_cue() for every speech cue and pos_speech_according()
 * as each sentence is prepared, then pos_speech_quotes(), then
 * pos_speech_title() on a title's first sentence, then
 * pos_speech_defaults().  Nothing here fails (out of memory is fatal).
 */
#ifndef DEMARCHE_POS_SPEECH_H
#define DEMARCHE_POS_SPEECH_H

struct pos_ctx;
struct pos_item;
struct pos_sent;

/*
 * The holders of speech cue it ("said", "told") and, unless negated, the
 * speaker of the part of s it introduces: the words after it when two
 * or more follow, else those before it.
 */
void	pos_speech_cue(struct pos_ctx *ctx, struct pos_sent *s,
	    struct pos_item *it);

/* "according to X" anywhere in s: X speaks all of it. */
void	pos_speech_according(struct pos_ctx *ctx, struct pos_sent *s);

/* Sentences of the window inside one quote share the speaker found in
   any of them; sets every sentence's inquote and opens. */
void	pos_speech_quotes(struct pos_ctx *ctx);

/*
 * A title that gives the text to one speaker ("Speech by X", "Interview
 * with Y"), whose first sentence is s: the first person (else actor)
 * named after the phrase becomes ctx->author.
 */
void	pos_speech_title(struct pos_ctx *ctx, struct pos_sent *s);

/*
 * An address that opens by greeting a nation ("Ukrainians!", "Great
 * people of a great Ukraine!"), alone or at the head of the article's
 * first block after its title, no title having named an author: the
 * nation greeted becomes ctx->author, or the person a headline's dash
 * gave its words to ("... - Volodymyr Zelenskyy"), so that the unsigned
 * address's "we" and its subjectless verbs are that side's.  Looked for
 * once per article.  Failing that, a window in a language with a home
 * side (class "home": Ukrainian) that says "we" three times outside
 * quotes, in no transcript, makes the text an address of that side's.
 */
void	pos_speech_greeting(struct pos_ctx *ctx);

/*
 * Default speakers of the window's sentences (paragraph: 1 for a
 * paragraph, 0 for a heading or title): the transcript turn in force,
 * which a label in the paragraph may open or make silent (a questioner's
 * turn states nothing); "X said:" before a quote; the title's author.
 * Notes a paragraph that ends "X said:" for the next one.
 */
void	pos_speech_defaults(struct pos_ctx *ctx, int paragraph);

#endif

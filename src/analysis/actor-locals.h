/*
 * actor-locals: the persons and organisations found in the article being
 * extracted that the dictionary does not know (struct local,
 * actor-internal.h), and the name tables that find a person again by
 * full name or by surname.
 *
 * A local is named by its index in x->locals; a dictionary person in the
 * tables by -2 - its entry; -1 means none.  Locals, their strings and the
 * tables belong to the window being extracted and are freed by
 * actor_locals_release().  A rule is a static text that --explain shows,
 * kept by pointer, never copied.  These functions may overwrite the
 * scratch buffers x->key and x->fold2.  Nothing here fails (out of memory
 * is fatal).
 */
#ifndef DEMARCHE_ACTOR_LOCALS_H
#define DEMARCHE_ACTOR_LOCALS_H

#include <stddef.h>

#include "analysis/dict.h"

struct ax;
struct item;

/* The rule of a relative of a person in the article ("Grace Mugabe" after
   "Robert Mugabe"); compared by address. */
extern const char actor_locals_relative_rule[];

/*
 * The local of NAME item k, added with kind and the rule that made it one
 * (and side and side_rule, SIDE_NONE for none) when its full name is new;
 * a local already there only takes a side it lacked.  A person's surname
 * is registered for short forms, unless it is a relative's.  Returns the
 * local, or -2 - entry when the name is a dictionary person's long form.
 */
int	actor_locals_add(struct ax *x, size_t k, enum actor_kind kind,
	    const char *rule, enum side side, const char *side_rule);

/* The local (or -2 - entry) a NAME item names, by full name or, for one
   word, by surname (adding MENTION_PARTIAL to *flags); -1 when none. */
int	actor_locals_find(struct ax *x, struct item *it, unsigned *flags);

/* Register the last word of item it, of two words or more, as the surname
   of value (a local, or -2 - entry). */
void	actor_locals_surname(struct ax *x, struct item *it, int value);

/*
 * 1 when NAME item it, of three words or more, is a longer form of a
 * person already known, with the same first and last words ("Robert
 * Gabriel Mugabe" after "Robert Mugabe"): it is then noted as that
 * person's full name.  0 otherwise.
 */
int	actor_locals_variant(struct ax *x, struct item *it);

/* Give every local without a side in the text its default side and the
   rule that gave it (a title's holder serves the state the article is
   mostly about, anyone else is OTH, ...). */
void	actor_locals_default_sides(struct ax *x);

/* Free the locals and empty the name tables. */
void	actor_locals_release(struct ax *x);

#endif

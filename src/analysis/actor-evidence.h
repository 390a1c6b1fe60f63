/*
 * actor-evidence: what the items around an item say about it, for the
 * resolver (actor-resolve.h).
 *
 * Both functions take an item index k into x->items and read the items
 * of k's sentence only.  A rule is a static text that --explain shows
 * ("title before the name", ...), or actor_locals_relative_rule; the
 * caller keeps it by pointer.  Nothing here allocates except through the
 * scratch buffer x->key, which may be overwritten.
 */
#ifndef DEMARCHE_ACTOR_EVIDENCE_H
#define DEMARCHE_ACTOR_EVIDENCE_H

#include <stddef.h>

#include "analysis/dict.h"

struct ax;

/*
 * Choose the dictionary entry of ACTOR item k (it->entry) among its
 * matches: an entry already mentioned in the article first, then one with
 * a role at the article's date.  A capital is the city after a place
 * preposition or a verb of travel, else its state (MENTION_METONYM); a
 * demonym gets MENTION_DEMONYM.  The entry is marked seen.
 */
void	actor_evidence_entry(struct ax *x, size_t k);

/*
 * The evidence that NAME item k is a person: the rule, or NULL when
 * nothing says so; *side is set to the side the same evidence gives, or
 * SIDE_NONE (its value means nothing when NULL is returned).  The entries
 * of items before k must be chosen already; after k, an item's first
 * dictionary match stands in for its entry.
 */
const char *actor_evidence_person(struct ax *x, size_t k, enum side *side);

#endif

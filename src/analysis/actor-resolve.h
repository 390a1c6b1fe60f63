/*
 * actor-resolve: the third step of extraction, the items of a window
 * (actor-items.h) made into actors and mentions of x->set.
 *
 * Call actor_resolve_first(), then actor_locals_default_sides(), then
 * actor_resolve_mentions() once per window.  Mentions are appended to
 * x->set in text order with article x->a->index; actors are added to the
 * set or found there by key (actor-set.h), so an actor keeps one id
 * across windows and articles.  Nothing here fails (out of memory is
 * fatal).
 */
#ifndef DEMARCHE_ACTOR_RESOLVE_H
#define DEMARCHE_ACTOR_RESOLVE_H

struct ax;

/* First pass: the entry of every ACTOR item, and the persons and
   organisations (locals) the rules establish from NAME items. */
void	actor_resolve_first(struct ax *x);

/* Second pass: a mention for every item that names an actor, in text
   order, with the actor's aliases, titles and descriptions. */
void	actor_resolve_mentions(struct ax *x);

#endif

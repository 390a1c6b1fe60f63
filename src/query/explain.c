/*
 * The words of --explain for one position (see explain.h).
 */
#include "config.h"

#include "analysis/actors.h"
#include "analysis/positions.h"
#include "base/buf.h"
#include "query/explain.h"
#include "text/article.h"

const char *
explain_side_source(const struct position *p, const struct actor_set *as)
{
	if (as != NULL && p->actor >= 0 && (size_t)p->actor < as->n &&
	    as->actors[p->actor].side_why.rule != NULL)
		return as->actors[p->actor].side_why.rule;
	if (p->actor < 0 && p->how == POS_HOW_ADDRESS)
		return "the language of the address";
	if (p->actor < 0 && p->how == POS_HOW_ENEMY)
		return "the foe its language names (class foe)";
	if (p->actor < 0 && p->how == POS_HOW_PRONOUN)
		return "the person the pronoun refers to";
	if (p->actor < 0)
		return "the holder it shares, no actor of its own";
	return "actors";
}

static void
explain_span(struct buf *b, const struct article *a, uint32_t start,
    uint32_t end)
{
	if (a != NULL && a->text != NULL && start <= end && end <= a->len)
		buf_add(b, a->text + start, end - start);
}

void
explain_position(struct buf *b, const char *indent, const struct article *a,
    const struct position *p, const struct actor_set *as)
{
	buf_printf(b, "%s\tcue \"", indent);
	explain_span(b, a, p->cue_start, p->cue_end);
	buf_printf(b, "\" (%s%s), trigger \"", p->cue,
	    (p->flags & POS_CHAINED) ? ", chained" : "");
	explain_span(b, a, p->trigger_start, p->trigger_end);
	buf_printf(b, "\", %s, %s\n%s\tholder \"", (p->flags & POS_NEGATED) ?
	    "negated" : "not negated", pos_modality_name(p->modality), indent);
	if (p->holder_end > p->holder_start)
		explain_span(b, a, p->holder_start, p->holder_end);
	else
		buf_adds(b, p->holder);		/* named by no word */
	buf_printf(b, "\" found as %s; side %s from %s\n",
	    pos_how_name(p->how), side_name(p->side),
	    explain_side_source(p, as));
}

/*
 * Keys of evidence (see evidence.h).
 */
#include "config.h"

#include <inttypes.h>
#include <stdlib.h>

#include "analysis/positions.h"
#include "base/hash.h"
#include "base/xmalloc.h"
#include "query/evidence.h"
#include "text/article.h"

char *
evidence_key(const struct article *a, const struct position *p,
    const struct pos_dict *pd)
{
	if (a->text == NULL || p->start > p->end || p->end > a->len)
		return NULL;
	return xasprintf("%016" PRIx64 " %s %s %s",
	    hash64(a->text + p->start, p->end - p->start, HASH_SEED),
	    pos_dict_issue_id(pd, p->issue), side_name(p->side), a->id);
}

const char *
evidence_key_article(const char *key)
{
	int	sp = 0;

	for (; *key != '\0' && sp < 3; key++)
		sp += *key == ' ';
	return sp == 3 && *key != '\0' ? key : NULL;
}

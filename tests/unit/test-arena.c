/* arena: strings copied and kept, alignment, large requests, release. */
#include "config.h"

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "tap.h"

int
main(void)
{
	struct arena	 ar = { 0 };
	char		*s[5000], *big, *t;
	void		*p;
	size_t		 i;
	int		 same = 1;

	t = arena_strndup(&ar, "Zaporizhzhia", 5);
	is_str(t, "Zapor", "strndup cuts and terminates");
	is_str(arena_strndup(&ar, "ab\0cd", 5), "ab", "strndup stops at a NUL");
	is_str(arena_strdup(&ar, ""), "", "an empty string");
	p = arena_alloc(&ar, 24);
	ok((uintptr_t)p % alignof(max_align_t) == 0, "alloc is aligned");
	p = arena_alloc(&ar, 0);
	ok(p != NULL, "a zero-byte alloc gives a pointer");
	for (i = 0; i < 5000; i++) {
		char num[32];
		snprintf(num, sizeof num, "article-%zu", i);
		s[i] = arena_strdup(&ar, num);
	}
	big = arena_alloc(&ar, 100000);
	memset(big, 'x', 100000);
	t = arena_strdup(&ar, "after the big one");
	for (i = 0; i < 5000; i++) {
		char num[32];
		snprintf(num, sizeof num, "article-%zu", i);
		same &= strcmp(s[i], num) == 0;
	}
	ok(same, "strings over many blocks stay put and intact");
	is_str(t, "after the big one", "a large request leaves the block in use");
	is_str(arena_strndup(&ar, "Zaporizhzhia", 12), "Zaporizhzhia",
	    "still usable");
	arena_release(&ar);
	ok(ar.blocks == NULL && ar.used == 0 && ar.size == 0,
	    "release empties the arena");
	is_str(arena_strdup(&ar, "again"), "again", "usable after release");
	{
		struct arena	 other = { 0 }, empty = { 0 };
		char		*o[3000], *mine;

		for (i = 0; i < 3000; i++) {
			char num[32];
			snprintf(num, sizeof num, "other-%zu", i);
			o[i] = arena_strdup(&other, num);
		}
		arena_join(&ar, &other);
		arena_join(&ar, &empty);
		mine = arena_strdup(&ar, "after the join");
		for (i = 0; i < 3000; i++) {
			char num[32];
			snprintf(num, sizeof num, "other-%zu", i);
			same &= strcmp(o[i], num) == 0;
		}
		ok(same && other.blocks == NULL && strcmp(mine,
		    "after the join") == 0, "join: the other's strings kept, "
		    "the other empty, the arena still usable");
		arena_join(&empty, &ar);
		ok(ar.blocks == NULL && strcmp(o[0], "other-0") == 0,
		    "join into an empty arena moves all");
		arena_release(&empty);
	}
	arena_release(&ar);
	return tap_done();
}

/*
 * test-maps: the string map, the integer map and the map of dense ids of
 * base/ against a simple model, through their growth, with the odd keys
 * (empty, with NUL bytes, the integer 0).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/idmap.h"
#include "base/intmap.h"
#include "base/strmap.h"
#include "tap.h"

static uint64_t	rng = 0x853c49e6748fea9bull;

static void
test_strmap(void)
{
	struct strmap	m = { 0 };
	char		k[32];
	int		added, *v, bad = 0, i;

	v = strmap_put(&m, "", 0, &added);
	ok(v != NULL && added && *v == -1, "the empty key is added, -1");
	*v = 7;
	v = strmap_put(&m, "a\0b", 3, &added);
	ok(!added || *v == -1, "a key with a NUL byte is added");
	*v = 8;
	ok(strmap_get(&m, "a", 1) == NULL, "'a' is not 'a\\0b'");
	ok(strmap_get(&m, "", 0) != NULL && *strmap_get(&m, "", 0) == 7,
	    "the empty key keeps its value");
	for (i = 0; i < 10000; i++) {
		snprintf(k, sizeof k, "key%d", i);
		v = strmap_put(&m, k, strlen(k), &added);
		if (!added)
			bad++;
		*v = i;
	}
	for (i = 0; i < 10000; i++) {
		snprintf(k, sizeof k, "key%d", i);
		v = strmap_get(&m, k, strlen(k));
		if (v == NULL || *v != i)
			bad++;
		strmap_put(&m, k, strlen(k), &added);
		if (added)
			bad++;
	}
	is_int(bad, 0, "10,000 keys through growth: each found with its value");
	is_int(m.n, 10002, "the map counts its keys");
	ok(strmap_get(&m, "key10000", 8) == NULL, "an absent key is NULL");
	strmap_release(&m);
	ok(m.n == 0 && strmap_get(&m, "key1", 4) == NULL,
	    "released: empty again");
}

static void
test_intmap(void)
{
	struct intmap	 m = { 0 };
	uint64_t	*keys;
	uint32_t	*v;
	size_t		 i, n = 100000;
	int		 added, bad = 0;

	ok(intmap_get(&m, 5) == NULL && intmap_get(&m, 0) == NULL,
	    "an empty map holds nothing");
	keys = calloc(n, sizeof *keys);
	for (i = 0; i < n; i++) {
		keys[i] = i == 0 ? 0 : ((uint64_t)tap_rand(&rng, 1u << 30) <<
		    32 | tap_rand(&rng, 1u << 30)) | 1;
		v = intmap_put(&m, keys[i], &added);
		if (!added)
			bad++;
		*v = (uint32_t)i;
	}
	for (i = 0; i < n; i++) {
		v = intmap_get(&m, keys[i]);
		if (v == NULL || *v != (uint32_t)i)
			bad++;
		intmap_put(&m, keys[i], &added);
		if (added)
			bad++;
	}
	is_int(bad, 0, "100,000 keys, 0 among them: each found, once");
	is_int(m.n, n, "the map counts its keys");
	ok(intmap_get(&m, 2) == NULL, "an absent key is NULL");
	intmap_release(&m);
	ok(m.n == 0 && intmap_get(&m, keys[1]) == NULL,
	    "released: empty again");
	free(keys);
}

static void
test_idmap(void)
{
	struct idmap	   m = { 0 };
	struct idmap_slot *s;
	uint64_t	  *keys, *back;
	size_t		   i, n = 100000;
	int		   bad = 0;

	ok(idmap_get(&m, 5) == NULL && idmap_get(&m, 0) == NULL,
	    "an empty id map holds nothing");
	keys = calloc(n, sizeof *keys);
	back = calloc(n, sizeof *back);
	for (i = 0; i < n; i++) {
		keys[i] = i == 7 ? 0 : ((uint64_t)tap_rand(&rng, 1u << 30) <<
		    33 | tap_rand(&rng, 1u << 30)) | 1;
		idmap_prefetch(&m, keys[i]);
		s = idmap_put(&m, keys[i]);
		if (s->key != keys[i] || s->id != i ||
		    s->mark != IDMAP_NOMARK)
			bad++;
		s->mark = (uint32_t)i * 3;
	}
	for (i = 0; i < n; i++) {
		s = idmap_get(&m, keys[i]);
		if (s == NULL || s->id != i || s->mark != (uint32_t)i * 3)
			bad++;
		if (idmap_put(&m, keys[i]) != s)
			bad++;
	}
	is_int(bad, 0, "100,000 keys, 0 among them: ids in order of first "
	    "sight, marks kept through growth");
	is_int(m.n, n, "the id map counts its keys");
	ok(idmap_get(&m, 2) == NULL, "an absent key is NULL");
	idmap_keys(&m, back);
	ok(memcmp(keys, back, n * sizeof *keys) == 0,
	    "idmap_keys gives each id its key, 0 included");
	idmap_release(&m);
	ok(m.n == 0 && idmap_get(&m, keys[1]) == NULL,
	    "released: empty again");
	s = idmap_put(&m, 0);
	ok(s->id == 0 && m.n == 1, "the key 0 first: id 0");
	idmap_release(&m);
	free(back);
	free(keys);
}

int
main(void)
{
	test_strmap();
	test_intmap();
	test_idmap();
	return tap_done();
}

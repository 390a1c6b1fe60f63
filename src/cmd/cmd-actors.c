/*
 * demarche actors: the people, states and organisations of a corpus, with
 * their sides, sorted by mentions; and demarche dict --check, the
 * dictionary linter.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "analysis/actors.h"
#include "analysis/dict.h"
#include "analysis/positions.h"
#include "base/buf.h"
#include "base/json.h"
#include "base/notify.h"
#include "base/xdg.h"
#include "base/xmalloc.h"
#include "cmd/cmd.h"
#include "query/limit.h"
#include "text/article.h"
#include "text/corpus.h"

struct actors_opts {
	int		 json;
	int		 explain;
	int		 stats;		/* --stats: cache use on stderr */
	int		 side;		/* enum side, or -1 for all */
	int		 kind;		/* enum actor_kind, or -1 for all */
	struct limit	*limit;		/* --limit and --lang, or NULL */
	char		*limit_text;	/* their text (cmd_limit_option) */
};

static void
actors_warn(void *arg, const char *msg)
{
	int	*count = arg;

	if (count != NULL)
		(*count)++;
	cmd_error("%s", msg);
}

/* Load the shipped and user dictionaries, warnings on stderr. */
static struct dict *
actors_load_dict(int *problems)
{
	struct notify	 n = { actors_warn, NULL, problems, NULL };
	struct dict	*d;
	char		*user, *cause = NULL;

	user = xdg_dir(XDG_CONFIG, 0, &cause);
	free(cause);
	cause = NULL;
	d = dict_load(cmd_data_dir(), user, &n, &cause);
	free(user);
	if (d == NULL) {
		cmd_error("%s", cause);
		free(cause);
	}
	return d;
}

static int
actors_wanted(const struct actors_opts *o, const struct actor *ac)
{
	if (ac->mentions == 0)		/* none left in the limit */
		return 0;
	if (o->side >= 0 && (int)ac->side != o->side)
		return 0;
	if (o->kind >= 0 && (int)ac->kind != o->kind)
		return 0;
	return 1;
}

static void
actors_json_strings(struct json *j, const char *key, char **v, size_t n)
{
	size_t	i;

	json_key(j, key);
	json_begin_array(j);
	for (i = 0; i < n; i++)
		json_string(j, v[i]);
	json_end_array(j);
}

/* The "explain" object of one reason. */
static void
actors_json_why(struct json *j, const char *key, const struct actor_why *w,
    struct corpus *c)
{
	struct article	*a;

	json_key(j, key);
	json_begin_object(j);
	json_kv_string(j, "rule", w->rule != NULL ? w->rule : "");
	if (w->file != NULL) {
		json_kv_string(j, "dict", w->file);
		json_kv_int(j, "line", w->line);
	}
	if (w->article >= 0 && (size_t)w->article < c->n) {
		a = c->articles[w->article];
		if (cmd_article_text(a) != NULL) {
			json_key(j, "sentence");
			json_begin_object(j);
			article_span_json(j, a, w->start, w->end);
			json_key(j, "text");
			json_string_n(j, a->text + w->start, w->end - w->start);
			json_end_object(j);
		}
	}
	json_end_object(j);
}

/*
 * The mentions of each actor: those of actor k are
 * set->mentions[by[first[k]] .. by[first[k + 1]]), in the set's order.
 */
struct actors_by_actor {
	size_t	*first;
	size_t	*by;
};

static void
actors_group_mentions(const struct actor_set *set, struct actors_by_actor *g)
{
	size_t	i, *fill;

	g->first = xcalloc(set->n + 2, sizeof *g->first);
	g->by = xcalloc(set->nmentions + 1, sizeof *g->by);
	for (i = 0; i < set->nmentions; i++)
		g->first[set->mentions[i].actor + 2]++;
	for (i = 2; i < set->n + 2; i++)
		g->first[i] += g->first[i - 1];
	fill = g->first + 1;
	for (i = 0; i < set->nmentions; i++)
		g->by[fill[set->mentions[i].actor]++] = i;
}

static void
actors_json_actor(struct json *j, const struct actor_set *set, size_t id,
    struct corpus *c, const struct actors_by_actor *g,
    const struct actors_opts *o)
{
	const struct actor	*ac = &set->actors[id];
	const struct actor_mention *m;
	struct article		*a;
	size_t			 i;

	json_begin_object(j);
	json_kv_string(j, "name", ac->name);
	json_kv_string(j, "kind", actor_kind_name(ac->kind));
	json_kv_string(j, "side", side_name(ac->side));
	actors_json_strings(j, "aliases", ac->aliases, ac->naliases);
	actors_json_strings(j, "titles", ac->titles, ac->ntitles);
	json_kv_int(j, "mentions", ac->mentions);
	json_key(j, "articles");
	json_begin_array(j);
	for (i = 0; i < ac->narticles; i++)
		json_string(j, c->articles[ac->articles[i]]->file);
	json_end_array(j);
	json_key(j, "spans");
	json_begin_array(j);
	for (i = g->first[id]; i < g->first[id + 1]; i++) {
		m = &set->mentions[g->by[i]];
		a = c->articles[m->article];
		if (cmd_article_text(a) == NULL)
			continue;
		json_begin_object(j);
		article_span_json(j, a, m->start, m->end);
		json_kv_string(j, "kind", actor_kind_name(m->kind));
		json_end_object(j);
	}
	json_end_array(j);
	json_key(j, "descriptions");
	json_begin_array(j);
	for (i = 0; i < ac->ndescs; i++) {
		a = c->articles[ac->descs[i].article];
		if (cmd_article_text(a) != NULL)
			json_string_n(j, a->text + ac->descs[i].start,
			    ac->descs[i].end - ac->descs[i].start);
	}
	json_end_array(j);
	if (o->explain) {
		json_key(j, "explain");
		json_begin_object(j);
		actors_json_why(j, "side", &ac->side_why, c);
		actors_json_why(j, "kind", &ac->kind_why, c);
		json_end_object(j);
	}
	json_end_object(j);
}

/* Append s[0..len) with each run of white space made one space. */
static void
actors_flat(struct buf *b, const char *s, size_t len)
{
	size_t	i;
	int	space = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
		    s[i] == '\r') {
			space = 1;
			continue;
		}
		if (space)
			buf_addc(b, ' ');
		space = 0;
		buf_addc(b, s[i]);
	}
}

/* One line of --explain text for a reason. */
static void
actors_text_why(const char *what, const struct actor_why *w,
    struct corpus *c)
{
	struct article	*a;
	struct buf	 b;

	buf_init(&b);
	buf_printf(&b, "\t%s: %s", what, w->rule != NULL ? w->rule : "");
	if (w->file != NULL)
		buf_printf(&b, " (%s:%u)", w->file, w->line);
	if (w->article >= 0 && (size_t)w->article < c->n) {
		a = c->articles[w->article];
		buf_printf(&b, " in %s", a->file);
		if (cmd_article_text(a) != NULL) {
			buf_adds(&b, ": \"");
			actors_flat(&b, a->text + w->start, w->end - w->start);
			buf_adds(&b, "\"");
		}
	}
	buf_addc(&b, '\n');
	cmd_out(b.data);
	buf_release(&b);
}

static void
actors_text_actor(const struct actor_set *set, size_t id, struct corpus *c,
    const struct actors_opts *o)
{
	const struct actor	*ac = &set->actors[id];
	struct buf		 b;
	size_t			 i;

	buf_init(&b);
	buf_printf(&b, "%6u  %-4s  %-6s  %s", ac->mentions,
	    side_name(ac->side), actor_kind_name(ac->kind), ac->name);
	for (i = 0; i < ac->naliases; i++)
		buf_printf(&b, "%s%s", i == 0 ? "  (" : ", ", ac->aliases[i]);
	if (ac->naliases > 0)
		buf_addc(&b, ')');
	buf_addc(&b, '\n');
	cmd_out(b.data);
	buf_release(&b);
	if (o->explain) {
		actors_text_why("side", &ac->side_why, c);
		actors_text_why("kind", &ac->kind_why, c);
	}
}

static void
actors_print(const struct actor_set *set, struct corpus *c,
    const struct actors_opts *o)
{
	struct actors_by_actor	 g = { NULL, NULL };
	struct json		 j;
	size_t			*order, i;

	order = actor_set_rank(set);
	if (o->json) {
		actors_group_mentions(set, &g);
		json_init(&j, stdout, JSON_PRETTY);
		json_begin_array(&j);
	}
	for (i = 0; i < set->n; i++) {
		if (!actors_wanted(o, &set->actors[order[i]]))
			continue;
		if (o->json)
			actors_json_actor(&j, set, order[i], c, &g, o);
		else
			actors_text_actor(set, order[i], c, o);
	}
	if (o->json) {
		json_end_array(&j);
		json_finish(&j);
	}
	free(g.first);
	free(g.by);
	free(order);
}

/* --stats: what the extraction took from the cache, on stderr. */
static void
actors_stats(const struct actor_set *set, const struct corpus *c,
    const struct timespec *t0, const struct timespec *t1)
{
	double	ms;

	ms = (double)(t1->tv_sec - t0->tv_sec) * 1e3 +
	    (double)(t1->tv_nsec - t0->tv_nsec) / 1e6;
	fprintf(stderr, "actors: %zu articles, %zu from the cache, %zu "
	    "extracted%s in %.1f ms\n", c->n, set->cached, set->extracted,
	    set->cache_rejected ? " (damaged cache ignored)" : "", ms);
}

static int
actors_parse_opts(int argc, char **argv, struct actors_opts *o)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "explain", no_argument, NULL, 'e' },
		{ "stats", no_argument, NULL, 'S' },
		{ "side", required_argument, NULL, 's' },
		{ "kind", required_argument, NULL, 'k' },
		{ "limit", required_argument, NULL, 'L' },
		{ "lang", required_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum side	 side;
	enum actor_kind	 kind;
	int		 ch;

	memset(o, 0, sizeof *o);
	o->side = o->kind = -1;
	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			o->json = 1;
			break;
		case 'e':
			o->explain = 1;
			break;
		case 'S':
			o->stats = 1;
			break;
		case 's':
			if (side_from_name(optarg, &side) != 0) {
				cmd_error("unknown side '%s'", optarg);
				return CMD_ERROR;
			}
			o->side = (int)side;
			break;
		case 'k':
			if (actor_kind_from_name(optarg, &kind) != 0) {
				cmd_error("unknown kind '%s'", optarg);
				return CMD_ERROR;
			}
			o->kind = (int)kind;
			break;
		case 'L':
		case 'g':
			if (cmd_limit_option(&o->limit, &o->limit_text,
			    ch == 'g', optarg) != 0) {
				free(o->limit_text);
				return CMD_ERROR;
			}
			break;
		case 'h':
			free(o->limit_text);
			cmd_print_usage(stdout, "actors", CMD_OK);
			return -1;
		default:
			free(o->limit_text);
			return cmd_print_usage(stderr, "actors", CMD_ERROR);
		}
	}
	free(o->limit_text);
	o->limit_text = NULL;
	return CMD_OK;
}

int
cmd_actors(int argc, char **argv)
{
	struct notify		 n = { actors_warn, NULL, NULL, NULL };
	struct actors_opts	 o;
	struct actor_set	 set;
	struct corpus		 c;
	struct dict		*d;
	struct timespec		 t0, t1;
	char			*cause = NULL;
	int			 r;

	if ((r = actors_parse_opts(argc, argv, &o)) != CMD_OK) {
		limit_free(o.limit);
		return r == -1 ? CMD_OK : r;
	}
	if ((d = actors_load_dict(NULL)) == NULL ||
	    cmd_open_corpus(&c, argv + optind, argc - optind, 0) != 0) {
		dict_free(d);
		limit_free(o.limit);
		return CMD_ERROR;
	}
	actor_set_init(&set);
	r = CMD_OK;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (actors_extract_corpus(&set, d, &c, &n, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
		r = CMD_ERROR;
	} else if (cmd_limit_cut(o.limit, &c, &set, NULL, NULL) != 0)
		r = CMD_ERROR;
	else {
		clock_gettime(CLOCK_MONOTONIC, &t1);
		if (o.stats)
			actors_stats(&set, &c, &t0, &t1);
		actors_print(&set, &c, &o);
	}
	actor_set_release(&set);
	limit_free(o.limit);
	cmd_texts_release();
	corpus_release(&c);
	dict_free(d);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cmd_error("cannot write the output");
		return CMD_ERROR;
	}
	return r;
}

/* Lint every named file, or every dictionary when none is named. */
static int
dict_check_all(char **files, int nfiles, int *problems)
{
	static const char *names[] = { "countries", "actors", "titles",
	    "stop", "verbs", NULL };
	struct notify	 n = { actors_warn, NULL, NULL, NULL };
	char		*cause = NULL, *path, *user;
	int		 i, r, bad = 0;

	n.arg = problems;
	for (i = 0; i < nfiles; i++) {
		if ((r = pos_dict_is_file(files[i]) ?
		    pos_dict_check_file(files[i], &n, &cause) :
		    dict_check_file(files[i], &n, &cause)) < 0) {
			cmd_error("%s", cause);
			free(cause);
			cause = NULL;
			bad = 1;
		}
	}
	if (nfiles > 0)
		return bad;
	user = xdg_dir(XDG_CONFIG, 0, &cause);
	free(cause);
	cause = NULL;
	for (i = 0; names[i] != NULL; i++) {
		path = xasprintf("%s/dict/%s.dict", cmd_data_dir(), names[i]);
		if (dict_check_file(path, &n, &cause) < 0) {
			cmd_error("%s", cause);
			free(cause);
			cause = NULL;
			bad = 1;
		}
		free(path);
		if (user == NULL)
			continue;
		path = xasprintf("%s/%s.dict", user, names[i]);
		if (access(path, F_OK) == 0 &&
		    dict_check_file(path, &n, &cause) < 0) {
			cmd_error("%s", cause);
			free(cause);
			cause = NULL;
			bad = 1;
		}
		free(path);
	}
	if (pos_dict_check_dirs(cmd_data_dir(), user, &n, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
		bad = 1;
	}
	free(user);
	return bad;
}

int
cmd_dict(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "check", no_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int	ch, check = 0, problems = 0, bad;

	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			check = 1;
			break;
		case 'h':
			return cmd_print_usage(stdout, "dict", CMD_OK);
		default:
			return cmd_print_usage(stderr, "dict", CMD_ERROR);
		}
	}
	if (!check)
		return cmd_print_usage(stderr, "dict", CMD_ERROR);
	bad = dict_check_all(argv + optind, argc - optind, &problems);
	if (bad)
		return CMD_ERROR;
	return problems > 0 ? CMD_NONE : CMD_OK;
}

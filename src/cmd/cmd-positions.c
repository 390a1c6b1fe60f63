/*
 * demarche positions: what each side holds on each issue, with the
 * sentence that says so; and demarche diff: the matrix of issues x sides,
 * the pairwise diff of two sides, and one side over time.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/actors.h"
#include "analysis/dict.h"
#include "analysis/posdiff.h"
#include "analysis/positions.h"
#include "base/buf.h"
#include "base/json.h"
#include "base/notify.h"
#include "base/xdg.h"
#include "base/xmalloc.h"
#include "base/date.h"
#include "cmd/cmd.h"
#include "query/explain.h"
#include "query/limit.h"
#include "text/article.h"
#include "text/corpus.h"

/* The sides of the matrix, in column order (as in the TUI). */
static const enum side pos_columns[] = {
	SIDE_USA, SIDE_RUS, SIDE_UKR, SIDE_EUR, SIDE_OTH
};
#define POS_NCOLUMNS (sizeof pos_columns / sizeof pos_columns[0])

/* Everything one run needs: the corpus and what was found in it. */
struct pos_run {
	struct corpus	 c;
	struct dict	*ad;
	struct pos_dict	*pd;
	struct actor_set as;
	struct pos_set	 ps;
	int		 open;
};

struct pos_opts {
	int		 json;
	int		 all;
	int		 explain;
	int		 matrix;
	int		 stats;		/* --stats: cache use on stderr */
	int		 side;		/* enum side, or -1 */
	const char	*issue;
	const char	*since;
	struct limit	*limit;		/* --limit and --lang, or NULL */
	char		*limit_text;	/* their text (cmd_limit_option) */
	int		 rejected;	/* --rejected: only the rejected */
};

static void
pos_warn(void *arg, const char *msg)
{
	cmd_error("%s", msg);
}

static void
pos_run_release(struct pos_run *r)
{
	pos_set_release(&r->ps);
	if (r->open) {
		actor_set_release(&r->as);
		cmd_texts_release();
		corpus_release(&r->c);
	}
	if (r->pd != NULL)
		pos_dict_free(r->pd);
	if (r->ad != NULL)
		dict_free(r->ad);
}

/* Load the data, open the corpus, find actors and positions. */
static int
pos_run_open(struct pos_run *r, char **paths, int npaths)
{
	struct notify	 n = { pos_warn, NULL, NULL, NULL };
	char		*user, *cause = NULL;

	memset(r, 0, sizeof *r);
	pos_set_init(&r->ps);
	user = xdg_dir(XDG_CONFIG, 0, &cause);
	free(cause);
	cause = NULL;
	r->ad = dict_load(cmd_data_dir(), user, &n, &cause);
	if (r->ad != NULL)
		r->pd = pos_dict_load(cmd_data_dir(), user, &n, &cause);
	free(user);
	if (r->ad == NULL || r->pd == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return -1;
	}
	if (cmd_open_corpus(&r->c, paths, npaths, 0) != 0)
		return -1;
	r->open = 1;
	actor_set_init(&r->as);
	if (actors_extract_corpus(&r->as, r->ad, &r->c, &n, &cause) != 0 ||
	    positions_corpus(&r->ps, r->pd, &r->as, &r->c, &n, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
		return -1;
	}
	return 0;
}

static int
pos_parse_side(const char *s, enum side *side)
{
	if (side_from_name(s, side) != 0 || *side == SIDE_NONE) {
		cmd_error("unknown side '%s'", s);
		return -1;
	}
	return 0;
}

static int
pos_parse_opts(const char *cmd, int argc, char **argv, struct pos_opts *o)
{
	static const struct option longopts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "all", no_argument, NULL, 'a' },
		{ "explain", no_argument, NULL, 'e' },
		{ "matrix", no_argument, NULL, 'm' },
		{ "side", required_argument, NULL, 's' },
		{ "issue", required_argument, NULL, 'i' },
		{ "since", required_argument, NULL, 'S' },
		{ "stats", no_argument, NULL, 'T' },
		{ "limit", required_argument, NULL, 'L' },
		{ "lang", required_argument, NULL, 'g' },
		{ "rejected", no_argument, NULL, 'r' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int		 diff = strcmp(cmd, "diff") == 0, ch;
	enum side	 side;

	memset(o, 0, sizeof *o);
	o->side = -1;
	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if ((diff && (ch == 's' || ch == 'i' || ch == 'e' ||
		    ch == 'T' || ch == 'r')) ||
		    (!diff && (ch == 'm' || ch == 'S')))
			ch = '?';
		switch (ch) {
		case 'j':
			o->json = 1;
			break;
		case 'a':
			o->all = 1;
			break;
		case 'e':
			o->explain = 1;
			break;
		case 'm':
			o->matrix = 1;
			break;
		case 's':
			if (pos_parse_side(optarg, &side) != 0)
				return CMD_ERROR;
			o->side = (int)side;
			break;
		case 'i':
			o->issue = optarg;
			break;
		case 'S':
			o->since = optarg;
			break;
		case 'T':
			o->stats = 1;
			break;
		case 'r':
			o->rejected = 1;
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
			cmd_print_usage(stdout, cmd, CMD_OK);
			return -1;
		default:
			free(o->limit_text);
			return cmd_print_usage(stderr, cmd, CMD_ERROR);
		}
	}
	free(o->limit_text);
	o->limit_text = NULL;
	if (o->matrix && o->since != NULL)
		return cmd_print_usage(stderr, cmd, CMD_ERROR);
	return CMD_OK;
}

/* --- positions --------------------------------------------------------- */

static int
pos_wanted(const struct pos_run *r, const struct pos_opts *o,
    const struct position *p)
{
	if (!o->all && p->modality != POS_STATED)
		return 0;
	if (o->side >= 0 && (int)p->side != o->side)
		return 0;
	if (o->issue != NULL &&
	    strcmp(pos_dict_issue_id(r->pd, p->issue), o->issue) != 0)
		return 0;
	return 1;
}

static struct article *
pos_article(const struct pos_run *r, const struct position *p)
{
	struct article	*a;

	if (p->article >= r->c.n)
		return NULL;
	a = r->c.articles[p->article];
	cmd_article_text(a);	/* quoted below; NULL text when changed */
	return a;
}

static void
pos_json_text(struct json *j, const char *key, const struct article *a,
    uint32_t start, uint32_t end)
{
	json_key(j, key);
	if (a == NULL || a->text == NULL || end < start || end > a->len)
		json_null(j);
	else
		json_string_n(j, a->text + start, end - start);
}

static void
pos_json_position(struct json *j, const struct pos_run *r,
    const struct position *p, int explain)
{
	struct article	*a = pos_article(r, p);

	json_begin_object(j);
	json_kv_string(j, "issue", pos_dict_issue_id(r->pd, p->issue));
	json_kv_string(j, "side", side_name(p->side));
	json_kv_string(j, "stance", pos_stance_name(p->stance));
	json_kv_string(j, "cue", p->cue);
	pos_json_text(j, "cue_text", a, p->cue_start, p->cue_end);
	pos_json_text(j, "trigger", a, p->trigger_start, p->trigger_end);
	json_kv_string(j, "holder", p->holder);
	json_kv_string(j, "modality", pos_modality_name(p->modality));
	pos_json_text(j, "sentence", a, p->start, p->end);
	json_kv_int(j, "sentence_index", p->sentence);
	if (a != NULL && a->text != NULL)
		article_span_json(j, a, p->start, p->end);
	if (a != NULL)
		json_kv_string(j, "date", a->date);
	if (explain) {
		json_key(j, "explain");
		json_begin_object(j);
		json_kv_string(j, "cue_class", p->cue);
		pos_json_text(j, "cue", a, p->cue_start, p->cue_end);
		pos_json_text(j, "trigger", a, p->trigger_start,
		    p->trigger_end);
		json_key(j, "negated");
		json_bool(j, (p->flags & POS_NEGATED) != 0);
		json_key(j, "chained");
		json_bool(j, (p->flags & POS_CHAINED) != 0);
		json_kv_string(j, "modality", pos_modality_name(p->modality));
		json_kv_string(j, "holder_found_by", pos_how_name(p->how));
		pos_json_text(j, "holder_text", a, p->holder_start,
		    p->holder_end);
		json_kv_string(j, "side_from", explain_side_source(p, &r->as));
		json_end_object(j);
	}
	json_end_object(j);
}

/* "file:line" of a position's sentence. */
static void
pos_where(struct buf *b, const struct pos_run *r, const struct position *p)
{
	struct article	*a = pos_article(r, p);
	unsigned	 line = 0, col = 0;

	if (a == NULL) {
		buf_adds(b, "?");
		return;
	}
	if (a->text != NULL)
		article_line_col(a, p->start, &line, &col);
	buf_printf(b, "%s:%u", a->file, line);
}

#define POS_SPAN_MAX	400	/* bytes of evidence shown; past them an
				   ellipsis and the span */

/*
 * The text of a span on one line: a line break inside it (LF or CRLF)
 * is shown as a space, and a span longer than POS_SPAN_MAX bytes is cut
 * at a character boundary and ends with its byte span, so that a
 * one-line article of 300 MB is not reprinted for each position.
 */
static void
pos_add_span(struct buf *b, const struct article *a, uint32_t start,
    uint32_t end)
{
	uint32_t	i, stop = end;

	if (a == NULL || a->text == NULL || start > end || end > a->len)
		return;
	if (end - start > POS_SPAN_MAX) {
		stop = start + POS_SPAN_MAX;
		while (stop > start && ((unsigned char)a->text[stop] &
		    0xc0) == 0x80)
			stop--;
	}
	for (i = start; i < stop; i++) {
		if (a->text[i] == '\r' && i + 1 < stop &&
		    a->text[i + 1] == '\n')
			continue;
		buf_addc(b, a->text[i] == '\n' || a->text[i] == '\r' ? ' ' :
		    a->text[i]);
	}
	if (stop < end)
		buf_printf(b, "\xe2\x80\xa6 [bytes %u-%u]", start, end);
}

static void
pos_text_position(const struct pos_run *r, const struct position *p,
    int explain, const char *indent)
{
	struct article	*a = pos_article(r, p);
	struct buf	 b;

	buf_init(&b);
	buf_printf(&b, "%s%-4s %-7s %-20s %s (%s)", indent, side_name(p->side),
	    pos_stance_name(p->stance), pos_dict_issue_id(r->pd, p->issue),
	    p->holder, p->cue);
	if (p->modality != POS_STATED)
		buf_printf(&b, " [%s]", pos_modality_name(p->modality));
	buf_adds(&b, "  ");
	pos_where(&b, r, p);
	buf_printf(&b, "\n%s\t", indent);
	pos_add_span(&b, a, p->start, p->end);
	buf_addc(&b, '\n');
	if (explain)
		explain_position(&b, indent, a, p, &r->as);
	cmd_out(b.data);
	buf_release(&b);
}

/* --explain: the articles no position was looked for in, and why. */
static void
pos_language_notes(const struct pos_run *r, FILE *out)
{
	const struct article	*a;
	size_t			 i;

	for (i = 0; i < r->c.n; i++) {
		a = r->c.articles[i];
		if (pos_dict_reads(r->pd, a->language))
			continue;
		if (strcmp(a->language, "und") == 0)
			fprintf(out, "note: %s: its language could not be told "
			    "(too little text, or a mix of scripts): no "
			    "positions looked for\n", a->path);
		else
			fprintf(out, "note: %s: no data files for its language "
			    "(%s): no positions looked for\n", a->path,
			    a->language);
	}
}

static int
pos_flush(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cmd_error("cannot write the output");
		return CMD_ERROR;
	}
	return CMD_OK;
}

int
cmd_positions(int argc, char **argv)
{
	struct pos_opts	 o;
	struct pos_run	 r;
	struct json	 j;
	size_t		 i;
	int		 rv;

	if ((rv = pos_parse_opts("positions", argc, argv, &o)) != CMD_OK) {
		limit_free(o.limit);
		return rv == -1 ? CMD_OK : rv;
	}
	if (pos_run_open(&r, argv + optind, argc - optind) != 0 ||
	    cmd_limit_cut(o.limit, &r.c, &r.as, &r.ps, r.pd) != 0) {
		limit_free(o.limit);
		pos_run_release(&r);
		return CMD_ERROR;
	}
	limit_free(o.limit);
	cmd_rejected_cut(&r.c, &r.ps, r.pd, o.rejected);
	if (o.issue != NULL && pos_dict_issue_find(r.pd, o.issue) == -1) {
		cmd_error("unknown issue '%s'", o.issue);
		pos_run_release(&r);
		return CMD_ERROR;
	}
	if (o.json) {
		json_init(&j, stdout, JSON_PRETTY);
		json_begin_array(&j);
	}
	for (i = 0; i < r.ps.n; i++) {
		if (!pos_wanted(&r, &o, &r.ps.v[i]))
			continue;
		if (o.json)
			pos_json_position(&j, &r, &r.ps.v[i], o.explain);
		else
			pos_text_position(&r, &r.ps.v[i], o.explain, "");
	}
	if (o.json) {
		json_end_array(&j);
		json_finish(&j);
	}
	if (o.explain)
		pos_language_notes(&r, o.json ? stderr : stdout);
	if (o.stats)
		fprintf(stderr, "positions: %zu articles, %zu from the cache, "
		    "%zu extracted%s\n", r.c.n, r.ps.cached, r.ps.extracted,
		    r.ps.cache_rejected ? " (damaged cache ignored)" : "");
	pos_run_release(&r);
	return pos_flush();
}

/* --- diff -------------------------------------------------------------- */

static unsigned
pos_mask(const struct pos_opts *o)
{
	return o->all ? POSDIFF_ALL_MODALITIES : POSDIFF_STATED_ONLY;
}

static void
pos_matrix_json(const struct pos_run *r, const struct posdiff_matrix *m)
{
	const struct posdiff_cell	*c;
	struct json			 j;
	size_t				 i, k;

	json_init(&j, stdout, JSON_PRETTY);
	json_begin_array(&j);
	for (i = 0; i < m->nissues; i++) {
		json_begin_object(&j);
		json_kv_string(&j, "issue", pos_dict_issue_id(r->pd, (int)i));
		for (k = 0; k < POS_NCOLUMNS; k++) {
			c = posdiff_matrix_cell(m, (int)i, pos_columns[k]);
			json_key(&j, side_name(pos_columns[k]));
			json_begin_object(&j);
			json_key(&j, "stance");
			if (posdiff_cell_stance(c) == POSDIFF_NONE)
				json_null(&j);
			else
				json_string(&j, posdiff_stance_name(
				    posdiff_cell_stance(c)));
			json_kv_int(&j, "support", c->nsupport);
			json_kv_int(&j, "oppose", c->noppose);
			json_end_object(&j);
		}
		json_end_object(&j);
	}
	json_end_array(&j);
	json_finish(&j);
}

static void
pos_matrix_text(const struct pos_run *r, const struct posdiff_matrix *m)
{
	const struct posdiff_cell	*c;
	struct buf			 b;
	size_t				 i, k;
	char				 cell[32];

	buf_init(&b);
	buf_printf(&b, "%-20s", "issue");
	for (k = 0; k < POS_NCOLUMNS; k++)
		buf_printf(&b, " %-6s", side_name(pos_columns[k]));
	while (b.len > 0 && b.data[b.len - 1] == ' ')
		b.len--;
	buf_addc(&b, '\n');
	for (i = 0; i < m->nissues; i++) {
		buf_printf(&b, "%-20s", pos_dict_issue_id(r->pd, (int)i));
		for (k = 0; k < POS_NCOLUMNS; k++) {
			c = posdiff_matrix_cell(m, (int)i, pos_columns[k]);
			posdiff_cell_format(c, cell, sizeof cell);
			/* "±" is two bytes but one column. */
			buf_printf(&b, " %-*s", posdiff_cell_stance(c) ==
			    POSDIFF_BOTH ? 7 : 6, cell);
		}
		while (b.len > 0 && b.data[b.len - 1] == ' ')
			b.len--;
		buf_addc(&b, '\n');
	}
	cmd_out(b.data);
	buf_release(&b);
}

static void
pos_json_evidence(struct json *j, const struct pos_run *r,
    const struct posdiff_cell *c)
{
	size_t	i;

	for (i = 0; c != NULL && i < c->n; i++)
		pos_json_position(j, r, &r->ps.v[c->evidence[i]], 0);
}

static const char *
pos_change_name(const struct posdiff_line *l)
{
	if (l->a == POSDIFF_NONE)
		return "new";
	if (l->b == POSDIFF_NONE)
		return "dropped";
	return l->a == l->b ? "same" : "changed";
}

static void
pos_diff_json(const struct pos_run *r, const struct posdiff *d, int since)
{
	const struct posdiff_line	*l;
	struct json			 j;
	size_t				 i;

	json_init(&j, stdout, JSON_PRETTY);
	json_begin_array(&j);
	for (i = 0; i < d->n; i++) {
		l = &d->lines[i];
		json_begin_object(&j);
		json_kv_string(&j, "issue", pos_dict_issue_id(r->pd, l->issue));
		json_key(&j, since ? "before" : side_name(d->side_a));
		if (l->a == POSDIFF_NONE)
			json_null(&j);
		else
			json_string(&j, posdiff_stance_name(l->a));
		json_key(&j, since ? "after" : side_name(d->side_b));
		if (l->b == POSDIFF_NONE)
			json_null(&j);
		else
			json_string(&j, posdiff_stance_name(l->b));
		json_kv_string(&j, "relation", posdiff_relation_name(l->relation));
		if (since)
			json_kv_string(&j, "change", pos_change_name(l));
		json_key(&j, "evidence");
		json_begin_array(&j);
		pos_json_evidence(&j, r, l->ea);
		pos_json_evidence(&j, r, l->eb);
		json_end_array(&j);
		json_end_object(&j);
	}
	json_end_array(&j);
	json_finish(&j);
}

/* The marker column of a diff line, in the spirit of diff -u. */
static char
pos_line_mark(const struct posdiff_line *l)
{
	if (l->relation == POSDIFF_AGREE)
		return ' ';
	if (l->relation == POSDIFF_DIFFER || l->relation == POSDIFF_MIXED)
		return '!';
	return l->a == POSDIFF_NONE ? '+' : '-';
}

static void
pos_diff_text(const struct pos_run *r, const struct posdiff *d,
    const char *since)
{
	const struct posdiff_line	*l;
	struct buf			 b;
	size_t				 i, k;

	buf_init(&b);
	if (since != NULL)
		buf_printf(&b, "--- %s before %s\n+++ %s from %s\n",
		    side_name(d->side_a), since, side_name(d->side_b), since);
	else
		buf_printf(&b, "--- %s\n+++ %s\n", side_name(d->side_a),
		    side_name(d->side_b));
	cmd_out(b.data);
	for (i = 0; i < d->n; i++) {
		l = &d->lines[i];
		buf_reset(&b);
		buf_printf(&b, "%c %-20s %-8s %-8s %s\n", pos_line_mark(l),
		    pos_dict_issue_id(r->pd, l->issue),
		    l->a == POSDIFF_NONE ? "." : posdiff_stance_name(l->a),
		    l->b == POSDIFF_NONE ? "." : posdiff_stance_name(l->b),
		    since != NULL ? pos_change_name(l) :
		    posdiff_relation_name(l->relation));
		cmd_out(b.data);
		for (k = 0; l->ea != NULL && k < l->ea->n; k++)
			pos_text_position(r, &r->ps.v[l->ea->evidence[k]], 0,
			    "    ");
		for (k = 0; l->eb != NULL && k < l->eb->n; k++)
			pos_text_position(r, &r->ps.v[l->eb->evidence[k]], 0,
			    "    ");
	}
	buf_release(&b);
}

/*
 * --since names a day, checked against the calendar ("2022-3-1" is read
 * as 2022-03-01 and written back so); 0, or -1 after printing.
 */
static int
pos_check_date(const char **sincep)
{
	static char	 day[16];
	const char	*since = *sincep;
	int32_t		 first, last;
	char		*cause = NULL;

	if (since == NULL)
		return 0;
	if (date_parse(since, strlen(since), &first, &last, &cause) != 0) {
		cmd_error("%s", cause);
		free(cause);
		return -1;
	}
	snprintf(day, sizeof day, "%04d-%02d-%02d", (int)(first / 10000),
	    (int)(first / 100 % 100), (int)(first % 100));
	*sincep = day;
	return 0;
}

int
cmd_diff(int argc, char **argv)
{
	struct posdiff_matrix	 m;
	struct posdiff		 d;
	struct pos_opts		 o;
	struct pos_run		 r;
	enum side		 a = SIDE_NONE, b = SIDE_NONE;
	int			 rv, nsides;

	if ((rv = pos_parse_opts("diff", argc, argv, &o)) != CMD_OK) {
		limit_free(o.limit);
		return rv == -1 ? CMD_OK : rv;
	}
	nsides = o.matrix ? 0 : o.since != NULL ? 1 : 2;
	if (argc - optind < nsides || (nsides >= 1 &&
	    pos_parse_side(argv[optind], &a) != 0) || (nsides == 2 &&
	    pos_parse_side(argv[optind + 1], &b) != 0) ||
	    pos_check_date(&o.since) != 0) {
		limit_free(o.limit);
		return argc - optind < nsides ?
		    cmd_print_usage(stderr, "diff", CMD_ERROR) : CMD_ERROR;
	}
	if (pos_run_open(&r, argv + optind + nsides,
	    argc - optind - nsides) != 0 ||
	    cmd_limit_cut(o.limit, &r.c, &r.as, &r.ps, r.pd) != 0) {
		limit_free(o.limit);
		pos_run_release(&r);
		return CMD_ERROR;
	}
	limit_free(o.limit);
	cmd_rejected_cut(&r.c, &r.ps, r.pd, 0);
	if (o.matrix) {
		posdiff_matrix_build(&m, &r.ps, pos_dict_nissues(r.pd),
		    pos_mask(&o));
		if (o.json)
			pos_matrix_json(&r, &m);
		else
			pos_matrix_text(&r, &m);
		posdiff_matrix_release(&m);
	} else {
		if (o.since != NULL)
			posdiff_since(&d, &r.ps, pos_dict_nissues(r.pd), &r.c,
			    a, o.since, pos_mask(&o));
		else
			posdiff_pair(&d, &r.ps, pos_dict_nissues(r.pd), a, b,
			    pos_mask(&o));
		if (o.json)
			pos_diff_json(&r, &d, o.since != NULL);
		else
			pos_diff_text(&r, &d, o.since);
		posdiff_release(&d);
	}
	pos_run_release(&r);
	return pos_flush();
}

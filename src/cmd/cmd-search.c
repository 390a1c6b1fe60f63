/*
 * demarche search and demarche index.
 *
 * search prints like grep -Hn: FILE:LINE:TEXT per matching line, with the
 * matches of a line gathered first so that they can be coloured; -l, -c,
 * -o and --json change what is printed per match, line or file.
 */
#include "config.h"

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/file.h"
#include "base/json.h"
#include "base/notify.h"
#include "base/xdg.h"
#include "base/xmalloc.h"
#include "cmd/cmd.h"
#include "search/search.h"
#include "text/article.h"
#include "text/corpus.h"

#define COLOR_FILE	"\033[35m"
#define COLOR_LINE	"\033[32m"
#define COLOR_SEP	"\033[36m"
#define COLOR_MATCH	"\033[1;31m"
#define COLOR_END	"\033[0m"

enum out_mode { OUT_LINES, OUT_FILES, OUT_COUNT, OUT_ONLY, OUT_JSON };

struct out {
	enum out_mode		 mode;
	long			 max;		/* -m, -1: no limit */
	long			 maxcols;	/* 0: no limit */
	int			 color;
	int			 null;
	int			 tty;		/* stdout is a terminal */
	struct article		*a;		/* current article */
	long			 lines;		/* matching lines in it */
	uint32_t		 line;		/* line of pending */
	struct search_match	*pend;		/* matches on that line */
	size_t			 npend, apend;
};

static atomic_int	search_interrupted;

static void
search_sigint(int sig)
{
	(void)sig;
	search_interrupted = 1;
}

static void
search_warn(void *arg, const char *msg)
{
	(void)arg;
	cmd_error("%s", msg);
}

static void
search_progress(void *arg, const char *stage, uint64_t done, uint64_t total)
{
	static time_t	last;
	time_t		now = time(NULL);

	(void)arg;
	if (total == 0 || (done < total && now == last))
		return;
	last = now;
	if (done >= total)
		fprintf(stderr, "\r%40s\r", "");
	else
		fprintf(stderr, "\r%-10s %3d%%", stage,
		    (int)(100.0 * (double)done / (double)total));
	fflush(stderr);
}

static void
search_notify(struct notify *n)
{
	struct sigaction	sa;

	memset(n, 0, sizeof *n);
	n->warn = search_warn;
	if (isatty(STDERR_FILENO))
		n->progress = search_progress;
	n->cancel = &search_interrupted;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = search_sigint;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
}

static void
out_color(struct out *o, const char *c)
{
	if (o->color)
		fputs(c, stdout);
}

/*
 * "FILE:" or "FILE\0", coloured.  With --null the name is for a program
 * (xargs -0): its bytes as they are, unless the output is a terminal.
 */
static void
out_file(struct out *o, char end)
{
	out_color(o, COLOR_FILE);
	if (o->null && !o->tty)
		fputs(o->a->file, stdout);
	else
		cmd_field(o->a->file);
	out_color(o, COLOR_END);
	if (o->null)
		putchar('\0');
	else if (end == ':') {
		out_color(o, COLOR_SEP);
		putchar(':');
		out_color(o, COLOR_END);
	} else
		putchar(end);
}

static void
out_lineno(struct out *o, uint32_t line)
{
	out_color(o, COLOR_LINE);
	printf("%u", line);
	out_color(o, COLOR_END);
	out_color(o, COLOR_SEP);
	putchar(':');
	out_color(o, COLOR_END);
}

/* Print the pending line with its matches highlighted. */
static void
out_flush_line(struct out *o)
{
	const struct search_match	*m = o->pend;
	size_t				 i, at;

	if (o->npend == 0)
		return;
	out_file(o, ':');
	out_lineno(o, m->line);
	if (o->maxcols > 0 && m->line_end - m->line_start >
	    (uint32_t)o->maxcols) {
		printf("[Omitted long line with %zu matches]\n", o->npend);
		o->npend = 0;
		return;
	}
	at = m->line_start;
	for (i = 0; i < o->npend; i++) {
		m = &o->pend[i];
		if (m->start < at || m->start > m->line_end)
			continue;
		cmd_out_n(o->a->text + at, m->start - at);
		out_color(o, COLOR_MATCH);
		cmd_out_n(o->a->text + m->start, (m->end < m->line_end ?
		    m->end : m->line_end) - m->start);
		out_color(o, COLOR_END);
		at = m->end < m->line_end ? m->end : m->line_end;
	}
	cmd_out_n(o->a->text + at, o->pend[0].line_end - at);
	putchar('\n');
	o->npend = 0;
}

static void
out_json(struct out *o, const struct search_match *m)
{
	struct json	j;

	json_init(&j, stdout, 0);
	json_begin_object(&j);
	article_span_json(&j, o->a, m->start, m->end);
	json_key(&j, "text");
	json_string_n(&j, o->a->text + m->start, m->end - m->start);
	json_end_object(&j);
	json_finish(&j);
}

/* The article is over: flush what it left pending. */
static void
out_end_article(struct out *o)
{
	if (o->a == NULL)
		return;
	if (o->mode == OUT_LINES)
		out_flush_line(o);
	if (o->mode == OUT_COUNT && o->lines > 0) {
		out_file(o, ':');
		printf("%ld\n", o->lines);
	}
	o->a = NULL;
}

static int
out_match(void *arg, struct article *a, const struct search_match *m)
{
	struct out	*o = arg;
	int		 newline;

	if (m == NULL) {
		out_end_article(o);
		return 0;
	}
	if (a != o->a) {
		out_end_article(o);
		o->a = a;
		o->lines = 0;
		o->line = 0;
	}
	newline = m->line != o->line;
	if (newline) {
		if (o->max >= 0 && o->lines >= o->max)
			return 1;
		if (o->mode == OUT_LINES)
			out_flush_line(o);
		o->line = m->line;
		o->lines++;
	}
	switch (o->mode) {
	case OUT_FILES:
		out_file(o, '\n');
		return 1;
	case OUT_COUNT:
		break;
	case OUT_ONLY:
		if (m->end > m->start) {
			out_file(o, ':');
			out_lineno(o, m->line);
			out_color(o, COLOR_MATCH);
			cmd_out_n(a->text + m->start, m->end - m->start);
			out_color(o, COLOR_END);
			putchar('\n');
		}
		break;
	case OUT_JSON:
		out_json(o, m);
		break;
	case OUT_LINES:
		o->pend = xgrow(o->pend, &o->apend, o->npend + 1,
		    sizeof *o->pend);
		o->pend[o->npend++] = *m;
		break;
	}
	return 0;
}

struct search_opts {
	int		  flags;
	int		  run_flags;
	int		  fresh;
	long		  deadline_ms;	/* --deadline; -1: the default */
	const char	**pats;
	size_t		  npats;
	char		**bufs;		/* -f files, owning some pats */
	int		  from_file;	/* -f was given */
	int		  json;		/* --json */
	int		  printed;	/* -l, -c or -o */
	size_t		  nbufs;
	struct out	  out;
};

#define SEARCH_PATTERN_FILE_MAX	((size_t)64 << 20)

static void
search_add_pattern(struct search_opts *so, const char *p)
{
	so->pats = xreallocarray(so->pats, so->npats + 1, sizeof *so->pats);
	so->pats[so->npats++] = p;
}

/*
 * -f FILE: every line of FILE is a pattern (a CR before the LF dropped;
 * an empty line matches every line, as in grep).  -1 after saying why.
 */
static int
search_pattern_file(struct search_opts *so, const char *path)
{
	char	*data, *p, *nl, *cause = NULL;
	size_t	 len;

	data = file_read_max(path, SEARCH_PATTERN_FILE_MAX, &len, &cause);
	if (data == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return -1;
	}
	so->bufs = xreallocarray(so->bufs, so->nbufs + 1, sizeof *so->bufs);
	so->bufs[so->nbufs++] = data;
	if (memchr(data, '\0', len) != NULL) {
		cmd_error("cannot read '%s': a NUL byte in a pattern", path);
		return -1;
	}
	for (p = data; p < data + len; p = nl + 1) {
		if ((nl = strchr(p, '\n')) == NULL)
			nl = data + len;
		*nl = '\0';
		if (nl > p && nl[-1] == '\r')
			nl[-1] = '\0';
		search_add_pattern(so, p);
	}
	return 0;
}

static void
search_opts_release(struct search_opts *so)
{
	size_t	i;

	for (i = 0; i < so->nbufs; i++)
		free(so->bufs[i]);
	free(so->bufs);
	free(so->pats);
	so->pats = NULL;
	so->bufs = NULL;
	so->nbufs = 0;
}

static int
search_parse_color(const char *s, int *color)
{
	if (strcmp(s, "always") == 0)
		*color = 1;
	else if (strcmp(s, "never") == 0)
		*color = 0;
	else if (strcmp(s, "auto") == 0)
		*color = isatty(STDOUT_FILENO);
	else
		return -1;
	return 0;
}

static int
search_number(const char *s, long *v)
{
	char	*end;

	*v = strtol(s, &end, 10);
	return *s == '\0' || *end != '\0' || *v < 0 ? -1 : 0;
}

/* SECONDS (a decimal number, 0 for none) as milliseconds. */
static int
search_seconds(const char *s, long *ms)
{
	char	*end;
	double	 v;

	v = strtod(s, &end);
	if (*s == '\0' || *end != '\0' || !(v >= 0 && v <= 86400))
		return -1;
	*ms = (long)(v * 1000 + 0.5);
	return 0;
}

/* Returns -1 on a usage error, 1 for --help, else 0. */
static int
search_options(int argc, char **argv, struct search_opts *so)
{
	static const struct option longopts[] = {
		{ "max-columns", required_argument, NULL, 'M' },
		{ "null", no_argument, NULL, '0' },
		{ "color", required_argument, NULL, 'C' },
		{ "colour", required_argument, NULL, 'C' },
		{ "json", no_argument, NULL, 'j' },
		{ "fresh", no_argument, NULL, 'R' },
		{ "no-index", no_argument, NULL, 'N' },
		{ "deadline", required_argument, NULL, 'D' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int	ch;

	so->deadline_ms = -1;
	so->out.max = -1;
	so->out.tty = isatty(STDOUT_FILENO);
	so->out.color = isatty(STDOUT_FILENO);
	while ((ch = getopt_long(argc, argv, "isowFUlcm:e:f:h", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'i':
			so->flags = (so->flags & ~SEARCH_CASE) | SEARCH_CASELESS;
			break;
		case 's':
			so->flags = (so->flags & ~SEARCH_CASELESS) | SEARCH_CASE;
			break;
		case 'w':
			so->flags |= SEARCH_WORD;
			break;
		case 'F':
			so->flags |= SEARCH_FIXED;
			break;
		case 'U':
			so->flags |= SEARCH_MULTILINE;
			break;
		case 'l':
			so->out.mode = OUT_FILES;
			so->printed = 1;
			break;
		case 'c':
			so->out.mode = OUT_COUNT;
			so->printed = 1;
			break;
		case 'o':
			so->out.mode = OUT_ONLY;
			so->printed = 1;
			break;
		case 'j':
			so->json = 1;
			break;
		case 'm':
			if (search_number(optarg, &so->out.max) != 0)
				return -1;
			break;
		case 'M':
			if (search_number(optarg, &so->out.maxcols) != 0)
				return -1;
			break;
		case 'e':
			search_add_pattern(so, optarg);
			break;
		case 'f':
			if (search_pattern_file(so, optarg) != 0)
				return -2;
			so->from_file = 1;
			break;
		case '0':
			so->out.null = 1;
			break;
		case 'C':
			if (search_parse_color(optarg, &so->out.color) != 0)
				return -1;
			break;
		case 'R':
			so->fresh = 1;
			break;
		case 'N':
			so->run_flags |= SEARCH_NO_INDEX;
			break;
		case 'D':
			if (search_seconds(optarg, &so->deadline_ms) != 0)
				return -1;
			break;
		case 'h':
			return 1;
		default:
			return -1;
		}
	}
	if (so->json && so->printed) {
		cmd_error("--json cannot be combined with -l, -c or -o");
		return -2;
	}
	if (so->json) {
		so->out.mode = OUT_JSON;
		so->out.color = 0;
	}
	/* Only lines or files are printed: spare the other matches. */
	if (so->out.mode == OUT_FILES)
		so->run_flags |= SEARCH_ARTICLE_FIRST;
	else if (so->out.mode == OUT_COUNT || (so->out.mode == OUT_LINES &&
	    !so->out.color && so->out.maxcols == 0))
		so->run_flags |= SEARCH_LINE_FIRST;
	/* -l and -c print names and numbers: no text need be kept. */
	if (so->out.mode == OUT_FILES || so->out.mode == OUT_COUNT)
		so->run_flags |= SEARCH_NO_TEXT;
	return 0;
}

static int
search_finish(struct out *o, int rc, char *cause, struct search_pattern *p)
{
	out_end_article(o);
	free(o->pend);
	if (rc >= 0 && search_skipped(p) > 0) {
		fflush(stdout);
		return CMD_ERROR;	/* each was warned about */
	}
	if (rc < 0) {
		if (cause != NULL)
			cmd_error("%s", cause);
		free(cause);
		return CMD_ERROR;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cmd_error("cannot write the output");
		return CMD_ERROR;
	}
	return rc > 0 ? CMD_OK : CMD_NONE;
}

int
cmd_search(int argc, char **argv)
{
	struct search_opts	 so;
	struct search_pattern	*p;
	struct search_index	*si = NULL;
	struct corpus		 c;
	struct notify		 n;
	const char		*dflt[1];
	char			*cause = NULL;
	int			 rc;

	memset(&so, 0, sizeof so);
	rc = search_options(argc, argv, &so);
	if (rc == -2 || (rc == 0 && ((so.from_file && so.npats == 0) ||
	    so.out.max == 0))) {
		search_opts_release(&so);	/* -m 0, an empty -f: no match */
		return rc == -2 ? CMD_ERROR : CMD_NONE;
	}
	if (rc != 0 || (so.npats == 0 && optind >= argc)) {
		search_opts_release(&so);
		return cmd_print_usage(rc > 0 ? stdout : stderr, "search",
		    rc > 0 ? CMD_OK : CMD_ERROR);
	}
	if (so.npats == 0)
		search_add_pattern(&so, argv[optind++]);
	p = search_compile(so.pats, so.npats, so.flags, &cause);
	search_opts_release(&so);
	if (p == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return CMD_ERROR;
	}
	if (so.deadline_ms >= 0)
		search_set_deadline(p, (unsigned)so.deadline_ms);
	search_notify(&n);
	if (!so.fresh) {
		dflt[0] = getenv("DEMARCHE_CORPUS");
		if (dflt[0] == NULL || *dflt[0] == '\0')
			dflt[0] = cmd_samples_dir();
		rc = search_paths(optind < argc ? (const char *const *)argv +
		    optind : dflt, optind < argc ? (size_t)(argc - optind) : 1,
		    p, so.run_flags, out_match, &so.out, &n, &cause);
		if (rc != -2) {
			rc = search_finish(&so.out, rc, cause, p);
			search_pattern_free(p);
			return rc;
		}
	}
	if (cmd_open_corpus(&c, argv + optind, argc - optind,
	    so.fresh ? CORPUS_FRESH : 0) != 0) {
		search_pattern_free(p);
		return CMD_ERROR;
	}
	if (!(so.run_flags & SEARCH_NO_INDEX)) {
		si = search_index_open(&c, so.fresh ? SEARCH_INDEX_UPDATE : 0,
		    &n, &cause);
		if (si == NULL) {
			cmd_error("%s; searching without the index", cause);
			free(cause);
			cause = NULL;
			if (search_interrupted)
				so.run_flags |= SEARCH_NO_INDEX;
		}
	}
	rc = search_run(si, &c, p, so.run_flags, out_match, &so.out, &n,
	    &cause);
	rc = search_finish(&so.out, rc, cause, p);
	search_index_close(si);
	search_pattern_free(p);
	corpus_release(&c);
	return rc;
}

static void
index_print_stats(struct search_index *si, double seconds)
{
	struct search_index_stats	st;

	search_index_stats(si, &st);
	printf("articles: %llu\n", (unsigned long long)st.articles);
	printf("bytes: %llu\n", (unsigned long long)st.bytes);
	printf("trigrams: %llu\n", (unsigned long long)st.trigrams);
	printf("index size: %llu\n", (unsigned long long)st.size);
	printf("segments: %u\n", st.segments);
	printf("build time: %.3f s\n", seconds);
}

int
cmd_index(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "stats", no_argument, NULL, 's' },
		{ "prune", no_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct search_index	*si;
	struct corpus		 c;
	struct notify		 n;
	struct timespec		 t0, t1;
	char			*cause = NULL, *dir;
	int			 ch, stats = 0, prune = 0;

	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 's':
			stats = 1;
			break;
		case 'p':
			prune = 1;
			break;
		case 'h':
			return cmd_print_usage(stdout, "index", CMD_OK);
		default:
			return cmd_print_usage(stderr, "index", CMD_ERROR);
		}
	}
	search_notify(&n);
	if (prune && search_index_prune(&n, &cause) < 0) {
		cmd_error("%s", cause);
		free(cause);
		return CMD_ERROR;
	}
	if (prune && optind >= argc && !stats)
		return CMD_OK;
	/* Without a cache there is no index to build: say why. */
	if ((dir = xdg_dir(XDG_CACHE, 1, &cause)) == NULL) {
		cmd_error("no index: %s", cause);
		free(cause);
		return CMD_ERROR;
	}
	free(dir);
	/* Indexing needs the articles' text and metadata, not their
	   blocks and sentences: copying those out of the catalogue was
	   most of the time of an update. */
	if (cmd_open_corpus(&c, argv + optind, argc - optind,
	    CORPUS_NO_SPANS) != 0)
		return CMD_ERROR;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	si = search_index_open(&c, SEARCH_INDEX_UPDATE, &n, &cause);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (si == NULL) {
		cmd_error("%s", cause);
		free(cause);
		corpus_release(&c);
		return CMD_ERROR;
	}
	if (stats)
		index_print_stats(si, (double)(t1.tv_sec - t0.tv_sec) +
		    (t1.tv_nsec - t0.tv_nsec) / 1e9);
	search_index_close(si);
	corpus_release(&c);
	return CMD_OK;
}

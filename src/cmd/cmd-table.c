/*
 * cmd-table: every subcommand's usage, summary and options, for --help,
 * usage errors and suggestions, in the order --help lists them.  Both
 * programs link it: demarche, and demarche-web, which runs the web
 * commands (cmd-helper.c); each has its own table of what it runs.
 */
#include "config.h"

#include <stddef.h>

#include "cmd/cmd.h"

const struct cmd_entry cmd_table[] = {
	{ "list", "list [--json] [--limit EXPR] [--lang LANG] [PATH ...]",
	  "list the articles: id, date, words, title, file",
	  "  --json         a JSON array: every field, the structure counts\n"
	  "  --lang LANG    only the articles in that language (en, ru, uk,\n"
	  "                 und); the same as --limit '~l LANG'\n"
	  "  --limit EXPR   only the articles the limit names (LIMITS in\n"
	  "                 the manual)\n"
	  "  PATH           files or folders of articles (default: $DEMARCHE_CORPUS,\n"
	  "                 else the samples)\n" },
	{ "show", "show [--json] ARTICLE [PATH ...]",
	  "show one article with headings, paragraphs and sentences",
	  "  --json         every heading and sentence with its text and byte span\n"
	  "  ARTICLE        an article's id, file name or path\n"
	  "  PATH           the corpus to find it in\n" },
	{ "search", "search [-i | -s] [-w] [-F] [-U] [-l | -c | -o] [-m NUM] "
	  "[-e PATTERN ...] [-f FILE ...] [--max-columns NUM] [--null] "
	  "[--color=WHEN] [--json] [--fresh] [--no-index] "
	  "[--deadline SECONDS] PATTERN [PATH ...]",
	  "search the articles with a PCRE2 regular expression",
	  "  -i, -s         caseless, case-sensitive (default: smart case)\n"
	  "  -w             whole words         -F  the patterns are strings\n"
	  "  -U             match across lines  -e PATTERN  one more pattern\n"
	  "  -l, -c, -o     file names, counts, only the matched text\n"
	  "  -m NUM         at most NUM matching lines per file\n"
	  "  --max-columns NUM  cut printed lines to NUM columns\n"
	  "  --null         end file names with NUL (with -l)\n"
	  "  --color=WHEN   never, always or auto\n"
	  "  --json         one JSON object per match\n"
	  "  -f FILE        one more pattern per line of FILE\n"
	  "  --fresh        re-read every file        --no-index  scan, no index\n"
	  "  --deadline SECONDS  give up on one article past it (default 3)\n"
	  "  PATTERN        a PCRE2 regular expression\n" },
	{ "index", "index [--stats] [--prune] [PATH ...]",
	  "build or update the search index",
	  "  --stats        print the index's figures\n"
	  "  --prune        remove the indexes of corpora that are gone\n" },
	{ "actors", "actors [--json] [--side SIDE] [--kind KIND] [--limit EXPR] [--lang LANG] "
	  "[--explain] [--stats] [PATH ...]",
	  "list the people, states and organisations that act",
	  "  --json         print JSON\n"
	  "  --side SIDE    only USA, RUS, UKR, EUR or OTH\n"
	  "  --kind KIND    only person, state, org or place\n"
	  "  --lang LANG    only the articles in that language\n"
	  "  --limit EXPR   count only the articles the limit names\n"
	  "  --explain      why each actor has its side and kind\n"
	  "  --stats        cache use on standard error\n" },
	{ "positions", "positions [--json] [--issue ID] [--side SIDE] [--limit EXPR] [--lang LANG] "
	  "[--rejected] [--all] [--explain] [--stats] [PATH ...]",
	  "list what each side holds on each issue",
	  "  --json         print JSON\n"
	  "  --issue ID     only that issue (ceasefire, talks, ...)\n"
	  "  --side SIDE    only USA, RUS, UKR, EUR or OTH\n"
	  "  --lang LANG    only the articles in that language\n"
	  "  --limit EXPR   only the articles the limit names\n"
	  "  --rejected     only the evidence rejected in the interface\n"
	  "  --all          also conditional, hypothetical and historical ones\n"
	  "  --explain      cue, trigger, negation, holder and side of each\n"
	  "  --stats        cache use on standard error\n" },
	{ "diff", "diff [--json] [--limit EXPR] [--lang LANG] SIDE1 SIDE2 [PATH ...]\n"
	  "diff [--json] [--limit EXPR] [--lang LANG] --matrix [PATH ...]\n"
	  "diff [--json] [--limit EXPR] [--lang LANG] --since DATE SIDE [PATH ...]",
	  "compare the positions of two sides, or one side over time",
	  "  --json         print JSON\n"
	  "  --lang LANG    only the articles in that language\n"
	  "  --limit EXPR   only the articles the limit names\n"
	  "  SIDE1 SIDE2    compare two sides issue by issue\n"
	  "  --matrix       the matrix of issues and sides\n"
	  "  --since DATE SIDE  one side before and from DATE (YYYY-MM-DD)\n" },
	{ "dict", "dict --check [FILE ...]",
	  "check the dictionaries",
	  "  --check        report every malformed line as FILE:LINE: reason\n"
	  "  FILE           check these files (default: every dictionary)\n" },
	{ "extract", "extract [--json] FILE | URL",
	  "print the article that a web page holds, without writing it",
	  "  --json         one object: title, date, author, source, url,\n"
	  "                 language and body\n"
	  "  FILE | URL     an HTML file, or an http or https address\n" },
	{ "import", "import [--into DIR] [--dry-run] [--timeout SECONDS] "
	  "FILE | DIR | URL ...",
	  "write web pages (files, folders of them, URLs) as articles",
	  "  --into DIR     write the articles there (default: the corpus)\n"
	  "  --dry-run      say what would be written, write nothing\n"
	  "  --timeout SECONDS  the longest a request may take\n" },
	{ "fetch", "fetch [--feeds FILE] [--into DIR] [--dry-run] "
	  "[--timeout SECONDS] [URL ...]\n"
	  "fetch [--feeds FILE] --import-opml FILE\n"
	  "fetch [--feeds FILE] --export-opml",
	  "fetch the feeds and write their new articles",
	  "  --feeds FILE   the feeds file (default: $XDG_CONFIG_HOME/"
	  "demarche/feeds)\n"
	  "  --into DIR     write the articles there (default: the corpus)\n"
	  "  --dry-run      say what would be fetched, write nothing\n"
	  "  --timeout SECONDS  the longest a request may take\n"
	  "  --import-opml FILE  add the feeds of an OPML file\n"
	  "  --export-opml  print the feeds as OPML\n"
	  "  URL            fetch these feeds instead of the file's\n" },
	{ "keys", "keys [--json]",
	  "print the key bindings of the interface",
	  "  --json         print JSON\n" },
	{ NULL, NULL, NULL, NULL }
};

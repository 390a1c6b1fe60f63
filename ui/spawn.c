/*
 * Other programs run from the interface: man(1) for F1 and :man, the
 * browser for o, a command for | (pipe).  Curses is suspended around
 * each, as pagers do; SIGINT and SIGQUIT belong to the child meanwhile
 * (as system(3) does), so Ctrl-C in the manual ends the pager, not
 * demarche.  Nothing built from an article's text reaches a shell: the
 * URL is an argument of its own, the article comes on standard input.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "base/atomic.h"
#include "base/buf.h"
#include "base/xmalloc.h"
#include "text/article.h"
#include "text/corpus.h"
#include "ui.h"

/*
 * Run argv and wait; its exit status or -1.  quiet sends its output to
 * /dev/null (for "man -w"); in, when not -1, becomes its standard input.
 */
static int
spawn_wait(char *const argv[], int quiet, int in)
{
	struct sigaction	 ign, oint, oquit;
	pid_t			 pid;
	int			 status, rv = -1;

	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &oint);
	sigaction(SIGQUIT, &ign, &oquit);
	if ((pid = fork()) == -1)
		goto out;
	if (pid == 0) {
		sigaction(SIGINT, &oint, NULL);
		sigaction(SIGQUIT, &oquit, NULL);
		if (quiet && (freopen("/dev/null", "w", stdout) == NULL ||
		    freopen("/dev/null", "w", stderr) == NULL))
			_exit(127);
		if (in != -1 && dup2(in, STDIN_FILENO) == -1)
			_exit(127);
		execvp(argv[0], argv);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) == -1) {
		if (errno != EINTR)
			goto out;
	}
	rv = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
out:
	sigaction(SIGINT, &oint, NULL);
	sigaction(SIGQUIT, &oquit, NULL);
	return rv;
}

static void
spawn_suspend(void)
{
	def_prog_mode();
	endwin();
}

static void
spawn_resume(void)
{
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
}

void
ui_run_man(struct ui *ui)
{
	static char	 man[] = "man", w[] = "-w", l[] = "-l";
	static char	 name[] = "demarche";
	char		*installed[] = { man, w, name, NULL };
	char		*show[] = { man, name, NULL };
	char		*local[] = { man, l, NULL, NULL };
	int		 rv;

	spawn_suspend();
	if (ui->opts->man_page != NULL &&
	    access(ui->opts->man_page, R_OK) == 0 &&
	    spawn_wait(installed, 1, -1) != 0) {
		local[2] = (char *)ui->opts->man_page;
		rv = spawn_wait(local, 0, -1);
	} else
		rv = spawn_wait(show, 0, -1);
	spawn_resume();
	if (rv != 0)
		ui_message(ui, 1, "man exited with status %d", rv);
}

/* 1 when url is one a browser may be handed: http(s), nothing odd. */
static int
spawn_url_ok(const char *url)
{
	const char	*s;

	if (strncmp(url, "https://", 8) != 0 &&
	    strncmp(url, "http://", 7) != 0)
		return 0;
	for (s = url; *s != '\0'; s++) {
		if ((unsigned char)*s <= ' ' || *s == 0x7f)
			return 0;
	}
	return 1;
}

/*
 * The browser's words: the first entry of $BROWSER (a colon-separated
 * list by convention) split at spaces, else xdg-open; then the URL.
 */
static char **
spawn_browser(const char *url, char **copy)
{
	const char	*env = getenv("BROWSER");
	char		**argv, *p, *word;
	size_t		 n = 0;

	*copy = xstrdup(env != NULL && *env != '\0' ? env : "xdg-open");
	if ((p = strchr(*copy, ':')) != NULL)
		*p = '\0';
	argv = xreallocarray(NULL, strlen(*copy) + 3, sizeof *argv);
	for (p = *copy; (word = strsep(&p, " \t")) != NULL;) {
		if (*word != '\0')
			argv[n++] = word;
	}
	if (n == 0)
		argv[n++] = (char *)"xdg-open";
	argv[n++] = (char *)url;
	argv[n] = NULL;
	return argv;
}

int
ui_open_url(struct ui *ui, uint32_t idx)
{
	struct article	*a = ui_article(ui, idx);
	char		**argv, *copy;
	int		 rv;

	if (a == NULL)
		return REACT_NONE;
	if (*a->url == '\0' || !spawn_url_ok(a->url)) {
		ui_message(ui, 1, *a->url == '\0' ? "this article has no URL" :
		    "not a web address; not opened");
		return REACT_DRAW;
	}
	if (ui->script != NULL) {
		ui_message(ui, 0, "no browser is run from a script");
		return REACT_DRAW;
	}
	argv = spawn_browser(a->url, &copy);
	spawn_suspend();
	rv = spawn_wait(argv, 0, -1);
	spawn_resume();
	if (rv != 0)
		ui_message(ui, 1, "'%s' exited with status %d", argv[0], rv);
	free(argv);
	free(copy);
	return REACT_DRAW | REACT_LAYOUT;
}

int
ui_pipe_article(struct ui *ui, uint32_t idx, const char *command)
{
	static char	 sh[] = "/bin/sh", c[] = "-c";
	struct article	*a = ui_article(ui, idx);
	char		*argv[] = { sh, c, NULL, NULL }, line[8];
	int		 fd, rv;

	if (a == NULL || *command == '\0')
		return REACT_DRAW;
	if (ui->script != NULL) {
		ui_message(ui, 0, "no command is run from a script");
		return REACT_DRAW;
	}
	/* The user's own command line; the article only on stdin. */
	if ((fd = open(a->path, O_RDONLY | O_CLOEXEC)) == -1) {
		ui_message(ui, 1, "cannot open '%s': %s", a->file,
		    strerror(errno));
		return REACT_DRAW;
	}
	argv[2] = (char *)command;
	spawn_suspend();
	rv = spawn_wait(argv, 0, fd);
	close(fd);
	fputs("\n[press Enter to go back to demarche] ", stdout);
	fflush(stdout);
	if (fgets(line, sizeof line, stdin) == NULL)
		clearerr(stdin);
	spawn_resume();
	if (rv != 0)
		ui_message(ui, 1, "the command exited with status %d", rv);
	return REACT_DRAW | REACT_LAYOUT;
}

/* Append text to the clippings file, whole or not at all. */
static int
spawn_clip_file(struct ui *ui, const char *text)
{
	struct buf	 b = { 0 };
	char		*path, *old, *cause = NULL;
	size_t		 len = 0;
	int		 rv;

	if (ui->state_dir == NULL) {
		ui_message(ui, 1, "no state directory to keep clippings in");
		return REACT_DRAW;
	}
	path = xasprintf("%s/clippings", ui->state_dir);
	if ((old = file_read(path, &len, &cause)) != NULL)
		buf_add(&b, old, len);
	free(old);
	free(cause);
	cause = NULL;
	buf_adds(&b, text);
	if ((rv = mkdir_p(ui->state_dir, &cause)) == 0)
		rv = atomic_write(path, b.data, b.len, &cause);
	if (rv != 0)
		ui_message(ui, 1, "%s", cause);
	else
		ui_message(ui, 0, "copied to %s", path);
	free(cause);
	free(path);
	buf_release(&b);
	return REACT_DRAW;
}

int
ui_copy_text(struct ui *ui, const char *text)
{
	static char	 sh[] = "/bin/sh", c[] = "-c";
	char		*argv[] = { sh, c, NULL, NULL };
	char		 tmp[] = "/tmp/demarche-copy.XXXXXX";
	size_t		 len = strlen(text);
	int		 fd, rv;

	if (ui->cf.copy == NULL)
		return spawn_clip_file(ui, text);
	/* Through an unlinked file: a pipe would block past its size. */
	if ((fd = mkstemp(tmp)) == -1 ||
	    write(fd, text, len) != (ssize_t)len ||
	    lseek(fd, 0, SEEK_SET) != 0) {
		ui_message(ui, 1, "cannot copy: %s", strerror(errno));
		if (fd != -1) {
			close(fd);
			unlink(tmp);
		}
		return REACT_DRAW;
	}
	unlink(tmp);
	argv[2] = ui->cf.copy;
	rv = spawn_wait(argv, 1, fd);
	close(fd);
	if (rv != 0)
		ui_message(ui, 1, "'%s' exited with status %d", ui->cf.copy, rv);
	else
		ui_message(ui, 0, "copied with '%s'", ui->cf.copy);
	return REACT_DRAW;
}

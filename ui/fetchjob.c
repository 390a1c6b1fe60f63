/*
 * fetchjob: the fetcher as a child process, read through a pipe and a
 * pseudo-terminal, without curses.  See fetchjob.h.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "base/xmalloc.h"
#include "fetchjob.h"

extern char **environ;

void
fetchjob_init(struct fetchjob *j)
{
	memset(j, 0, sizeof *j);
	j->out = j->err = -1;
	j->feeds = j->feeds_failed = j->written = j->pages_failed = -1;
}

/* A copy of s with control bytes made '?', at most FETCHJOB_LINE. */
static char *
fetchjob_clean(const char *s)
{
	char	*c = xstrdup(s), *p;

	for (p = c; *p != '\0'; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	}
	return c;
}

/* "catalogue  [####    ]  45%": the stage and its percentage. */
static int
fetchjob_stage(struct fetchjob *j, const char *s)
{
	const char	*open = strstr(s, " ["), *close = strrchr(s, ']');
	size_t		 n = strcspn(s, " ");
	int		 pc;

	if (open == NULL || close == NULL || close < open ||
	    sscanf(close + 1, "%d%%", &pc) != 1)
		return 0;
	if (n >= sizeof j->stage)
		n = sizeof j->stage - 1;
	memcpy(j->stage, s, n);
	j->stage[n] = '\0';
	j->percent = pc;
	j->phase = FETCHJOB_STORE;
	return 1;
}

/* One record the child wrote on standard error, trimmed. */
static void
fetchjob_err_record(struct fetchjob *j, const char *s)
{
	size_t		 done, total;
	unsigned	 fresh;

	if (*s == '\0') {
		/* A progress line was cleared: its phase is over. */
		if (j->in_progress && j->phase == FETCHJOB_FEEDS) {
			j->phase = FETCHJOB_PAGES;
			j->nfeeds = j->total;
			j->done = j->total = 0;
		}
		j->in_progress = 0;
		return;
	}
	if (strncmp(s, "demarche: ", 10) == 0) {
		j->nerrors++;
		if (j->first_error == NULL)
			j->first_error = fetchjob_clean(s + 10);
		return;
	}
	if (sscanf(s, "fetch: %zu/%zu, %u new", &done, &total, &fresh) == 3) {
		j->done = done;
		j->total = total;
		j->fresh = fresh;
		j->in_progress = 1;
		return;
	}
	fetchjob_stage(j, s);
}

/* One line of standard output: the summary ends the run. */
static void
fetchjob_out_record(struct fetchjob *j, const char *s)
{
	long	a, b, c, d;

	if (*s == '\0')
		return;
	free(j->summary);
	j->summary = fetchjob_clean(s);
	if (sscanf(s, "%ld feeds, %ld failed; %ld new articles, %*u already "
	    "known, %ld pages failed", &a, &b, &c, &d) == 4) {
		j->feeds = a;
		j->feeds_failed = b;
		j->written = c;
		j->pages_failed = d;
	}
}

/* The record in line[0..*len), trimmed, to its parser; then empty. */
static void
fetchjob_record(struct fetchjob *j, int err, char *line, size_t *len)
{
	char	*s = line, *e = line + *len;

	while (s < e && *s == ' ')
		s++;
	while (e > s && e[-1] == ' ')
		e--;
	*e = '\0';
	if (err)
		fetchjob_err_record(j, s);
	else
		fetchjob_out_record(j, s);
	*len = 0;
}

void
fetchjob_input(struct fetchjob *j, int err, const char *data, size_t len)
{
	char	*line = err ? j->eline : j->oline;
	size_t	*n = err ? &j->elen : &j->olen;
	size_t	 i;

	for (i = 0; i < len; i++) {
		if (data[i] == '\n' || (err && data[i] == '\r'))
			fetchjob_record(j, err, line, n);
		else if (*n < FETCHJOB_LINE - 1)
			line[(*n)++] = data[i];
	}
}

/* A pseudo-terminal for the child's standard error; -1 without one. */
static int
fetchjob_pty(int *slave)
{
	struct termios	 t;
	const char	*name;
	int		 m;

	if ((m = posix_openpt(O_RDWR | O_NOCTTY)) == -1)
		return -1;
	if (grantpt(m) != 0 || unlockpt(m) != 0 ||
	    (name = ptsname(m)) == NULL ||
	    (*slave = open(name, O_WRONLY | O_NOCTTY | O_CLOEXEC)) == -1) {
		close(m);
		return -1;
	}
	/* Raw: no LF turned into CRLF, no echo, no signals. */
	if (tcgetattr(*slave, &t) == 0) {
		cfmakeraw(&t);
		tcsetattr(*slave, TCSANOW, &t);
	}
	fcntl(m, F_SETFD, FD_CLOEXEC);
	return m;
}

/* The read ends: the output pipe, the pty or a pipe for errors. */
static int
fetchjob_fds(struct fetchjob *j, int *outw, int *errw)
{
	int	p[2];

	if (pipe2(p, O_CLOEXEC) != 0)
		return -1;
	j->out = p[0];
	*outw = p[1];
	if ((j->err = fetchjob_pty(errw)) == -1) {
		if (pipe2(p, O_CLOEXEC) != 0) {
			close(j->out);
			close(*outw);
			j->out = -1;
			return -1;
		}
		j->err = p[0];
		*errw = p[1];
	}
	fcntl(j->out, F_SETFL, fcntl(j->out, F_GETFL) | O_NONBLOCK);
	fcntl(j->err, F_SETFL, fcntl(j->err, F_GETFL) | O_NONBLOCK);
	return 0;
}

/* Its own process group, default signals, none blocked. */
static void
fetchjob_attr(posix_spawnattr_t *attr)
{
	static const int sigs[] = { SIGHUP, SIGINT, SIGQUIT, SIGTERM,
	    SIGPIPE, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH };
	sigset_t	 def, none;
	size_t		 i;

	sigemptyset(&def);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaddset(&def, sigs[i]);
	sigemptyset(&none);
	posix_spawnattr_init(attr);
	posix_spawnattr_setflags(attr, POSIX_SPAWN_SETPGROUP |
	    POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
	posix_spawnattr_setpgroup(attr, 0);
	posix_spawnattr_setsigdefault(attr, &def);
	posix_spawnattr_setsigmask(attr, &none);
}

int
fetchjob_start(struct fetchjob *j, char *const argv[], char **cause)
{
	posix_spawn_file_actions_t	 fa;
	posix_spawnattr_t		 attr;
	int				 outw, errw, e;

	/* Not every posix_spawn reports a program it cannot run (one that
	   falls back to fork, as under valgrind, lets the child exit 127):
	   ask first. */
	if (access(argv[0], X_OK) != 0) {
		*cause = xasprintf("cannot run '%s': %s", argv[0],
		    strerror(errno));
		return -1;
	}
	if (fetchjob_fds(j, &outw, &errw) != 0) {
		*cause = xasprintf("cannot start the fetch: %s",
		    strerror(errno));
		return -1;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, STDIN_FILENO, "/dev/null",
	    O_RDONLY, 0);
	posix_spawn_file_actions_adddup2(&fa, outw, STDOUT_FILENO);
	posix_spawn_file_actions_adddup2(&fa, errw, STDERR_FILENO);
	fetchjob_attr(&attr);
	e = posix_spawn(&j->pid, argv[0], &fa, &attr, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	close(outw);
	close(errw);
	if (e != 0) {
		j->pid = 0;
		*cause = xasprintf("cannot run '%s': %s", argv[0],
		    strerror(e));
		fetchjob_release(j);
		return -1;
	}
	return 0;
}

/* Read what fd holds now; closes it at its end.  1 when read. */
static int
fetchjob_drain(struct fetchjob *j, int *fd, int err)
{
	char	b[4096];
	ssize_t	n;
	int	got = 0;

	while (*fd != -1) {
		if ((n = read(*fd, b, sizeof b)) > 0) {
			fetchjob_input(j, err, b, (size_t)n);
			got = 1;
			continue;
		}
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1 && errno == EAGAIN)
			break;
		/* The end (a pty says EIO once the child has gone). */
		close(*fd);
		*fd = -1;
	}
	return got;
}

/* The child's end: what it wrote is read, the rest closed. */
static void
fetchjob_finish(struct fetchjob *j, int status)
{
	fetchjob_drain(j, &j->out, 0);
	fetchjob_drain(j, &j->err, 1);
	if (j->elen > 0)
		fetchjob_record(j, 1, j->eline, &j->elen);
	if (j->olen > 0)
		fetchjob_record(j, 0, j->oline, &j->olen);
	if (j->out != -1)
		close(j->out);
	if (j->err != -1)
		close(j->err);
	j->out = j->err = -1;
	j->status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	j->pid = 0;
	j->ended = 1;
}

int
fetchjob_poll(struct fetchjob *j)
{
	int	got, status;
	pid_t	r;

	if (j->pid == 0)
		return 0;
	got = fetchjob_drain(j, &j->out, 0);
	got |= fetchjob_drain(j, &j->err, 1);
	while ((r = waitpid(j->pid, &status, WNOHANG)) == -1 &&
	    errno == EINTR)
		;
	if (r == j->pid || (r == -1 && errno == ECHILD)) {
		fetchjob_finish(j, r == j->pid ? status : 0);
		return 1;
	}
	return got;
}

int
fetchjob_running(const struct fetchjob *j)
{
	return j->pid != 0;
}

void
fetchjob_stop(struct fetchjob *j, int wait_ms)
{
	struct timespec	 ts = { 0, 10 * 1000 * 1000 };
	int		 status = 0, waited = 0;
	pid_t		 r;

	if (j->pid == 0)
		return;
	kill(j->pid, SIGTERM);
	for (;;) {
		r = waitpid(j->pid, &status, WNOHANG);
		if (r == j->pid || (r == -1 && errno != EINTR))
			break;
		if (waited >= wait_ms) {
			kill(j->pid, SIGKILL);
			while (waitpid(j->pid, &status, 0) == -1 &&
			    errno == EINTR)
				;
			break;
		}
		nanosleep(&ts, NULL);
		waited += 10;
	}
	fetchjob_finish(j, status);
}

void
fetchjob_release(struct fetchjob *j)
{
	fetchjob_stop(j, 2000);
	if (j->out != -1)
		close(j->out);
	if (j->err != -1)
		close(j->err);
	free(j->first_error);
	free(j->summary);
	fetchjob_init(j);
}

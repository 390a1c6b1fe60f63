/*
 * tap: a tiny Test Anything Protocol emitter for the unit tests, read by
 * Automake's tap-driver.sh.  Header-only; each test program calls
 * tap_plan() or ends with tap_done().
 */
#ifndef DEMARCHE_TAP_H
#define DEMARCHE_TAP_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_count, tap_failed;

static inline int
tap_ok(int pass, const char *fmt, ...)
{
	va_list	ap;

	tap_count++;
	printf("%sok %d - ", pass ? "" : "not ", tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (!pass)
		tap_failed++;
	fflush(stdout);
	return pass;
}

#define ok(cond, ...)	tap_ok((cond) ? 1 : 0, __VA_ARGS__)

/* Remove a test's temporary tree (a mkdtemp name: no quoting needed). */
static inline void
tap_rmtree(const char *dir)
{
	char	cmd[4096];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", dir);
}

/*
 * A number in [0, n) from the xorshift64 generator whose state is *s
 * (never 0): the same seed gives the same test on every machine.
 */
static inline uint32_t
tap_rand(uint64_t *s, uint32_t n)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return n == 0 ? 0 : (uint32_t)(*s % n);
}

#define is_int(got, want, ...) do {					\
	long long tap_g_ = (long long)(got), tap_w_ = (long long)(want);\
	if (!tap_ok(tap_g_ == tap_w_, __VA_ARGS__))			\
		printf("#   got %lld, want %lld\n", tap_g_, tap_w_);	\
} while (0)

#define is_str(got, want, ...) do {					\
	const char *tap_g_ = (got), *tap_w_ = (want);			\
	int tap_p_ = tap_g_ != NULL && tap_w_ != NULL &&		\
	    strcmp(tap_g_, tap_w_) == 0;				\
	if (!tap_ok(tap_p_, __VA_ARGS__))				\
		printf("#   got '%s', want '%s'\n",			\
		    tap_g_ ? tap_g_ : "(null)", tap_w_ ? tap_w_ : "(null)");\
} while (0)

static inline void
tap_diag(const char *fmt, ...)
{
	va_list	ap;

	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

static inline void
tap_skip_all(const char *why)
{
	printf("1..0 # SKIP %s\n", why);
	exit(0);
}

/* One test skipped, with the reason. */
static inline void
tap_skip(const char *why)
{
	printf("ok %d # SKIP %s\n", ++tap_count, why);
	fflush(stdout);
}

static inline int
tap_done(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif

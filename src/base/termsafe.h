/*
 * termsafe: the one terminal sanitiser.  Every string that the CLI or the
 * UI sends to a terminal passes through it.  C0 controls (except the ones
 * a flag keeps), DEL, C1 controls, and the bidirectional controls
 * (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) are written as
 * visible escapes: "\x1b", "\r", "\u{202e}".  ESC therefore never reaches
 * the terminal raw, so neither does any sequence it would start.
 * Ill-formed UTF-8 becomes U+FFFD.
 */
#ifndef DEMARCHE_TERMSAFE_H
#define DEMARCHE_TERMSAFE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct buf;

enum termsafe_flags {
	TERMSAFE_KEEP_TAB = 1 << 0,
	TERMSAFE_KEEP_NEWLINE = 1 << 1,
	/* A name: the escaped form must be unambiguous, so a backslash is
	   written "\\" and an ill-formed byte "\xNN" (not U+FFFD). */
	TERMSAFE_NAME = 1 << 2,
};

/* 1 when cp must not be sent to a terminal raw. */
int	termsafe_is_unsafe(uint32_t cp);

/* Append the escaped form of cp (when unsafe) to b. */
void	termsafe_escape_cp(struct buf *b, uint32_t cp);

/* Append a sanitised copy of s[0..len) to b. */
void	termsafe_escape(struct buf *b, const char *s, size_t len, int flags);

/* Write a sanitised copy of s[0..len) to f. */
void	termsafe_write(FILE *f, const char *s, size_t len, int flags);
void	termsafe_puts(FILE *f, const char *s, int flags);

#endif

/*
 * json: a streaming JSON writer.  The output is valid JSON for any input:
 * strings are written with control characters (C0, DEL, C1) and
 * bidirectional controls escaped as \uXXXX, so JSON read on a terminal
 * cannot drive it, and ill-formed UTF-8 repaired to U+FFFD.  Commas and
 * nesting are tracked by the writer, so the caller only says what comes
 * next.  Errors from the stream are sticky and reported by json_finish().
 */
#ifndef DEMARCHE_JSON_H
#define DEMARCHE_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define JSON_MAX_DEPTH 32

enum json_flags {
	JSON_PRETTY = 1 << 0,	/* two-space indentation */
};

struct json {
	FILE	*f;
	int	 flags;
	int	 depth;
	int	 count[JSON_MAX_DEPTH];	/* values written at each level */
	int	 after_key;		/* a key was written, its value is next */
};

void	json_init(struct json *, FILE *, int flags);
void	json_begin_array(struct json *);
void	json_end_array(struct json *);
void	json_begin_object(struct json *);
void	json_end_object(struct json *);
/* An object key; must be followed by exactly one value. */
void	json_key(struct json *, const char *);
void	json_string(struct json *, const char *);
void	json_string_n(struct json *, const char *, size_t);
void	json_int(struct json *, int64_t);
void	json_bool(struct json *, int);
void	json_null(struct json *);
/* Shorthands for key + value. */
void	json_kv_string(struct json *, const char *, const char *);
void	json_kv_int(struct json *, const char *, int64_t);
/* Ends the document with a newline; returns -1 if the stream failed. */
int	json_finish(struct json *);

#endif

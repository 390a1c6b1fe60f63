/*
 * date: calendar dates as the corpus writes them ("YYYY-MM-DD"), read and
 * validated, and compared as numbers (YYYYMMDD), never as strings.
 *
 * A date given by a user may be a year ("2022"), a month ("2022-03") or a
 * day ("2022-03-01"); a month or day of one digit is accepted
 * ("2022-3-1" is 2022-03-01).  It names a period: date_parse gives its
 * first and last day.  A day that does not exist (2022-13-45,
 * 2023-02-29) is an error.  Years run from 1 to 9999.
 */
#ifndef DEMARCHE_DATE_H
#define DEMARCHE_DATE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Read s[0..len) as a year, month or day: *first and *last are the
 * period's first and last day as YYYYMMDD.  Returns 0, or -1 with *cause
 * ("bad date '2022-13-45' (want YYYY-MM-DD)"), malloc'd.
 */
int		date_parse(const char *s, size_t len, int32_t *first,
		    int32_t *last, char **cause);

/* An article's date ("YYYY-MM-DD") as YYYYMMDD, or 0 when it is not
   one (unknown, malformed). */
int32_t		date_value(const char *s);

/* The day after and the day before d (YYYYMMDD, a valid day). */
int32_t		date_next(int32_t d);
int32_t		date_prev(int32_t d);

#endif

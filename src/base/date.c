/*
 * Dates as numbers: a period (year, month or day) is read into its first
 * and last day, checked against the calendar.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/xmalloc.h"

static int
date_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
date_days(int y, int m)
{
	static const int days[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return m == 2 && date_leap(y) ? 29 : days[m - 1];
}

/* Read 1 to max digits at s[*i]; the value or -1. */
static int
date_number(const char *s, size_t len, size_t *i, size_t min, size_t max)
{
	size_t	n = 0;
	int	v = 0;

	while (*i < len && n < max && s[*i] >= '0' && s[*i] <= '9') {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		n++;
	}
	return n < min ? -1 : v;
}

int
date_parse(const char *s, size_t len, int32_t *first, int32_t *last,
    char **cause)
{
	size_t	i = 0;
	int	y, m = 0, d = 0;

	y = date_number(s, len, &i, 4, 4);
	if (y > 0 && i < len && s[i] == '-') {
		i++;
		m = date_number(s, len, &i, 1, 2);
		if (m > 0 && i < len && s[i] == '-') {
			i++;
			d = date_number(s, len, &i, 1, 2);
		}
	}
	if (y <= 0 || i != len || m < 0 || m > 12 || d < 0 ||
	    (i > 4 && m == 0) || (i > 7 && d == 0) ||
	    (d != 0 && d > date_days(y, m))) {
		*cause = xasprintf("bad date '%.*s' (want YYYY-MM-DD)",
		    (int)len, s);
		return -1;
	}
	*first = y * 10000 + (m == 0 ? 101 : m * 100 + (d == 0 ? 1 : d));
	if (m == 0)
		*last = y * 10000 + 1231;
	else
		*last = y * 10000 + m * 100 + (d == 0 ? date_days(y, m) : d);
	return 0;
}

int32_t
date_value(const char *s)
{
	int32_t	first, last;
	char	*cause = NULL;

	if (strlen(s) != 10 || date_parse(s, 10, &first, &last, &cause) != 0) {
		free(cause);
		return 0;
	}
	return first;
}

int32_t
date_next(int32_t d)
{
	int	y = d / 10000, m = d / 100 % 100, day = d % 100;

	if (day < date_days(y, m))
		return d + 1;
	if (m < 12)
		return y * 10000 + (m + 1) * 100 + 1;
	return (y + 1) * 10000 + 101;
}

int32_t
date_prev(int32_t d)
{
	int	y = d / 10000, m = d / 100 % 100, day = d % 100;

	if (day > 1)
		return d - 1;
	if (m > 1)
		return y * 10000 + (m - 1) * 100 + date_days(y, m - 1);
	return (y - 1) * 10000 + 1231;
}

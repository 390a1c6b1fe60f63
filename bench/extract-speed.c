/*
 * extract-speed FILE...: the main-text extractor's speed on one core, in
 * megabytes of HTML per second.  Every file is read first, then each is
 * extracted (charset, parse, metadata, main text) over and over for at
 * least two seconds of CPU time; the figure is bytes over CPU seconds.
 * Run by bench/extract.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/atomic.h"
#include "web/extract.h"
#include "web/hints.h"

static double
cpu_seconds(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct hints	 h;
	struct extract	 ex;
	char		**data, *cause = NULL;
	const char	*path;
	size_t		*len, total = 0, bytes = 0;
	double		 t0, t;
	int		 i, rounds = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: extract-speed FILE...\n");
		return 2;
	}
	hints_init(&h);
	path = getenv("HINTS") ? getenv("HINTS") : SRCDIR "/data/web/hints";
	if (hints_load(&h, path, &cause) != 0) {
		fprintf(stderr, "extract-speed: %s\n", cause);
		return 2;
	}
	data = calloc((size_t)argc, sizeof *data);
	len = calloc((size_t)argc, sizeof *len);
	for (i = 1; i < argc; i++) {
		if ((data[i] = file_read(argv[i], &len[i], &cause)) == NULL) {
			fprintf(stderr, "extract-speed: %s\n", cause);
			return 2;
		}
		total += len[i];
	}
	t0 = cpu_seconds();
	do {
		for (i = 1; i < argc; i++) {
			if (extract_html(&h, data[i], len[i], NULL, NULL, &ex,
			    &cause) == 0)
				extract_release(&ex);
			else
				free(cause), cause = NULL;
		}
		bytes += total;
		rounds++;
	} while ((t = cpu_seconds() - t0) < 2.0);
	printf("%d pages, %.1f MB, %d rounds, %.2f s CPU: %.1f MB/s per core\n",
	    argc - 1, (double)total / 1e6, rounds, t, (double)bytes / 1e6 / t);
	for (i = 1; i < argc; i++)
		free(data[i]);
	free(data);
	free(len);
	hints_release(&h);
	return 0;
}

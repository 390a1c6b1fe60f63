/* json: the writer's output is valid JSON for any input. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/json.h"
#include "tap.h"

/* Run the writer into a memory stream and return what it wrote. */
static char *
capture(void (*fn)(struct json *), int flags)
{
	struct json	 j;
	char		*out = NULL;
	size_t		 len = 0;
	FILE		*f = open_memstream(&out, &len);

	json_init(&j, f, flags);
	fn(&j);
	json_finish(&j);
	fclose(f);
	return out;
}

static void
doc_nested(struct json *j)
{
	json_begin_object(j);
	json_kv_string(j, "name", "Putin");
	json_key(j, "aliases");
	json_begin_array(j);
	json_string(j, "Путин");
	json_string(j, "President Putin");
	json_end_array(j);
	json_key(j, "empty");
	json_begin_array(j);
	json_end_array(j);
	json_kv_int(j, "mentions", -3);
	json_key(j, "ok");
	json_bool(j, 1);
	json_key(j, "none");
	json_null(j);
	json_end_object(j);
}

static void
doc_hostile(struct json *j)
{
	json_begin_array(j);
	json_string_n(j, "a\"b\\c\n\t\x01\x1b[31m\x7f", 14);
	json_string_n(j, "bad\xff\xfe", 5);
	json_string_n(j, "nul\0byte", 8);
	json_end_array(j);
}

static void
doc_empty(struct json *j)
{
	json_begin_array(j);
	json_end_array(j);
}

int
main(void)
{
	char	*s;

	s = capture(doc_nested, 0);
	is_str(s, "{\"name\":\"Putin\",\"aliases\":[\"Путин\",\"President Putin\"],"
	    "\"empty\":[],\"mentions\":-3,\"ok\":true,\"none\":null}\n",
	    "nested document, compact");
	free(s);
	s = capture(doc_hostile, 0);
	is_str(s, "[\"a\\\"b\\\\c\\n\\t\\u0001\\u001b[31m\\u007f\","
	    "\"bad\xef\xbf\xbd\xef\xbf\xbd\",\"nul\\u0000byte\"]\n",
	    "control characters escaped, invalid UTF-8 repaired, NUL kept");
	free(s);
	s = capture(doc_empty, JSON_PRETTY);
	is_str(s, "[]\n", "an empty array is [] even when pretty");
	free(s);
	s = capture(doc_nested, JSON_PRETTY);
	ok(strstr(s, "\n  \"name\": \"Putin\",\n") != NULL, "pretty output indents");
	free(s);
	return tap_done();
}

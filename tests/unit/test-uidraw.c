/* Tests of the interface's text measuring: widths and line breaks. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "../tap.h"
#include "ui/ui.h"

#define W(s)	text_width((s), strlen(s), 1000)
#define FIT(s, w)	text_fit((s), strlen(s), (w))

int
main(void)
{
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		tap_skip_all("no C.UTF-8 locale");
	is_int(W("abc"), 3, "ASCII");
	is_int(W("Путин"), 5, "Cyrillic: one column each");
	is_int(W("東京"), 4, "CJK: two columns each");
	is_int(W("e\xcc\x8a"), 1, "a combining mark takes no column");
	is_int(W("a\x1b[2Jb"), 9, "ESC is drawn as \\x1b (4 columns)");
	is_int(W("x\xe2\x80\xaey"), 10, "U+202E is drawn as \\u{202e}");
	is_int(W("\xff"), 1, "invalid byte: one U+FFFD");
	is_int(W("a\tb"), 3, "a tab is one space");
	is_int(text_width("abcdef", 6, 2), 3, "measuring stops past the limit");
	is_int(FIT("one two three", 9), 8, "break after the last space");
	is_int(FIT("one two three", 100), 13, "all fits");
	is_int(FIT("abcdefghij", 4), 4, "a long word is cut");
	is_int(FIT("東京東京", 5), 6, "a wide character is not split");
	is_int(FIT("\xe6\x9d\xb1", 1), 3, "at least one character per line");
	is_int(FIT("ab\xcc\x8a\xcc\x8a" "cd", 2), 6,
	    "marks stay with their base");
	return tap_done();
}

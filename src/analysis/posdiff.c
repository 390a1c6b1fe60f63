/* posdiff: stub, filled below. */
#include "config.h"

/* Placeholder until its issue lands: says so and fails. */
#include "config.h"

#include "cmd/cmd.h"

int
cmd_search(int argc, char **argv)
{
	cmd_error("search is not implemented yet");
	return CMD_ERROR;
}

int
cmd_index(int argc, char **argv)
{
	cmd_error("index is not implemented yet");
	return CMD_ERROR;
}

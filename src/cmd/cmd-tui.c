/* Placeholder until its issue lands: says so and fails. */
#include "config.h"

#include "cmd/cmd.h"

int
cmd_tui(int argc, char **argv)
{
	cmd_error("tui is not implemented yet");
	return CMD_ERROR;
}

int
cmd_keys(int argc, char **argv)
{
	cmd_error("keys is not implemented yet");
	return CMD_ERROR;
}

/* Placeholder until its issue lands: says so and fails. */
#include "config.h"

#include "cmd/cmd.h"

int
cmd_positions(int argc, char **argv)
{
	cmd_error("positions is not implemented yet");
	return CMD_ERROR;
}

int
cmd_diff(int argc, char **argv)
{
	cmd_error("diff is not implemented yet");
	return CMD_ERROR;
}

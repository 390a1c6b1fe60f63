/* Placeholder until its issue lands: says so and fails. */
#include "config.h"

#include "cmd/cmd.h"

int
cmd_actors(int argc, char **argv)
{
	cmd_error("actors is not implemented yet");
	return CMD_ERROR;
}

int
cmd_dict(int argc, char **argv)
{
	cmd_error("dict is not implemented yet");
	return CMD_ERROR;
}

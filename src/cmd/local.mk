# src/cmd: the command-line front door, one file per subcommand.
src_demarche_SOURCES += \
	src/cmd/cmd.h \
	src/cmd/main.c \
	src/cmd/cmd-common.c \
	src/cmd/cmd-limit.c \
	src/cmd/cmd-list.c \
	src/cmd/cmd-show.c \
	src/cmd/cmd-search.c \
	src/cmd/cmd-actors.c \
	src/cmd/cmd-positions.c \
	src/cmd/cmd-tui.c \
	src/cmd/cmd-web.c src/cmd/cmd-web.h \
	src/cmd/cmd-extract.c src/cmd/cmd-fetch.c src/cmd/cmd-import.c

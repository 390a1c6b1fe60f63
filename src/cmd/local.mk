# src/cmd: the command-line front door, one file per subcommand.  Two
# programs share it: demarche runs every subcommand but the web ones,
# which it hands to demarche-web (cmd-helper.c), the one program that
# links libcurl and libxml2, installed in $(pkglibexecdir).
CMD_SHARED = src/cmd/cmd.h src/cmd/cmd-table.c src/cmd/cmd-common.c
src_demarche_SOURCES += $(CMD_SHARED) \
	src/cmd/main.c \
	src/cmd/cmd-helper.c \
	src/cmd/cmd-limit.c \
	src/cmd/cmd-list.c \
	src/cmd/cmd-show.c \
	src/cmd/cmd-search.c \
	src/cmd/cmd-actors.c \
	src/cmd/cmd-positions.c \
	src/cmd/cmd-tui.c

pkglibexec_PROGRAMS = src/demarche-web
src_demarche_web_SOURCES = $(CMD_SHARED) \
	src/cmd/main-web.c \
	src/cmd/cmd-web.c src/cmd/cmd-web.h \
	src/cmd/cmd-extract.c src/cmd/cmd-fetch.c src/cmd/cmd-import.c
src_demarche_web_LDADD = $(WEB_LIBS)

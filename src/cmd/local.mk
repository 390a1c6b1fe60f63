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

# After make install (make distcheck runs this): the installed demarche
# finds the installed helper.  Skipped under DESTDIR, where the programs
# are not where they were configured to be.
installcheck-local: installcheck-web-helper
installcheck-web-helper:
	@if test -n "$(DESTDIR)"; then \
		echo "installcheck: DESTDIR is set; demarche-web not run"; \
		exit 0; fi; \
	title=`'$(bindir)/demarche' extract \
	    '$(abs_top_srcdir)/tests/web/fixtures/page-en.html' | sed -n 1p`; \
	if test "$$title" != \
	    "Title: Envoys agree a schedule for prisoner exchanges"; then \
		echo "installcheck: '$(bindir)/demarche extract' did not" \
		    "run '$(pkglibexecdir)/demarche-web'" >&2; exit 1; fi
.PHONY: installcheck-web-helper

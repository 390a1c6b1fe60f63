# man: the manual pages, linted by tests/cli/man.sh when mandoc exists.
dist_man_MANS += man/demarche.1 man/demarche-feeds.5

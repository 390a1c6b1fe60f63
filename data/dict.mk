# data/dict: actor dictionaries, installed to $(pkgdatadir)/dict.
dictdir = $(pkgdatadir)/dict
dist_dict_DATA = \
	data/dict/actors.dict \
	data/dict/countries.dict \
	data/dict/endings.dict \
	data/dict/names.dict \
	data/dict/stop.dict \
	data/dict/titles.dict \
	data/dict/verbs.dict

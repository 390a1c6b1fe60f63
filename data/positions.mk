# data/positions: issues, triggers, cues and markers for the positions
# layer, with their Russian and Ukrainian companions, installed to
# $(pkgdatadir)/positions.
positionsdir = $(pkgdatadir)/positions
dist_positions_DATA = \
	data/positions/issues \
	data/positions/triggers \
	data/positions/cues \
	data/positions/markers \
	data/positions/triggers.ru \
	data/positions/cues.ru \
	data/positions/markers.ru \
	data/positions/triggers.uk \
	data/positions/cues.uk \
	data/positions/markers.uk

# data/positions: issues, triggers, cues and markers for the positions
# layer, installed to $(pkgdatadir)/positions.
positionsdir = $(pkgdatadir)/positions
dist_positions_DATA = \
	data/positions/issues \
	data/positions/triggers \
	data/positions/cues \
	data/positions/markers

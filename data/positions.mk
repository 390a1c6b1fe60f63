# data/positions: issues and cues

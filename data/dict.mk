# data/dict: actor dictionaries

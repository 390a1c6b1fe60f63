# Russian cues for the screen tests (frozen; see tests/tui/data/README).
support	verb	поддержива*
oppose	verb	выступил* против
speech	verb	заявил*

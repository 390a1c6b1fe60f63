# Russian markers for the screen tests (frozen).
negation	не

# src/analysis: actors (owned by the actors work)

# src/analysis: positions and the diff

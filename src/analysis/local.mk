# src/analysis

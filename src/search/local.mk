# src/search

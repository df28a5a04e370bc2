"""The review core: plain data and verbs, free of any UI import."""

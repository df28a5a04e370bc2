"""Review machine-translated Japanese."""

__version__ = "0.1.0"

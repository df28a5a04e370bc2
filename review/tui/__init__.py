"""The review TUI (Textual). The core never imports this package."""

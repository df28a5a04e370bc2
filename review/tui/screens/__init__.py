"""Screens: the main review screen and its dialogs."""

"""The command line: the same services as the window, for scripts and people without a screen."""

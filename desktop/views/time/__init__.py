"""The Time page, the quick-entry dialog and the running timer."""

"""Qt: the main window, pages and dialogs. The only floor that imports PySide6."""

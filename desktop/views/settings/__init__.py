"""The Settings page and its sections."""

from desktop.views.settings.page import SECTIONS, SettingsPage

__all__ = ["SECTIONS", "SettingsPage"]

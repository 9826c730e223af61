"""Wiring that needs every app ready first: listed last in INSTALLED_APPS."""

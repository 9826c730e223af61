"""The judging app's public pages: the judge's side (``judge``), under ``/<language>/judging/``."""

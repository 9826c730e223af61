"""The demo app: bilingual demo content and users for a fresh site, loaded by ``manage.py load_demo_content``.

Data modules (``news.py``, ``services.py``, ...) hold the content in English and Chinese; one loader per
part of the site (``news_loader.py``, ...) creates it from the shared functions in ``builders.py``; and
``loader.load_demo_content`` runs them in order. Loading is idempotent: every step creates only what is
missing and never overwrites what an editor changed, and existing users keep their passwords.

The demo sits at the top of the apps, just below ``portal``: it imports the apps whose content it
loads, and no app imports it.
"""

from django.apps import AppConfig


class VocabularyConfig(AppConfig):
    name = "vocabulary"
    verbose_name = "Controlled vocabularies"

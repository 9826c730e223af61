from django.apps import AppConfig


class ParksConfig(AppConfig):
    name = "parks"
    verbose_name = "Parks and innovation stations"

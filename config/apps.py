from django.apps import AppConfig


class ProjectConfig(AppConfig):
    """Project-wide pieces that belong to no editorial app: health checks and operator commands."""

    name = "config"
    label = "project"
    verbose_name = "Briefdesk"

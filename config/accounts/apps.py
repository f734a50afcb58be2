from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Staff accounts: the lockout page and the security log (no models)."""

    name = "config.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from config.accounts import receivers  # noqa: F401  (connects the security log lines)

from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class AccountsConfig(AppConfig):
    """Staff accounts: lockout page, second-factor enrolment and the security log (no models)."""

    name = "config.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from config.accounts import receivers  # noqa: F401  (connects the security log lines)


class BriefdeskAdminConfig(AdminConfig):
    """django.contrib.admin whose admin.site checks the second factor (config/accounts/admin_site.py)."""

    default_site = "config.accounts.admin_site.BriefdeskAdminSite"

"""Staff accounts: login throttling and lockout (django-axes), the optional TOTP second factor (django-otp),
the admin site that enforces both, and the security log lines (README, "Accounts")."""

"""Staff accounts: login throttling and lockout (django-axes), the lockout page and the security log
lines (README, "Accounts")."""

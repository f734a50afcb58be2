"""Security log lines for logins, failures and lockouts, on the `briefdesk.security` logger.

django-axes keeps the records (admin: Axes) but masks usernames and addresses in its own log lines;
these lines name both, so an operator can follow one account or one address in the log.
"""

from __future__ import annotations

import logging

from axes.signals import user_locked_out
from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from config.clients import client_address

logger = logging.getLogger("briefdesk.security")


def _address(request) -> str:
    return client_address(request) if request is not None else "-"


@receiver(user_login_failed, dispatch_uid="briefdesk.security.login_failed")
def log_failed_login(sender, credentials, request=None, **kwargs):
    # %r keeps a username with line breaks on one line of the log.
    username, address = str(credentials.get("username"))[:150], _address(request)
    second_factor = credentials.get("second_factor")  # from our login form: missing, wrong or throttled
    if second_factor:
        logger.warning("login failed: username=%r address=%s code=%s", username, address, second_factor)
    else:
        logger.warning("login failed: username=%r address=%s", username, address)


@receiver(user_locked_out, dispatch_uid="briefdesk.security.locked_out")
def log_lockout(sender, request, username, ip_address, **kwargs):
    logger.warning(
        "login locked: username=%r address=%s after %d failures, until %d minutes after the last attempt",
        str(username)[:150],
        ip_address,
        settings.AXES_FAILURE_LIMIT,
        settings.AXES_COOLOFF_TIME.total_seconds() // 60,
    )


@receiver(user_logged_in, dispatch_uid="briefdesk.security.logged_in")
def log_login(sender, request, user, **kwargs):
    logger.info(
        "login: username=%r address=%s second factor=%s",
        user.get_username(),
        _address(request),
        "yes" if getattr(user, "otp_device", None) is not None else "no",
    )

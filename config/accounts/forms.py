from __future__ import annotations

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.utils.translation import gettext_lazy as _

from config.accounts import two_factor
from config.accounts.two_factor import Refusal, TokenRefused

TOKEN_ERRORS = {
    Refusal.MISSING: _("Enter the six-digit code from your authenticator app."),
    Refusal.WRONG: _("That code is not right, or it was used already. Enter the code your app shows now."),
    Refusal.THROTTLED: _("Too many wrong codes. Wait a few seconds, then enter the code your app shows now."),
}


def _token_field(**kwargs) -> forms.CharField:
    return forms.CharField(
        max_length=16,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        **kwargs,
    )


class LoginForm(AdminAuthenticationForm):
    """The admin login: username, password and, for users who set up an authenticator, its code.

    Every refusal reads the same, whichever factor was wrong: a message that said "now the code" after a
    right password would tell a guesser that the password is right without any second factor.
    """

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": _(
            "Enter the right %(username)s and password of a staff account, and the code your authenticator "
            "app shows now if you have set up two-step verification. All fields may be case-sensitive."
        ),
    }

    otp_token = _token_field(
        label=_("Authenticator code"),
        required=False,
        help_text=_("Only if you have set up two-step verification: the code your app shows now."),
    )

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        try:
            # django-otp marks the session verified at login when the user carries the device.
            user.otp_device = two_factor.check_login_token(user=user, token=cleaned_data.get("otp_token", ""))
        except TokenRefused as refusal:
            # A missing or wrong code counts as a failed login, so django-axes locks the pair after the
            # limit whichever factor was being guessed, and the attempt is logged like any other.
            user_login_failed.send(
                sender=__name__,
                credentials={"username": cleaned_data.get("username"), "second_factor": refusal.reason.value},
                request=self.request,
            )
            self.user_cache = None
            raise self.get_invalid_login_error() from None
        return cleaned_data


class EnrolForm(forms.Form):
    token = _token_field(label=_("Code from the app"))

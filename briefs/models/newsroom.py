"""What the newsroom keeps about its own members: the name readers see, and the last desk notice."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EditorProfile(models.Model):
    """How readers see a member of the newsroom: a name they chose, never their login."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="editor_profile",
    )
    public_name = models.CharField(
        _("public name"),
        max_length=120,
        blank=True,
        help_text=_(
            "Shown to readers on the briefs this person publishes (“reviewed by …”). Empty: "
            "“the editors”. The login name is never shown."
        ),
    )

    class Meta:
        ordering = ["user__username"]
        verbose_name = _("editor profile")
        verbose_name_plural = _("editor profiles")

    def __str__(self) -> str:
        return self.public_name or str(self.user)

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        name = self.public_name.strip()
        if name and self.user_id and name.casefold() == self.user.get_username().casefold():
            raise ValidationError(
                {"public_name": _("That is the login name, which stays private; choose a name for readers.")}
            )
        self.public_name = name


class DeskNotice(models.Model):
    """The last e-mail telling one person what waits on their desk, and what it listed: the next one goes
    out only for something new, and not sooner than DESK_NOTIFY_MINUTES after this one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="desk_notice"
    )
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    items = models.JSONField(_("items told about"), default=list, blank=True)

    class Meta:
        verbose_name = _("desk notice")
        verbose_name_plural = _("desk notices")

    def __str__(self) -> str:
        return f"{self.user} {self.sent_at}"

"""What several editorial models share: who last changed what readers will read (the four-eyes
rule), and the addresses a renamed record leaves behind."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.timezone import now as timezone_now
from django.utils.translation import gettext_lazy as _


class ContentAuthorship(models.Model):
    """Who last changed what readers will read, for the four-eyes rule (briefs/services/four_eyes.py).

    Set by every service that changes the content (annotating, editing, figures, re-anchoring, the
    admin's saves of briefs and key points); a change made by no person (a system re-anchoring) keeps
    the last person's name.
    """

    content_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("content last changed by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    content_changed_at = models.DateTimeField(
        _("content last changed at"), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def mark_content_changed(self, user) -> None:
        """Record a person's change of the content (a system change, ``user`` None, records nothing)."""
        if user is not None and user.is_authenticated:
            self.content_changed_by = user
            self.content_changed_at = timezone_now()


class FormerSlug(models.Model):
    """An address a record had before it was renamed: old links answer with a permanent redirect."""

    slug = models.SlugField(_("former slug"), max_length=80, unique=True)
    retired_at = models.DateTimeField(_("renamed at"), default=timezone_now)
    retired_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("renamed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        abstract = True
        ordering = ["-retired_at", "-pk"]

    def __str__(self) -> str:
        return self.slug

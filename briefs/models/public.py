"""The public read model: what readers and partners see, written only by a publication (briefs/public/).

One row per public object id, holding the object as the publication that last showed it stated it,
pre-serialised, with the columns the API filters and orders on. An editor's change to a live row
changes none of these rows."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from briefs.models.briefs import Brief, BriefRevision


class PublishedSnapshot(models.Model):
    """What every public row has: the publication that wrote it, when, and the object's public JSON."""

    revision = models.ForeignKey(BriefRevision, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(_("published at"))
    data = models.TextField(_("public JSON"))

    class Meta:
        abstract = True


class PublicClaim(PublishedSnapshot):
    id = models.PositiveIntegerField(_("claim id"), primary_key=True)
    source_id = models.PositiveIntegerField(_("source id"), db_index=True)
    speaker_id = models.PositiveIntegerField(_("speaker id"), db_index=True)
    speaker_slug = models.CharField(_("speaker slug"), max_length=80, db_index=True)
    outlet_slug = models.CharField(_("outlet slug"), max_length=80, blank=True, db_index=True)
    stance = models.CharField(_("stance"), max_length=20)
    said_on = models.DateField(_("said on"), null=True)
    event_start = models.DateField(_("event start"), null=True)
    event_end = models.DateField(_("event end"), null=True)
    start = models.PositiveIntegerField(_("start"), default=0)
    exact = models.TextField(_("quote"))
    paraphrase = models.TextField(_("paraphrase"), blank=True)
    #: The editors' English rendering of the quote, searched with the original words (both languages'
    #: readers find a quote by the words they read).
    quote_english = models.TextField(_("English rendering of the quote"), blank=True)
    briefs = models.JSONField(_("briefs"), default=list)
    key_points = models.JSONField(_("key points"), default=list)

    class Meta:
        verbose_name = _("public claim")
        verbose_name_plural = _("public claims")

    def __str__(self) -> str:
        return f"public claim {self.pk}"


class PublicCitation(models.Model):
    """A claim cited by a public revision, under one key point: the `brief` and `key_point` filters."""

    revision = models.ForeignKey(BriefRevision, on_delete=models.PROTECT, related_name="+")
    brief = models.ForeignKey(Brief, on_delete=models.PROTECT, related_name="+")
    current = models.BooleanField(_("in the current publication"), default=True)
    claim_id = models.PositiveIntegerField(_("claim id"), db_index=True)
    key_point_id = models.PositiveIntegerField(_("key point id"), null=True, db_index=True)

    class Meta:
        verbose_name = _("public citation")
        verbose_name_plural = _("public citations")

    def __str__(self) -> str:
        return f"claim {self.claim_id} in {self.revision_id}"


class PublicSource(PublishedSnapshot):
    id = models.PositiveIntegerField(_("source id"), primary_key=True)
    outlet_id = models.PositiveIntegerField(_("outlet id"), null=True, db_index=True)
    outlet_slug = models.CharField(_("outlet slug"), max_length=80, blank=True, db_index=True)
    language = models.CharField(_("language"), max_length=8)
    article_published_at = models.DateTimeField(_("article published at"), null=True)
    cited_outlets = models.JSONField(_("cited outlets"), default=list)
    title = models.TextField(_("title"), blank=True)
    body = models.TextField(_("body"), blank=True)
    claims = models.JSONField(_("public claims"), default=list)
    briefs = models.JSONField(_("citing briefs"), default=list)
    #: False: no public claim cites it now, but a public revision once did, and stays readable (the
    #: reader pages keep what it links to); the API lists and serves only listed rows.
    listed = models.BooleanField(_("listed"), default=True)

    class Meta:
        verbose_name = _("public source")
        verbose_name_plural = _("public sources")

    def __str__(self) -> str:
        return f"public source {self.pk}"


class PublicActor(PublishedSnapshot):
    id = models.PositiveIntegerField(_("actor id"), primary_key=True)
    slug = models.CharField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20)
    country = models.CharField(_("country"), max_length=2, blank=True)
    aliases = models.TextField(_("aliases"), blank=True)
    #: Searched, with the name and aliases, so a reader finds an actor by the words either language's
    #: pages name and describe it with (Korea Utara, Gedung Putih).
    name_indonesian = models.CharField(_("name in Indonesian"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_indonesian = models.TextField(_("description in Indonesian"), blank=True)
    #: Its positions for the actor page, brief by brief, from the newest publication that quotes it.
    positions = models.JSONField(_("positions"), default=list)
    #: False: no public claim cites it now, but a public revision once did, and stays readable (the
    #: reader pages keep what it links to); the API lists and serves only listed rows.
    listed = models.BooleanField(_("listed"), default=True)

    class Meta:
        verbose_name = _("public actor")
        verbose_name_plural = _("public actors")

    def __str__(self) -> str:
        return self.slug


class PublicOutlet(PublishedSnapshot):
    id = models.PositiveIntegerField(_("outlet id"), primary_key=True)
    slug = models.CharField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20)
    country = models.CharField(_("country"), max_length=2, blank=True)
    #: False: no public claim cites it now, but a public revision once did, and stays readable (the
    #: reader pages keep what it links to); the API lists and serves only listed rows.
    listed = models.BooleanField(_("listed"), default=True)

    class Meta:
        verbose_name = _("public outlet")
        verbose_name_plural = _("public outlets")

    def __str__(self) -> str:
        return self.slug


class PublicKeyPoint(PublishedSnapshot):
    """A key point of a current publication, as it states it."""

    id = models.PositiveIntegerField(_("key point id"), primary_key=True)
    brief = models.ForeignKey(Brief, on_delete=models.PROTECT, related_name="+")
    rank = models.PositiveIntegerField(_("rank"))
    statement = models.TextField(_("statement"))
    statement_indonesian = models.TextField(_("statement in Indonesian"), blank=True)
    claims = models.JSONField(_("claims"), default=list)

    class Meta:
        verbose_name = _("public key point")
        verbose_name_plural = _("public key points")

    def __str__(self) -> str:
        return f"public key point {self.pk}"

"""Who can be quoted: actors, their names and affiliations, and the addresses a renamed actor left."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from briefs.models.authorship import FormerSlug


class ActorQuerySet(models.QuerySet):
    def confirmed(self) -> ActorQuerySet:
        return self.filter(confirmed=True)

    def unconfirmed(self) -> ActorQuerySet:
        return self.filter(confirmed=False)


class Actor(models.Model):
    """A person, organisation, state or media outlet that can be quoted."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANISATION = "organisation", _("Organisation")
        STATE = "state", _("State")
        MEDIA = "media", _("Media")

    class ProposedVia(models.TextChoices):
        SUGGESTION = "suggestion", _("proposed from a claim suggestion")
        ANNOTATION = "annotation", _("described as a new speaker by an editor while annotating")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("The actor's address (/actors/<slug>/). After a change, the old address redirects here."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO 3166 code, e.g. KP"))
    affiliation = models.ForeignKey(
        "self",
        verbose_name=_("affiliation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
        help_text=_("Who this actor speaks for: John Kirby → White House → United States."),
    )
    description = models.CharField(_("description"), max_length=300, blank=True)
    name_indonesian = models.CharField(
        _("name in Indonesian"),
        max_length=200,
        blank=True,
        help_text=_(
            "How Indonesian pages name it when that differs (Amerika Serikat, Gedung Putih): on its own "
            "page and wherever it is a speaker's affiliation. Empty: the name as it is (most people's "
            "names). Readers see it with the brief's next published revision."
        ),
    )
    description_indonesian = models.CharField(
        _("description in Indonesian"),
        max_length=300,
        blank=True,
        help_text=_(
            "Shown on Indonesian pages; empty: they show the description, marked “not yet translated”. "
            "Readers see it with the brief's next published revision."
        ),
    )
    aliases = models.JSONField(
        _("aliases"),
        default=list,
        blank=True,
        help_text=_(
            "Every name a text may use: Korea Utara, Korut, DPRK, Pyongyang… One speaker, many names."
        ),
    )
    roles = models.JSONField(
        _("role phrases"),
        default=list,
        blank=True,
        help_text=_("Phrases that designate this actor without naming it, e.g. “juru bicara Kremlin”."),
    )
    confirmed = models.BooleanField(
        _("confirmed"),
        default=True,
        help_text=_(
            "Unticked for a proposed speaker (from a claim suggestion, or described as new while "
            "annotating): the rules do not recognise it by its names, and its claims cannot be approved, "
            "until an editor confirms it or merges it into an existing actor."
        ),
    )
    proposed_via = models.CharField(
        _("how it was proposed"),
        max_length=12,
        choices=ProposedVia.choices,
        blank=True,
        editable=False,
        help_text=_("Empty for an actor of the registry or one an editor added under Actors."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        constraints = [
            models.CheckConstraint(condition=~Q(affiliation=F("pk")), name="actor_not_affiliated_to_itself"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("admin:briefs_actor_change", args=[self.pk])

    @property
    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]


class ActorFormerSlug(FormerSlug):
    actor = models.ForeignKey(
        Actor, verbose_name=_("actor"), on_delete=models.CASCADE, related_name="former_slugs"
    )

    class Meta(FormerSlug.Meta):
        verbose_name = _("former actor address")
        verbose_name_plural = _("former actor addresses")

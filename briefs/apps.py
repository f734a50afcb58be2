from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BriefsConfig(AppConfig):
    name = "briefs"
    verbose_name = _("Briefs")

    def ready(self) -> None:
        from django.urls import register_converter

        from briefs.url_converters import CanonicalNumberConverter

        # Before any URLconf is read: the reader's addresses in briefs/urls.py and config/urls.py use it.
        register_converter(CanonicalNumberConverter, "number")

        from django.db.models.signals import post_migrate

        from briefs.public.backfill import backfill_after_migrate

        post_migrate.connect(backfill_after_migrate, sender=self, dispatch_uid="briefs.backfill_public_rows")

        from briefs.receivers import reanchor_claims_after_body_change
        from ingest.signals import source_body_changed

        source_body_changed.connect(reanchor_claims_after_body_change, dispatch_uid="briefs.reanchor_claims")

        from briefs.page_cache import purge_reader_pages
        from briefs.services.publishing import PUBLISH_HOOKS
        from briefs.services.renames import RENAME_HOOKS

        for hooks in (PUBLISH_HOOKS, RENAME_HOOKS):
            if purge_reader_pages not in hooks:
                hooks.append(purge_reader_pages)

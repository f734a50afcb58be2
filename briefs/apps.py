from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BriefsConfig(AppConfig):
    name = "briefs"
    verbose_name = _("Briefs")

    def ready(self) -> None:
        from briefs.receivers import audit_ingest_decision, reanchor_claims_after_body_change
        from ingest.signals import editorial_decision, source_body_changed

        source_body_changed.connect(reanchor_claims_after_body_change, dispatch_uid="briefs.reanchor_claims")
        editorial_decision.connect(audit_ingest_decision, dispatch_uid="briefs.audit_ingest_decisions")

        from briefs.page_cache import purge_reader_pages
        from briefs.services.publishing import PUBLISH_HOOKS
        from briefs.services.renames import RENAME_HOOKS

        for hooks in (PUBLISH_HOOKS, RENAME_HOOKS):
            if purge_reader_pages not in hooks:
                hooks.append(purge_reader_pages)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BriefsConfig(AppConfig):
    name = "briefs"
    verbose_name = _("Briefs")

    def ready(self) -> None:
        from briefs.receivers import reanchor_claims_after_body_change
        from ingest.signals import source_body_changed

        source_body_changed.connect(reanchor_claims_after_body_change, dispatch_uid="briefs.reanchor_claims")

import json

from django.core.management.base import BaseCommand, CommandError

from briefs.models import ClaimSuggestion
from briefs.services.suggestions import actor_lexicon, generate_suggestions
from ingest.models import Source


class Command(BaseCommand):
    help = (
        "Find attributed statements in Sources and store them as pending suggestions for editors; "
        "prints every pending suggestion of those Sources."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--source", type=int, action="append", dest="ids", help="only this id (repeatable)"
        )
        parser.add_argument("--format", choices=["text", "json"], default="text")

    def handle(self, *args, ids, format: str, **options):
        sources = Source.objects.order_by("pk")
        if ids:
            sources = sources.filter(pk__in=ids)
            missing = set(ids) - set(sources.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"no source with id {', '.join(map(str, sorted(missing)))}")
        lexicon = actor_lexicon()
        for source in sources.iterator(chunk_size=100):
            generate_suggestions(source=source, lexicon=lexicon)
            pending = ClaimSuggestion.objects.filter(source=source, status=ClaimSuggestion.Status.PENDING)
            for suggestion in pending.select_related("speaker").order_by("start"):
                self._report(suggestion, format)

    def _report(self, suggestion: ClaimSuggestion, format: str) -> None:
        speaker = suggestion.speaker.name if suggestion.speaker else None
        if format == "json":
            record = {
                "source_id": suggestion.source_id,
                "quote": suggestion.quote,
                "start": suggestion.start,
                "end": suggestion.end,
                "speaker": speaker,
                "new_speaker": suggestion.speaker_name or None,
                "possible_speakers": suggestion.speaker_candidates,
                "stance": suggestion.stance,
                "confidence": round(suggestion.confidence, 3),
            }
            self.stdout.write(json.dumps(record, ensure_ascii=False))
            return
        who = speaker or (f"new: {suggestion.speaker_name}" if suggestion.speaker_name else None)
        if who is not None and suggestion.speaker_candidates:
            who = f"{who} (or perhaps {', '.join(suggestion.speaker_candidates)})"
        if who is None and suggestion.speaker_candidates:
            who = f"? ({suggestion.speaker_text}: one of {', '.join(suggestion.speaker_candidates)})"
        who = who or f"? ({suggestion.speaker_text})"
        self.stdout.write(
            f"source {suggestion.source_id} [{suggestion.start}:{suggestion.end}] {who} {suggestion.stance}: “{suggestion.quote[:100]}”"
        )

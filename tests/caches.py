"""Emptying every cache a reader or API answer can come from, as a flush of Redis by hand would, plus the
copies and the page-cache generation memo each process keeps (which a flush elsewhere reaches only
after READER_GENERATION_RECHECK_MS)."""

from django.core.cache import cache


def empty_caches() -> None:
    from briefs.api.conditional import forget_api_answers
    from briefs.brief_page_parts import forget_brief_page_parts
    from briefs.page_cache import forget_process_pages

    cache.clear()
    forget_process_pages()
    forget_api_answers()
    forget_brief_page_parts()

"""Parse rendered HTML for what an injection would leave behind."""

from html.parser import HTMLParser

ALLOWED_SCRIPT_TYPES = {"application/ld+json", "application/json"}


class InjectionFinder(HTMLParser):
    """Executable inline scripts, event-handler attributes, javascript: URLs and the test's marker img."""

    def __init__(self):
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if (
            tag == "script"
            and not attributes.get("src")
            and attributes.get("type") not in ALLOWED_SCRIPT_TYPES
        ):
            self.problems.append("inline script")
        if tag == "img" and attributes.get("src") == "x":
            self.problems.append("injected img")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event attribute {name}")
            if value and value.strip().lower().startswith("javascript:"):
                self.problems.append(f"javascript URL in {name}")


def injections(html: str) -> list[str]:
    finder = InjectionFinder()
    finder.feed(html)
    return finder.problems


HOSTILE = (
    '<script>alert(1)</script>"><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>{{ 7|add:1 }}'
)

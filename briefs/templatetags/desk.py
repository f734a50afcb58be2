from django import template

from briefs.desk.admin_views import QUEUE_TITLES
from briefs.desk.queues import queue_querysets

register = template.Library()


@register.simple_tag(takes_context=True)
def desk_counts(context) -> list[tuple[str, str, int]]:
    """(key, title, count) of each queue the signed-in person can act on: one query per queue."""
    user = context["request"].user
    return [(key, QUEUE_TITLES[key], queryset.count()) for key, queryset in queue_querysets(user).items()]

"""Server-drawn pictures of a published revision: pure geometry, no Django.

Each module takes the plain data of a revision's snapshot (and the labels the page has already put in the
reader's language) and returns coordinates rounded to whole pixels; the templates in
``templates/briefs/_figure_chart.html`` and ``_visual_timeline.html`` turn them into inline SVG.
"""

"""`make bench`: every hot path measured against a baseline served or run in the same session.

See docs/performance.md. Nothing here is imported by the project; production never serves the baselines.
"""

"""Reads for the editors' and reviewers' desk: what waits for whom, key point candidates, orphaned claims.

One module per topic; each read has a fixed number of queries whatever the size.
"""

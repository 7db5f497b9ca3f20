"""The HTML report: the page, its assets and markup, the batch overview and the
per-proposal section.
"""

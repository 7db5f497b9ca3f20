"""The writing aids: what helps a user write or migrate a proposal rather than check it
(init scaffold and its templates, schema export, paste pack, manifest, migration,
rule and reserved-ID references).
"""

"""The repository configuration: its model (the vocabulary the config file may use) and
its loading (discovery, parsing, errors with file and line).
"""

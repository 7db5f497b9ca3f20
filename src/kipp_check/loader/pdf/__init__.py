"""Reading attached PDFs: the sandboxed worker processes, page and text reading,
active-content detection and the per-folder limits.
"""

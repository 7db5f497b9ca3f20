"""kipp-check: is this KIPP proposal ready to submit on SINOVIK?"""

__version__ = "0.1.0"

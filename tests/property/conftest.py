"""Hypothesis profiles: a short run for CI by default, a long one on request.

    python -m pytest tests/property                                  # kipp-ci: modest counts
    KIPP_HYPOTHESIS_PROFILE=kipp-long python -m pytest tests/property
    python -m pytest tests/property --hypothesis-profile kipp-long   # the same

CI uses no example database (nothing is written into the checkout) and no
deadline (a loaded CI machine must not make a test flaky); the long run
keeps Hypothesis' database so a failure found once is replayed first.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

PROFILE_ENV = "KIPP_HYPOTHESIS_PROFILE"
_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile(
    "kipp-ci", max_examples=40, deadline=None, database=None, suppress_health_check=_SLOW
)
settings.register_profile(
    "kipp-long", max_examples=2000, deadline=None, suppress_health_check=_SLOW
)


def pytest_configure(config: pytest.Config) -> None:
    """The env var's profile (or `kipp-ci`) unless `--hypothesis-profile` chose one."""
    if config.getoption("hypothesis_profile", None) is None:
        settings.load_profile(os.environ.get(PROFILE_ENV, "kipp-ci"))

"""Many proposals in one run: discovery, parallel checking, cross-proposal rules.

Modules: `discovery` (which files), `pool` (checking them, in worker processes
or in-process), `facts` and `cross_rules` (comparing them), `runner` (the run
as a whole). Nothing is imported here, so `kipp_check.run` can use `facts` and
`cross_rules` without importing the pool.
"""

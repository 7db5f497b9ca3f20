"""Many proposals in one run: discovery, parallel checking, then the cross-proposal rules.

Modules: `discovery` (which files), `pool` (checking them, in worker processes
or in-process), `spool` (their reports until they are written), `runner` (the
run as a whole). The cross-proposal rules and the facts they compare live with
the other rules (`rules.cross_proposal`, `rules.cross_facts`). Nothing is
imported here, so importing one module does not import the pool.
"""

"""Where the tool may read and write: every path judged by its real path against a root.

The threat model (README, "Security and limits"): the operator's command line
and the `--config` file they name are trusted; everything in the checked tree
(proposals, PDFs, `.kipp-check.yaml`, local packs, symbolic links) may have
been written by someone else, e.g. in a pull request. So:

- `root.py` finds the repository root of a path (the nearest folder holding
  `.git`; without one, the working folder when the path is below it, else
  the folder the path names) and judges a file to read by its real path:
  inside the root, and never a link into a hidden folder such as `.git`
  (`confine`). A tree's own config is obeyed only when it is safe to
  (`config_owner_problem`, like git's `safe.directory`).
- `globbing.py` expands folders and globs without following links, with a cap.
- `outputs.py` judges every file a run writes: never through a link, never
  over one of the run's inputs, never twice (by real path), never over a
  read-only report; a tree's config may only write inside its root.

Every refusal is a `PathRefused` with a catalogue key (messages in
`kipp_check.i18n.messages_trust`); the CLI turns it into exit code 2.
"""

from __future__ import annotations

from kipp_check.trust.root import PathRefused, confine, repository_root

__all__ = ["PathRefused", "confine", "repository_root"]

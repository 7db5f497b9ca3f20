"""One walk over the composed node tree that builds the data and its source map together.

Building both in the same pass guarantees they agree: every path in the data
has a position, and a duplicate key's losing value is neither in the data nor
in the map. Keys are compared after resolution (`a` and `"a"` collide), the
last value wins as in PyYAML, and the dict keeps the first key's place.
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kipp_check.loader.checks import LoadContext, shown
from kipp_check.loader.resolver import NumberOutOfRangeError, resolve_plain, yaml11_reading
from kipp_check.loader.source_map import (
    Position,
    ScalarInfo,
    SourceMap,
    mark_position,
    mark_span,
)
from kipp_check.models.reserved import DUPLICATE_KEY, YAML_FEATURE
from kipp_check.models.results import DocPath


class TreeWalker:
    """Turns a node tree into plain data, recording positions as it goes.

    Recursion depth equals nesting depth, which the pre-scan has already
    bounded by `limits.max_yaml_depth`.
    """

    def __init__(self, ctx: LoadContext) -> None:
        self._ctx = ctx
        self._keys: dict[DocPath, Position] = {}
        self._values: dict[DocPath, Position] = {}
        self._scalars: dict[DocPath, ScalarInfo] = {}
        self._key_order: dict[DocPath, tuple[str, ...]] = {}

    def source_map(self) -> SourceMap:
        """Everything recorded so far (also after a problem, for whatever it is worth)."""
        return SourceMap(
            keys=self._keys, values=self._values, scalars=self._scalars, key_order=self._key_order
        )

    def walk(self, node: Node, path: DocPath = ()) -> Any:
        """The plain value of `node`, which sits at `path`."""
        self._values[path] = mark_position(node.start_mark)
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.walk(item, (*path, index)) for index, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _scalar(self, node: Node, path: DocPath) -> Any:
        text: str = node.value
        if not (isinstance(node, ScalarNode) and node.style is None):
            self._scalars[path] = ScalarInfo(text, plain=False, yaml11=None)
            return text
        try:
            value = resolve_plain(text)
        except NumberOutOfRangeError:
            at = mark_span(node.start_mark)
            self._ctx.report(
                YAML_FEATURE, "number_out_of_range", at=at, path=path, value=shown(text)
            )
            value = text
        self._scalars[path] = ScalarInfo(text, plain=True, yaml11=yaml11_reading(text, value))
        return value

    def _mapping(self, node: MappingNode, path: DocPath) -> dict[str, Any]:
        winners: dict[str, Node] = {}
        key_at: dict[str, Position] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node, path)
            if key is None:
                continue
            here = mark_position(key_node.start_mark)
            if key in first_line:
                self._ctx.report(
                    DUPLICATE_KEY,
                    "duplicate_key",
                    at=mark_span(key_node.start_mark),
                    path=(*path, key),
                    fatal=False,
                    name=shown(key),
                    first=first_line[key],
                )
            else:
                first_line[key] = here[0]
            winners[key] = value_node
            key_at[key] = here
        self._key_order[path] = tuple(winners)
        result: dict[str, Any] = {}
        for key, value_node in winners.items():
            child = (*path, key)
            self._keys[child] = key_at[key]
            result[key] = self.walk(value_node, child)
        return result

    def _key(self, node: Node, path: DocPath) -> str | None:
        """The key as text, or None after reporting why it cannot be one."""
        at = mark_span(node.start_mark)
        if not isinstance(node, ScalarNode):
            self._ctx.report(YAML_FEATURE, "complex_key", at=at, path=path)
            return None
        text: str = node.value
        if node.style is not None:
            return text
        if text == "<<":
            self._ctx.report(YAML_FEATURE, "merge_key", at=at, path=path)
            return None
        try:
            value = resolve_plain(text)
        except NumberOutOfRangeError:
            value = None
        if isinstance(value, str):
            return value
        if text == "":
            self._ctx.report(YAML_FEATURE, "empty_key", at=at, path=path)
        else:
            self._ctx.report(YAML_FEATURE, "non_string_key", at=at, path=path, name=shown(text))
        return None

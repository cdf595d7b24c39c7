"""A script's front matter read as strict YAML: imported only when a script is read (PyYAML
is slow to import, and most commands, the daemon and the office read none)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, ClassVar

import yaml

from common.i18n import _

from .script import ScriptError


class _StrictYaml(yaml.SafeLoader):
    """Safe YAML without implicit timestamps ('2020-13-01' reaches our date check as text)
    and without aliases: `*name` could make a few lines expand into gigabytes."""

    # types-PyYAML declares this class-level table as an instance variable
    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, Any]]]] = {  # type: ignore[misc]
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            # types-PyYAML leaves Parser.peek_event unannotated (it returns an Event)
            raise _AliasRefused(self.peek_event().start_mark)  # type: ignore[no-untyped-call]
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        """A key written twice is refused: otherwise the last one silently wins."""
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, Hashable) and key in seen:
                raise _DuplicateKey(key, key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


class _AliasRefused(yaml.YAMLError):
    def __init__(self, mark: Any) -> None:
        self.problem_mark = mark


class _DuplicateKey(yaml.YAMLError):
    def __init__(self, key: Any, mark: Any) -> None:
        self.key = key
        self.problem_mark = mark


def load_front_matter(front: str, where: str) -> dict[str, Any]:
    """The fields of a front matter, or one sentence saying what is wrong with it."""
    try:
        meta = yaml.load(front, Loader=_StrictYaml)
    except _AliasRefused as e:
        raise ScriptError(
            _(
                "{where}: the front matter uses a YAML alias at line {line}; write the value out"
            ).format(where=where, line=e.problem_mark.line + 2)
        ) from None
    except _DuplicateKey as e:
        raise ScriptError(
            _("{where}: the front matter gives {key} twice (again at line {line}); keep one")
            .format(where=where, key=e.key, line=e.problem_mark.line + 2)
        ) from None  # fmt: skip
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        message = (
            _("{where}: the front matter is not valid YAML at line {line}")
            if mark
            else _("{where}: the front matter is not valid YAML")
        )
        raise ScriptError(message.format(where=where, line=mark.line + 2 if mark else 0)) from None
    except RecursionError:
        raise ScriptError(
            _("{where}: the front matter is nested too deeply").format(where=where)
        ) from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        message = (
            _("{where}: the front matter must be 'field: value' lines, not a list")
            if isinstance(meta, list)
            else _("{where}: the front matter must be 'field: value' lines, not a single value")
        )
        raise ScriptError(message.format(where=where))
    return meta

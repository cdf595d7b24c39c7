"""The tests' consoles share their compiled templates: a test makes its own app, and each app
compiled every page again (~0.05 s a page, a fifth of a console test's time). A console in
production is one app in its process, whose environment compiles each template once anyway:
it keeps Flask's default, and this key need be right only for the apps the tests make."""

from __future__ import annotations

from typing import Any

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket


class CompiledTemplates(BytecodeCache):
    """Each template compiled once per test process, however many apps render it. The code is
    kept per template source and per what compiling it depends on (the environment's parse
    settings, extensions, escaping, the catalog's newstyle gettext and trimmed blocks,
    finalize, and each filter's and test's name and what it is passed, `@pass_context`…:
    jinja writes that into the code)."""

    def __init__(self) -> None:
        self.code: dict[tuple[str, str, tuple[Any, ...]], Any] = {}

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        """The template's bucket, its key naming what the environment decides by the
        template's name when it compiles it: whether it escapes (Flask's by the file's
        suffix), so code that escapes never serves an app that does not, nor the other way."""
        escapes = environment.autoescape
        escapes = escapes(name) if callable(escapes) else escapes
        key = f"{self.get_cache_key(name, filename)}|{bool(escapes)}"
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        bucket.code = self.code.get(_compiled_key(bucket))

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[_compiled_key(bucket)] = bucket.code


def _compiled_key(bucket: Bucket) -> tuple[str, str, tuple[Any, ...]]:
    env: Environment = bucket.environment
    passed = {name: str(getattr(f, "jinja_pass_arg", "")) for name, f in env.filters.items()}
    tested = {name: str(getattr(f, "jinja_pass_arg", "")) for name, f in env.tests.items()}
    return bucket.key, bucket.checksum, (
        env.block_start_string, env.block_end_string, env.variable_start_string,
        env.variable_end_string, env.comment_start_string, env.comment_end_string,
        env.line_statement_prefix, env.line_comment_prefix, env.trim_blocks,
        env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline, env.optimized,
        env.is_async, tuple(sorted(env.extensions)), tuple(sorted(passed.items())),
        tuple(sorted(tested.items())), getattr(env, "newstyle_gettext", None),
        env.policies.get("ext.i18n.trimmed"), env.finalize is None,
        str(getattr(env.finalize, "jinja_pass_arg", "")),
    )  # fmt: skip


COMPILED = CompiledTemplates()

"""A library's exception in the officer's words: the one place where the English text of
tomllib, json, requests, psycopg and the C library becomes a sentence in the station's
language. Every boundary that turns a library's exception into a BroadcasterError asks here
(by the exception's type and errno), and keeps the library's own words, when they help a
technician, only as a trailing detail in brackets."""

from __future__ import annotations

import json
import re
import tomllib

from .files import describe_os_error
from .i18n import _

_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


def toml_problem(error: tomllib.TOMLDecodeError) -> str:
    """Where a TOML file breaks its syntax (tomllib only says so in its English message)."""
    found = _POSITION.search(str(error))
    if found:
        return _("it is not valid TOML at line {line}, column {column}").format(
            line=found.group(1), column=found.group(2)
        )
    return _("it is not valid TOML: it ends too early (a value or a bracket is missing)")


def describe(error: BaseException) -> str:
    """What went wrong, by the exception's type; the library's English stays in brackets."""
    if isinstance(error, tomllib.TOMLDecodeError):
        return toml_problem(error)
    if isinstance(error, json.JSONDecodeError):
        return _("it is not JSON (line {line}, column {column})").format(
            line=error.lineno, column=error.colno
        )
    if isinstance(error, KeyError):
        return _("a required field is missing ({detail})").format(detail=error)
    if isinstance(error, UnicodeDecodeError):
        return _("it is not text (UTF-8)")
    if isinstance(error, OSError) and error.errno is not None:
        return describe_os_error(error)
    described = _network(error)
    if described is not None:
        return described
    return _("unexpected error {kind} ({detail})").format(kind=type(error).__name__, detail=error)


def _network(error: BaseException) -> str | None:
    import requests  # only the commands that talk to an office or an upstream load it

    if isinstance(error, requests.Timeout):
        return _("no answer in time (the server is too slow or the line is down)")
    if isinstance(error, requests.ConnectionError):
        return _("no connection (nothing answers at that address, or the network is down)")
    if isinstance(error, requests.HTTPError) and error.response is not None:
        return _("the server answered with error HTTP {status}").format(
            status=error.response.status_code
        )
    if isinstance(error, requests.RequestException):
        return _("the request failed ({detail})").format(detail=type(error).__name__)
    return None


def os_error_in(error: BaseException) -> OSError | None:
    """The system's error behind `error`: itself, or the OSError a library wrapped in its own
    exception (xlsxwriter's FileCreateError holds it as its argument)."""
    seen: list[BaseException] = []
    while error is not None and error not in seen:
        if isinstance(error, OSError) and error.errno is not None:
            return error
        seen.append(error)
        wrapped = next((a for a in error.args if isinstance(a, OSError)), None)
        error = wrapped or error.__cause__ or error.__context__  # type: ignore[assignment]
    return None

"""The rules' compiled patterns kept on disk between runs, as Python keeps bytecode.

Importing the rules compiles some eleven hundred patterns, and ``re`` parses and
compiles in pure Python: most of the import's time, paid by every process start
(the parse pool's forkserver, each CLI command, each test process). What
``re.compile`` hands the C engine at its end (``_sre.compile``'s arguments) is
kept here per (source, flags) in a marshal file, so a later import calls
``_sre.compile`` alone. Results of pure derivations of a pattern's source (the
rewrites of cues.py) are kept alongside, under a tag of the deriving code.

The file is keyed by the interpreter (cache tag, version, the engine's magic
number and sizes): any mismatch, a corrupt file or an engine that refuses the
code means a plain ``re.compile``, logged at debug. It is read only from the
package's ``__pycache__`` or the user's cache dir ($XDG_CACHE_HOME/tariffwatch),
written atomically to the first of them that is writable, and holds only the
entries the last import used. Nothing here changes a pattern: a pattern built
from the file equals (``==``: source, flags and code) the one ``re`` compiles.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import contextlib
import logging
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any, TypeVar, cast

_log = logging.getLogger(__name__)

_T = TypeVar("_T")

_FORMAT = 2
_HEADER = (
    _FORMAT,
    sys.implementation.cache_tag,
    sys.hexversion,
    _sre.MAGIC,
    _sre.CODESIZE,
    _sre.MAXREPEAT,
    _sre.MAXGROUPS,
    sys.maxunicode,
)
# an unsigned type of the engine's code word size (CODESIZE, in the header)
_WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
_NAME = f"regex.{sys.implementation.cache_tag}.marshal"

# The arguments of _sre.compile after the source: final flags, code, groups,
# group index, index group. The code is kept as the engine's words in bytes, not
# a list of ints: read whole, a thousand such lists were 10 MB more at the peak
# of every process's import (the parse workers' too), for a few ms saved.
_Args = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]
_DerivedKey = tuple[str, str, int]

# (source, flags) -> the pattern, for this process: the same object for the same
# source, as re's own cache gives.
_memo: dict[_Key, re.Pattern[str]] = {}
_used: dict[_Key, _Args] = {}
_derived_used: dict[_DerivedKey, Any] = {}
_table: dict[_Key, _Args] = {}
_derived_table: dict[_DerivedKey, Any] = {}
# location -> the keys its file held, for the files read so far
_read: dict[Path, set[Any]] = {}


class _State:
    loaded = 0  # how many of the locations have been tried
    frozen = False  # saved: new sources go to re alone
    off = False  # this interpreter's re compiles otherwise: re alone
    checked = False


_state = _State()
# TARIFFWATCH_REGEX_CACHE=off: compile every pattern, read and write no file (a
# read-only image, or a user who wants nothing written beside the package).
_state.off = os.environ.get("TARIFFWATCH_REGEX_CACHE", "").strip().lower() in {
    "off",
    "0",
    "false",
    "no",
}


def locations() -> list[Path]:
    """Where the cache file may live, in order: next to the package, as bytecode
    is, then the user's cache dir."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return [Path(__file__).parent / "__pycache__" / _NAME, Path(base) / "tariffwatch" / _NAME]


def regex(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the cache file where it holds the pattern.

    Meant for patterns built at import; after ``save`` a new source is left to
    ``re.compile`` (a pattern built at run time from a user's data is not kept)."""
    flags = int(flags)
    key = (source, flags)
    got = _memo.get(key)
    if got is not None:
        return got
    if _state.frozen or _state.off:
        return re.compile(source, flags)
    args = _lookup(_table, key)
    pattern = None if args is None else _from_args(source, args)
    if pattern is None or args is None:
        args = _compile_args(source, flags)
        pattern = None if args is None else _from_args(source, args)
        if pattern is None or args is None:
            return re.compile(source, flags)
    _used[key] = args
    _memo[key] = pattern
    return pattern


def derived(tag: str | None, source: str, flags: int, derive: Callable[[], _T]) -> _T:
    """``derive()``, a pure function of ``source`` and ``flags`` whose result
    marshal can write (str, int, None, tuples of them), kept in the cache file
    under ``tag``: it names the deriving code and must change when that does
    (``file_tag``). No tag: derived afresh."""
    if tag is None or _state.off:
        return derive()
    key = (tag, source, int(flags))
    if key in _derived_used:
        return cast(_T, _derived_used[key])
    _lookup(_derived_table, key)  # reads the files as needed
    value = _derived_table[key] if key in _derived_table else derive()
    if not _state.frozen:
        _derived_used[key] = value
    return cast(_T, value)


def file_tag(path: str) -> str | None:
    """A tag of the code in the module file ``path`` (its CRC), for ``derived``;
    None if the file cannot be read."""
    try:
        return f"{Path(path).name}:{zlib.crc32(Path(path).read_bytes()):08x}"
    except OSError:
        return None


def save() -> None:
    """Write the entries this import used to the first location that is writable,
    unless a file there already holds exactly them; later sources are compiled by
    ``re`` alone. Never raises: a cache that cannot be written is only slower."""
    if _state.frozen:
        return
    _state.frozen = True
    try:
        _save()
    finally:
        # The engine holds its own copy of each pattern's code: the lists read from
        # the file are some 7 MB of Python ints that every process (the parse
        # workers too) would otherwise keep for its life.
        _table.clear()
        _used.clear()


def _save() -> None:
    if _state.off or not (_used or _derived_used):
        return
    keys = set(_used) | set(_derived_used)
    body = {"header": _HEADER, "patterns": _used, "derived": _derived_used}
    for path in locations():
        if _read.get(path) == keys:
            return
        try:
            _write(path, marshal.dumps(body))
        except (OSError, ValueError) as err:
            _log.debug("regex cache not written to %s: %s", path, err)
            continue
        return


def _write(path: Path, data: bytes) -> None:
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    # workers and tests may write at once: each writes its own file, then swaps it in
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _lookup(table: dict[Any, Any], key: Any) -> Any:
    """``table[key]`` or None, reading the first location's file at the first
    look and the second's at the first key the first does not hold."""
    if not _state.loaded:
        _load_next()
    if key not in table and _state.loaded == 1:
        _load_next()
    return table.get(key)


def _load_next() -> bool:
    """Read the next location's file into the tables; whether there was one."""
    where = locations()
    while _state.loaded < len(where):
        path = where[_state.loaded]
        _state.loaded += 1
        body = _read_file(path)
        if body is None:
            continue
        patterns, derived_ = body
        # the earlier location wins: both hold the same value for a key anyway
        for key, args in patterns.items():
            _table.setdefault(key, args)
        for dkey, value in derived_.items():
            _derived_table.setdefault(dkey, value)
        _read[path] = set(patterns) | set(derived_)
        return True
    return False


def _read_file(path: Path) -> tuple[dict[_Key, _Args], dict[_DerivedKey, Any]] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        body = marshal.loads(data)
        if (
            isinstance(body, dict)
            and body.get("header") == _HEADER
            and isinstance(body.get("patterns"), dict)
            and isinstance(body.get("derived"), dict)
        ):
            return body["patterns"], body["derived"]
        _log.debug("regex cache %s is for another interpreter: not used", path)
    except (EOFError, ValueError, TypeError) as err:
        _log.debug("regex cache %s unreadable: %s", path, err)
    return None


def _from_args(source: str, args: Any) -> re.Pattern[str] | None:
    try:
        flags, words, groups, groupindex, indexgroup = args
        code = array(_WORD, words).tolist()
        return cast(
            re.Pattern[str], _sre.compile(source, flags, code, groups, groupindex, indexgroup)
        )
    except Exception as err:  # a bad entry or a changed _sre: compile instead
        _log.debug("regex cache entry refused for %r: %s", source[:60], err)
        return None


def _compile_args(source: str, flags: int) -> _Args | None:
    """The arguments re._compiler.compile (3.11) gives _sre.compile; None when this
    interpreter's re does not work that way (then the cache stays off)."""
    if not _state.checked:
        _state.checked = True
        if not _same_as_re():
            _state.off = True
            return None
    return _args(source, flags)


def _args(source: str, flags: int) -> _Args:
    p = _parser.parse(source, flags)
    code = array(_WORD, _compiler._code(p, flags)).tobytes()
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup)


# Patterns with named and plain groups, flags inline and passed, classes, repeats,
# lookarounds and non-ASCII: re's compile and this one's must agree on all of them.
_PROBES = (
    (r"(?P<lo>\d{1,3}(?:\.\d+)?)(\s*%|per\s*cent)?(?<![\w.])\b[^a-c]{2,}?(?=x|y)", 0),
    (r"(?i)é+|(?:ab|cd)*?$", 0),
    (r"\bUS\b(?!\w)", int(re.IGNORECASE)),
)


def _same_as_re() -> bool:
    try:
        for source, flags in _PROBES:
            ours = _from_args(source, _args(source, flags))
            theirs = re.compile(source, flags)
            if (
                ours != theirs
                or ours is None
                or ours.groupindex != theirs.groupindex
                or ours.groups != theirs.groups
            ):
                _log.debug("regex cache off: re compiles %r otherwise", source)
                return False
    except Exception as err:  # re's internals moved: compile instead
        _log.debug("regex cache off: %s", err)
        return False
    return True

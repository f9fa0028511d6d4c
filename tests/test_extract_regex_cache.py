"""The regex cache (extract/regex_cache.py) gives the patterns ``re`` compiles.

Each test runs a fresh copy of the module with its cache file in a temporary
directory, fed the (source, flags) pairs the rules compiled in this process.
"""

from __future__ import annotations

import importlib.util
import marshal
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import tariffwatch.extract  # noqa: F401  (the rules, compiled: their sources are listed)
from tariffwatch.extract import cues, regex_cache, status


def _fresh(where: list[Path]) -> ModuleType:
    """A copy of regex_cache with empty tables, reading and writing ``where``."""
    spec = importlib.util.spec_from_file_location("_regex_cache_copy", regex_cache.__file__)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.locations = lambda: list(where)  # type: ignore[attr-defined]
    return mod


def _rules_sources() -> list[tuple[str, int]]:
    # every (source, flags) the rules asked for (the file's entries are let go once saved)
    return list(regex_cache._memo)


def _same(got: re.Pattern[str], want: re.Pattern[str]) -> None:
    # equality compares source, flags and code; the group names are checked too
    assert got == want, want.pattern[:80]
    assert got.groupindex == want.groupindex
    assert got.groups == want.groups


def _build(mod: ModuleType) -> dict[tuple[str, int], re.Pattern[str]]:
    out = {key: mod.regex(*key) for key in _rules_sources()}
    mod.save()
    return out


def test_every_rule_pattern_from_the_cache_is_the_one_re_compiles(tmp_path: Path) -> None:
    sources = _rules_sources()
    assert len(sources) > 900  # the rules' patterns were all compiled through the cache
    where = [tmp_path / "pkg" / "regex.marshal", tmp_path / "user" / "regex.marshal"]
    cold = _build(_fresh(where))
    assert where[0].exists() and not where[1].exists()
    warm_mod = _fresh(where)
    warm = _build(warm_mod)
    assert not warm_mod._state.checked  # nothing compiled: all read from the file
    for key in sources:
        want = re.compile(*key)
        _same(cold[key], want)
        _same(warm[key], want)


def test_the_rules_derived_sources_are_derived_afresh_alike() -> None:
    """The rewrites kept in the cache (the gated sources, letter_first, the literals a
    pattern needs) are what cues.py derives now."""
    kinds = {"gated": 0, "letter_first": 0, "literals3": 0}
    for (tag, source, flags), value in regex_cache._derived_used.items():
        kind = tag.rsplit("/", 1)[1]
        kinds[kind] += 1
        if kind == "gated":
            assert value == cues._gated_source(re.compile(source, flags))
        elif kind == "letter_first":
            assert value == cues.letter_first(source)
        else:
            assert value == cues._required_literals(re.compile(source, flags), 3)
    assert all(kinds.values()), kinds


def test_patterns_told_by_identity_stay_the_same_object() -> None:
    assert any(cue.pattern is cues.START for cue in status.STATUS_TABLE)
    assert regex_cache.regex(cues.START.pattern, cues.START.flags) is cues.START


def test_a_corrupt_or_foreign_file_falls_back_to_re(tmp_path: Path) -> None:
    sources = _rules_sources()[:50]
    path = tmp_path / "regex.marshal"
    header = regex_cache._HEADER
    bad_code = {key: (key[1] | int(re.UNICODE), [0, 1, 2], 0, {}, ()) for key in sources}
    for data in (
        b"\x00garbage",
        b"",
        marshal.dumps({"header": (0, *header[1:]), "patterns": {}, "derived": {}}),
        marshal.dumps([1, 2, 3]),
        marshal.dumps({"header": header, "patterns": bad_code, "derived": {}}),
    ):
        path.write_bytes(data)
        mod = _fresh([path])
        for key in sources:
            _same(mod.regex(*key), re.compile(*key))


def test_an_engine_that_refuses_the_arguments_means_plain_re(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed _sre.compile signature: every pattern still compiles, by re."""
    where = [tmp_path / "regex.marshal"]
    _build(_fresh(where))
    mod = _fresh(where)

    class Changed:
        MAGIC = regex_cache._sre.MAGIC

        @staticmethod
        def compile(*args: Any) -> Any:
            raise TypeError("compile() takes 7 arguments")

    monkeypatch.setattr(mod, "_sre", Changed)
    for key in _rules_sources()[:50]:
        _same(mod.regex(*key), re.compile(*key))


def test_a_read_only_location_writes_to_the_next_and_none_writes_nowhere(
    tmp_path: Path,
) -> None:
    # a path under a plain file cannot be written, not even by root
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    read_only = blocker / "pkg" / "regex.marshal"
    user = tmp_path / "user" / "tariffwatch" / "regex.marshal"
    mod = _fresh([read_only, user])
    keys = _rules_sources()[:20]
    for key in keys:
        mod.regex(*key)
    mod.save()
    assert user.exists()
    warm = _fresh([read_only, user])
    for key in keys:
        _same(warm.regex(*key), re.compile(*key))
    assert not warm._state.checked  # read from the second location: nothing compiled

    nowhere = _fresh([read_only, blocker / "user" / "regex.marshal"])
    for key in keys:
        _same(nowhere.regex(*key), re.compile(*key))
    nowhere.save()  # no error


def test_only_the_entries_used_are_kept_and_an_exact_file_is_not_rewritten(
    tmp_path: Path,
) -> None:
    path = tmp_path / "regex.marshal"
    keys = _rules_sources()[:30]
    first = _fresh([path])
    for key in keys:
        first.regex(*key)
    first.save()
    second = _fresh([path])
    for key in keys[:10]:
        second.regex(*key)
    second.save()
    assert set(marshal.loads(path.read_bytes())["patterns"]) == set(keys[:10])
    before = path.stat().st_mtime_ns
    third = _fresh([path])
    for key in keys[:10]:
        third.regex(*key)
    third._write = None  # a write would fail the test
    third.save()
    assert path.stat().st_mtime_ns == before


def test_after_save_new_sources_are_left_to_re(tmp_path: Path) -> None:
    mod = _fresh([tmp_path / "regex.marshal"])
    mod.save()
    got = mod.regex(r"\bruntime (?P<name>alias)\b")
    _same(got, re.compile(r"\bruntime (?P<name>alias)\b"))
    assert not mod._used


def test_derived_values_are_kept_per_tag(tmp_path: Path) -> None:
    path = tmp_path / "regex.marshal"
    mod = _fresh([path])
    calls: list[str] = []

    def derive(value: Any) -> Any:
        def run() -> Any:
            calls.append("x")
            return value

        return run

    assert mod.derived("t:1/k", "ab", 0, derive(None)) is None
    assert mod.derived("t:1/k", "cd", 0, derive(("x", ("y",)))) == ("x", ("y",))
    assert mod.derived(None, "ab", 0, derive("untagged")) == "untagged"
    mod.save()
    warm = _fresh([path])
    assert warm.derived("t:1/k", "ab", 0, derive("stale")) is None
    assert warm.derived("t:1/k", "cd", 0, derive("stale")) == ("x", ("y",))
    assert warm.derived("t:2/k", "cd", 0, derive("new code")) == "new code"
    assert calls == ["x", "x", "x", "x"]


def test_the_cache_is_keyed_by_the_interpreter() -> None:
    header = regex_cache._HEADER
    assert sys.implementation.cache_tag in header
    assert sys.hexversion in header
    assert regex_cache._sre.MAGIC in header


def test_the_files_entries_are_let_go_once_the_rules_are_imported() -> None:
    # the engine holds each pattern's code; the lists read from the file are not kept
    assert regex_cache._state.frozen
    assert not regex_cache._table and not regex_cache._used
    assert len(regex_cache._memo) > 900


def test_turned_off_it_compiles_everything_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = [tmp_path / "pkg" / "regex.marshal", tmp_path / "user" / "regex.marshal"]
    _build(_fresh(where))  # a file the switched-off module must not read
    written = where[0].read_bytes()
    monkeypatch.setenv("TARIFFWATCH_REGEX_CACHE", "off")
    off = _fresh(where)
    keys = _rules_sources()[:20]
    for key in keys:
        _same(off.regex(*key), re.compile(*key))
    off.save()
    assert off._state.loaded == 0  # no file was read
    assert where[0].read_bytes() == written and not where[1].exists()

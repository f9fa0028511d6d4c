"""A bad config gets one clear error naming the file, the key and what is expected."""

from __future__ import annotations

import pytest

from tariffwatch.config import load_config
from tariffwatch.errors import ConfigError


def write(tmp_path, text):
    path = tmp_path / "tariffwatch.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_default_config_loads_with_feeds_and_no_route():
    config = load_config("tariffwatch.toml", environ={})
    assert config.feeds and not config.routes
    assert config.storage.path == "data/tariffwatch.duckdb"


def test_no_file_means_built_in_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TARIFFWATCH_CONFIG", raising=False)
    config = load_config(environ={})
    assert config.path is None and config.seeds.path == "seeds"


def test_a_full_config(tmp_path):
    path = write(
        tmp_path,
        """
[storage]
path = "x.duckdb"
[fetch]
timeout = 5
[[feeds]]
name = "USTR"
url = "https://ustr.example/feed"
[[routes]]
name = "desk"
url = "mailto://${SMTP_USER}:${SMTP_PASSWORD}@mail.example?to=a@example.com"
countries = ["us", "CN"]
min_change_pp = 5
mode = "digest"
[aliases]
"Lutnick" = "us"
""",
    )
    config = load_config(path, environ={"SMTP_USER": "u", "SMTP_PASSWORD": "s3cret"})
    route = config.routes[0]
    assert route.url == "mailto://u:s3cret@mail.example?to=a@example.com"
    assert route.countries == ("US", "CN") and route.mode == "digest"
    assert route.min_change_pp == 5.0
    assert config.fetch.timeout == 5.0
    assert config.aliases == {"Lutnick": "US"}
    assert "s3cret" not in repr(route)  # the URL never shows in a repr or a log line


def test_environment_overrides_scalar_keys(tmp_path):
    path = write(tmp_path, '[storage]\npath = "a.duckdb"\n')
    config = load_config(
        path, environ={"TARIFFWATCH_STORAGE_PATH": "b.duckdb", "TARIFFWATCH_FETCH_TIMEOUT": "3.5"}
    )
    assert config.storage.path == "b.duckdb" and config.fetch.timeout == 3.5


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[storage\n", "tariffwatch.toml: not valid TOML"),
        (
            '[fetch]\ntimeout = "fast"\n',
            "tariffwatch.toml:fetch.timeout: expected a number, got str 'fast'",
        ),
        ("[fetch]\ntimout = 3\n", "tariffwatch.toml:fetch.timout: unknown key"),
        ("[bogus]\n", "tariffwatch.toml:bogus: unknown section"),
        ('[[feeds]]\nname = "a"\n', "tariffwatch.toml:feeds[0].url: expected a non-empty string"),
        (
            '[[feeds]]\nname = "a"\nurl = "ftp://x"\n',
            "tariffwatch.toml:feeds[0].url: expected an http(s):// or file:// URL or a local path",
        ),
        (
            '[[feeds]]\nname = "a"\nurl = "x"\n[[feeds]]\nname = "a"\nurl = "y"\n',
            "tariffwatch.toml:feeds: duplicate name 'a'",
        ),
        (
            '[[routes]]\nname = "r"\nurl = "json://${NOPE}"\n',
            "tariffwatch.toml:routes[0].url: environment variable NOPE is not set",
        ),
        (
            '[[routes]]\nname = "r"\n',
            "tariffwatch.toml:routes[0]: give exactly one of url, url_env or secret_block",
        ),
        (
            '[[routes]]\nname = "r"\nurl = "json://x"\nmode = "often"\n',
            "tariffwatch.toml:routes[0].mode: expected one of ['immediate', 'digest'], got 'often'",
        ),
        (
            '[[routes]]\nname = "r"\nurl = "json://x"\nkinds = ["rumour"]\n',
            "tariffwatch.toml:routes[0].kinds: unknown value(s) ['rumour']",
        ),
        (
            '[[routes]]\nname = "r"\nurl = "json://x"\nremind_days = ["7"]\n',
            "tariffwatch.toml:routes[0].remind_days: expected a list of whole days from 1 to 365",
        ),
        (
            '[[routes]]\nname = "r"\nurl = "json://x"\nremind_days = [0]\n',
            "tariffwatch.toml:routes[0].remind_days: expected a list of whole days from 1 to 365",
        ),
        (
            '[[routes]]\nname = "r"\nurl = "json://x"\ngoods = "steel"\n',
            "tariffwatch.toml:routes[0].goods: expected a list of goods, each a non-empty string, "
            'like ["steel", "auto parts"]',
        ),
        (
            '[[routes]]\nname = "r"\nurl = "json://x"\ngoods = ["steel", " "]\n',
            "tariffwatch.toml:routes[0].goods: expected a list of goods, each a non-empty string",
        ),
        (
            '[[routes]]\nname = "r"\nurl = "json://x"\ngoods = ["steel", 7]\n',
            "tariffwatch.toml:routes[0].goods: expected a list of goods, each a non-empty string",
        ),
        (
            '[[routes]]\nname = "r"\nurl = "json://x"\ngoods = ["Imported goods"]\n',
            "tariffwatch.toml:routes[0].goods: 'Imported goods' names no goods",
        ),
        (
            '[[routes]]\nname = "r"\nurl = "json://x"\ngoods = ["steel"]\ngoods_all = "no"\n',
            "tariffwatch.toml:routes[0].goods_all: expected true or false, got str 'no'",
        ),
    ],
)
def test_bad_configs_name_file_key_and_expectation(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert str(info.value).startswith(str(tmp_path) + "/" + message)


def test_a_missing_config_file_says_how_to_fix_it(tmp_path):
    with pytest.raises(ConfigError, match="no such config file; pass --config PATH"):
        load_config(tmp_path / "nope.toml", environ={})


def test_every_config_key_is_documented_in_the_readme():
    from dataclasses import fields
    from pathlib import Path

    from tariffwatch.config import _SECTIONS, FeedConfig, RouteConfig

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Configuration", 1)[1].split("```toml", 1)[1].split("```", 1)[0]
    documented = {
        line.split("=", 1)[0].strip().removeprefix("# or:").strip()
        for line in block.splitlines()
        if "=" in line
    }
    sections = {name: [f.name for f in fields(cls)] for name, cls in _SECTIONS.items()}
    sections["feeds"] = [f.name for f in fields(FeedConfig)]
    sections["routes"] = [f.name for f in fields(RouteConfig)] + ["url_env", "secret_block"]
    for section, keys in sections.items():
        assert f"[{section}]" in block or f"[[{section}]]" in block, section
        for key in keys:
            assert key in documented, f"[{section}] {key} is not in the README's config example"


@pytest.mark.parametrize(
    ("line", "days"),
    [("", (7, 1)), ("remind_days = [1, 14, 3, 3]", (14, 3, 1)), ("remind_days = []", ())],
)
def test_a_route_sets_its_reminder_days_before_each_deadline(tmp_path, line, days):
    path = write(tmp_path, f'[[routes]]\nname = "r"\nurl = "json://x"\n{line}\n')
    assert load_config(path, environ={}).routes[0].remind_days == days


def test_a_route_watches_goods(tmp_path):
    path = write(
        tmp_path,
        '[[routes]]\nname = "r"\nurl = "json://x"\n'
        'goods = ["steel", " auto parts "]\ngoods_all = false\n'
        '[[routes]]\nname = "all"\nurl = "json://y"\n',
    )
    watching, everything = load_config(path, environ={}).routes
    assert (watching.goods, watching.goods_all) == (("steel", "auto parts"), False)
    assert (everything.goods, everything.goods_all) == ((), True)  # every tariff, as before

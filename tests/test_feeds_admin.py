"""Feed management: config edits that keep the file, OPML both ways, list and check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from feedserver import FeedServer, Reply
from storydb import CASE, story_config
from tariffwatch.cli import app
from tariffwatch.config import FeedConfig, load_config
from tariffwatch.errors import TariffwatchError
from tariffwatch.feedadmin import add_feeds, check_feeds, feed_status, remove_feed
from tariffwatch.opml import OPMLError, parse_opml, to_opml
from tariffwatch.pipeline import run_cycle
from tariffwatch.tomledit import EditError, add_feed_blocks, feed_blocks, remove_feed_block

runner = CliRunner()

CONFIG = """\
# tariffwatch config: comments must survive every edit.
[storage]
path = "{db}"   # where it lives

[[feeds]]
name = "USTR"   # the trade representative
url = "https://ustr.example/feed"

[[feeds]]
# a comment inside the block
name = "WTO"
url = "https://wto.example/rss"
enabled = false

# Routes: uncomment and fill in.
# [[routes]]
# name = "desk"

[aliases]
"Lutnick" = "US"
"""


@pytest.fixture
def config_file(tmp_path) -> Path:
    path = tmp_path / "tw.toml"
    path.write_text(CONFIG.format(db=tmp_path / "tw.duckdb"))
    return path


# -- the text-level editor -------------------------------------------------------------------


def test_add_inserts_after_the_last_feed_and_keeps_every_other_byte(config_file):
    before = config_file.read_text()
    added, skipped = add_feeds(
        config_file, [FeedConfig('Odd "name" \\ here', "https://x.example/a")]
    )
    after = config_file.read_text()
    assert skipped == [] and added[0].name == 'Odd "name" \\ here'
    new_block = '\n[[feeds]]\nname = "Odd \\"name\\" \\\\ here"\nurl = "https://x.example/a"\n'
    assert after == before.replace("enabled = false\n", "enabled = false\n" + new_block, 1)
    assert [f.name for f in load_config(config_file).feeds] == ["USTR", "WTO", 'Odd "name" \\ here']


def test_remove_deletes_exactly_that_block(config_file):
    before = config_file.read_text()
    gone = remove_feed(config_file, "WTO")
    assert gone == FeedConfig("WTO", "https://wto.example/rss", enabled=False)
    after = config_file.read_text()
    block = (
        '\n[[feeds]]\n# a comment inside the block\nname = "WTO"\n'
        'url = "https://wto.example/rss"\nenabled = false\n'
    )
    assert after == before.replace(block, "", 1)
    assert "# Routes: uncomment and fill in." in after and '"Lutnick" = "US"' in after
    remove_feed(config_file, "USTR")
    assert [f.name for f in load_config(config_file).feeds] == []
    assert "[[feeds]]" not in config_file.read_text()
    assert config_file.read_text().startswith("# tariffwatch config")


def test_add_then_remove_gives_the_file_back(config_file):
    before = config_file.read_text()
    add_feeds(config_file, [FeedConfig("New", "https://new.example/feed")])
    remove_feed(config_file, "New")
    assert config_file.read_text() == before


def test_duplicates_are_refused_with_a_clear_message_and_nothing_changes(config_file):
    before = config_file.read_text()
    with pytest.raises(EditError, match="a feed named 'USTR' already exists"):
        add_feeds(config_file, [FeedConfig("USTR", "https://other.example/feed")])
    with pytest.raises(EditError, match=r"feed 'WTO' already reads https://wto\.example/rss"):
        add_feeds(config_file, [FeedConfig("Another", "https://wto.example/rss")])
    assert config_file.read_text() == before


def test_an_edit_that_would_break_the_config_is_rolled_back(config_file):
    before = config_file.read_text()
    with pytest.raises(EditError, match=r"feeds\[2\]\.url: expected an http\(s\)://"):
        add_feeds(config_file, [FeedConfig("ftp", "ftp://x.example/feed")])
    assert config_file.read_text() == before


def test_a_config_with_inline_feeds_is_not_edited(tmp_path):
    path = tmp_path / "tw.toml"
    text = 'feeds = [{name = "a", url = "https://a.example/"}]\n'
    path.write_text(text)
    with pytest.raises(EditError, match="nothing was changed"):
        add_feeds(path, [FeedConfig("b", "https://b.example/")])
    assert path.read_text() == text


def test_remove_of_an_unknown_feed_names_the_ones_there(config_file):
    with pytest.raises(EditError, match=r"no feed named 'Nope' .*'USTR', 'WTO'"):
        remove_feed(config_file, "Nope")


def test_crlf_files_and_files_without_a_final_newline_stay_consistent():
    text = '[[feeds]]\r\nname = "a"\r\nurl = "https://a.example/"'
    added = add_feed_blocks(text, [FeedConfig("b", "https://b.example/")])
    assert added == text + '\r\n\r\n[[feeds]]\r\nname = "b"\r\nurl = "https://b.example/"\r\n'
    assert [b.name for b in feed_blocks(added)] == ["a", "b"]
    assert remove_feed_block(added, "b") == text + "\r\n"


def test_control_characters_in_names_are_escaped(tmp_path):
    path = tmp_path / "tw.toml"
    path.write_text("")
    add_feeds(path, [FeedConfig("tab\there\x7f", "https://a.example/")])
    assert load_config(path).feeds[0].name == "tab\there\x7f"
    assert "\\t" in path.read_text() and "\\u007F" in path.read_text()


def test_commands_add_and_remove(config_file):
    args = ["--config", str(config_file)]
    result = runner.invoke(
        app, ["feeds", "add", "EC", "https://ec.example/rss", "--disabled", *args]
    )
    assert result.exit_code == 0, result.output
    assert load_config(config_file).feeds[-1] == FeedConfig("EC", "https://ec.example/rss", False)
    again = runner.invoke(app, ["feeds", "add", "EC", "https://ec2.example/rss", *args])
    assert again.exit_code == 1
    assert "a feed named 'EC' already exists" in again.stderr
    assert "nothing was changed" in " ".join(again.stderr.split())
    removed = runner.invoke(app, ["feeds", "remove", "EC", *args])
    assert removed.exit_code == 0 and "removed feed 'EC'" in removed.stdout


def test_editing_needs_a_config_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["feeds", "add", "a", "https://a.example/"])
    assert result.exit_code == 1 and "no config file to edit" in result.stderr


# -- OPML --------------------------------------------------------------------------------------


def test_opml_round_trips(config_file):
    feeds = load_config(config_file).feeds
    data = to_opml(feeds)
    back, problems = parse_opml(data)
    assert back == list(feeds) and problems == []


def test_opml_export_then_import_into_an_empty_config(config_file, tmp_path):
    opml = tmp_path / "feeds.opml"
    result = runner.invoke(app, ["feeds", "export", "-o", str(opml), "--config", str(config_file)])
    assert result.exit_code == 0, result.output
    empty = tmp_path / "empty.toml"
    empty.write_text("# nothing yet\n")
    imported = runner.invoke(app, ["feeds", "import", str(opml), "--config", str(empty)])
    assert imported.exit_code == 0, imported.output
    assert load_config(empty).feeds == load_config(config_file).feeds
    assert empty.read_text().startswith("# nothing yet\n")
    twice = runner.invoke(app, ["feeds", "import", str(opml), "--config", str(empty)])
    said = " ".join(twice.stdout.split())
    assert "0 feed(s) added" in said and "2 skipped" in said
    stdout = runner.invoke(app, ["feeds", "export", "--config", str(config_file)])
    assert (
        stdout.stdout.startswith("<?xml") and 'xmlUrl="https://ustr.example/feed"' in stdout.stdout
    )


def test_opml_from_a_feed_reader_with_folders():
    data = b"""<?xml version="1.0"?>
<opml version="1.0"><head><title>My feeds</title></head><body>
  <outline text="Trade">
    <outline text="Reuters  trade" type="rss" xmlUrl="https://reuters.example/trade"/>
    <outline title="Local file" type="rss" xmlUrl="file:///etc/passwd"/>
  </outline>
  <outline text="just a link" htmlUrl="https://blog.example/"/>
  <outline type="rss" xmlurl="https://no-name.example/feed"/>
</body></opml>"""
    feeds, problems = parse_opml(data)
    assert feeds == [
        FeedConfig("Reuters trade", "https://reuters.example/trade"),
        FeedConfig("https://no-name.example/feed", "https://no-name.example/feed"),
    ]
    assert problems == ["'Local file': skipped, not an http(s) feed URL: file:///etc/passwd"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b'<opml><body><outline text="&b;" xmlUrl="https://x.example/"/></body></opml>',
            "refused unsafe XML",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "http://evil.example/x.dtd"><opml/>',
            "refused unsafe XML",
        ),
        (b"<opml><body>", "not well-formed XML"),
        (b"<rss><channel/></rss>", "the root element is <rss>, not <opml>"),
    ],
)
def test_hostile_or_broken_opml_is_refused(data, message):
    with pytest.raises(OPMLError, match=message):
        parse_opml(data)


def test_importing_a_bad_opml_file_is_one_line(config_file, tmp_path):
    bad = tmp_path / "bad.opml"
    bad.write_bytes(b"<opml><body>")
    result = runner.invoke(app, ["feeds", "import", str(bad), "--config", str(config_file)])
    assert result.exit_code == 1 and "not well-formed XML" in result.stderr


# -- list and check ----------------------------------------------------------------------------


def test_list_joins_config_feeds_with_their_health(tmp_path):
    with FeedServer() as server:
        server.route("/wire.xml", Reply(body=(CASE / "cycle_1.xml").read_bytes()))
        server.route("/gone.xml", Reply(status=410))
        config = story_config(
            tmp_path, [("wire", server.url("/wire.xml")), ("gone", server.url("/gone.xml"))]
        )
        rows, from_db = feed_status(config)
        assert not from_db and [r["error_count"] for r in rows] == [None, None]
        run_cycle(config, sender=lambda route, message: None)
    rows, from_db = feed_status(config)
    by_name = {r["name"]: r for r in rows}
    assert from_db
    assert by_name["wire"]["error_count"] == 0 and by_name["wire"]["items_seen"] == 1
    assert by_name["gone"]["error_count"] == 1 and by_name["gone"]["last_error_code"] == "http_410"
    assert by_name["gone"]["next_check"] is not None
    path = tmp_path / "tw.toml"
    path.write_text(
        f'[storage]\npath = "{config.storage.path}"\n'
        f'[[feeds]]\nname = "gone"\nurl = "{config.feeds[1].url}"\n'
    )
    result = runner.invoke(app, ["feeds", "list", "--json", "--config", str(path)])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert row["last_error_code"] == "http_410" and "410" in row["last_error"]
    table = runner.invoke(app, ["feeds", "list", "--config", str(path)])
    assert table.exit_code == 0 and "gone" in table.stdout


def test_check_fetches_each_feed_once_and_stores_nothing(tmp_path):
    with FeedServer() as server:
        server.route("/wire.xml", Reply(body=(CASE / "cycle_3.xml").read_bytes()))
        server.route("/missing.xml", Reply(status=404))
        config = story_config(
            tmp_path,
            [("wire", server.url("/wire.xml")), ("missing", server.url("/missing.xml"))],
        )
        seen = []
        results = check_feeds(config, on_result=lambda r: seen.append(r.name))
        assert server.hits("/wire.xml") == 1 and server.hits("/missing.xml") == 1
        assert server.requests[0].headers.get("if-none-match") is None
        path = tmp_path / "tw.toml"
        path.write_text(
            f'[storage]\npath = "{config.storage.path}"\n'
            + "".join(f'[[feeds]]\nname = "{f.name}"\nurl = "{f.url}"\n' for f in config.feeds)
        )
        cli = runner.invoke(app, ["feeds", "check", "wire", "--json", "--config", str(path)])
        plain = runner.invoke(app, ["feeds", "check", "--config", str(path)])
    assert sorted(seen) == ["missing", "wire"]
    wire, missing = results
    assert (wire.outcome, wire.items, wire.http_status) == ("ok", 4, 200)
    assert (missing.outcome, missing.error_code, missing.http_status) == ("failed", "http_404", 404)
    assert not Path(config.storage.path).exists(), "a check is a dry run"
    assert cli.exit_code == 0, cli.output
    assert [r["name"] for r in json.loads(cli.stdout)] == ["wire"]
    assert plain.exit_code == 1 and "http_404" in plain.stdout


def test_check_of_an_unknown_feed_says_how_to_list_them(tmp_path):
    config = story_config(tmp_path, [])
    with pytest.raises(TariffwatchError, match="`tariffwatch feeds list` shows them"):
        check_feeds(config, ["nope"])

"""Settings: defaults, the TOML file, environment overrides and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import ConfigError
from bot.settings import KBS_ALL_NEWS_FEED, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for key in (
        "NEWSBOT_CONFIG",
        "NEWSBOT_FEEDS",
        "NEWSBOT_DATABASE_URL",
        "NEWSBOT_POLL_INTERVAL",
        "TELEGRAM_BOT_TOKEN",
    ):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.chdir(tmp_path)


def test_no_config_file_means_the_built_in_defaults() -> None:
    settings = load_settings()
    assert settings.feeds == [KBS_ALL_NEWS_FEED]
    assert settings.database_url == "sqlite:///data/newsbot.sqlite3"
    assert settings.poll_interval == 900 and settings.telegram_token is None


def test_the_environment_beats_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "c.toml").write_text('[sources]\npoll_interval = 600\nfeeds = ["https://a/rss"]\n', "utf-8")
    monkeypatch.setenv("NEWSBOT_CONFIG", str(tmp_path / "c.toml"))
    assert load_settings().poll_interval == 600
    monkeypatch.setenv("NEWSBOT_POLL_INTERVAL", "30")
    monkeypatch.setenv("NEWSBOT_FEEDS", "https://b/rss, https://c/rss")
    settings = load_settings()
    assert settings.poll_interval == 30 and settings.feeds == ["https://b/rss", "https://c/rss"]


def test_an_empty_feeds_variable_means_no_feeds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBOT_FEEDS", "")
    assert load_settings().feeds == []


@pytest.mark.parametrize(
    ("toml", "env", "message"),
    [
        ('[sources]\nfeeds = ["ftp://x"]\n', {}, "http:// or https://"),
        ("[sources]\npoll = 5\n", {}, "unknown key 'poll'"),
        ("[weather]\nx = 1\n", {}, "unknown section [weather]"),
        ("[digest\n", {}, "not valid TOML"),
        ('[digest]\ntime = "25:00"\n', {}, "HH:MM"),
        ('[digest]\ntimezone = "Mars/Olympus"\n', {}, "unknown time zone"),
        ('[digest]\ntimezone = "Asia"\n', {}, "unknown time zone 'Asia'"),  # a folder of the zone database
        ("", {"NEWSBOT_TIMEZONE": "../../etc/passwd"}, "unknown time zone"),
        ('[digest]\ntime = "٠٧:٣٠"\n', {}, "HH:MM"),
        ("[sources]\nmax_items_per_poll = 0\n", {}, "max_items_per_poll"),
        ("[fetch]\nper_host_concurrency = 0\n", {}, "fetch_per_host"),
        ("", {"NEWSBOT_POLL_INTERVAL": "0"}, "NEWSBOT_POLL_INTERVAL"),
    ],
)
def test_bad_settings_fail_with_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, toml: str, env: dict[str, str], message: str
) -> None:
    (tmp_path / "c.toml").write_text(toml, "utf-8")
    monkeypatch.setenv("NEWSBOT_CONFIG", str(tmp_path / "c.toml"))
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("(", r"\(")) as caught:
        load_settings()
    assert "\n" not in str(caught.value)


def test_the_token_is_secret_in_reprs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:SECRET-token-value")
    settings = load_settings()
    assert settings.telegram_token == "123456:SECRET-token-value"
    assert "SECRET" not in repr(settings) and "SECRET" not in str(settings.model_dump())

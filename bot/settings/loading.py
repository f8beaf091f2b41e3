"""Where settings come from: the TOML file named by NEWSBOT_CONFIG (default config/newsbot.toml), then the
environment; and which environment values are secrets, so every log line and printed error hides them.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.core.errors import ConfigError
from bot.settings.model import Settings

DEFAULT_CONFIG_PATH = Path("config/newsbot.toml")

_TOML_KEYS: dict[str, dict[str, str]] = {
    "sources": {
        "feeds": "feeds",
        "seeds_dir": "seeds_dir",
        "poll_interval": "poll_interval",
        "article_hosts": "article_hosts",
        "max_items_per_poll": "max_items_per_poll",
    },
    "sections": {},  # any key: a section slug and its feed URL
    "store": {"database_url": "database_url"},
    "digest": {"time": "digest_time", "timezone": "timezone", "send_empty": "send_empty_digests"},
    "delivery": {"claim_lease": "delivery_claim_lease", "tick": "digest_tick", "settle": "digest_settle"},
    "ops": {"http_addr": "http_addr"},
    "retention": {"delivered_days": "retention_delivered_days"},
    "summary": {"url_hosts": "summary_url_hosts"},
    "fetch": {
        "timeout": "fetch_timeout",
        "max_bytes": "fetch_max_bytes",
        "max_redirects": "fetch_max_redirects",
        "user_agent": "user_agent",
        "per_host_concurrency": "fetch_per_host",
    },
    "discord": {
        "api_base_url": "discord_api_base_url",
        "gateway_url": "discord_gateway_url",
        "guild_ids": "discord_guild_ids",
        "guild_ready_timeout": "discord_guild_ready_timeout",
        "shard_count": "discord_shard_count",
        "shard_ids": "discord_shard_ids",
        "gateway_lease": "discord_gateway_lease",
    },
    "telegram": {
        "api_base_url": "telegram_api_base_url",
        "overall_max_rate": "telegram_overall_max_rate",
        "group_max_rate": "telegram_group_max_rate",
        "poll_timeout": "telegram_poll_timeout",
        "webhook_url": "telegram_webhook_url",
        "webhook_listen": "telegram_webhook_listen",
    },
}


SECRET_VARIABLES = ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "DISCORD_BOT_TOKEN", "DISCORD_WEBHOOK_URL")


def known_secrets() -> list[str]:
    """Every secret the environment holds (tokens, and the password inside a database URL), read raw so
    redaction works even when the settings themselves fail to validate."""
    from urllib.parse import urlsplit

    secrets = [os.environ.get(name, "").strip() for name in SECRET_VARIABLES]
    webhook = os.environ.get("DISCORD_WEBHOOK_URL", "").strip().rstrip("/")
    if webhook:
        secrets.append(webhook.rsplit("/", 1)[-1])  # the webhook's token, wherever it shows up alone
    try:
        password = urlsplit(os.environ.get("NEWSBOT_DATABASE_URL", "")).password
    except ValueError:
        password = None
    if password:
        secrets.append(password)
    return [s for s in secrets if s]


def _flatten_toml(data: Mapping[str, Any], path: Path) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, values in data.items():
        keys = _TOML_KEYS.get(section)
        if keys is None or not isinstance(values, Mapping):
            raise ConfigError(f"{path}: unknown section [{section}]")
        if section == "sections":  # a table of its own: slug = "feed URL"
            flat["sections"] = dict(values)
            continue
        for key, value in values.items():
            if key not in keys:
                raise ConfigError(f"{path}: unknown key {key!r} in [{section}]")
            flat[keys[key]] = value
    return flat


def load_settings() -> Settings:
    """Read the config file named by NEWSBOT_CONFIG (default config/newsbot.toml), then the environment.

    A missing default file means the built-in defaults; a missing file the operator named is an error.
    """
    named = os.environ.get("NEWSBOT_CONFIG")
    path = Path(named) if named else DEFAULT_CONFIG_PATH
    values: dict[str, Any] = {}
    if path.is_file():
        try:
            values = _flatten_toml(tomllib.loads(path.read_text(encoding="utf-8")), path)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    elif named:
        raise ConfigError(f"NEWSBOT_CONFIG names {path}, which does not exist")
    return _validated(lambda: Settings(**values))


def _validated(build: Callable[[], Settings]) -> Settings:
    try:
        settings = build()
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"invalid configuration: {problems}") from None
    return settings

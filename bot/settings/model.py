"""The settings themselves: every value newsbot reads, its default, and how it is checked.

Values arrive from `loading.py` (the TOML file, then the environment, which wins); a bad one fails once,
at start, with a sentence an operator can act on.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

from bot.core.sections import default_section_feeds

KBS_ALL_NEWS_FEED = "https://world.kbs.co.kr/rss/rss_news.htm?lang=v"


def _env(*names: str) -> AliasChoices:
    return AliasChoices(*names)


def _split_csv(value: Any) -> Any:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """Validated configuration: built-in defaults < config file < environment."""

    model_config = SettingsConfigDict(populate_by_name=True, extra="forbid", env_prefix="")

    database_url: str = Field(
        "sqlite:///data/newsbot.sqlite3", validation_alias=_env("NEWSBOT_DATABASE_URL", "database_url")
    )
    feeds: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: [KBS_ALL_NEWS_FEED], validation_alias=_env("NEWSBOT_FEEDS", "feeds")
    )
    seeds_dir: Path = Field(Path("seeds"), validation_alias=_env("NEWSBOT_SEEDS_DIR", "seeds_dir"))
    poll_interval: int = Field(900, ge=1, le=86400, validation_alias=_env("NEWSBOT_POLL_INTERVAL", "poll_interval"))
    # Hosts article pages may come from besides each feed's own origin (docs/security.md).
    article_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["world.kbs.co.kr"], validation_alias=_env("NEWSBOT_ARTICLE_HOSTS", "article_hosts")
    )
    max_items_per_poll: int = Field(
        100, ge=1, le=10_000, validation_alias=_env("NEWSBOT_MAX_ITEMS_PER_POLL", "max_items_per_poll")
    )
    # KBS section feeds, slug → URL; stories they carry are tagged with the section. Empty: no sections.
    sections: Annotated[dict[str, str], NoDecode] = Field(
        default_factory=default_section_feeds, validation_alias=_env("NEWSBOT_SECTIONS", "sections")
    )
    digest_time: str = Field("08:00", validation_alias=_env("NEWSBOT_DIGEST_TIME", "digest_time"))
    timezone: str = Field("Asia/Ho_Chi_Minh", validation_alias=_env("NEWSBOT_TIMEZONE", "timezone"))
    send_empty_digests: bool = Field(False, validation_alias=_env("NEWSBOT_SEND_EMPTY_DIGESTS", "send_empty_digests"))
    # Seconds a digest window ends before the moment of composing, so a story stamped just before it whose
    # write has not committed yet falls in the next window instead of being skipped (SQLite waits up to 5 s).
    digest_settle: float = Field(6.0, ge=0, le=600, validation_alias=_env("NEWSBOT_DIGEST_SETTLE", "digest_settle"))
    # Seconds between looks for due digests in `newsbot run`.
    digest_tick: float = Field(30.0, ge=0.1, le=3600, validation_alias=_env("NEWSBOT_DIGEST_TICK", "digest_tick"))
    # Sent digests (and their outbox rows) older than this are deleted by `newsbot run`, every 6 hours.
    retention_delivered_days: int = Field(
        30, ge=1, le=3650, validation_alias=_env("NEWSBOT_RETENTION_DELIVERED_DAYS", "retention_delivered_days")
    )
    # /healthz and /metrics of `newsbot run`; empty turns them off.
    http_addr: str = Field("127.0.0.1:9108", validation_alias=_env("NEWSBOT_HTTP_ADDR", "http_addr"))
    # Seconds a sender holds the digests it claimed; a sender that died is taken over after this.
    delivery_claim_lease: float = Field(
        120.0, ge=1, le=3600, validation_alias=_env("NEWSBOT_DELIVERY_CLAIM_LEASE", "delivery_claim_lease")
    )
    summary_url_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["world.kbs.co.kr"],
        validation_alias=_env("NEWSBOT_SUMMARY_URL_HOSTS", "summary_url_hosts"),
    )
    fetch_timeout: float = Field(15.0, gt=0, le=300, validation_alias=_env("NEWSBOT_FETCH_TIMEOUT", "fetch_timeout"))
    fetch_max_bytes: int = Field(
        5_000_000, ge=1024, validation_alias=_env("NEWSBOT_FETCH_MAX_BYTES", "fetch_max_bytes")
    )
    fetch_max_redirects: int = Field(5, ge=0, le=20, validation_alias=_env("fetch_max_redirects"))
    fetch_per_host: int = Field(4, ge=1, le=64, validation_alias=_env("NEWSBOT_FETCH_PER_HOST", "fetch_per_host"))
    user_agent: str = Field("newsbot/0.1 (KBS World Vietnamese digest bot)", validation_alias=_env("user_agent"))
    telegram_bot_token: SecretStr | None = Field(None, validation_alias=_env("TELEGRAM_BOT_TOKEN"))
    telegram_api_base_url: str = Field(
        "https://api.telegram.org/bot", validation_alias=_env("TELEGRAM_API_BASE_URL", "telegram_api_base_url")
    )
    telegram_overall_max_rate: float = Field(
        30.0, ge=0, validation_alias=_env("NEWSBOT_TELEGRAM_OVERALL_MAX_RATE", "telegram_overall_max_rate")
    )
    telegram_group_max_rate: float = Field(
        20.0, ge=0, validation_alias=_env("NEWSBOT_TELEGRAM_GROUP_MAX_RATE", "telegram_group_max_rate")
    )
    # Seconds the long-polling instance holds the Telegram updates lease (renewed every third of it).
    telegram_updates_lease: float = Field(
        20.0, ge=0.3, le=600, validation_alias=_env("NEWSBOT_TELEGRAM_UPDATES_LEASE", "telegram_updates_lease")
    )
    telegram_poll_timeout: float = Field(
        10.0, ge=0, le=60, validation_alias=_env("NEWSBOT_TELEGRAM_POLL_TIMEOUT", "telegram_poll_timeout")
    )
    # Webhook mode: Telegram POSTs updates to this public URL (behind which several instances may sit);
    # each instance serves its path on TELEGRAM_WEBHOOK_LISTEN and checks TELEGRAM_WEBHOOK_SECRET.
    telegram_webhook_url: str | None = Field(
        None, validation_alias=_env("TELEGRAM_WEBHOOK_URL", "telegram_webhook_url")
    )
    telegram_webhook_secret: SecretStr | None = Field(None, validation_alias=_env("TELEGRAM_WEBHOOK_SECRET"))
    telegram_webhook_listen: str = Field(
        "0.0.0.0:8443", validation_alias=_env("TELEGRAM_WEBHOOK_LISTEN", "telegram_webhook_listen")
    )

    discord_bot_token: SecretStr | None = Field(None, validation_alias=_env("DISCORD_BOT_TOKEN"))
    discord_webhook_url: SecretStr | None = Field(None, validation_alias=_env("DISCORD_WEBHOOK_URL"))
    discord_api_base_url: str = Field(
        "https://discord.com/api/v10", validation_alias=_env("DISCORD_API_BASE_URL", "discord_api_base_url")
    )
    discord_gateway_url: str = Field(
        "wss://gateway.discord.gg/", validation_alias=_env("DISCORD_GATEWAY_URL", "discord_gateway_url")
    )
    discord_guild_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list, validation_alias=_env("DISCORD_GUILD_IDS", "discord_guild_ids")
    )
    # Shards: unset runs one gateway session; a number runs discord.py's AutoShardedClient with that many
    # shards (`auto`: as many as Discord recommends), all of them or the DISCORD_SHARD_IDS of this instance.
    discord_shard_count: int | None = Field(
        None, ge=0, le=10_000, validation_alias=_env("DISCORD_SHARD_COUNT", "discord_shard_count")
    )
    discord_shard_ids: Annotated[list[int], NoDecode] = Field(
        default_factory=list, validation_alias=_env("DISCORD_SHARD_IDS", "discord_shard_ids")
    )
    # Seconds the instance holding a Discord gateway session (per shard set) holds its lease.
    discord_gateway_lease: float = Field(
        20.0, ge=0.3, le=600, validation_alias=_env("NEWSBOT_DISCORD_GATEWAY_LEASE", "discord_gateway_lease")
    )
    # How long discord.py waits for more GUILD_CREATEs before it calls itself ready; tests set it low.
    discord_guild_ready_timeout: float = Field(
        2.0, gt=0, le=60, validation_alias=_env("NEWSBOT_DISCORD_GUILD_READY_TIMEOUT", "discord_guild_ready_timeout")
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment beats the config file, which arrives as init kwargs.
        return (env_settings, init_settings)

    _split_feeds = field_validator(
        "feeds", "summary_url_hosts", "article_hosts", "discord_guild_ids", "discord_shard_ids", mode="before"
    )(_split_csv)

    @field_validator("discord_shard_count", mode="before")
    @classmethod
    def _auto_shards(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip().lower() == "auto":
            return 0
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("sections", mode="before")
    @classmethod
    def _split_sections(cls, value: Any) -> Any:
        """`NEWSBOT_SECTIONS=kinh-te=https://…,lien-trieu=https://…`; an empty value turns sections off."""
        if isinstance(value, str):
            pairs = [part.strip() for part in value.split(",") if part.strip()]
            if any("=" not in pair for pair in pairs):
                raise ValueError("each section must be written slug=URL")
            return {slug.strip(): url.strip() for slug, url in (pair.split("=", 1) for pair in pairs)}
        return value

    @field_validator("sections")
    @classmethod
    def _check_sections(cls, sections: dict[str, str]) -> dict[str, str]:

        for slug, url in sections.items():
            if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,31}", slug):
                raise ValueError(f"section {slug!r} must be a slug: lower-case letters, digits and '-'")
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"section {slug!r}: feed URL must start with http:// or https://")
        return sections

    @field_validator("feeds")
    @classmethod
    def _check_feeds(cls, feeds: list[str]) -> list[str]:
        for url in feeds:
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"feed URL must start with http:// or https://: {url!r}")
        return feeds

    @field_validator("summary_url_hosts", "article_hosts")
    @classmethod
    def _lower_hosts(cls, hosts: list[str]) -> list[str]:
        return [h.lower() for h in hosts]

    @field_validator("digest_time")
    @classmethod
    def _check_time(cls, value: str) -> str:
        from bot.core.schedule_math import parse_times

        return ",".join(parse_times(value))

    @field_validator("timezone")
    @classmethod
    def _check_zone(cls, value: str) -> str:
        from bot.core.schedule_math import is_time_zone

        if not is_time_zone(value):
            raise ValueError(f"unknown time zone {value!r}")
        return value

    @model_validator(mode="after")
    def _check_telegram_webhook(self) -> Settings:

        url = (self.telegram_webhook_url or "").strip()
        if not url:
            return self
        if not url.startswith(("https://", "http://")):
            raise ValueError("TELEGRAM_WEBHOOK_URL must be an http(s) URL (Telegram needs https)")
        secret = self.telegram_webhook_secret.get_secret_value() if self.telegram_webhook_secret else ""
        if not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", secret):
            raise ValueError("TELEGRAM_WEBHOOK_SECRET must be set with TELEGRAM_WEBHOOK_URL: 16-256 of A-Z a-z 0-9 _ -")
        host, _, port = self.telegram_webhook_listen.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError("TELEGRAM_WEBHOOK_LISTEN must be host:port")
        return self

    @property
    def telegram_webhook(self) -> tuple[str, str, str, int] | None:
        """(public URL, secret, listen host, listen port) in webhook mode; None when long polling."""
        url = (self.telegram_webhook_url or "").strip()
        if not url or self.telegram_webhook_secret is None:
            return None
        host, _, port = self.telegram_webhook_listen.rpartition(":")
        return url, self.telegram_webhook_secret.get_secret_value(), host.strip("[]"), int(port)

    @model_validator(mode="after")
    def _check_shards(self) -> Settings:
        if self.discord_shard_ids:
            if not self.discord_shard_count:
                raise ValueError("DISCORD_SHARD_IDS needs DISCORD_SHARD_COUNT (a number, not auto)")
            bad = [i for i in self.discord_shard_ids if not 0 <= i < self.discord_shard_count]
            if bad:
                raise ValueError(
                    f"DISCORD_SHARD_IDS must be below DISCORD_SHARD_COUNT ({self.discord_shard_count}): {bad}"
                )
        return self

    @property
    def discord_gateway_lease_name(self) -> str:
        """One lease per shard set: instances given different shards hold theirs side by side."""
        if not self.discord_shard_ids:
            return "discord-gateway"
        return "discord-gateway:" + ",".join(str(i) for i in sorted(set(self.discord_shard_ids)))

    @property
    def discord_token(self) -> str | None:
        """The Discord bot token, or None when the bot adapter is off; never logged."""
        return _secret(self.discord_bot_token)

    @property
    def discord_webhook(self) -> str | None:
        """The webhook URL (it holds the webhook's token), or None when webhook mode is off."""
        return _secret(self.discord_webhook_url)

    @field_validator("discord_webhook_url")
    @classmethod
    def _check_webhook(cls, value: SecretStr | None) -> SecretStr | None:
        shape = r"https://(?:\w+\.)?discord(?:app)?\.com/api/(?:v\d+/)?webhooks/\d{17,20}/[\w.-]{60,}/?"
        url = value.get_secret_value().strip() if value is not None else ""
        if url and not re.fullmatch(shape, url):
            raise ValueError("must look like https://discord.com/api/webhooks/<id>/<token>")
        return value

    @property
    def telegram_token(self) -> str | None:
        """The token, or None when Telegram is off; never logged."""
        if self.telegram_bot_token is None:
            return None
        token = self.telegram_bot_token.get_secret_value().strip()
        return token or None


def _secret(value: SecretStr | None) -> str | None:
    if value is None:
        return None
    return value.get_secret_value().strip() or None

"""Any `/settings NAME VALUE` a reader can type is applied or answered with a settings sentence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.digests import DigestService, SettingError
from bot.core.domain import ChatTarget
from bot.core.i18n import MESSAGES
from bot.core.stories import StoryService
from bot.sources.seed_files import SeedFolder
from bot.store.database import Database
from bot.store.feeds import SqlFeeds
from bot.store.outbox import SqlOutbox
from bot.store.stories import SqlStories
from bot.store.subscriptions import SqlSubscriptions

NAMES = st.one_of(st.sampled_from(["time", "timezone", "language", "include", "exclude"]), st.text(max_size=20))
VALUES = st.one_of(
    st.sampled_from(["Asia", "Asia/", "../../etc/passwd", "UTC\x00", "Asia/Seoul", "24:00", "07:30", "٠٧:٣٠", "-"]),
    st.text(max_size=200),
)


def test_every_setting_value_is_applied_or_answered_in_words(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path}/settings.sqlite3")
    stories = StoryService(
        SqlStories(db),
        feeds=SqlFeeds(db),
        feed_reader=None,
        feed_urls=[],
        seeds=SeedFolder(tmp_path),
        poll_interval=timedelta(seconds=60),
    )
    digests = DigestService(
        stories,
        SqlSubscriptions(db),
        SqlOutbox(db),
        default_time="08:00",
        default_zone="Asia/Ho_Chi_Minh",
        send_empty=False,
        clock=lambda: datetime(2026, 11, 1, tzinfo=UTC),
    )
    target = ChatTarget("telegram", "42")
    digests.subscribe(target, "vi")

    @settings(max_examples=300, deadline=None)
    @given(NAMES, VALUES)
    def one(name: str, value: str) -> None:
        try:
            digests.change_setting(target, name, value)
        except SettingError as exc:
            assert exc.key.startswith("settings.") and exc.key in MESSAGES
            for lang in ("vi", "en"):
                MESSAGES[exc.key][lang].format(**exc.values)

    try:
        one()
    finally:
        db.close()

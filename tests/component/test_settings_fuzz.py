"""Any `/settings NAME VALUE` a reader can type is applied or answered with a settings sentence."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.domain import ChatTarget
from bot.core.i18n import MESSAGES
from bot.core.subscriptions import SettingError, SubscriptionService
from bot.store.database import Database
from bot.store.outbox import SqlOutbox
from bot.store.subscriptions import SqlSubscriptions

NAMES = st.one_of(
    st.sampled_from(["time", "timezone", "language", "include", "exclude", "sections", "cadence"]),
    st.text(max_size=20),
)
VALUES = st.one_of(
    st.sampled_from(
        [
            "Asia",
            "Asia/",
            "../../etc/passwd",
            "UTC\x00",
            "Asia/Seoul",
            "24:00",
            "07:30",
            "٠٧:٣٠",
            "-",
            "07:30,18:00",
            ",".join(["07:00"] * 50),
            "kinh te, Liên Triều",
            "the-thao",
            "instant",
            "daily",
            "ngay",
        ]
    ),
    st.text(max_size=200),
)


def test_every_setting_value_is_applied_or_answered_in_words(tmp_path: Path) -> None:
    db = Database.open(f"sqlite:///{tmp_path}/settings.sqlite3")
    subscriptions = SubscriptionService(
        SqlSubscriptions(db),
        SqlOutbox(db),
        default_time="08:00",
        default_zone="Asia/Ho_Chi_Minh",
        sections=["kinh-te", "lien-trieu"],
        clock=lambda: datetime(2026, 11, 1, tzinfo=UTC),
    )
    target = ChatTarget("telegram", "42")
    subscriptions.subscribe(target, "vi")

    @settings(max_examples=300, deadline=None)
    @given(NAMES, VALUES)
    def one(name: str, value: str) -> None:
        try:
            subscriptions.change_setting(target, name, value)
        except SettingError as exc:
            assert exc.key.startswith("settings.") and exc.key in MESSAGES
            for lang in ("vi", "en"):
                MESSAGES[exc.key][lang].format(**exc.values)

    try:
        one()
    finally:
        db.close()

"""The `what` line reaches readers whole: through the real PTB and discord.py clients, a story's compressed
lead is its heading (no title) or its first bullet (with a title), never cut or ellipsized."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.component.discord_helpers import discord_app
from tests.component.telegram_helpers import telegram_app
from tests.fakes.discord import FakeDiscord
from tests.fakes.telegram import FakeTelegram

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

LEAD = (
    "Theo Hãng thông tấn Yonhap, Ngân hàng trung ương Hàn Quốc (BOK) hôm thứ Năm (27/11) đã quyết định giữ "
    "nguyên lãi suất cơ bản ở mức 2,5%/năm, sau khi hạ lãi suất hồi tháng 5, với lý do thị trường bất động "
    "sản tại thủ đô Seoul vẫn còn bất ổn."
)
WHAT = (
    "Ngân hàng trung ương Hàn Quốc (BOK) quyết định giữ nguyên lãi suất cơ bản ở mức 2,5%/năm, "
    "sau khi hạ lãi suất hồi tháng 5, lần thứ ba liên tiếp BOK giữ nguyên lãi suất."
)


def _seed(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    body = LEAD + "Đây là lần thứ ba liên tiếp BOK giữ nguyên lãi suất."
    (folder / "bok.txt").write_text(" date 2025-11-27 Photo : YONHAP News\n\n" + body, encoding="utf-8")
    return folder


async def test_telegram_shows_the_whole_what_as_the_heading(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    async with telegram_app(db_url, fake_telegram, _seed(tmp_path / "seeds")) as app:
        await app.service.poll()
        before = len(fake_telegram.sent)
        await fake_telegram.inject_message("/summary")
        await fake_telegram.wait_for_sent(before + 1)
    text = str(fake_telegram.sent[before]["text"])  # as Telegram shows it: tags parsed away
    assert f"1. {WHAT}" in text.splitlines()
    assert "…" not in text and "Theo Hãng thông tấn" not in text


async def test_discord_shows_the_whole_what_as_the_embed_title(
    fake_discord: FakeDiscord, db_url: str, tmp_path: Path
) -> None:
    async with discord_app(db_url, fake_discord, _seed(tmp_path / "seeds")) as app:
        await app.service.poll()
        interaction = await fake_discord.interact("summary")
        await fake_discord.wait_for(lambda f: bool(f.replies(interaction)))
        embeds = [e for reply in fake_discord.replies(interaction) for e in reply.get("embeds") or []]
    assert embeds[0]["title"] == f"1. {WHAT}"
    assert "…" not in embeds[0]["title"]

"""`newsbot run` as a subprocess with Telegram on, against the loopback fake Bot API."""

from __future__ import annotations

from pathlib import Path

from tests.acceptance.processes import kill_if_running, stop
from tests.acceptance.test_cli import TIMEOUT, _env, _run, spawn
from tests.fakes.telegram import FakeTelegram
from tests.stories import EXPORTS, archived_text


def _telegram_env(tmp_path: Path, fake: FakeTelegram, token: str | None = None) -> dict[str, str]:
    env = _env(
        tmp_path,
        "",
        TELEGRAM_BOT_TOKEN=token or fake.token,
        TELEGRAM_API_BASE_URL=fake.base,
        NEWSBOT_TELEGRAM_OVERALL_MAX_RATE="0",
        NEWSBOT_TELEGRAM_GROUP_MAX_RATE="0",
        NEWSBOT_TELEGRAM_POLL_TIMEOUT="1",
    )
    (tmp_path / "seeds" / "exports.txt").write_text(archived_text(EXPORTS), encoding="utf-8")
    return env


async def test_run_answers_commands_delivers_digests_and_stops_on_sigterm(
    fake_telegram: FakeTelegram, tmp_path: Path
) -> None:
    env = _telegram_env(tmp_path, fake_telegram)
    # the seed story is stored before the bot starts: its first poll may still be reading the seeds when
    # `/summary` arrives, and would then answer, correctly, that there is nothing yet
    assert (await _run(env, "poll", cwd=tmp_path))[0] == 0
    process = await spawn(env, "run", cwd=tmp_path)
    try:
        await fake_telegram.wait_for(lambda f: any(c.method == "getUpdates" for c in f.calls), TIMEOUT)
        await fake_telegram.inject_message("/subscribe", chat_id=8001)
        await fake_telegram.wait_for_sent(1, TIMEOUT)
        await fake_telegram.inject_message("/summary", chat_id=8001)
        await fake_telegram.wait_for_sent(2, TIMEOUT)
        assert "Đã đăng ký" in fake_telegram.sent[0]["text"] and "59,57 tỷ USD" in fake_telegram.sent[1]["text"]

        code, out, err = await _run(env, "send-digests", "--force", cwd=tmp_path)
        assert code == 0 and out.strip() == "digests: sent=1 retried=0 failed=0 chats_gone=0", err
        assert "59,57 tỷ USD" in fake_telegram.sent[2]["text"]

        assert await stop(process) == 0
        assert process.stdout is not None and process.stderr is not None
        stdout, stderr = await process.stdout.read(), (await process.stderr.read()).decode()
        assert stdout == b""  # with Telegram on, nothing is printed to the console
        assert fake_telegram.token not in stderr and fake_telegram.token.split(":")[1] not in stderr
    finally:
        await kill_if_running(process)


async def test_an_invalid_token_fails_fast_with_one_clear_line(fake_telegram: FakeTelegram, tmp_path: Path) -> None:
    bad = "999999:WRONG-token-value"
    env = _telegram_env(tmp_path, fake_telegram, token=bad)
    code, out, err = await _run(env, "run", cwd=tmp_path)
    assert code == 2 and out == ""
    assert err.strip().splitlines()[-1] == "newsbot: TELEGRAM_BOT_TOKEN was rejected by the Bot API (invalid token)"
    assert "WRONG" not in err and "Traceback" not in err

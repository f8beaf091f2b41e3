"""The real `newsbot` entry point as a subprocess against the loopback KBS site."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from asyncio.subprocess import Process
from pathlib import Path

from tests.acceptance.processes import kill_if_running, stop
from tests.fakes.feeds import FakeKbsSite
from tests.stories import EXPORTS, FESTIVAL

TIMEOUT = 30.0


def _env(tmp_path: Path, feeds: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSBOT_", "TELEGRAM_"))}
    env.update(
        NEWSBOT_DATABASE_URL=f"sqlite:///{tmp_path}/bot.sqlite3",
        NEWSBOT_FEEDS=feeds,
        NEWSBOT_SEEDS_DIR=str(tmp_path / "seeds"),
        NEWSBOT_CONFIG=str(tmp_path / "newsbot.toml"),
        NO_PROXY="127.0.0.1,localhost",
        NEWSBOT_HTTP_ADDR="",  # tests that scrape /healthz choose a free port themselves
        NEWSBOT_SECTIONS="",  # the real KBS section feeds are never polled; tests name their own
        NEWSBOT_DIGEST_SETTLE="0",  # a story stored a moment ago goes in the next digest at once
    )
    env.update(extra)
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "newsbot.toml").write_text("[fetch]\ntimeout = 2\n", encoding="utf-8")
    return env


async def spawn(env: dict[str, str], *args: str, cwd: Path, stderr: int = asyncio.subprocess.PIPE) -> Process:
    """`python -m bot ARGS` with pipes for stdin and stdout."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=env, cwd=cwd,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=stderr,
    )  # fmt: skip


async def _run(env: dict[str, str], *args: str, cwd: Path, bound: float = TIMEOUT) -> tuple[int, str, str]:
    process = await spawn(env, *args, cwd=cwd)
    out, err = await asyncio.wait_for(process.communicate(), bound)
    return process.returncode or 0, out.decode(), err.decode()


async def test_digest_polls_then_prints_every_new_story(site: FakeKbsSite, tmp_path: Path) -> None:
    env = _env(tmp_path, site.feed_url)
    (tmp_path / "seeds" / "local.txt").write_text(
        " date 2025-11-02 Photo : YONHAP News\n\nCảnh sát Seoul ngày 2/11 cho biết đã bắt giữ 12 nghi phạm lừa đảo.",
        encoding="utf-8",
    )
    code, out, err = await _run(env, "digest", "--since", "24h", cwd=tmp_path)
    assert code == 0, err
    assert out.startswith("Bản tin KBS tiếng Việt — 4 tin")
    assert EXPORTS.title in out and FESTIVAL.title in out and "12 nghi phạm" in out
    assert "INFO" not in out  # logs stay on stderr

    code, out, err = await _run(env, "digest", "--format", "json", cwd=tmp_path)
    payload = json.loads(out)
    assert code == 0 and len(payload["stories"]) == 4
    assert {"what", "who", "numbers", "bullets", "first_seen"} <= set(payload["stories"][0])
    assert len(site.hits("/service/news_view.htm")) == 3  # the second run fetched no page again

    code, out, _ = await _run(env, "digest", "--format", "telegram", cwd=tmp_path)
    assert code == 0 and out.startswith("<!-- message 1 -->\n<b>Bản tin KBS tiếng Việt — 4 tin</b>")
    assert "<b>1. " in out and '<a href="http://127.0.0.1:' in out
    code, out, _ = await _run(env, "digest", "--format", "discord", cwd=tmp_path)
    messages = json.loads(out)
    assert code == 0 and messages[0]["content"] == "**Bản tin KBS tiếng Việt — 4 tin**"
    assert len(messages[0]["embeds"]) == 4 and all(
        e["title"].startswith(f"{n}. ") for n, e in enumerate(messages[0]["embeds"], 1)
    )


async def test_digest_of_one_section_and_search_from_the_command_line(site: FakeKbsSite, tmp_path: Path) -> None:
    site.sections = {"Ec": [EXPORTS.seq], "Cu": [FESTIVAL.seq]}
    sections = f"kinh-te={site.section_url('Ec')},van-hoa={site.section_url('Cu')}"
    env = _env(tmp_path, site.feed_url, NEWSBOT_SECTIONS=sections)
    code, out, err = await _run(env, "digest", "--section", "Văn hóa", cwd=tmp_path)
    assert code == 0, err
    assert out.startswith("Bản tin KBS tiếng Việt — 1 tin") and FESTIVAL.title in out and EXPORTS.title not in out

    code, out, err = await _run(env, "search", "le", "hoi", "VIET", "han", cwd=tmp_path)
    assert code == 0 and out.startswith("Kết quả tìm «le hoi VIET han» — 1 tin") and FESTIVAL.title in out
    code, out, _ = await _run(env, "search", "--format", "json", "xuat", "khau", cwd=tmp_path)
    assert code == 0 and [s["title"] for s in json.loads(out)["stories"]] == [EXPORTS.title]
    code, out, _ = await _run(env, "search", "x" * 10_000, cwd=tmp_path)
    assert code == 0 and out.strip() == "Từ khóa quá dài: tối đa 200 ký tự."
    code, out, _ = await _run(env, "search", "--lang", "en", "?!", cwd=tmp_path)
    assert out.strip() == "There are no words to find. Please type letters or digits."

    code, _, err = await _run(env, "digest", "--section", "the-thao", cwd=tmp_path)
    assert code == 2 and err.strip().splitlines()[-1] == (
        "newsbot: --section: no section 'the-thao' (sections: kinh-te, van-hoa)"
    )


async def test_usage_and_configuration_errors_exit_2_with_one_line(tmp_path: Path) -> None:
    env = _env(tmp_path, "")
    code, out, err = await _run(env, "digest", "--since", "yesterday", cwd=tmp_path)
    assert code == 2 and out == ""
    assert err.strip().splitlines()[-1].startswith("newsbot: --since:") and "Traceback" not in err

    code, _, err = await _run({**env, "NEWSBOT_POLL_INTERVAL": "soon"}, "poll", cwd=tmp_path)
    assert code == 2 and "NEWSBOT_POLL_INTERVAL" in err and "Traceback" not in err

    code, _, err = await _run({**env, "NEWSBOT_CONFIG": str(tmp_path / "missing.toml")}, "poll", cwd=tmp_path)
    assert code == 2 and "missing.toml" in err

    code, _, err = await _run(env, "no-such-command", cwd=tmp_path)
    assert code == 2 and "invalid choice" in err

    code, _, err = await _run({**env, "NEWSBOT_TIMEZONE": "Asia"}, "poll", cwd=tmp_path)
    assert code == 2 and err.strip().splitlines() == [
        "newsbot: invalid configuration: NEWSBOT_TIMEZONE: Value error, unknown time zone 'Asia'"
    ]


async def test_the_unexpected_failure_line_never_shows_a_secret(tmp_path: Path) -> None:
    token = "123456:SecretTokenForTests"
    # A database folder that cannot be created, whose path holds the token in another letter case.
    database = f"sqlite:////proc/{token.lower()}/bot.sqlite3"
    env = _env(tmp_path, "", TELEGRAM_BOT_TOKEN=token, NEWSBOT_DATABASE_URL=database)
    code, out, err = await _run(env, "--log-level", "DEBUG", "feeds", cwd=tmp_path)
    assert code == 1 and out == ""
    assert "newsbot: unexpected failure: " in err and "/proc/***" in err
    assert token.lower() not in err.lower()


async def test_poll_and_feeds_report_each_source(site: FakeKbsSite, tmp_path: Path) -> None:
    env = _env(tmp_path, f"{site.feed_url},{site.base}/missing.xml")
    code, out, _ = await _run(env, "poll", cwd=tmp_path)
    assert code == 0
    assert out.splitlines() == [
        f"{site.feed_url}: new=3 unchanged=0 failed=0",
        f"{site.base}/missing.xml: new=0 unchanged=0 failed=1 (failed: HTTP 404)",
        "seeds: new=0 unchanged=0 failed=0",
    ]
    code, out, _ = await _run(env, "feeds", cwd=tmp_path)
    missing = out.split(f"{site.base}/missing.xml\n", 1)[1]
    assert code == 0 and "last error:" in missing and "HTTP 404" in missing and "failures:     1" in missing


async def _read_until(stream: asyncio.StreamReader, marker: str) -> str:
    seen: list[str] = []
    while True:
        line = (await asyncio.wait_for(stream.readline(), TIMEOUT)).decode()
        if not line:
            raise AssertionError(f"stream ended before {marker!r}: {''.join(seen)}")
        seen.append(line)
        if marker in line:
            return "".join(seen)


async def test_run_prints_a_digest_then_each_new_story_and_stops_on_sigterm(site: FakeKbsSite, tmp_path: Path) -> None:
    env = _env(tmp_path, site.feed_url, NEWSBOT_POLL_INTERVAL="1")
    process = await spawn(env, "run", cwd=tmp_path, stderr=asyncio.subprocess.DEVNULL)
    try:
        assert process.stdout is not None
        first = await _read_until(process.stdout, "-" * 40)
        assert "3 tin" in first and EXPORTS.title in first
        (tmp_path / "seeds" / "late.txt").write_text(
            "Ngân hàng Trung ương Hàn Quốc ngày 6/11 giữ nguyên lãi suất cơ bản ở mức 2,5%.", encoding="utf-8"
        )
        second = await _read_until(process.stdout, "-" * 40)
        assert "1 tin" in second and "lãi suất cơ bản" in second and EXPORTS.title not in second

        code, out, err = await _run(env, "run", cwd=tmp_path)  # a second instance on the same SQLite file
        assert code == 2 and out == "" and "another newsbot run is using the SQLite database" in err
        assert "use PostgreSQL" in err.strip().splitlines()[-1]
        assert await stop(process) == 0
    finally:
        await kill_if_running(process)


async def test_summarize_a_file_stdin_and_a_page(site: FakeKbsSite, tmp_path: Path) -> None:
    env = _env(tmp_path, "")
    story = tmp_path / "story.txt"
    story.write_text(
        " date 2025-11-03 Photo : YONHAP News\n\n"
        "Bộ Tài chính Hàn Quốc ngày 3/11 cho biết thu thuế đạt 300 nghìn tỷ won.",
        encoding="utf-8",
    )
    code, out, err = await _run(env, "summarize", str(story), "--json", cwd=tmp_path)
    data = json.loads(out)  # exactly one JSON object on stdout
    assert code == 0 and out.count("\n") == 1
    assert set(data) == {"title", "url", "published", "source", "what", "who", "numbers", "when", "where", "bullets"}
    assert data["numbers"][0]["value"] == 300_000_000_000_000 and data["when"] == ["ngày 3/11"]

    process = await spawn(env, "summarize", "-", "--lang", "en", cwd=tmp_path)
    out_bytes, _ = await asyncio.wait_for(process.communicate(story.read_bytes()), TIMEOUT)
    assert process.returncode == 0 and out_bytes.decode().startswith("• What: Bộ Tài chính Hàn Quốc")

    code, _, err = await _run(env, "summarize", site.article_url(EXPORTS.seq), cwd=tmp_path)
    assert code == 2 and "not allowed" in err and site.hits("/service/news_view.htm") == []  # the /summary policy

    env["NEWSBOT_SUMMARY_URL_HOSTS"] = "127.0.0.1"
    code, out, _ = await _run(env, "summarize", site.article_url(EXPORTS.seq), "--json", cwd=tmp_path)
    page = json.loads(out)
    assert code == 0 and page["title"] == EXPORTS.title and page["numbers"][0]["text"] == "59,57 tỷ USD"

    code, _, err = await _run(env, "summarize", str(tmp_path / "missing.txt"), cwd=tmp_path)
    assert code == 2 and "missing.txt" in err


async def test_outbox_lists_and_requeues_given_up_deliveries(tmp_path: Path) -> None:
    import sqlite3

    env = _env(tmp_path, "")
    assert (await _run(env, "poll", cwd=tmp_path))[0] == 0  # creates the database
    with sqlite3.connect(tmp_path / "bot.sqlite3") as db:
        db.execute(
            "INSERT INTO digests (id, window_end, story_ids, created) VALUES (1, '2026-01-01', '', '2026-01-01')"
        )
        db.execute(
            "INSERT INTO deliveries (id, digest_id, part, platform, chat_id, thread_id, payload, status, attempts,"
            " last_error, created) VALUES (7, 1, 0, 'telegram', '42', 0, 'x', 'failed', 50, 'HTTP 502', '2026-01-01')"
        )
    code, out, _ = await _run(env, "outbox", cwd=tmp_path)
    assert code == 0 and out.splitlines()[0] == "outbox: pending=0 sending=0 failed=1 sent=0"
    assert out.splitlines()[1].startswith("7\tgiven up\ttelegram:42 part 0, 50 attempts") and "HTTP 502" in out
    code, _, err = await _run(env, "outbox", "retry", "8", cwd=tmp_path)
    assert code == 2 and "not a given-up delivery" in err
    code, out, _ = await _run(env, "outbox", "retry", "--all", cwd=tmp_path)
    assert code == 0 and out.startswith("requeued 1 deliveries")
    code, out, _ = await _run(env, "outbox", cwd=tmp_path)
    assert out.splitlines()[0] == "outbox: pending=1 sending=0 failed=0 sent=0"

"""The `newsbot` command. stdout carries only the command's output; logs go to stderr.

Exit codes: 0 ok, 2 usage or configuration error (one line, no traceback), 1 runtime failure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.core.errors import ConfigError, NewsbotError, UrlRefused

if TYPE_CHECKING:
    from bot.app import App
    from bot.core.domain import Candidate, Digest
    from bot.settings import Settings

log = logging.getLogger("bot.cli")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbot", description="Faithful digests of KBS World Vietnamese news.")
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    summarize = commands.add_parser("summarize", help="summarize one story from a file, a URL or stdin")
    summarize.add_argument("source", metavar="PATH|URL|-")
    summarize.add_argument("--json", action="store_true", help="print one JSON object")
    summarize.add_argument("--lang", choices=["vi", "en"], default="vi", help="bullet labels")

    poll = commands.add_parser("poll", help="ingest every source once and print a report")
    poll.add_argument("--force", action="store_true", help="ignore feed backoff")

    digest = commands.add_parser("digest", help="poll, then print one digest")
    digest.add_argument("--since", default="24h", help="window counted from first seen (24h, 90m, 2d)")
    digest.add_argument(
        "--format",
        choices=["text", "json", "telegram", "discord"],
        default="text",
        help="text, the summaries as JSON, or what that platform would receive (HTML parts / message JSON)",
    )
    digest.add_argument("--lang", choices=["vi", "en"], default="vi")
    digest.add_argument("--section", help="only stories a section's feed carried (a slug: kinh-te, lien-trieu …)")

    search = commands.add_parser("search", help="find stored stories by their words (accents optional)")
    search.add_argument("words", nargs="+")
    search.add_argument("--format", choices=["text", "json"], default="text")
    search.add_argument("--lang", choices=["vi", "en"], default="vi")

    commands.add_parser("feeds", help="show each feed's state")
    outbox = commands.add_parser("outbox", help="deliveries not sent: pending, in flight, given up (with reasons)")
    outbox_actions = outbox.add_subparsers(dest="outbox_action", metavar="ACTION")
    retry = outbox_actions.add_parser("retry", help="put given-up deliveries back in the queue")
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("id", nargs="?", type=int, help="one delivery id (from `newsbot outbox`)")
    which.add_argument("--all", action="store_true", help="every given-up delivery")
    commands.add_parser("run", help="run the bot until SIGTERM")
    send = commands.add_parser("send-digests", help="deliver every due digest now")
    send.add_argument("--force", action="store_true", help="every active subscription, due or not")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from bot.ops.logging_setup import configure_logging
    from bot.settings import known_secrets, load_settings

    redact = configure_logging(args.log_level, secrets=known_secrets())  # every line we print goes through it
    try:
        if args.command == "summarize":
            return _summarize(args)
        settings = load_settings()
        return asyncio.run(_with_app(args, settings))
    except (ConfigError, UrlRefused) as exc:  # the operator's own input or settings: fix and run again
        print(redact(f"newsbot: {exc}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except NewsbotError as exc:
        print(redact(f"newsbot: {exc}"), file=sys.stderr)
        return 1
    except Exception as exc:
        log.debug("unexpected failure", exc_info=True)
        print(redact(f"newsbot: unexpected failure: {type(exc).__name__}: {exc}"), file=sys.stderr)
        return 1


def _summarize(args: argparse.Namespace) -> int:
    from bot import summarize

    source: str = args.source
    if source.startswith(("http://", "https://")):
        from bot.settings import load_settings

        candidate = asyncio.run(_fetch_page(load_settings(), source))
    else:
        candidate = _read_story(source)
    summary = summarize(
        candidate.body, title=candidate.title, url=candidate.url, published=candidate.published, lang=args.lang
    )
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        print("\n".join(f"• {b}" for b in summary.bullets) or "(no summary)")
    return 0


def _read_story(source: str) -> Candidate:
    """A story from a file or stdin in the archived-text format; empty text gives an empty story."""
    from bot.core.domain import Candidate
    from bot.sources.seed_files import parse_seed_text

    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {source}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{source} is not UTF-8 text") from None
    try:
        return parse_seed_text(text, source)
    except NewsbotError:
        return Candidate(source=source, body="")


async def _fetch_page(settings: Settings, url: str) -> Candidate:
    """The page under the same fetch policy as `/summary <url>` (the listed summary hosts)."""
    from bot.app import http_fetcher, on_demand_fetcher

    fetcher = http_fetcher(settings)
    try:
        return await on_demand_fetcher(settings, fetcher).fetch(url)
    finally:
        await fetcher.aclose()


async def _with_app(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import App

    app = App.build(settings)
    try:
        if args.command == "poll":
            for report in await app.service.poll(force=args.force):
                print(report.line())
        elif args.command == "digest":
            _print_digest(args, await _digest(app, args.since, args.section))
        elif args.command == "search":
            answer = await app.summaries.search(" ".join(args.words))
            if answer.digest is None:
                from bot.core.i18n import t

                print(t(answer.refusal or "error.generic", args.lang, **answer.values))
            else:
                _print_digest(args, answer.digest)
        elif args.command == "feeds":
            _print_feeds(app)
        elif args.command == "outbox":
            _outbox(app, args)
        elif args.command == "run":
            await app.run()
        elif args.command == "send-digests":
            if not app.chat_platforms:
                raise ConfigError(
                    "no chat platform is configured (set TELEGRAM_BOT_TOKEN, DISCORD_BOT_TOKEN or DISCORD_WEBHOOK_URL)"
                )
            sent = await app.send_digests(force=args.force)
            print(f"digests: sent={sent.sent} retried={sent.retried} failed={sent.failed} chats_gone={sent.chats_gone}")
    finally:
        await app.aclose()
    return 0


async def _digest(app: App, since: str, section: str | None) -> Digest:
    from bot.core.schedule_math import parse_window
    from bot.core.sections import SectionError, parse_sections

    try:
        window = parse_window(since)
    except ValueError as exc:
        raise ConfigError(f"--since: {exc}") from None
    chosen: tuple[str, ...] = ()
    if section is not None:
        try:
            chosen = parse_sections(section, app.settings.sections)
        except SectionError:
            known = ", ".join(app.settings.sections) or "none are configured"
            raise ConfigError(f"--section: no section {section[:40]!r} (sections: {known})") from None
        if len(chosen) != 1:
            raise ConfigError("--section takes one section")
    await app.poll()
    return app.service.digest(window, section=chosen[0] if chosen else None)


def _print_digest(args: argparse.Namespace, digest: Digest) -> None:
    from bot.core.digest_text import render_digest_text

    if args.format == "telegram":
        from bot.adapters.telegram.render import render_digest as telegram_parts

        print(
            "\n\n".join(f"<!-- message {i} -->\n{part}" for i, part in enumerate(telegram_parts(digest, args.lang), 1))
        )
    elif args.format == "discord":
        from bot.adapters.discord.render import render_messages

        print(json.dumps(render_messages(digest, args.lang), ensure_ascii=False, indent=2))
    elif args.format == "json":
        payload = {
            "since": digest.since.isoformat() if digest.since else None,
            "until": digest.until.isoformat(),
            "stories": [
                {**(s.summary.to_dict() if s.summary else {}), "first_seen": s.first_seen.isoformat()}
                for s in digest.stories
            ],
        }
        print(json.dumps(payload, ensure_ascii=False))
    else:
        print(render_digest_text(digest, args.lang))


def _outbox(app: App, args: argparse.Namespace) -> None:
    from bot.store.outbox import MAX_ATTEMPTS

    outbox = app.outbox
    if args.outbox_action == "retry":
        count = outbox.requeue(None if args.all else [args.id])
        if not args.all and count == 0:
            raise ConfigError(f"delivery {args.id} is not a given-up delivery (see `newsbot outbox`)")
        print(f"requeued {count} deliveries; the next digest tick (or `newsbot send-digests`) sends them")
        return
    counts = outbox.delivery_counts()
    print(
        "outbox: "
        + " ".join(f"{status}={counts.get(status, 0)}" for status in ("pending", "sending", "failed", "sent"))
    )
    for entry in outbox.outbox():
        state = entry.status
        if entry.status == "failed":
            state = "given up" if entry.attempts >= MAX_ATTEMPTS else "failed"
        reason = f" — {entry.last_error}" if entry.last_error else ""
        print(
            f"{entry.id}\t{state}\t{entry.platform}:{entry.chat_id} part {entry.part}, "
            f"{entry.attempts} attempts, queued {_when(entry.created)}{reason}"
        )


def _when(value: datetime | None, empty: str = "-") -> str:
    return value.isoformat(timespec="seconds") if value else empty


def _print_feeds(app: App) -> None:
    states = app.service.feed_states()
    if not states:
        print("no feeds configured")
    for state in states:
        error = f"{_when(state.last_error_at)} {state.last_error}" if state.last_error else "-"
        print(state.url)
        print(f"  last success: {_when(state.last_success, 'never')}")
        print(f"  last error:   {error}")
        print(f"  failures:     {state.failures}")
        print(f"  next attempt: {_when(state.next_attempt, 'next poll')}")

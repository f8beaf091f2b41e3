"""A loopback KBS-like site: an RSS feed with ETag/Last-Modified and article pages shaped like news_view.

Faults are scripted per path (status, malformed XML, slowness, huge or non-UTF-8 bodies, redirect loops)
so each bad-input test states exactly what the server does.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

from tests.fakes import serve_on_loopback

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Article:
    seq: int
    title: str
    paragraphs: list[str]
    pub_date: str = "Fri, 31 Oct 2025 18:30:00 +0900"
    with_body: bool = True
    teaser: str = ""


@dataclass
class RequestLog:
    path: str
    query: str
    headers: dict[str, str]


def article_page(article: Article) -> str:
    """An article page with KBS's structure: title_area h1, p.date, body_txt with img_box + caption."""
    body = "<br><br>".join(html.escape(p) for p in article.paragraphs) if article.with_body else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(article.title)} l KBS WORLD</title>
<meta property="og:image" content="https://worldimg.kbs.co.kr/x.jpg"></head>
<body><div class="contents"><section class="comp_view_news">
<div class="title_area"><h1>{html.escape(article.title)}</h1><p class="date">2025-10-31 18:30:00</p></div>
<div class="func_menu"><a href="#">Nghe</a> Menu Nghe nội dung</div>
<div class="body_txt fr-view">
<div class="img_box"><img src="x.jpg"><p class="cap no-print">Photo : YONHAP News</p></div>
{body}<script>var tracking = "Nhà quảng cáo";</script></div>
<h2>Editor's Pick</h2><section class="comp_contents_3x"><a>Tin khác</a></section>
</section></div></body></html>"""


@dataclass
class FakeKbsSite:
    """Serves /rss/rss_news.htm and /service/news_view.htm on 127.0.0.1 (port 0)."""

    articles: list[Article] = field(default_factory=list)
    # KBS section id (`Ec`) → the seqs its feed carries; the all-news feed (and a section not listed here)
    # carries every article
    sections: dict[str, list[int]] = field(default_factory=dict)
    requests: list[RequestLog] = field(default_factory=list)
    overrides: dict[str, Handler] = field(default_factory=dict)
    last_modified: str = "Fri, 31 Oct 2025 09:30:00 GMT"
    base: str = ""
    _runner: web.AppRunner | None = None
    _closing: asyncio.Event = field(default_factory=asyncio.Event)

    async def start(self) -> FakeKbsSite:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self._dispatch)
        self._runner, self.base = await serve_on_loopback(app)
        return self

    async def stop(self) -> None:
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def feed_url(self) -> str:
        return f"{self.base}/rss/rss_news.htm?lang=v"

    def section_url(self, kbs_id: str) -> str:
        return f"{self.base}/rss/rss_news.htm?lang=v&id={kbs_id}"

    def article_url(self, seq: int) -> str:
        return f"{self.base}/service/news_view.htm?lang=v&Seq_Code={seq}"

    def hits(self, path: str) -> list[RequestLog]:
        return [r for r in self.requests if r.path == path]

    def feed_xml(self, section: str | None = None) -> str:
        items = []
        carried = self.sections.get(section) if section else None  # a section not listed carries everything
        for a in self.articles:
            if carried is not None and a.seq not in carried:
                continue
            # Links vary like KBS's: parameter order swapped, XML-escaped ampersand.
            link = f"{self.base}/service/news_view.htm?Seq_Code={a.seq}&amp;lang=v"
            teaser = a.teaser or (a.paragraphs[0][:120] if a.paragraphs else "")
            items.append(
                f"<item><title><![CDATA[{a.title}]]></title><link>{link}</link>"
                f"<guid>KBS-{a.seq}</guid><pubDate>{a.pub_date}</pubDate>"
                f"<category>Kinh tế</category>"
                f"<description><![CDATA[<p>{html.escape(teaser)}</p>]]></description></item>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            "<title>KBS WORLD Radio</title><link>https://world.kbs.co.kr</link><description>Tin tức</description>"
            + "".join(items)
            + "</channel></rss>"
        )

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        self.requests.append(RequestLog(request.path, request.query_string, dict(request.headers)))
        override = self.overrides.get(request.path)
        if override is not None:
            return await override(request)
        if request.path == "/rss/rss_news.htm":
            return self._feed(request)
        if request.path == "/service/news_view.htm":
            seq = request.query.get("Seq_Code", "")
            for article in self.articles:
                if str(article.seq) == seq:
                    return web.Response(text=article_page(article), content_type="text/html", charset="utf-8")
        return web.Response(status=404, text="not found")

    def etag(self, section: str | None = None) -> str:
        """The validator the feed is served with now; it changes whenever the items change."""
        return 'W/"' + hashlib.sha256(self.feed_xml(section).encode("utf-8")).hexdigest()[:16] + '"'

    def _feed(self, request: web.Request) -> web.Response:
        section = request.query.get("id")
        body = self.feed_xml(section).encode("utf-8")
        etag = self.etag(section)
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        headers = {"ETag": etag, "Last-Modified": self.last_modified}
        return web.Response(body=body, headers=headers, content_type="application/rss+xml")


# Scripted faults ------------------------------------------------------------------------------------------


def status(code: int) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=code, text="server error")

    return handler


def raw(body: bytes, content_type: str = "application/rss+xml") -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=body, headers={"Content-Type": content_type})

    return handler


def never_finishes(closing: asyncio.Event) -> Handler:
    """Sends headers and a first chunk, then stalls until the site shuts down."""

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        await response.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
        await closing.wait()
        return response

    return handler


def huge(total_bytes: int) -> Handler:
    """Streams `total_bytes` without a Content-Length, as a misbehaving server would."""

    async def handler(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        chunk = b"<!-- padding -->" * 4096
        sent = 0
        try:
            while sent < total_bytes:
                await response.write(chunk)
                sent += len(chunk)
        except (ConnectionResetError, asyncio.CancelledError):
            return response
        return response

    return handler


def redirect_to(location: str) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound(location)

    return handler


def rss(*items: str, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>') -> str:
    """An RSS 2.0 document around raw `<item>` XML, for feeds shaped like the real ones in the wild."""
    return (
        f'{declaration}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Test</title><link>http://127.0.0.1/</link><description>t</description>"
        + "".join(items)
        + "</channel></rss>"
    )


def encoded(body: bytes, encodings: list[str], content_type: str = "text/html; charset=utf-8") -> Handler:
    """Serves `body` compressed with each encoding in turn, declared as `Content-Encoding: a, b`."""
    import gzip
    import zlib

    payload = body
    for encoding in encodings:
        payload = gzip.compress(payload, 9) if encoding == "gzip" else zlib.compress(payload, 9)

    async def handler(request: web.Request) -> web.StreamResponse:
        headers = {"Content-Type": content_type, "Content-Encoding": ", ".join(encodings)}
        return web.Response(body=payload, headers=headers)

    return handler


@dataclass
class Concurrency:
    """Counts requests in progress, for a server that must never see more than a few at once."""

    now: int = 0
    peak: int = 0


def slow_and_counted(inner: Handler, gauge: Concurrency, latency: float = 0.02) -> Handler:
    """`inner` on a slow server: each answer takes `latency` seconds, so a client that does not limit
    itself has many requests in flight at once, and `gauge.peak` shows it."""

    async def handler(request: web.Request) -> web.StreamResponse:
        gauge.now += 1
        gauge.peak = max(gauge.peak, gauge.now)
        try:
            await asyncio.sleep(latency)  # the server's own slowness, not a test waiting
            return await inner(request)
        finally:
            gauge.now -= 1

    return handler


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 spells tones as combining marks after a precomposed base (ê + dot below)."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
            out += (base + "".join(c for c in decomposed if c in _TONES)).encode("cp1258")
    return bytes(out)

"""Where a fetch may go, checked before any byte is sent and again at every redirect hop.

Two kinds of fetch name URLs the bot did not choose: article pages named by feed items, and
`/summary <url>` named by a chat user. Both follow one rule (docs/security.md):
- http(s) only, no credentials, a well-formed host and port;
- the origin of the feed the item came from (scheme, host and port: the operator chose that feed, so it
  may be private), or a host on the configured list;
- a listed host *name* must resolve to globally routable addresses only; an IP literal the operator
  listed verbatim is taken as listed (that is how tests reach 127.0.0.1);
- the connection goes to the address that was checked (`Pinned`), so no second DNS answer can differ.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit, urlunsplit

from bot.core.errors import SourceError, UrlInvalid, UrlRefused
from bot.sources.addresses import is_global, parse_ip

Resolver = Callable[[str, int], Awaitable[list[str]]]
DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_URL_LENGTH = 2048  # as long as the store keeps; longer URLs are refused
Origin = tuple[str, str, int]


async def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host` (off the event loop, like all getaddrinfo)."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise SourceError(f"host {host!r} does not resolve: {exc}") from None
    return [str(info[4][0]) for info in infos]


@dataclass(frozen=True, slots=True)
class Pinned:
    """A URL that passed the policy, with the address to connect to.

    `connect_url` is the URL with the checked address in place of the host; `host_header` and `sni`
    keep the name for the server and for TLS certificate checks.
    """

    url: str
    host: str
    connect_url: str
    host_header: str
    sni: str | None


@dataclass(frozen=True, slots=True)
class _Parsed:
    parts: SplitResult
    host: str
    port: int

    @property
    def origin(self) -> Origin:
        return (self.parts.scheme, self.host, self.port)


def _ascii_host(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii").lower() if not host.isascii() else host.lower()
    except UnicodeError:
        raise UrlInvalid(f"host {host!r} is not a valid name") from None


def parse_http_url(url: str) -> _Parsed:
    """Split `url` or refuse it: http(s), a host, a port in range, no credentials, no control characters."""
    if len(url) > MAX_URL_LENGTH:
        raise UrlInvalid("the URL is too long")
    if not url.isprintable() or any(ch.isspace() for ch in url):
        raise UrlInvalid("the URL holds spaces or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:  # an unclosed `[`, a port out of range or not a number
        raise UrlInvalid(f"not a valid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise UrlRefused(f"scheme {scheme or '(none)'!r} is not http(s)")
    if parts.username is not None or parts.password is not None:
        raise UrlRefused("credentials in URLs are not accepted")
    host = _ascii_host(parts.hostname or "")
    if not host:
        raise UrlInvalid("the URL has no host")
    parts = parts._replace(scheme=scheme)
    return _Parsed(parts, host, port if port is not None else DEFAULT_PORTS[scheme])


def origin_of(url: str) -> Origin:
    """(scheme, host, port) of `url`; raises UrlRefused when it is not an http(s) URL."""
    return parse_http_url(url).origin


class FetchPolicy:
    """The hosts one kind of fetch may reach, and the origins the operator trusts as they are."""

    def __init__(
        self,
        hosts: Iterable[str],
        *,
        trusted_origins: Iterable[Origin] = (),
        resolver: Resolver = system_resolver,
    ) -> None:
        self.hosts = frozenset(_ascii_host(h) for h in hosts if h)
        self.trusted_origins = frozenset(trusted_origins)
        self._resolve = resolver

    def trusting(self, url: str) -> FetchPolicy:
        """This policy, also allowing the origin of `url` (a feed's own origin, for its article pages)."""
        return FetchPolicy(self.hosts, trusted_origins={*self.trusted_origins, origin_of(url)}, resolver=self._resolve)

    async def pin(self, url: str) -> Pinned:
        """Check `url` and choose the address to connect to; UrlRefused when the rule forbids it,
        SourceError when an allowed host cannot be resolved now."""
        parsed = parse_http_url(url.strip())
        trusted = parsed.origin in self.trusted_origins
        if not trusted and parsed.host not in self.hosts:
            raise UrlRefused(f"host {parsed.host!r} is not allowed")
        literal = parse_ip(parsed.host)
        # An address literal got here by being listed verbatim or by being the trusted origin itself.
        address = str(literal) if literal is not None else await self._checked_address(parsed, trusted)
        return self._pinned(parsed, address)

    async def _checked_address(self, parsed: _Parsed, trusted: bool) -> str:
        answers = await self._resolve(parsed.host, parsed.port)
        addresses = [a for a in (parse_ip(answer) for answer in answers) if a is not None]
        if not addresses:
            raise SourceError(f"host {parsed.host!r} has no address")
        if not trusted and not all(is_global(a) for a in addresses):
            raise UrlRefused(f"host {parsed.host!r} resolves to an internal address")
        return str(addresses[0])

    @staticmethod
    def _pinned(parsed: _Parsed, address: str) -> Pinned:
        parts = parsed.parts
        shown_host = f"[{address}]" if ":" in address else address
        default = DEFAULT_PORTS[parts.scheme] == parsed.port
        netloc = shown_host if default else f"{shown_host}:{parsed.port}"
        name = f"[{parsed.host}]" if ":" in parsed.host else parsed.host
        host_header = name if default else f"{name}:{parsed.port}"
        url = urlunsplit((parts.scheme, host_header, parts.path or "/", parts.query, ""))
        connect_url = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        sni = parsed.host if parts.scheme == "https" and parse_ip(parsed.host) is None else None
        return Pinned(url=url, host=parsed.host, connect_url=connect_url, host_header=host_header, sni=sni)

"""Which addresses an on-demand `/summary <url>` may fetch.

A chat user chooses the URL, so the bot must never become a way into its own network: only http(s), only
configured hosts, and never a private, loopback or link-local address, checked again on every redirect.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

import httpx

from bot.errors import SourceError, UrlRefused


def _literal_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _is_internal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


class UrlGuard:
    """Allows a URL when its scheme is http(s), its host is on the list, and it resolves outside private
    ranges. An IP literal that the operator listed on purpose (a test server) is trusted as listed."""

    def __init__(self, allowed_hosts: list[str]) -> None:
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts)

    async def check(self, url: str) -> None:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https"):
            raise UrlRefused(f"scheme {parts.scheme or '(none)'!r} is not http(s)")
        host = (parts.hostname or "").lower()
        if not host or host not in self.allowed_hosts:
            raise UrlRefused(f"host {host or '(none)'!r} is not allowed")
        if parts.username or parts.password:
            raise UrlRefused("credentials in URLs are not accepted")
        if _literal_ip(host) is not None:
            return  # listed verbatim by the operator
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, parts.port or 443, type=socket.SOCK_STREAM)
        except OSError as exc:  # allowed, but unreachable now: a read failure, not a refusal
            raise SourceError(f"host {host!r} does not resolve: {exc}") from None
        for info in infos:
            address = _literal_ip(str(info[4][0]))
            if address is None or _is_internal(address):
                raise UrlRefused(f"host {host!r} resolves to an internal address")

    async def on_request(self, request: httpx.Request) -> None:
        """httpx request hook: runs for the first request and for every redirect hop."""
        await self.check(str(request.url))

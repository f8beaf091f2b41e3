"""Bounded HTTP GETs: a deadline, a decoded-size cap, a real User-Agent, few redirects, each hop checked.

A feed or page that is slow, huge, loops or points inside must cost one failed fetch, never a hung bot
or a request to an address the policy forbids. Redirects are followed here, not by httpx, so every hop
goes through `FetchPolicy.pin` and connects to the address that was checked.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin

import httpx

from bot.core.errors import SourceError
from bot.sources.decoding import ACCEPT_ENCODING, read_decoded
from bot.sources.fetch_policy import FetchPolicy, Pinned

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    content: bytes
    headers: httpx.Headers
    url: str  # the URL that answered, after redirects, with its host name (not the address)

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header declares, if any."""
        message = Message()
        message["content-type"] = self.headers.get("content-type", "")
        charset = message.get_content_charset()
        return str(charset) if charset else None


@dataclass
class _Lane:
    """One host's connections and its share of concurrent requests.

    A client per host name keeps each pooled TLS connection with the name it was verified for, even when
    two names share an address. Hosts come from the configuration (feeds, listed hosts), so lanes are few.
    """

    client: httpx.AsyncClient
    gate: asyncio.Semaphore


class HttpFetcher:
    """GETs through per-host lanes, at most `per_host` requests at once to one host."""

    def __init__(
        self, *, user_agent: str, timeout: float, max_bytes: int, deadline: float, max_redirects: int, per_host: int
    ) -> None:
        self._user_agent = user_agent
        self._timeout = httpx.Timeout(timeout, connect=min(timeout, 10.0))
        self.max_bytes = max_bytes
        self._deadline = deadline
        self._max_redirects = max_redirects
        self._per_host = per_host
        self._lanes: dict[str, _Lane] = {}
        # Loading the CA bundle takes tens of milliseconds: once here, not on the loop for each new host.
        self._tls = httpx.create_ssl_context()

    def _lane(self, host: str) -> _Lane:
        lane = self._lanes.get(host)
        if lane is None:
            client = httpx.AsyncClient(
                headers={"User-Agent": self._user_agent, "Accept-Encoding": ACCEPT_ENCODING},
                timeout=self._timeout,
                follow_redirects=False,
                trust_env=False,
                verify=self._tls,
            )
            lane = self._lanes[host] = _Lane(client, asyncio.Semaphore(self._per_host))
        return lane

    async def aclose(self) -> None:
        lanes, self._lanes = list(self._lanes.values()), {}
        for lane in lanes:
            await lane.client.aclose()

    async def get(self, url: str, policy: FetchPolicy, *, headers: dict[str, str] | None = None) -> Response:
        """GET `url` under `policy`, following at most `max_redirects` checked redirects.

        Raises UrlRefused when a hop is forbidden (before anything is sent to it) and SourceError with a
        short reason when the fetch fails; HTTP error statuses are returned, so callers can treat 304 and
        404 differently.
        """
        try:
            async with asyncio.timeout(self._deadline):
                current = url
                for _hop in range(self._max_redirects + 1):
                    pinned = await policy.pin(current)
                    response, location = await self._one(pinned, headers or {})
                    if location is None:
                        return response
                    current = urljoin(pinned.url, location)
                raise SourceError("too many redirects")
        except TimeoutError:
            raise SourceError(f"timed out: no complete answer within {self._deadline:g} s") from None

    async def _one(self, pinned: Pinned, headers: dict[str, str]) -> tuple[Response, str | None]:
        lane = self._lane(pinned.host)
        extensions = {"sni_hostname": pinned.sni} if pinned.sni else None
        request_headers = {**headers, "Host": pinned.host_header}
        try:
            async with (
                lane.gate,
                lane.client.stream("GET", pinned.connect_url, headers=request_headers, extensions=extensions) as answer,
            ):
                location = answer.headers.get("location")
                if answer.status_code in _REDIRECTS and location:
                    return Response(answer.status_code, b"", answer.headers, pinned.url), location
                declared = answer.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise SourceError(f"body of {int(declared)} bytes is over the {self.max_bytes}-byte cap")
                content = await read_decoded(
                    answer.aiter_raw(), answer.headers.get("content-encoding", ""), self.max_bytes
                )
                return Response(answer.status_code, content, answer.headers, pinned.url), None
        except httpx.TimeoutException:
            raise SourceError("timed out waiting for the server") from None
        except httpx.HTTPError as exc:
            raise SourceError(f"{type(exc).__name__}: {exc}") from None

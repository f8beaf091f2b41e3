"""Bounded HTTP GETs: every fetch has a deadline, a size cap, a real User-Agent and few redirects.

A feed or page that is slow, huge or loops must cost one failed poll, never a hung bot.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx

from bot.errors import SourceError


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    content: bytes
    headers: httpx.Headers
    url: str


def make_client(user_agent: str, timeout: float, max_redirects: int) -> httpx.AsyncClient:
    """One shared client per process: connection reuse makes 304 polls cheap."""
    return httpx.AsyncClient(
        headers={"User-Agent": user_agent},
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=True,
        max_redirects=max_redirects,
        trust_env=False,
    )


async def bounded_get(
    client: httpx.AsyncClient,
    url: str,
    *,
    max_bytes: int,
    deadline: float,
    headers: dict[str, str] | None = None,
) -> Response:
    """GET `url`, reading at most `max_bytes` and giving up after `deadline` seconds in all.

    Raises SourceError with a short reason; HTTP error statuses are returned, not raised, so callers can
    treat 304 and 404 differently.
    """
    try:
        async with asyncio.timeout(deadline):
            async with client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise SourceError(f"body of {int(declared)} bytes is over the {max_bytes}-byte cap")
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise SourceError(f"body is over the {max_bytes}-byte cap")
                    chunks.append(chunk)
                return Response(response.status_code, b"".join(chunks), response.headers, str(response.url))
    except TimeoutError:
        raise SourceError(f"timed out: no complete answer within {deadline:g} s") from None
    except httpx.TooManyRedirects:
        raise SourceError("too many redirects") from None
    except httpx.TimeoutException:
        raise SourceError("timed out waiting for the server") from None
    except httpx.HTTPError as exc:
        raise SourceError(f"{type(exc).__name__}: {exc}") from None

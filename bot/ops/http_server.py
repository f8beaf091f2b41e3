"""`/healthz` and `/metrics` for `newsbot run`, on NEWSBOT_HTTP_ADDR (default 127.0.0.1:9108).

`/healthz` answers 200 when the store answers and every enabled platform is up, 503 with the reason
otherwise (container health checks and load balancers read the status). `/metrics` is the Prometheus
text format of the bot's own registry. It runs in the bot's event loop; the store check runs in a
worker thread.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from bot.core.errors import ConfigError

log = logging.getLogger(__name__)


def parse_address(address: str) -> tuple[str, int]:
    """`host:port` (`[::1]:9108` for IPv6); raises ConfigError with a readable reason."""
    host, sep, port = address.strip().rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535 or not host:
        raise ConfigError(f"NEWSBOT_HTTP_ADDR must be host:port, got {address!r}")
    return host.strip("[]"), int(port)


class OpsServer:
    """The health and metrics endpoint; `checks` name what must be up (the store, each platform)."""

    def __init__(self, address: str, registry: CollectorRegistry, checks: dict[str, Callable[[], bool]]) -> None:
        self._host, self._port = parse_address(address)
        self._registry = registry
        self._checks = checks
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._health)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self._host, self._port).start()
        except OSError as exc:
            await self._runner.cleanup()
            raise ConfigError(f"cannot listen on NEWSBOT_HTTP_ADDR {self._host}:{self._port}: {exc.strerror}") from None
        log.info("health and metrics on http://%s:%d/healthz and /metrics", self._host, self._port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _health(self, request: web.Request) -> web.Response:
        down = []
        for name, check in self._checks.items():
            try:
                ok = await asyncio.to_thread(check)
            except Exception as exc:  # a failing check is a health answer, not a server error
                log.warning("health check %s failed: %s", name, type(exc).__name__)
                ok = False
            if not ok:
                down.append(name)
        if down:
            return web.Response(status=503, text="down: " + ", ".join(down) + "\n")
        return web.Response(text="ok\n")

    async def _metrics(self, request: web.Request) -> web.Response:
        body = await asyncio.to_thread(generate_latest, self._registry)  # the outbox gauge reads the store
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

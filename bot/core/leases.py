"""Work that one instance at a time may do (Telegram long polling, a Discord gateway session), held under a
lease in the shared database: renewed while held, started when it is won, stopped when it is lost.

The platform adapters pass what their work is (`start`, `stop`, `running`); this loop is the same for
both, so a dead holder is replaced the same way everywhere: its lease runs out, the next renewal by a
standby wins it, and the standby starts the work.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.core.ports import UpdatesGate

log = logging.getLogger(__name__)


async def keep_leased(
    gate: UpdatesGate,
    *,
    name: str,
    running: Callable[[], bool],
    start: Callable[[], Awaitable[None]],
    stop: Callable[[], Awaitable[None]],
) -> None:
    """Forever: every `gate.renew_every` seconds take or renew the lease; start the work when this
    instance holds the lease and the work is not running (won it, or the work died); stop the work when
    the lease is lost. A database that cannot be reached counts as a lost lease: stopping is safer than
    two instances doing work only one may do. A start that fails is logged and tried at the next renewal."""
    while True:
        await asyncio.sleep(gate.renew_every)
        try:
            holding = await gate.acquire()
        except Exception:
            log.exception("%s: lease could not be renewed", name)
            holding = False
        try:
            if holding and not running():
                log.info("%s: this instance holds the lease and starts", name)
                await start()
            elif not holding and running():
                log.warning("%s: lease lost; this instance stops (it keeps sending)", name)
                await stop()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("%s: could not %s; trying again at the next renewal", name, "start" if holding else "stop")

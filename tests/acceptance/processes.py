"""Stopping a bot the acceptance tests started as a real process: gracefully, or for good at the end."""

from __future__ import annotations

import asyncio
import signal
from asyncio.subprocess import Process

STOP_SECONDS = 10


async def stop(process: Process) -> int:
    """SIGTERM, as systemd or docker stop sends it; the exit code, within STOP_SECONDS."""
    process.send_signal(signal.SIGTERM)
    return await asyncio.wait_for(process.wait(), STOP_SECONDS)


async def kill_if_running(*processes: Process | None) -> None:
    """Whatever a failed test left running is killed, so no bot outlives its test."""
    for process in processes:
        if process is not None and process.returncode is None:
            process.kill()
            await process.wait()

"""The clock: APScheduler 3.11 jobs that call the service, with an explicit misfire policy.

Jobs live in memory; what must survive a restart (when each subscription is next due) lives in the
database, so a restart recomputes nothing and a missed digest is sent once, late.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler

log = logging.getLogger(__name__)
Job = Callable[[], Awaitable[None]]


def _log_event(event: JobEvent) -> None:
    if event.code == EVENT_JOB_ERROR:
        log.error("job=%s failed: %r", event.job_id, getattr(event, "exception", None))
    elif event.code == EVENT_JOB_MISSED:
        log.warning("job=%s missed its run time", event.job_id)
    elif event.code == EVENT_JOB_MAX_INSTANCES:
        log.warning("job=%s still running, this run skipped", event.job_id)


HOUSEKEEPING_INTERVAL = timedelta(hours=6)


def build_scheduler(
    *,
    poll: Job,
    poll_interval: timedelta,
    tick: Job | None = None,
    tick_interval: timedelta = timedelta(seconds=30),
    housekeeping: Job | None = None,
) -> AsyncIOScheduler:
    """A scheduler with the poll job (first run now) and, when given, the due-digest tick.

    coalesce + max_instances=1: a stalled loop or a slow poll never stacks runs; a generous grace time
    means a late run still happens instead of being dropped after APScheduler's default one second.
    """
    scheduler = AsyncIOScheduler(
        timezone=UTC,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
    )
    scheduler.add_listener(_log_event, EVENT_JOB_ERROR | EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)
    scheduler.add_job(
        poll, "interval", seconds=poll_interval.total_seconds(), id="poll", next_run_time=datetime.now(UTC)
    )
    if tick is not None:
        scheduler.add_job(
            tick, "interval", seconds=tick_interval.total_seconds(), id="digests", next_run_time=datetime.now(UTC)
        )
    if housekeeping is not None:  # first run an interval after start: never in the way of the first poll
        scheduler.add_job(housekeeping, "interval", seconds=HOUSEKEEPING_INTERVAL.total_seconds(), id="retention")
    return scheduler

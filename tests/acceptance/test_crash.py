"""kill -9 in the middle of a broadcast: after a restart every subscriber has the digest, and only the
messages that were in flight at the kill can have gone out twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.acceptance.crash import kill_mid_broadcast_and_restart
from tests.fakes.telegram import FakeTelegram

SUBSCRIBERS = 2000


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_killed_broadcast_resumes_with_duplicates_bounded_by_what_was_in_flight(
    fake_telegram: FakeTelegram, db_url: str, tmp_path: Path
) -> None:
    outcome = await kill_mid_broadcast_and_restart(fake_telegram, db_url, tmp_path, SUBSCRIBERS)
    assert outcome.restart_code == 0, outcome.restart_err
    assert SUBSCRIBERS // 3 <= outcome.delivered_at_kill < SUBSCRIBERS  # it really was killed mid-broadcast
    assert outcome.served == SUBSCRIBERS  # every subscriber has the digest
    assert outcome.duplicates <= outcome.in_flight, outcome

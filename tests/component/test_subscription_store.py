"""Subscriptions and the delivery outbox on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.core.domain import ChatTarget, Subscription
from bot.store.database import Database
from bot.store.outbox import MAX_ATTEMPTS, SqlOutbox
from bot.store.subscriptions import SqlSubscriptions

NOW = datetime(2026, 3, 1, 0, 0, tzinfo=UTC)
TOPIC = ChatTarget("telegram", "-1001", 42)
PRIVATE = ChatTarget("telegram", "77")


def _defaults(target: ChatTarget) -> Subscription:
    return Subscription(id=0, target=target, next_due=NOW + timedelta(hours=1), last_digest_at=NOW - timedelta(1))


def test_subscriptions_per_chat_and_topic(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        subs = SqlSubscriptions(db)
        topic, created = subs.upsert(TOPIC, _defaults(TOPIC), NOW)
        assert created and topic.target == TOPIC and topic.active
        assert subs.upsert(TOPIC, _defaults(TOPIC), NOW) == (topic, False)
        assert subs.get(ChatTarget("telegram", "-1001")) is None  # the group's general chat is another target
        changed = replace(
            topic, digest_times=("07:30", "18:00"), include=("han quoc",), exclude=("thể thao", "bóng đá"),
            sections=("kinh-te",), cadence="instant",
        )  # fmt: skip
        saved = subs.save(changed)
        assert (saved.digest_times, saved.include, saved.exclude) == (
            ("07:30", "18:00"),
            ("han quoc",),
            ("thể thao", "bóng đá"),
        )
        assert (saved.sections, saved.cadence) == (("kinh-te",), "instant")
        assert subs.instant() == [saved] and subs.due(NOW + timedelta(days=2)) == []  # instant is never "due"
        saved = subs.save(replace(saved, cadence="daily"))
        subs.upsert(PRIVATE, _defaults(PRIVATE), NOW)
        assert [s.target for s in subs.due(NOW + timedelta(hours=2))] == [TOPIC, PRIVATE]
        assert subs.due(NOW) == []
        assert subs.deactivate(PRIVATE) and not subs.deactivate(PRIVATE)
        again, changed = subs.upsert(PRIVATE, _defaults(PRIVATE), NOW)  # re-subscribing reactivates the same row
        assert changed and again.id != topic.id and again.active
        assert subs.language("telegram", "77") is None
        subs.set_language("telegram", "77", "en")
        assert subs.language("telegram", "77") == "en" and subs.get(PRIVATE).language == "en"  # type: ignore[union-attr]
    finally:
        db.close()


def test_the_outbox_keeps_parts_until_sent_and_fails_a_gone_chat(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        subs, outbox = SqlSubscriptions(db), SqlOutbox(db)
        topic, _ = subs.upsert(TOPIC, _defaults(TOPIC), NOW)
        private, _ = subs.upsert(PRIVATE, _defaults(PRIVATE), NOW)
        next_due = NOW + timedelta(days=1)
        outbox.record_digest(topic, window_start=None, now=NOW, story_ids=[1, 2], parts=["a", "b"], next_due=next_due)
        outbox.record_digest(private, window_start=None, now=NOW, story_ids=[1], parts=["c"], next_due=next_due)
        pending = outbox.pending("telegram")
        assert [(d.target, d.payload) for d in pending] == [(TOPIC, "a"), (TOPIC, "b"), (PRIVATE, "c")]
        assert subs.get(TOPIC).next_due == next_due and subs.get(TOPIC).last_digest_at == NOW  # type: ignore[union-attr]
        outbox.mark_sent(pending[0].id, NOW)
        outbox.mark_retry(pending[1].id, "429")
        assert [d.attempts for d in outbox.pending("telegram")] == [1, 0]
        outbox.fail_chat(PRIVATE, "blocked")
        assert [d.payload for d in outbox.pending("telegram")] == ["b"]
        assert subs.get(PRIVATE).active is False  # type: ignore[union-attr]
        for _ in range(MAX_ATTEMPTS):
            outbox.mark_retry(pending[1].id, "still failing")
        assert outbox.pending("telegram") == []
        assert outbox.delivery_counts() == {"sent": 1, "failed": 2}
    finally:
        db.close()


LEASE = timedelta(minutes=2)


def test_senders_claim_whole_digests_disjointly_and_take_over_a_dead_senders_after_its_lease(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        subs, outbox = SqlSubscriptions(db), SqlOutbox(db)
        topic, _ = subs.upsert(TOPIC, _defaults(TOPIC), NOW)
        private, _ = subs.upsert(PRIVATE, _defaults(PRIVATE), NOW)
        due = NOW + timedelta(days=1)
        outbox.record_digest(topic, window_start=None, now=NOW, story_ids=[1], parts=["a", "b"], next_due=due)
        outbox.record_digest(private, window_start=None, now=NOW, story_ids=[1], parts=["c"], next_due=due)
        first = outbox.claim("telegram", "one", NOW, LEASE, limit=1)
        second = outbox.claim("telegram", "two", NOW, LEASE, limit=10)
        nothing = outbox.claim("telegram", "three", NOW + timedelta(minutes=1), LEASE, limit=10)
        outbox.mark_sent(second[0].id, NOW)
        outbox.release(second[0].digest_id)
        outbox.mark_sending(first[0].id)  # "one" dies in the middle of its call
        taken_over = outbox.claim("telegram", "three", NOW + LEASE, LEASE, limit=10)
        outbox.release(taken_over[0].digest_id, retry_at=NOW + timedelta(hours=1))  # a transient failure: back off
        parked = outbox.claim("telegram", "four", NOW + LEASE + timedelta(minutes=1), LEASE, limit=10)
        later = outbox.claim("telegram", "four", NOW + timedelta(hours=2), LEASE, limit=10)
    finally:
        db.close()
    assert [d.payload for d in first] == ["a", "b"] and [d.payload for d in second] == ["c"]  # whole digests
    assert nothing == []  # both are claimed and their leases hold
    assert [d.payload for d in taken_over] == ["a", "b"]  # the part in flight is sent again: the only duplicate
    assert parked == [] and [d.payload for d in later] == ["a", "b"]


def test_one_window_is_recorded_once_whoever_composes_it(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        subs, outbox = SqlSubscriptions(db), SqlOutbox(db)
        topic, _ = subs.upsert(TOPIC, _defaults(TOPIC), NOW)
        due = NOW + timedelta(days=1)
        # Two composers read the same subscription, then both try to record its window.
        first = outbox.record_digest(topic, window_start=None, now=NOW, story_ids=[1], parts=["a"], next_due=due)
        second = outbox.record_digest(topic, window_start=None, now=NOW, story_ids=[1], parts=["a"], next_due=due)
        pending = outbox.pending("telegram")
    finally:
        db.close()
    assert first is not None and second is None and [d.payload for d in pending] == ["a"]


def test_given_up_deliveries_are_listed_requeued_and_old_ones_pruned(db_url: str) -> None:
    import sqlalchemy

    db = Database.open(db_url)
    try:
        subs, outbox = SqlSubscriptions(db), SqlOutbox(db)
        topic, _ = subs.upsert(TOPIC, _defaults(TOPIC), NOW)
        private, _ = subs.upsert(PRIVATE, _defaults(PRIVATE), NOW)
        due = NOW + timedelta(days=1)
        outbox.record_digest(topic, window_start=None, now=NOW, story_ids=[1], parts=["old"], next_due=due)
        outbox.record_digest(private, window_start=None, now=NOW, story_ids=[1], parts=["bad"], next_due=due)
        sent, bad = outbox.pending("telegram")
        outbox.mark_sent(sent.id, NOW)
        outbox.mark_retry(bad.id, "Bad Request: message is too long", permanent=True)
        listed = outbox.outbox()
        requeued = outbox.requeue([bad.id])
        again = outbox.pending("telegram")
        pruned_too_early = outbox.prune(NOW)
        pruned = outbox.prune(NOW + timedelta(days=31))
        counts = outbox.delivery_counts()
        with db.engine.connect() as conn:
            payloads = list(conn.scalars(sqlalchemy.text("SELECT body FROM payloads")))
    finally:
        db.close()
    assert [(e.status, e.last_error) for e in listed] == [("failed", "Bad Request: message is too long")]
    assert requeued == 1 and [(d.payload, d.attempts) for d in again] == [("bad", 0)]
    assert (pruned_too_early, pruned) == (0, 1)  # only the fully sent digest, and only once it is old
    assert counts == {"pending": 1}
    assert payloads == ["bad"]  # the pruned digest's payload went with it; the queued one's stays


def test_subscribers_with_the_same_digest_share_one_stored_payload(db_url: str) -> None:
    import sqlalchemy

    db = Database.open(db_url)
    try:
        subs, outbox = SqlSubscriptions(db), SqlOutbox(db)
        due = NOW + timedelta(days=1)
        for target in (TOPIC, PRIVATE):
            subscription, _ = subs.upsert(target, _defaults(target), NOW)
            outbox.record_digest(
                subscription, window_start=None, now=NOW, story_ids=[1], parts=["same", "x"], next_due=due
            )
        pending = outbox.pending("telegram")
        with db.engine.connect() as conn:
            stored = conn.scalar(sqlalchemy.text("SELECT count(*) FROM payloads"))
    finally:
        db.close()
    assert [d.payload for d in pending] == ["same", "x", "same", "x"] and stored == 2

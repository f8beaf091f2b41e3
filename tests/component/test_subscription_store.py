"""Subscriptions and the delivery outbox on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.core.domain import ChatTarget, Subscription
from bot.store.repository import SqlStore
from bot.store.subscriptions import MAX_ATTEMPTS, SubscriptionStore

NOW = datetime(2026, 3, 1, 0, 0, tzinfo=UTC)
TOPIC = ChatTarget("telegram", "-1001", 42)
PRIVATE = ChatTarget("telegram", "77")


def _defaults(target: ChatTarget) -> Subscription:
    return Subscription(id=0, target=target, next_due=NOW + timedelta(hours=1), last_digest_at=NOW - timedelta(1))


def test_subscriptions_per_chat_and_topic(db_url: str) -> None:
    store = SqlStore.open(db_url)
    try:
        subs = SubscriptionStore(store)
        topic, created = subs.upsert(TOPIC, _defaults(TOPIC), NOW)
        assert created and topic.target == TOPIC and topic.active
        assert subs.upsert(TOPIC, _defaults(TOPIC), NOW) == (topic, False)
        assert subs.get(ChatTarget("telegram", "-1001")) is None  # the group's general chat is another target
        saved = subs.save(replace(topic, digest_time="07:30", include=("han quoc",), exclude=("thể thao", "bóng đá")))
        assert (saved.digest_time, saved.include, saved.exclude) == ("07:30", ("han quoc",), ("thể thao", "bóng đá"))
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
        store.close()


def test_the_outbox_keeps_parts_until_sent_and_fails_a_gone_chat(db_url: str) -> None:
    store = SqlStore.open(db_url)
    try:
        subs = SubscriptionStore(store)
        topic, _ = subs.upsert(TOPIC, _defaults(TOPIC), NOW)
        private, _ = subs.upsert(PRIVATE, _defaults(PRIVATE), NOW)
        next_due = NOW + timedelta(days=1)
        subs.record_digest(topic, window_start=None, now=NOW, story_ids=[1, 2], parts=["a", "b"], next_due=next_due)
        subs.record_digest(private, window_start=None, now=NOW, story_ids=[1], parts=["c"], next_due=next_due)
        pending = subs.pending("telegram")
        assert [(d.target, d.payload) for d in pending] == [(TOPIC, "a"), (TOPIC, "b"), (PRIVATE, "c")]
        assert subs.get(TOPIC).next_due == next_due and subs.get(TOPIC).last_digest_at == NOW  # type: ignore[union-attr]
        subs.mark_sent(pending[0].id, NOW)
        subs.mark_retry(pending[1].id, "429")
        assert [d.attempts for d in subs.pending("telegram")] == [1, 0]
        subs.fail_chat(PRIVATE, "blocked")
        assert [d.payload for d in subs.pending("telegram")] == ["b"]
        assert subs.get(PRIVATE).active is False  # type: ignore[union-attr]
        for _ in range(MAX_ATTEMPTS):
            subs.mark_retry(pending[1].id, "still failing")
        assert subs.pending("telegram") == []
        assert subs.delivery_counts() == {"sent": 1, "failed": 2}
    finally:
        store.close()


LEASE = timedelta(minutes=2)


def test_senders_claim_whole_digests_disjointly_and_take_over_a_dead_senders_after_its_lease(db_url: str) -> None:
    store = SqlStore.open(db_url)
    try:
        subs = SubscriptionStore(store)
        topic, _ = subs.upsert(TOPIC, _defaults(TOPIC), NOW)
        private, _ = subs.upsert(PRIVATE, _defaults(PRIVATE), NOW)
        due = NOW + timedelta(days=1)
        subs.record_digest(topic, window_start=None, now=NOW, story_ids=[1], parts=["a", "b"], next_due=due)
        subs.record_digest(private, window_start=None, now=NOW, story_ids=[1], parts=["c"], next_due=due)
        first = subs.claim("telegram", "one", NOW, LEASE, limit=1)
        second = subs.claim("telegram", "two", NOW, LEASE, limit=10)
        nothing = subs.claim("telegram", "three", NOW + timedelta(minutes=1), LEASE, limit=10)
        subs.mark_sent(second[0].id, NOW)
        subs.release(second[0].digest_id)
        subs.mark_sending(first[0].id)  # "one" dies in the middle of its call
        taken_over = subs.claim("telegram", "three", NOW + LEASE, LEASE, limit=10)
        subs.release(taken_over[0].digest_id, retry_at=NOW + timedelta(hours=1))  # a transient failure: back off
        parked = subs.claim("telegram", "four", NOW + LEASE + timedelta(minutes=1), LEASE, limit=10)
        later = subs.claim("telegram", "four", NOW + timedelta(hours=2), LEASE, limit=10)
    finally:
        store.close()
    assert [d.payload for d in first] == ["a", "b"] and [d.payload for d in second] == ["c"]  # whole digests
    assert nothing == []  # both are claimed and their leases hold
    assert [d.payload for d in taken_over] == ["a", "b"]  # the part in flight is sent again: the only duplicate
    assert parked == [] and [d.payload for d in later] == ["a", "b"]


def test_one_window_is_recorded_once_whoever_composes_it(db_url: str) -> None:
    store = SqlStore.open(db_url)
    try:
        subs = SubscriptionStore(store)
        topic, _ = subs.upsert(TOPIC, _defaults(TOPIC), NOW)
        due = NOW + timedelta(days=1)
        # Two composers read the same subscription, then both try to record its window.
        first = subs.record_digest(topic, window_start=None, now=NOW, story_ids=[1], parts=["a"], next_due=due)
        second = subs.record_digest(topic, window_start=None, now=NOW, story_ids=[1], parts=["a"], next_due=due)
        pending = subs.pending("telegram")
    finally:
        store.close()
    assert first is not None and second is None and [d.payload for d in pending] == ["a"]


def test_given_up_deliveries_are_listed_requeued_and_old_ones_pruned(db_url: str) -> None:
    import sqlalchemy

    store = SqlStore.open(db_url)
    try:
        subs = SubscriptionStore(store)
        topic, _ = subs.upsert(TOPIC, _defaults(TOPIC), NOW)
        private, _ = subs.upsert(PRIVATE, _defaults(PRIVATE), NOW)
        due = NOW + timedelta(days=1)
        subs.record_digest(topic, window_start=None, now=NOW, story_ids=[1], parts=["old"], next_due=due)
        subs.record_digest(private, window_start=None, now=NOW, story_ids=[1], parts=["bad"], next_due=due)
        sent, bad = subs.pending("telegram")
        subs.mark_sent(sent.id, NOW)
        subs.mark_retry(bad.id, "Bad Request: message is too long", permanent=True)
        listed = subs.outbox()
        requeued = subs.requeue([bad.id])
        again = subs.pending("telegram")
        pruned_too_early = subs.prune(NOW)
        pruned = subs.prune(NOW + timedelta(days=31))
        counts = subs.delivery_counts()
        with store.engine.connect() as conn:
            payloads = list(conn.scalars(sqlalchemy.text("SELECT body FROM payloads")))
    finally:
        store.close()
    assert [(e.status, e.last_error) for e in listed] == [("failed", "Bad Request: message is too long")]
    assert requeued == 1 and [(d.payload, d.attempts) for d in again] == [("bad", 0)]
    assert (pruned_too_early, pruned) == (0, 1)  # only the fully sent digest, and only once it is old
    assert counts == {"pending": 1}
    assert payloads == ["bad"]  # the pruned digest's payload went with it; the queued one's stays


def test_subscribers_with_the_same_digest_share_one_stored_payload(db_url: str) -> None:
    import sqlalchemy

    store = SqlStore.open(db_url)
    try:
        subs = SubscriptionStore(store)
        due = NOW + timedelta(days=1)
        for target in (TOPIC, PRIVATE):
            subscription, _ = subs.upsert(target, _defaults(target), NOW)
            subs.record_digest(
                subscription, window_start=None, now=NOW, story_ids=[1], parts=["same", "x"], next_due=due
            )
        pending = subs.pending("telegram")
        with store.engine.connect() as conn:
            stored = conn.scalar(sqlalchemy.text("SELECT count(*) FROM payloads"))
    finally:
        store.close()
    assert [d.payload for d in pending] == ["same", "x", "same", "x"] and stored == 2

"""Digests and the delivery outbox in SQL.

A digest and its message parts are written in one transaction together with the subscription's next due
time, so a crash either leaves the digest to be composed again or leaves its parts queued: never both,
never neither. Parts are sent from the outbox and marked sent one by one; senders claim whole digests
under a lease, so several processes share the outbox without sending a part twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Select, delete, func, or_, select, update
from sqlalchemy.orm import Session

from bot.core.domain import ChatTarget, Delivery, OutboxEntry, Subscription
from bot.store.database import Database, insert_ignoring
from bot.store.models import DeliveryRow, DigestRow, PayloadRow, SubscriptionRow

MAX_ATTEMPTS = 50
UNSENT = ("pending", "sending")


class SqlOutbox:
    """The `OutboxStore` port: queued digests, their parts, claims, and what was delivered."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record_digest(
        self,
        subscription: Subscription,
        *,
        window_start: datetime | None,
        now: datetime,
        story_ids: Sequence[int],
        parts: Sequence[str],
        next_due: datetime | None,
        window_end: datetime | None = None,
    ) -> int | None:
        """Queue a digest's parts and move the subscription to its next due time, atomically. The next
        window starts where this one ends (`window_end`, else `now`) when this digest has parts.

        Compare-and-set on the subscription: its row is locked and its `last_digest_at` must still be the
        one this digest was composed from. When another process composed the same window first, nothing is
        recorded and None is returned, so two instances (or two `send-digests --force` at once) never queue
        one window twice.
        """
        with self._db.session() as s:
            row = s.scalars(
                select(SubscriptionRow).where(SubscriptionRow.id == subscription.id).with_for_update()
            ).first()
            if row is None or row.last_digest_at != subscription.last_digest_at:
                return None
            digest = DigestRow(
                subscription_id=subscription.id,
                window_start=window_start,
                window_end=window_end or now,
                story_ids=",".join(str(i) for i in story_ids),
                created=now,
            )
            s.add(digest)
            s.flush()
            target = subscription.target
            for index, payload_id in enumerate(self._payload_ids(s, parts, now)):
                s.add(
                    DeliveryRow(
                        digest_id=digest.id,
                        part=index,
                        platform=target.platform,
                        chat_id=target.chat_id,
                        thread_id=target.thread_id or 0,
                        payload_id=payload_id,
                        status="pending",
                        attempts=0,
                        created=now,
                    )
                )
            row.next_due = next_due
            if parts:
                row.last_digest_at = window_end or now
            return digest.id

    @staticmethod
    def _payload_ids(s: Session, bodies: Sequence[str], now: datetime) -> list[int]:
        """The id of each body in `payloads`, storing the ones not seen before (once, whoever races)."""
        ids = []
        for body in bodies:
            digest = hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()
            found = s.scalar(select(PayloadRow.id).where(PayloadRow.sha256 == digest))
            if found is None:
                values = {"sha256": digest, "body": body, "created": now}
                s.execute(insert_ignoring(s, PayloadRow, values, ["sha256"]))
                found = s.scalar(select(PayloadRow.id).where(PayloadRow.sha256 == digest))
            assert found is not None
            ids.append(int(found))
        return ids

    @staticmethod
    def _deliveries(s: Session, query: Select[DeliveryRow]) -> list[Delivery]:
        """Deliveries with their payloads (shared, or the row's own text for rows queued before)."""
        joined = query.add_columns(PayloadRow.body).outerjoin(PayloadRow, DeliveryRow.payload_id == PayloadRow.id)
        found = []
        for r, body in s.execute(joined):
            target = ChatTarget(r.platform, r.chat_id, r.thread_id or None)
            found.append(Delivery(r.id, r.digest_id, r.part, target, body or r.payload or "", r.attempts, r.created))
        return found

    def pending(self, platform: str, limit: int = 10_000) -> list[Delivery]:
        """Parts not yet known to be delivered (pending, or sending when a sender stopped mid-call)."""
        query = (
            select(DeliveryRow)
            .where(DeliveryRow.status.in_(UNSENT), DeliveryRow.platform == platform)
            .order_by(DeliveryRow.digest_id, DeliveryRow.part)
            .limit(limit)
        )
        with self._db.session() as s:
            return self._deliveries(s, query)

    def claim(self, platform: str, owner: str, now: datetime, lease: timedelta, limit: int) -> list[Delivery]:
        """Claim up to `limit` digests with unsent parts for `owner` until `now + lease`; their unsent
        parts, in order. A digest claimed by another live sender, or parked until a retry time, is left.

        On PostgreSQL the digests are locked with SKIP LOCKED while claiming, so concurrent senders take
        disjoint sets. The claim itself is an UPDATE that checks again that nobody holds the digest, and
        only the rows it changed are ours: on SQLite two processes can read the same candidates before
        either writes, and the second one's update then changes nothing.
        """
        unsent = select(DeliveryRow.digest_id).where(DeliveryRow.platform == platform, DeliveryRow.status.in_(UNSENT))
        query = (
            select(DigestRow)
            .where(
                DigestRow.id.in_(unsent),
                or_(DigestRow.claimed_until.is_(None), DigestRow.claimed_until <= now),
            )
            .order_by(DigestRow.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        with self._db.session() as s:
            candidates = [d.id for d in s.scalars(query)]
            if not candidates:
                return []
            claimed = s.execute(
                update(DigestRow)
                .where(
                    DigestRow.id.in_(candidates),
                    or_(DigestRow.claimed_until.is_(None), DigestRow.claimed_until <= now),
                )
                .values(claimed_by=owner, claimed_until=now + lease)
                .returning(DigestRow.id)
            )
            ids = [int(i) for i in claimed.scalars()]
            if not ids:
                return []
            parts = (
                select(DeliveryRow)
                .where(DeliveryRow.digest_id.in_(ids), DeliveryRow.status.in_(UNSENT))
                .order_by(DeliveryRow.digest_id, DeliveryRow.part)
            )
            return self._deliveries(s, parts)

    def next_claim_expiry(self, platform: str, now: datetime) -> datetime | None:
        """When the earliest live claim by any sender on digests with unsent parts runs out, if any."""
        unsent = select(DeliveryRow.digest_id).where(DeliveryRow.platform == platform, DeliveryRow.status.in_(UNSENT))
        query = select(func.min(DigestRow.claimed_until)).where(
            DigestRow.id.in_(unsent), DigestRow.claimed_by.is_not(None), DigestRow.claimed_until > now
        )
        with self._db.session() as s:
            found: datetime | None = s.scalar(query)
            return found

    def release(self, digest_id: int, *, retry_at: datetime | None = None) -> None:
        """End a claim; with `retry_at`, nobody takes the digest again before then (backoff)."""
        with self._db.session() as s:
            s.execute(
                update(DigestRow).where(DigestRow.id == digest_id).values(claimed_by=None, claimed_until=retry_at)
            )

    def mark_sending(self, delivery_id: int) -> None:
        """Committed just before the platform call: after a crash, only these may have gone out twice."""
        with self._db.session() as s:
            s.execute(update(DeliveryRow).where(DeliveryRow.id == delivery_id).values(status="sending"))

    def mark_sent(self, delivery_id: int, now: datetime) -> None:
        with self._db.session() as s:
            s.execute(update(DeliveryRow).where(DeliveryRow.id == delivery_id).values(status="sent", sent_at=now))

    def mark_retry(self, delivery_id: int, error: str, *, permanent: bool = False) -> None:
        """Count a failed attempt; a permanent failure, or MAX_ATTEMPTS of them, gives the part up."""
        with self._db.session() as s:
            row = s.get(DeliveryRow, delivery_id)
            if row is None:
                return
            row.attempts += 1
            row.last_error = error[:500]
            row.status = "failed" if permanent or row.attempts >= MAX_ATTEMPTS else "pending"

    def fail_chat(self, target: ChatTarget, error: str) -> None:
        """The chat is gone: fail its queued parts and deactivate its subscriptions."""
        with self._db.session() as s:
            s.execute(
                update(DeliveryRow)
                .where(
                    DeliveryRow.platform == target.platform,
                    DeliveryRow.chat_id == target.chat_id,
                    DeliveryRow.status.in_(UNSENT),
                )
                .values(status="failed", last_error=error[:500])
            )
            s.execute(
                update(SubscriptionRow)
                .where(SubscriptionRow.platform == target.platform, SubscriptionRow.chat_id == target.chat_id)
                .values(active=False)
            )

    def outbox(self, limit: int = 50) -> list[OutboxEntry]:
        """Deliveries not sent: pending, in flight, or failed (given up), newest first, with reasons."""
        query = (
            select(DeliveryRow)
            .where(DeliveryRow.status.in_((*UNSENT, "failed")))
            .order_by(DeliveryRow.id.desc())
            .limit(limit)
        )
        with self._db.session() as s:
            return [
                OutboxEntry(r.id, r.platform, r.chat_id, r.part, r.status, r.attempts, r.last_error, r.created)
                for r in s.scalars(query)
            ]

    def requeue(self, delivery_ids: Sequence[int] | None) -> int:
        """Put failed deliveries (these ids, or all when None) back to pending, attempts reset."""
        condition = DeliveryRow.status == "failed"
        if delivery_ids is not None:
            condition = condition & DeliveryRow.id.in_(list(delivery_ids))
        with self._db.session() as s:
            digests = list(s.scalars(select(DeliveryRow.digest_id).where(condition).distinct()))
            result = s.execute(update(DeliveryRow).where(condition).values(status="pending", attempts=0))
            s.execute(update(DigestRow).where(DigestRow.id.in_(digests)).values(claimed_by=None, claimed_until=None))
            return int(getattr(result, "rowcount", 0) or 0)

    def prune(self, delivered_before: datetime) -> int:
        """Delete digests whose every part was sent before `delivered_before` (their parts go with them, and
        the stored payloads nothing refers to any more)."""
        unfinished = select(DeliveryRow.digest_id).where(
            (DeliveryRow.status != "sent") | (DeliveryRow.sent_at >= delivered_before)
        )
        with self._db.session() as s:
            old = select(DigestRow.id).where(DigestRow.created < delivered_before, DigestRow.id.not_in(unfinished))
            ids = list(s.scalars(old))
            if ids:
                s.execute(delete(DeliveryRow).where(DeliveryRow.digest_id.in_(ids)))
                s.execute(delete(DigestRow).where(DigestRow.id.in_(ids)))
            # Shared payloads that no delivery refers to any more go too (only old ones: a composer that
            # just found a payload by its hash is about to refer to it).
            referenced = select(DeliveryRow.payload_id).where(DeliveryRow.payload_id.is_not(None))
            s.execute(delete(PayloadRow).where(PayloadRow.created < delivered_before, PayloadRow.id.not_in(referenced)))
            return len(ids)

    def outbox_depth(self) -> int:
        """Messages not yet sent (pending or in flight), all platforms."""
        with self._db.session() as s:
            return int(
                s.scalar(select(func.count()).select_from(DeliveryRow).where(DeliveryRow.status.in_(UNSENT))) or 0
            )

    def delivery_counts(self) -> dict[str, int]:
        with self._db.session() as s:
            rows = s.execute(select(DeliveryRow.status, func.count()).group_by(DeliveryRow.status))
            return {status: int(count) for status, count in rows}

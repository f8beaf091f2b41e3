"""Stories, seed files and summaries in SQL: each real-world article stored once, with its summary."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.core.dedupe import identifying
from bot.core.domain import Candidate, SectionTags, Story
from bot.store.database import Database, insert_ignoring, upsert
from bot.store.models import SeedFileRow, StoryRow, StorySectionRow, SummaryRow
from bot.summarizer.model import Summary
from bot.summarizer.text import fold

CHUNK = 500  # values per IN (…): one query per chunk, however many a feed holds


def _links_disagree(row: StoryRow, candidate: Candidate) -> bool:
    return bool(row.url_key and candidate.url_key and row.url_key != candidate.url_key)


def search_text(title: str | None, body: str) -> str:
    """What full-text search reads: title and body, accent- and case-free (`han quoc` finds `Hàn Quốc`)."""
    return fold(f"{title or ''}\n{body}")


def _story(row: StoryRow, sections: tuple[str, ...] = ()) -> Story:
    origin = row.origin if row.origin in ("page", "seed", "description") else "page"
    return Story(
        id=row.id,
        source=row.source,
        body=row.body,
        title=row.title,
        url=row.url,
        published=row.published,
        first_seen=row.first_seen,
        origin=origin,  # type: ignore[arg-type]
        sections=sections,
    )


def stories_with_sections(s: Session, rows: Sequence[StoryRow]) -> list[Story]:
    """Stories with the sections that carried them: one more query for the lot, not one per story."""
    found: dict[int, list[str]] = {}
    ids = [r.id for r in rows]
    for start in range(0, len(ids), CHUNK):
        query = select(StorySectionRow.story_id, StorySectionRow.section).where(
            StorySectionRow.story_id.in_(ids[start : start + CHUNK])
        )
        for story_id, section in s.execute(query.order_by(StorySectionRow.section)):
            found.setdefault(story_id, []).append(section)
    return [_story(r, tuple(found.get(r.id, ()))) for r in rows]


class SqlStories:
    """The `StoryStore` port: stories de-duplicated on the way in, and their summaries per version."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def known_items(self, url_keys: Sequence[str], guids: Sequence[str]) -> tuple[set[str], set[str]]:
        """Which of these URL keys and GUIDs are stored already: one query per 500 values, so a feed of
        10,000 items costs a few queries, not 10,000."""
        found_keys: set[str] = set()
        found_guids: set[str] = set()
        with self._db.session() as s:
            for column, values, found in (
                (StoryRow.url_key, url_keys, found_keys),
                (StoryRow.guid, guids, found_guids),
            ):
                unique = sorted(set(values))
                for start in range(0, len(unique), CHUNK):
                    chunk = unique[start : start + CHUNK]
                    found.update(v for v in s.scalars(select(column).where(column.in_(chunk))) if v is not None)
        return found_keys, found_guids

    def add_story(self, candidate: Candidate, body_hash: str, now: datetime) -> tuple[Story, bool]:
        """Store `candidate` unless the same story is known by URL key, GUID or body hash.

        Returns the stored story and whether it is new. A duplicate fills in what the stored copy lacks
        (URL, title, published date), so a seed story later seen in the feed gains its link. The body
        hash only merges texts long enough to identify a story whose links do not disagree: two items
        that share a short teaser are two stories.
        """
        identity = []
        if candidate.url_key:
            identity.append(StoryRow.url_key == candidate.url_key)
        if candidate.guid:
            identity.append(StoryRow.guid == candidate.guid)
        try:
            with self._db.session() as s:
                existing = list(s.scalars(select(StoryRow).where(or_(*identity)).limit(2))) if identity else []
                if not existing and identifying(candidate.body):
                    same_text = s.scalars(select(StoryRow).where(StoryRow.body_hash == body_hash).limit(20))
                    existing = [r for r in same_text if not _links_disagree(r, candidate)][:1]
                if existing:
                    row = existing[0]
                    if len(existing) == 1:
                        self._fill_missing(row, candidate)
                    return _story(row), False
                row = StoryRow(
                    source=candidate.source,
                    url=candidate.url,
                    url_key=candidate.url_key,
                    guid=candidate.guid,
                    body_hash=body_hash,
                    title=candidate.title,
                    body=candidate.body,
                    origin=candidate.origin,
                    published=candidate.published,
                    first_seen=now,
                    search_text=search_text(candidate.title, candidate.body),
                )
                s.add(row)
                s.flush()
                return _story(row), True
        except IntegrityError:
            # Another process stored the same story between our check and insert: it is a duplicate.
            with self._db.session() as s:
                row = s.scalars(select(StoryRow).where(or_(*identity)).limit(1)).one()
                return _story(row), False

    @staticmethod
    def _fill_missing(row: StoryRow, candidate: Candidate) -> None:
        if row.url is None and candidate.url:
            row.url, row.url_key = candidate.url, candidate.url_key
        if row.guid is None and candidate.guid:
            row.guid = candidate.guid
        if row.title is None and candidate.title:
            row.title = candidate.title
            row.search_text = search_text(row.title, row.body)
        if row.published is None and candidate.published:
            row.published = candidate.published

    def seed_file(self, path: str) -> tuple[int, str] | None:
        """The story id and body hash a seed file produced last time, if it was ingested before."""
        with self._db.session() as s:
            row = s.get(SeedFileRow, path)
            return (row.story_id, row.body_hash) if row else None

    def record_seed_file(self, path: str, story_id: int, body_hash: str) -> None:
        with self._db.session() as s:
            upsert(s, SeedFileRow, {"path": path, "story_id": story_id, "body_hash": body_hash})

    def replace_body(self, story_id: int, candidate: Candidate, body_hash: str) -> Story | None:
        """An edited seed file: update its story in place (first-seen stays) and drop the stale summary.

        Returns None when the new text identifies another stored story, which then stands for it.
        """
        with self._db.session() as s:
            row = s.get(StoryRow, story_id)
            if row is None:
                return None
            if identifying(candidate.body):
                other = select(StoryRow.id).where(StoryRow.body_hash == body_hash, StoryRow.id != story_id).limit(1)
                if s.scalar(other) is not None:
                    return None
            row.body, row.body_hash = candidate.body, body_hash
            row.title = candidate.title or row.title
            row.published = candidate.published or row.published
            row.search_text = search_text(row.title, row.body)
            summary = s.get(SummaryRow, story_id)
            if summary is not None:
                s.delete(summary)
            s.flush()
            return _story(row)

    def story(self, story_id: int) -> Story | None:
        with self._db.session() as s:
            row = s.get(StoryRow, story_id)
            return stories_with_sections(s, [row])[0] if row else None

    def stories_seen_since(self, since: datetime | None, limit: int, section: str | None = None) -> list[Story]:
        """Stories first seen at or after `since` (all when None), newest first; only those a section's
        feed carried when `section` is given."""
        query = select(StoryRow).order_by(StoryRow.first_seen.desc(), StoryRow.id.desc()).limit(limit)
        if since is not None:
            query = query.where(StoryRow.first_seen >= since)
        if section is not None:
            tagged = select(StorySectionRow.story_id).where(StorySectionRow.section == section)
            query = query.where(StoryRow.id.in_(tagged))
        with self._db.session() as s:
            return stories_with_sections(s, list(s.scalars(query)))

    def tag_section(self, url_keys: Sequence[str], guids: Sequence[str], section: str) -> SectionTags:
        """Tag the stored stories known by these URL keys or GUIDs with `section` (once each, whoever
        races); how many stories that is, and how many were not in the section before."""
        ids: set[int] = set()
        added = 0
        with self._db.session() as s:
            for column, values in ((StoryRow.url_key, url_keys), (StoryRow.guid, guids)):
                unique = sorted(set(values))
                for start in range(0, len(unique), CHUNK):
                    ids.update(s.scalars(select(StoryRow.id).where(column.in_(unique[start : start + CHUNK]))))
            for story_id in sorted(ids):
                tag = insert_ignoring(
                    s, StorySectionRow, {"story_id": story_id, "section": section}, ["story_id", "section"]
                )
                # RETURNING gives the row only when it was inserted (rowcount is not reported on every driver)
                added += s.execute(tag.returning(StorySectionRow.story_id)).first() is not None
        return SectionTags(stories=len(ids), added=added)

    # summaries ---------------------------------------------------------------------------------------
    def summary(self, story_id: int, version: str) -> Summary | None:
        with self._db.session() as s:
            row = s.get(SummaryRow, story_id)
            if row is None or row.version != version:
                return None
            return Summary.from_dict(json.loads(row.data))

    def prune_summaries(self, current_version: str) -> int:
        """Delete summaries made by other summarizer versions (recomputed on read when needed)."""
        with self._db.session() as s:
            result = s.execute(delete(SummaryRow).where(SummaryRow.version != current_version))
            return int(getattr(result, "rowcount", 0) or 0)

    def save_summary(self, story_id: int, version: str, summary: Summary) -> None:
        data = json.dumps(summary.to_dict(), ensure_ascii=False)
        with self._db.session() as s:
            upsert(s, SummaryRow, {"story_id": story_id, "version": version, "data": data})

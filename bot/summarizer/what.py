"""The main event in one line.

KBS leads with the event (inverted pyramid), so the first sentence, shortened at a phrase or clause
boundary, is the `what`.
"""

from __future__ import annotations

import re

MAX_WHAT_WORDS = 28
# Where the lead turns from the event to its setting; `where` and `when` carry that part.
_SETTING = re.compile(r" (?:bên lề|trong khuôn khổ|nhân dịp) ")


def main_event(sentences: list[str], title: str | None) -> str:
    """The lead sentence, cut before its setting or at a comma when it runs past ~28 words."""
    if not sentences:
        return (title or "").strip()
    lead = sentences[0]
    if len(lead.split()) < 6 and len(sentences) > 1:
        lead = f"{lead} {sentences[1]}"
    words = lead.split(maxsplit=MAX_WHAT_WORDS)
    if len(words) <= MAX_WHAT_WORDS:
        return lead
    # Only a setting phrase within the first MAX_WHAT_WORDS words can end the `what`: look no further, so
    # a long lead that repeats the phrase costs one pass, not one pass per repetition.
    reach = len(lead) - len(words[-1])
    for match in _SETTING.finditer(lead, 0, reach + 1):
        if 12 <= len(lead[: match.start()].split()) <= MAX_WHAT_WORDS:
            return lead[: match.start()].rstrip(" ,;:") + "."
    head = " ".join(words[:MAX_WHAT_WORDS])
    comma = head.rfind(", ")
    if comma > len(head) // 2:
        return head[:comma] + "…"
    return head.rstrip(" ,;:") + "…"

"""A team named by who leads it, for a line too long: `Nhóm nghiên cứu do giáo sư Lee Jin-woo của Viện … (KAIST) dẫn
đầu phát triển …` → `Nhóm nghiên cứu của Viện … (KAIST) phát triển …`.

The leader's title and name take half the subject; the institution says whose team it is, and "who" keeps the
leader with their role. Only deletions: `do <leader>` and `dẫn đầu` go, the `của <institution>` between them stays.
"""

from __future__ import annotations

import re

# `Nhóm nghiên cứu | do giáo sư Lee Jin-woo | của Viện … | dẫn đầu |`: the team, its leader, whose the leader is and
# the verb; the institution holds no comma or clause of its own.
_LED_TEAM = re.compile(
    r"^((?:[Nn]hóm|[Đđ]ội ngũ) (?:nghiên cứu|các nhà khoa học|các nhà nghiên cứu)(?: [^\s,;.]+){0,3}?)"
    r"( do [^,;.]{3,60}?)( của [^,;.]{3,100}?)( dẫn đầu)(?= )"
)


def drop_team_leader(text: str) -> str:
    """The team's leader and `dẫn đầu` go from a subject that names the leader's institution; unchanged otherwise."""
    found = _LED_TEAM.match(text)
    if found is None:
        return text
    return found.group(1) + found.group(3) + text[found.end() :]

"""A subject named by who leads it, for a line too long: a team (`Nhóm nghiên cứu do giáo sư Lee Jin-woo của Viện …
(KAIST) dẫn đầu phát triển …` → `Nhóm nghiên cứu của Viện … (KAIST) phát triển …`; so too when the institution comes
first: `Nhóm nghiên cứu của Viện … (KAIST) do Giáo sư … dẫn đầu phát triển …`), or a side led by its coach or
commander (`Đội tuyển … Hàn Quốc | dưới sự dẫn dắt của huấn luyện viên Jurgen Klinsmann | để thua …`).

The leader's title and name take half the subject; the institution says whose team it is, and "who" keeps the
leader with their role. Only deletions: `do <leader>` and `dẫn đầu` go, the `của <institution>` between them stays;
when the leader's unit is named inside a larger institution (`thuộc Khoa Khoa học Vật liệu, Đại học Quốc gia
Seoul`), the larger one alone stays, as an editor names a team by its university.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import CAPITALS

# The team, which may open on `Một` (`Một nhóm nghiên cứu …`).
_TEAM = r"(?:Một [Nn]hóm|[Nn]hóm|[Đđ]ội ngũ) (?:nghiên cứu|các nhà khoa học|các nhà nghiên cứu)(?: [^\s,;.]+){0,3}?"
# `Nhóm nghiên cứu | do giáo sư Lee Jin-woo | của Viện … | dẫn đầu |`: the team, its leader, whose the leader is and
# the verb; the institution holds no clause of its own, and a comma only before the larger institution it is part of.
_LED_TEAM = re.compile(
    rf"^(?P<team>{_TEAM})"
    r" do [^,;.]{3,60}?(?P<link> của| thuộc)(?P<unit> [^,;.]{3,100}?)"
    r"(?:,(?P<larger> (?:Đại học|Trường|Viện|Học viện|Bệnh viện) [^,;.]{2,80}?))? dẫn đầu(?= )"
)


# … or the team, whose it is, then its leader (`Nhóm nghiên cứu của Viện … (KAIST) | do Giáo sư Kim Hee-tak dẫn đầu |`)
_TEAM_THEN_LEADER = re.compile(rf"^{_TEAM} (?:của|thuộc) [^,;.]{{3,100}}?( do [^,;.]{{3,60}}? dẫn đầu)(?= )")


def drop_team_leader(text: str) -> str:
    """The team's leader and `dẫn đầu` go from a subject that names the leader's institution; unchanged otherwise."""
    found = _LED_TEAM.match(text)
    if found is None:
        after = _TEAM_THEN_LEADER.match(text)
        return text[: after.start(1)] + text[after.end(1) :] if after else text
    return found["team"] + found["link"] + (found["larger"] or found["unit"]) + text[found.end() :]


# `Đội tuyển … Hàn Quốc | dưới sự dẫn dắt của huấn luyện viên Jurgen Klinsmann | để thua …`: who leads the subject,
# told inside it, up to the leader's name, before the subject's own verb.
_LED_BY = re.compile(
    rf" dưới sự (?:dẫn dắt|lãnh đạo|điều hành|chỉ huy) của (?:[a-zà-ỹđ]+ ){{0,4}}[{CAPITALS}][\w-]*"
    rf"(?: [{CAPITALS}][\w-]*){{0,3}}(?= [a-zà-ỹđ])"
)


def drop_leader_aside(text: str) -> str:
    """For a line too long: who leads the subject (`dưới sự dẫn dắt của huấn luyện viên …`), told between the subject
    and its verb; "who" keeps the leader."""
    return _LED_BY.sub("", text, count=1)

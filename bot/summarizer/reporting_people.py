"""Who a source reports about, read by `lead.drop_reporting_source`: a person the source speaks as (`Tổng thống …
cho biết`: they stay the subject), a person named after the source (`… cho biết | thành viên Jungkook …`: the source
gives way to them) and a rest that names the source again (`… của liên hoan phim`: the source stays).
"""

from __future__ import annotations

from itertools import pairwise

from bot.summarizer.lexicon import lexicon, match_at


def opens_with_person(text: str) -> bool:
    """The text opens with a person (a title, `ông`, `bà`), not a spokesperson, who speaks for an office."""
    first_words = text.split()[:6]
    spokesperson = [w.casefold() for w in first_words[:3]] == ["người", "phát", "ngôn"]
    title = match_at(lexicon().titles, first_words, 0) if first_words else 0
    mission = title > 0 and first_words[title : title + 1] == ["quán"]  # `Đại sứ | quán`: the embassy, an office
    return (
        bool(first_words)
        and not spokesperson
        and ((title > 0 and not mission) or first_words[0].casefold() in ("ông", "bà"))
    )


def opens_with_named_person(text: str) -> bool:
    """`ca sĩ IU …`, `thành viên Jungkook của nhóm BTS …`: a role written in lower case, then the person's name (not
    `thành viên NATO`, an alliance's member), which is a person as much as `Tổng thống …` is."""
    first_words = text.split()[:5]
    title = match_at(lexicon().titles, first_words, 0) if first_words else 0
    if not title and [w.casefold() for w in first_words[:2]] == ["thành", "viên"]:
        title = 2
    name = first_words[title] if 0 < title < len(first_words) else ""
    return name[:1].isupper() and not name.isupper()


def points_back(source: str, rest: str) -> bool:
    """The rest names the source again by two of its words in lower case (`Ban tổ chức Liên hoan phim quốc tế Cannes
    thông báo … thành viên Ban giám khảo | của liên hoan phim …`): without the source the rest would not say which."""
    said = source.casefold().split()
    later = f" {rest.casefold()} "
    return any(f" {a} {b} " in later for a, b in pairwise(said))

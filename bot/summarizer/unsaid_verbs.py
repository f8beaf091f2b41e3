"""Cuts that would leave a clause without the verb that says what it did: a noun described by a passive before its
own predicate (`leaves_subject`), an agent named by `do` before the agent's verb (`leaves_agent`), an act whose `vì`
gives its reason (`gives_its_reason`), whose `cho` names who was given it (`names_whom_given`) and a punishment whose
`đối với` names whom it falls on (`names_whom_punished`, asked by `whom_fit`), the subject of what was announced before
its predicate (`leaves_announced_subject`) and a count before what befell it (`plight_after`). `cut_points` and
`fitting` ask these before they cut; the line would otherwise say who, and not what happened.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import IN_CLAUSE
from bot.summarizer.lead import is_time
from bot.summarizer.lexicon import TOLLS

# An honour, an arrest or a fine, whose `vì` says what it is for (`được … trao bằng khen ngày 15/5 | vì những đóng góp
# …`, `bắt giữ một người đàn ông … | vì nghi ngờ hành hung …`, `phạt Google 42,1 tỷ won | vì …`).
_REASONED = re.compile(
    r"\b(?:trao|tặng|vinh danh|khen thưởng|tuyên dương|bắt giữ|bắt|truy tố|khởi tố|tạm giam|kết án|tuyên phạt|phạt)\b"
    rf"{IN_CLAUSE}*$"  # a number's own `,` (`phạt Google 42,1 tỷ won`) ends nothing
)


# How far before a `vì` the act it gives the reason for may be named (`bắt giữ một tàu chở hàng cỡ lớn mang cờ … trọng
# tải 3.000 tấn tại cảng Busan ngày 3/5 | vì …`); callers pass at least this much.
REASON_REACH = 160


def gives_its_reason(before: str) -> bool:
    """`before` (the words before a `vì`; its last REASON_REACH characters are read) ends in an honour, an arrest or a
    fine, whose reason the `vì` gives: the news, never a clause to cut off."""
    return _REASONED.search(before[-REASON_REACH:]) is not None


# An act of giving, whose `cho` names who was given it (`trao giải Nobel Văn học năm 2024 | cho nhà văn Han Kang`,
# `cung cấp 180 xe tăng | cho Ba Lan`): the recipient is the news, never a phrase to cut off.
_GIVING = re.compile(  # not `cấp` alone, which is also a level (`hội đàm cấp cao`)
    r"\b(?:trao|tặng|cấp (?:phép|phát|thị thực|visa)|bán|cung cấp|chuyển giao|viện trợ|xuất khẩu)\b"
    rf"{IN_CLAUSE}*$"
)


def names_whom_given(before: str) -> bool:
    """`before` (the words before a `cho`; its last REASON_REACH characters are read) ends in an act of giving
    (`_GIVING`), whose recipient the `cho` names."""
    return _GIVING.search(before[-REASON_REACH:]) is not None


# A sentence, a fine or a sanction, whose `đối với` names whom it falls on (`giữ nguyên mức án 20 năm tù … | đối với cựu
# Chủ tịch Quốc hội …`); not the `án` of a court, a project or a plan (`Tòa án`, `dự án`, `phương án`, `đề án`).
_PUNISHED = re.compile(
    r"\b(?:(?<![Tt]òa )(?<!dự )(?<!phương )(?<!đề )án|tù|tử hình|chung thân|phạt|trừng phạt|lệnh bắt|lệnh cấm|cấm"
    r"|truy tố|khởi tố|kỷ luật|cách chức)\b"
    rf"{IN_CLAUSE}*$"
)


def names_whom_punished(before: str) -> bool:
    """`before` (the words before a `đối với`; its last REASON_REACH characters are read) ends in a sentence, a fine or
    a sanction (`_PUNISHED`), whose `đối với` names whom it falls on."""
    return _PUNISHED.search(before[-REASON_REACH:]) is not None


_PASSIVE = frozenset({"bị", "được"})
_PREDICATE_AFTER_SUBJECT = frozenset({"được", "đã", "sẽ"})
_PASSIVE_REACH = 3  # a passive this many words before the cut describes the noun that the cut leaves
_PREDICATE_REACH = 8  # … and a predicate this many words after it, still in the clause, is that noun's own


def leaves_subject(every: list[str], n: int) -> bool:
    """A cut at n would leave a noun described by a passive (`các công dân Hàn Quốc bị bắt giữ | tại bang Georgia
    được trở về nước …`) without its own predicate, which follows in the same clause: the line would then say the
    passive of it (asking that they be arrested)."""
    passive = any(w in _PASSIVE for w in every[max(0, n - _PASSIVE_REACH) : n])
    for word in every[n : n + _PREDICATE_REACH]:
        if word in _PREDICATE_AFTER_SUBJECT:
            return passive
        if word.endswith((",", ";", ".")):
            return False
    return False


_ANNOUNCING = frozenset({"công bố", "cho biết", "thông báo", "tuyên bố", "theo đó"})
_MARKERS = frozenset({"được", "đã", "sẽ", "bị", "đang", "phải"})
_ANNOUNCED_REACH = 24  # words from what announces a clause to its subject's predicate, either way of a cut


def leaves_announced_subject(every: list[str], n: int) -> bool:
    """A cut at n would end inside the subject of what was announced (`…, theo đó toàn bộ 25 quận của thủ đô Seoul |
    và 12 khu vực … | sẽ được chỉ định …`, `… công bố các doanh nghiệp … tại các tỉnh miền núi |, hải đảo và … sẽ …`),
    whose predicate follows in the same clause: the line would end on the subject (or say the subject itself was
    announced), which the story does not. A comma inside a list the subject holds is no end of it."""
    for index in range(n, min(len(every), n + _ANNOUNCED_REACH)):
        if every[index] in _MARKERS:
            break
        if every[index].endswith((";", ".")) or (every[index].endswith(",") and not _in_list(every, index)):
            return False
    else:
        return False
    for index in range(n - 1, max(0, n - _ANNOUNCED_REACH), -1):
        word = every[index]
        if word.endswith(",") and index < n - 1 and _time_after_announcing(every, index):
            return True  # `… cho biết từ ngày 22/9, | trẻ em …, phụ nữ mang thai và người … | sẽ được tiêm …`
        if word in _MARKERS or word.endswith(";") or (word.endswith(",") and not _in_list(every, index)):
            return False
        if f"{every[index - 1]} {word}" in _ANNOUNCING:
            return index < n - 1  # (not a cut right after it, which is no line at all)
    return False


def _time_after_announcing(every: list[str], comma: int) -> bool:
    """The comma ending every[comma] closes a time set right after a verb of announcing (`cho biết | từ ngày 22/9,`)."""
    for index in range(comma - 1, max(0, comma - 6), -1):
        if f"{every[index - 1]} {every[index]}" in _ANNOUNCING:
            clause = " ".join(every[index + 1 : comma + 1]).rstrip(",")
            return is_time(clause[:1].upper() + clause[1:])
    return False


def _in_list(words: list[str], comma: int) -> bool:
    """The comma ending words[comma] goes on to a list's `và` within a few words, with no predicate marker between
    (`các tỉnh miền núi, | hải đảo và vùng sâu vùng xa`)."""
    for word in words[comma + 1 : comma + 7]:
        if word in _MARKERS or word.endswith((",", ";", ".")):
            return False
        if word == "và":
            return True
    return False


_AGENT_REACH = 14  # words back to `do` and the agent it names
_AGENT_VERB_REACH = 24  # … and on to the agent's verb, past a partner it worked with
_AGENT_VERB = re.compile(
    r"\b(?:tổ chức|thực hiện|tiến hành|chủ trì|phát triển|sản xuất|công bố|tài trợ|đăng cai|dẫn đầu)\b"
)


def leaves_agent(every: list[str], n: int) -> bool:
    """A cut at n would end on `do` and the agent it names (`giải bóng đá … do Hội Sinh viên Việt Nam | tại Hàn Quốc
    … tổ chức`, `Nhóm nghiên cứu do Giáo sư … thuộc Khoa …, | Đại học … dẫn đầu`), whose verb comes after n (before
    the next comma, for a cut at a comma): the line would say who, and not what they did."""
    back = every[max(0, n - _AGENT_REACH) : n]
    if "do" not in back:
        return False
    agent = len(back) - back[::-1].index("do")
    if agent >= len(back) or not back[agent][:1].isupper() or any(w.endswith((",", ";")) for w in back[agent:-1]):
        return False
    if back[-1].endswith(";") or _AGENT_VERB.search(" ".join(back[agent:])):
        return False  # the agent's verb came before the cut
    ahead = " ".join(every[n : n + _AGENT_VERB_REACH])
    return _AGENT_VERB.search(ahead.split(",")[0] if back[-1].endswith(",") else ahead) is not None


_TOLL_PAIRS = frozenset(TOLLS.split("|"))


def plight_after(every: list[str], n: int) -> int:
    """How many words from n say what befell a count a cut at n ends on (`khiến 3 người thiệt mạng và 12 người | bị
    thương`, `… 200 người | phải đi sơ tán`), or 0: cut there, the toll would count people and say nothing of them."""
    if n >= len(every) or not any(char.isdigit() for word in every[max(0, n - 3) : n] for char in word):
        return 0
    if " ".join(word.strip(",.;:") for word in every[n : n + 2]) in _TOLL_PAIRS:
        return 2
    if every[n] in ("bị", "phải") and n + 1 < len(every):
        return 3 if every[n + 1] == "đi" and n + 2 < len(every) else 2
    return 0

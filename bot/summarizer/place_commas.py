"""Whether a comma after a place closes a clause or only names the larger place it lies in (`ở quận Haeundae, |
thành phố Busan`, `tại Sunshine Coast, | Australia`): `phrase_tokens.Tokens` asks before a context starts or ends there.
Reads a window's raw tokens and their cores (lower case, edges stripped).
"""

from __future__ import annotations

from bot.summarizer.lexicon import APPROXIMATELY, PLACE_GOES_ON, lexicon, match_at
from bot.summarizer.phrase_words import CLAUSE_END, EDGE_PUNCTUATION, LARGER_UNITS, SMALLER_UNITS, UNIT_WORDS


def _named_place_before(raw: list[str], core: list[str], k: int) -> bool:
    """The words before the comma at k - 1 are a place's name after its unit or `tại`, `ở` (`bang Georgia,`,
    `tại Sunshine Coast,`)."""
    j = k - 1
    while j >= max(0, k - 5) and raw[j][:1].isupper():
        j -= 1
    return k - 1 > j >= 0 and (core[j] in UNIT_WORDS or core[j] in ("tại", "ở"))


def larger_place_at(raw: list[str], core: list[str], k: int) -> bool:
    """After a place's comma, token k starts the larger place it lies in (`ở quận Haeundae, thành phố
    Busan, làm …`, `từ Sunan, Bình Nhưỡng ra …`), not a clause of its own (`…, Bình Nhưỡng khẳng định`)."""
    if not raw[k - 1][:1].isupper():
        return False
    unit = next((len(u) for u in LARGER_UNITS if tuple(core[k : k + len(u)]) == u), 0)
    if unit:
        end = k + unit
        while end < len(raw) and end - k < unit + 3 and raw[end][:1].isupper():
            end += 1
        if end == k + unit:
            return False
        if k >= 2 and core[k - 2] in SMALLER_UNITS:
            return True  # `huyện Cheorwon, | tỉnh Gangwon xuống tới …`: a unit's place, then the larger unit
    else:
        end = k + match_at(lexicon().places, [w.strip(EDGE_PUNCTUATION) for w in raw[k : k + 4]], 0)
        if end == k:
            return False
        if _named_place_before(raw, core, k):
            return True  # `tại bang Georgia, | Mỹ đã …`, `tại Sunshine Coast, | Australia đã …`: then its country
    if end == len(raw) or raw[end - 1].endswith(CLAUSE_END) or core[end] in PLACE_GOES_ON:
        return True
    # `cách đảo Biyang, | tỉnh Jeju khoảng 24 km`: how far, from the two places
    distance = core[end] in APPROXIMATELY or core[end][:1].isdigit()
    return distance and "cách" in core[max(0, k - 5) : k]

"""How a capitalised or lower-case word is written: in Latin letters with no Vietnamese syllable (`Inácio`, `Jean-Noël`,
`hynix`), which names a foreign person or brand, or as Vietnamese, whose syllables have one run of vowels and marks
only Vietnamese writes. The people, organisation and brand rules ask these of every word.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ASCII_CAP = re.compile(r"[A-Z][A-Za-z0-9]*(?:['’-][A-Za-z0-9]+)*")  # `O'Brien`, `Jae-in`
# A Vietnamese syllable has one run of vowels; a capitalised word with more is a foreign name written with
# its accents (`António`, `Inácio`, `Sánchez`), read like a Latin one.
VOWEL_RUN = re.compile(r"[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+", re.I)


# Letters only Vietnamese writes (`ă`, `ơ`, `đ`, a vowel with a tone mark); `ë`, `é`, `ç` are also French, Portuguese.
_VIETNAMESE_MARKS = frozenset("ăâđêôơưàảãạằắẳẵặầấẩẫậèẻẽẹềếểễệìỉĩịòỏõọồốổỗộờớởỡợùủũụừứửữựỳỷỹỵ")
_LOWER_LATIN = re.compile(r"[a-z][a-z0-9_]{2,15}")  # `aespa`, `fromis_9`, `hynix`


@lru_cache(maxsize=8192)
def foreign_lower(word: str) -> bool:
    """A lower-case Latin word of more than one syllable (`hynix`, `aespa`): no Vietnamese word, which has one
    run of vowels. Cached: every rule asks it of every word, and a story repeats its words."""
    return _LOWER_LATIN.fullmatch(word) is not None and len(VOWEL_RUN.findall(word)) > 1


@lru_cache(maxsize=8192)
def latin_cap(word: str) -> bool:
    """A capitalised word of a name written in Latin letters: ASCII, or accented but no Vietnamese syllable (`Inácio`,
    `Jean-Noël`). Cached, as `foreign_lower` is."""
    if _ASCII_CAP.fullmatch(word):
        return True
    if "-" in word:  # `Jean-Noël`: each part capitalised, none written with Vietnamese marks (`Hàn-Mỹ` is two nations)
        parts = word.split("-")
        return all(p[:1].isupper() and p.isalpha() and not _VIETNAMESE_MARKS.intersection(p.casefold()) for p in parts)
    return word[:1].isupper() and word.isalpha() and len(VOWEL_RUN.findall(word)) >= 2

"""Fitting a lead that opens with a quotation (`“…”, Tổng thống Moon khẳng định …`) so its speaker stays.

`record_fit.fit_keeping_record` tries `fit_quotation` before `fitting.fit`, which would cut the speaker off.
"""

from __future__ import annotations

import re

from bot.summarizer.clauses import words
from bot.summarizer.dates import DAY_MONTH
from bot.summarizer.fitting import MAX_WHAT_WORDS, MAX_WHOLE_WORDS, OVERFLOW_WORDS, PHRASE_OPENERS
from bot.summarizer.lexicon import CONJUNCTION_PAIRS, lexicon, match_at
from bot.summarizer.line_ends import ends_cleanly

_SAYS = r"(?:cho biết|nói|khẳng định|nhấn mạnh|chia sẻ|tuyên bố)"
_TITLED_SPEAKER = re.compile(rf"([^,]{{2,40}}), ([^,]{{2,90}}?) ({_SAYS}\b.*)$")
_SAYS_END = re.compile(rf"{_SAYS}$")  # after the quotation, the verb of saying says all it needs
_QUOTE_LEAD = re.compile(r"([“\"])([^”\"]{1,600})([”\"]), (\S.*)$")
_MIN_QUOTE_WORDS = 4
# `“…”, Cơ quan khí tượng … cho biết ngày 3/8, | đồng thời | nâng mức cảnh báo …`: after the quotation and its
# speaker (and where and when it was said), an act that is no second saying; or a decision the words were said in
# (`“…”, Tòa án Hiến pháp tuyên bố ngày 26/9 | khi | bác bỏ đơn kiện …`), not a speech or an interview, whose words
# are the news.
_DECISION = (
    r"(?:bác bỏ|chấp nhận|chấp thuận|thông qua|phê chuẩn|phê duyệt|ban hành|quyết định|tuyên án|tuyên phạt"
    r"|ra phán quyết|giữ nguyên|bãi bỏ|hủy bỏ|ký)\b"
)
_ACT_AFTER_QUOTE = re.compile(
    rf"[“\"][^”\"]{{1,600}}[”\"], (?P<speaker>[^,;.“”\"]{{2,120}}?) {_SAYS}"
    r"(?: (?:trong|tại|ở|bên lề) [^,;.“”\"]{1,80}?)?"  # where it was said (`trong cuộc họp nội các`), which goes
    rf"(?P<time>(?: vào)?(?: (?:sáng|trưa|chiều|tối))?(?: ngày)? {DAY_MONTH.pattern})?"
    rf"(?:, (?:đồng thời|và) (?!{_SAYS}\b)| khi (?={_DECISION}))(?P<act>\S.{{20,}})$"
)


def act_after_quotation(text: str) -> str:
    """A lead that opens with a quotation, names its speaker and then what the speaker did (`“Nắng nóng sẽ …”, Cơ
    quan khí tượng … cho biết ngày 3/8, đồng thời nâng mức cảnh báo … lên mức cao nhất`): the act is the news, so
    the line keeps the speaker, the date and the act (`Cơ quan khí tượng … ngày 3/8 nâng mức cảnh báo …`), by
    deletion only; so it does for the decision the words were said in (`…, Tòa án … tuyên bố ngày 26/9 khi bác bỏ
    đơn kiện …` → `Tòa án … ngày 26/9 bác bỏ đơn kiện …`); `text` unchanged when it does not read that way."""
    found = _ACT_AFTER_QUOTE.match(text)
    if found is None:
        return text
    return f"{found.group('speaker')}{found.group('time') or ''} {found.group('act')}"


def fit_quotation(text: str) -> str | None:
    """A lead that opens with a quotation and then names its speaker (`“…”, Tổng thống Moon khẳng định …`),
    fitted so the speaker stays: the speaker's clause to its verb and the phrases that fit, and the quotation
    to its latest inner comma that fits, the speaker's title set off after the name going first (`“…”, ông … |,
    Chủ tịch Hội … | cho biết`), then a few words over the limit; a quotation that no comma of its own lets fit
    stays whole with its speaker up to a few words over MAX_WHOLE_WORDS. None when the lead does not open that way
    or nothing fits; an unattributed quotation would put the words in no one's mouth."""
    quoted = _QUOTE_LEAD.match(text)
    if quoted is None or words(text) <= MAX_WHAT_WORDS:
        return None
    opening, inner, closing, speaker = quoted.groups()
    speaker_words = speaker.split()
    limit = MAX_WHAT_WORDS // 2  # the speaker's half: a long one ends before its last phrase that fits
    if len(speaker_words) > limit:
        phrase = max(
            (
                n
                for n in range(3, limit + 1)
                if speaker_words[n] in PHRASE_OPENERS
                and (ends_cleanly(" ".join(speaker_words[:n])) or _SAYS_END.search(" ".join(speaker_words[:n])))
                and (speaker_words[n - 1], speaker_words[n]) not in CONJUNCTION_PAIRS
            ),
            default=0,
        )
        if not phrase:
            return None
        speaker_words = speaker_words[:phrase]
    speaker = " ".join(speaker_words).rstrip(" ,;:")
    cuts = [m.start() for m in re.finditer(r",(?= )", inner)] + [len(inner)]
    # the speaker's title set off after the name goes before the quotation is cut (`“…”, ông Nguyễn Văn Đính, |
    # Chủ tịch Hội Môi giới … | cho biết`)
    titled = _TITLED_SPEAKER.match(speaker)
    untitled = (
        [f"{titled.group(1)} {titled.group(3)}"]
        if titled and match_at(lexicon().titles, titled.group(2).split(), 0)
        else []
    )
    # … and failing that, the line may run a few words over, as a clause may, rather than lose who said it
    for most, said_by in [
        (m, s) for m in (MAX_WHAT_WORDS, MAX_WHAT_WORDS + OVERFLOW_WORDS) for s in (speaker, *untitled)
    ]:
        budget = most - words(said_by)
        heads = (inner[:cut] for cut in sorted(cuts, reverse=True))
        head = next((h for h in heads if _MIN_QUOTE_WORDS <= words(h) <= budget and ends_cleanly(h)), None)
        if head is not None:
            return f"{opening}{head}{closing}, {said_by}"
    # … or stay whole with its speaker when no comma of its own lets it fit, as a lead with no clean cut may, a few
    # words over if need be: a quotation cut mid-sentence, or a speaker cut before the name, would say nothing whole
    whole = f"{opening}{inner}{closing}, {speaker}"
    return whole if words(whole) <= MAX_WHOLE_WORDS + OVERFLOW_WORDS else None

"""Fitting a compressed lead into MAX_WHAT_WORDS words by cutting its last clause, never mid-phrase.

`what.py` deletes what an editor leaves out first and decides what outranks what (a record, a cause, a
toll, an outcome); what is left here is only where a line that is still too long may end: at a clause
comma or a clause opener (`cut_points.py`), before a phrase of place, time or means, or where a line keeps the lead's
first amount (`amount_fit.py`). A lead that opens with a quotation is cut inside the quotation instead, so its
speaker stays (`quotation_fit.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from bot.summarizer.clauses import MIN_WHAT_WORDS, figures_in, words
from bot.summarizer.cut_points import cut_points, ends_on_stub
from bot.summarizer.found import MULTIPLIERS
from bot.summarizer.lexicon import CAPITALS, CONJUNCTION_PAIRS, and_inside_office, lexicon, match_at
from bot.summarizer.line_ends import ends_cleanly
from bot.summarizer.unsaid_verbs import (
    REASON_REACH,
    gives_its_reason,
    leaves_agent,
    leaves_announced_subject,
    leaves_subject,
    names_whom_given,
    plight_after,
)
from bot.summarizer.word_bounds import (
    FRESH_STARTS,
    joins_two_counts,
    names_joined,
    near_place,
    open_quotes,
    opens_fresh,
    origin_of_trade,
    put_into,
    relative_time,
    second_source,
    whose_title,
)

MAX_WHAT_WORDS = 35
# A lead with no clean cut under MAX_WHAT_WORDS stays whole up to this length rather than be cut mid-phrase.
MAX_WHOLE_WORDS = 42
# A cut at a comma is the cleanest: preferred over a cut before a clause opener while it leaves this many.
PREFERRED_CUT = 20
BARE_CLAUSE_WORDS = 15  # a first clause shorter than this rarely says the event it is the start of

# Words that open a phrase of place, time or means, examples (`các vấn đề xã hội | như …`) or a second predicate
# (`và`, `rồi`: `… gây tai nạn | rồi bỏ trốn`): a line with no clean cut may end before one; `trên` only before a place
# (`| trên tàu vũ trụ …`), never a count (`| trên 50%`) nor a scope (`| trên cả nước`).
PHRASE_OPENERS = frozenset(
    {"tại", "ở", "với", "từ", "kể", "vào", "trong", "theo", "nhằm", "để", "khi", "sau", "trước", "nhờ", "và", "như"}
    | {"rồi", "trên"}
)
# Failing those, words that open a phrase of possession, benefit, cause or means (`… chiếm đoạt 45 tỷ won | của
# hơn 1.300 nạn nhân`): better than the word limit, which may cut a word written in two (`bác bỏ đề | xuất`);
# not `do`, which is half of `tự do`.
LATER_OPENERS = frozenset({"của", "cho", "vì", "bằng"})
# How far over MAX_WHAT_WORDS a lead with no clean cut may end, before a phrase of place, time or means,
# rather than be cut at the word limit, inside what it is about.
OVERFLOW_WORDS = 3
_REASON_WORDS = REASON_REACH // 4  # words enough to hold REASON_REACH characters before a `vì`
_PREDICATE_MARKERS = frozenset({"sẽ", "đã", "đang", "cũng", "được", "bị"})  # after `và`, a second predicate
_OVERFLOW_OPENERS = PHRASE_OPENERS - {"và"}  # not `và`, which may join the two sides of `giữa Hàn Quốc | và Mỹ`
# Last, before what a document or a talk is about (`ký biên bản ghi nhớ | về hợp tác phát triển …`): the
# line loses its topic, where the word limit would cut inside it (`hợp tác phát | triển`).
_TOPIC_OPENERS = frozenset({"về"})
_BEFORE_VE_OF_MOTION = frozenset(
    {"trở", "quay", "đi", "bay", "lại", "đưa", "mang", "gửi", "chuyển", "hướng", "thuộc", "rút"}
)
# A `và` this close after a comma closes a list (`Bộ trưởng … Cho Hyun, Bộ trưởng … Iwaya Takeshi | và …`): a
# line ending before it would hold the list's first items only.
_LIST_ITEM_WORDS = 10
_CHANGE_AFTER = re.compile(r", (?:tăng|giảm) (?:khoảng |gần |hơn )?\d")  # a change of the figure before the comma
# A record cut from the phrase that says what it is a record of would claim more than the story.
_RECORD_ENDS = frozenset({"tiên", "nhất"})


def ends_on_record(line: list[str]) -> bool:
    """The line's words end on a record's last word (`đầu tiên`, `lớn nhất`), not on a name's (`Giáo hội Thống
    nhất`)."""
    return bool(line) and line[-1] in _RECORD_ENDS and not (len(line) >= 2 and line[-2][:1].isupper())


# `… trận đấu cuối cùng vòng bảng World Cup 2022 diễn ra | tại …`: a verb of taking place whose place was cut;
# `tổ chức` alone only after an event's name (`Giải vô địch … lần thứ 26 tổ chức | ở …`, `… (G20) tổ chức | tại …`),
# never after its subject, nor after a date, which ends the subject's setting (`… vào sáng ngày 21/6 | tổ chức …`).
_AFTER_A_NAME = "|".join(f"(?<= [\\d({CAPITALS}]\\S{{{n}}})" for n in range(10))  # a word of 1 to 10 characters
_NOT_A_DATE = r"(?<!\d/\d)(?<!\d/\d\d)"
HAPPENING_END = re.compile(rf" (?:diễn ra|được tổ chức|được tiến hành)$|(?:{_AFTER_A_NAME}){_NOT_A_DATE} tổ chức$")


def whole_lines(heads: Iterable[str], least: int, most: int = MAX_WHAT_WORDS) -> Iterator[str]:
    """The heads (candidate lines, in the order given) of `least` to `most` words that end cleanly and not on
    a stub: every cut below is judged by this one test."""
    fitting = (h for h in heads if least <= words(h) <= most and ends_cleanly(h))
    return (h for h in fitting if not ends_on_stub(h))


def fit(text: str) -> str:
    """While over MAX_WHAT_WORDS, cut the last clause off: the latest clause comma that leaves at least PREFERRED_CUT
    words (the first clause giving way to the next, at most OVERFLOW_WORDS over, that keeps more figures), else the
    latest comma or clause opener that does (or a later end before a phrase of place, setting or possession that
    keeps a figure it would lose), else (for a lead too long to stay whole, or one whose first clause, cut before a
    clause opener, is shorter than BARE_CLAUSE_WORDS, rather than a first clause shorter than PREFERRED_CUT) the latest
    end before a phrase of place or setting that does (for any other first clause cut before an opener, the latest
    that keeps more figures than it) (unless a clause comma at most OVERFLOW_WORDS over keeps more figures), else
    (rather than a first clause shorter than that) a clause comma at most OVERFLOW_WORDS over that does, else the whole
    lead if it is at most OVERFLOW_WORDS over and that first clause holds no figure or date, else the
    latest comma or clause opener that fits, each leaving a clean end; a bare first clause of a lead too long to stay
    whole, with none of those, gives way to any phrase cut below that leaves PREFERRED_CUT words. Failing that, a lead
    more than OVERFLOW_WORDS over ends before a clause opener at most OVERFLOW_WORDS over (`… đứng đầu | ngay khi ra
    mắt`) or, when it is short enough to stay whole, at such a clause comma (`… tổ chức ở thành phố Gwangju |, kết thúc
    ngày 12/9`), leaving PREFERRED_CUT words; else one of at most MAX_WHOLE_WORDS ends before what it concerns (`liên
    quan đến …`) or whom it is between (`giữa các …`) if that fits, else stays whole; a longer one ends before the last
    phrase of place, time or means that starts within the limit (a phrase cut leaving fewer than PREFERRED_CUT words, or
    losing a figure, gives way to a clause at most OVERFLOW_WORDS over, and one losing a figure to a phrase cut at most
    OVERFLOW_WORDS over that keeps it), else of possession or cause, else before one that starts at most OVERFLOW_WORDS
    over it, else before its topic (`về …`), else at a clause comma at most OVERFLOW_WORDS over the limit, else before a
    word that opens a phrase and never ends a word written in two (`có thể`, `mà`, `đã` …), else after a list's whole
    item the word limit would cut inside, else at the word limit, then back to a word that does not ask for more (and
    on, a few words over, to what befell a count it ends on)."""
    if words(text) <= MAX_WHAT_WORDS:
        return text
    commas, openers = cut_points(text)
    bare_clause = ""  # a first clause too short to say the event, kept only when no phrase cut does better

    def heads(cuts: list[int], least: int, most: int = MAX_WHAT_WORDS) -> list[str]:
        return list(whole_lines((text[:cut].rstrip(" ,;:") for cut in sorted(cuts, reverse=True)), least, most))

    fitting = heads(commas, PREFERRED_CUT)
    over = heads(commas, PREFERRED_CUT, MAX_WHAT_WORDS + OVERFLOW_WORDS) if fitting and "," not in fitting[0] else []
    if over and figures_in(over[0]) > figures_in(fitting[0]):
        # the first clause gives way to the next a few words over that keeps its figure (`… lên tới 350 microgam/m3 |,
        # cao gấp 23 lần so với khuyến nghị của Tổ chức Y tế Thế giới (WHO) |, buộc …`)
        fitting = over
    if not fitting:
        fitting = heads(commas + openers, PREFERRED_CUT)
        # a phrase cut after the clause opener beats it when it keeps a figure the clause cut would lose
        # (`… giành vé … | sau khi đánh bại … với tỷ số 2-0 | trong trận tứ kết …`)
        phrased = [h for h in phrase_heads(text, possession=True) if fitting and figures_in(h) > figures_in(fitting[0])]
        fitting = phrased[:1] or fitting
    if not fitting:
        short = heads(commas + openers, MIN_WHAT_WORDS)  # only a first clause shorter than PREFERRED_CUT
        too_long = short and words(text) > MAX_WHOLE_WORDS  # a lead too long to stay whole
        # a clause comma a few words over beats only a first short clause (`… sẽ đầu tư 5 tỷ USD | để xây dựng …
        # tại thành phố Ulsan |, hợp tác với …`: the investment's purpose stays)
        over = heads(commas, PREFERRED_CUT, MAX_WHAT_WORDS + OVERFLOW_WORDS) if short else []
        # … and so is a first clause too short to say the event, cut before an opener, not a comma (`Cảnh sát bắt giữ
        # một người đàn ông 66 tuổi tại hiện trường | sau khi người này dùng dao đâm …`): a phrase cut keeps what it did
        before_opener = bool(short) and short[0] not in heads(commas, MIN_WHAT_WORDS)
        bare = before_opener and words(short[0]) < BARE_CLAUSE_WORDS
        phrased = phrase_heads(text) if too_long or bare else []
        # a first short clause cut before an opener still gives way to a phrase cut keeping figures it would lose
        # (`… giành chức vô địch … | sau khi đánh bại … 2-1 trong trận đấu … ngày 30/11 | tại sân vận động …`)
        if before_opener and not phrased:
            # (or of whom it is given: `… để thảo luận về việc cung cấp 260.000 bộ xử lý đồ họa | cho …`)
            phrased = [h for h in phrase_heads(text, possession=True) if figures_in(h) > figures_in(short[0])][:1]
        if phrased and over and figures_in(over[0]) > figures_in(phrased[0]):
            phrased = []  # the comma a few words over keeps a figure the phrase cut would lose
        # a lead a few words over stays whole rather than be cut to a first short clause with no figure or date at
        # all (`… phát cảnh báo sóng thần … | sau khi một trận động đất mạnh 7,5 độ richter xảy ra … ngày 8/12`), or
        # before the change it reports (`… là 63.000 won cho một bao 20 kg |, tăng 27,5% so với …`)
        a_few_over = short and not over and words(text) <= MAX_WHAT_WORDS + OVERFLOW_WORDS
        if a_few_over and (figures_in(short[0]) == 0 or _CHANGE_AFTER.match(text, len(short[0]))):
            short = [text] if figures_in(text) > 0 else short
        fitting = phrased or over or short
        if bare and not phrased and not over and words(text) > MAX_WHOLE_WORDS:
            # … even with no phrase of place: a bare first clause of a lead too long to stay whole gives way to a
            # phrase cut inside the clause after it (`… bị bắt giữ rạng sáng ngày 10/7 | sau khi Tòa án … chấp nhận
            # đơn xin lệnh bắt giữ | của nhóm công tố viên …`), which must keep PREFERRED_CUT words (below)
            bare_clause, fitting = short[0], []
    if fitting:
        return fitting[0]
    if words(text) > MAX_WHAT_WORDS + OVERFLOW_WORDS:  # rather than stay whole further over, a clause a few words over
        # a clause comma too, for a lead that would stay whole (a longer one ends before a phrase, below)
        fitting = heads(
            commas + openers if words(text) <= MAX_WHOLE_WORDS else openers,
            PREFERRED_CUT,
            MAX_WHAT_WORDS + OVERFLOW_WORDS,
        )
        if fitting:
            return fitting[0]
    if words(text) <= MAX_WHOLE_WORDS:
        return _before_relation(text) or text
    all_words = text.split()
    kept = all_words[: MAX_WHAT_WORDS + 1 + OVERFLOW_WORDS]
    # Before a phrase of place, time or means (`… 2.500 binh sĩ | tại trường bắn …`), else of possession or
    # cause, else, a few words over, before a phrase of place, time or means (`… phát triển điện hạt nhân | tại
    # Hà Nội`, where the word limit would cut `phát triển | điện hạt nhân`), else before its topic, else at the
    # last word that does not ask for more: never inside a compound (`ở thành | phố Pocheon`).
    within = range(MAX_WHAT_WORDS, MIN_WHAT_WORDS - 1, -1)
    overflow = range(MAX_WHAT_WORDS + 1, min(len(kept), MAX_WHAT_WORDS + 1 + OVERFLOW_WORDS))
    quotes = open_quotes(kept)  # which quotation each head of `kept` leaves open, read once
    searches = (  # the openers, where they may stand, and whether `gần …` and `liên quan đến` count
        (PHRASE_OPENERS, within, True),
        (LATER_OPENERS, within, False),
        (_OVERFLOW_OPENERS, overflow, True),
        (_TOPIC_OPENERS, within, False),
    )

    putting = put_into(all_words)

    def inside_put_into(n: int) -> bool:
        # when the word limit keeps a verb of putting, its `vào` and the destination's first words, no cut comes before
        # those (the line ends inside the destination, `… vào danh sách di sản`, never `… đưa khu lăng mộ cổ …` putting
        # it nowhere); when it does not, a cut before the verb would keep less than one after it, and any may be made
        if putting is None or putting[1] + _DESTINATION_WORDS >= MAX_WHAT_WORDS:
            return False
        return n <= putting[1] + _DESTINATION_WORDS

    def cuttable(n: int, openers: frozenset[str], phrases: bool) -> bool:
        # `… thông qua ngày 27/8 | và sẽ có hiệu lực …`: a `và` before a second predicate joins no list
        second_predicate = kept[n] == "và" and n + 1 < len(kept) and kept[n + 1] in _PREDICATE_MARKERS
        return (
            (kept[n] in openers or second_predicate or (phrases and (near_place(kept, n) or _relation(kept, n))))
            and ends_cleanly(HAPPENING_END.sub("", " ".join(kept[:n])))  # `… lần thứ 26 | tổ chức` goes
            and not ends_on_stub(" ".join(kept[:n]).rstrip(",;:"))
            and not (kept[n] == "và" and any(w.endswith(",") for w in kept[max(0, n - _LIST_ITEM_WORDS) : n]))
            and not (kept[n] == "và" and "giữa" in kept[max(0, n - _LIST_ITEM_WORDS) : n])  # `giữa A | và B`
            and not (kept[n] == "và" and second_source(" ".join(kept[max(0, n - _LIST_ITEM_WORDS) : n])))  # `từ A |`
            and not (kept[n] in ("từ", "trên") and kept[n + 1 : n + 2] and kept[n + 1][:1].isdigit())  # `| từ 65 tuổi`
            and not origin_of_trade(kept, n)  # `thép nhập khẩu | từ Hàn Quốc`
            and kept[n : n + 2] not in (["trên", "cả"], ["trên", "toàn"])  # `học sinh … | trên cả nước sẽ bị cấm …`
            and not (kept[n] == "và" and joins_two_counts(kept, n))  # `ở độ tuổi 30 | và 50`
            and kept[n : n + 3] != ["trong", "tình", "trạng"]  # `lái xe | trong tình trạng say rượu`
            and not (
                kept[n] == "vì" and gives_its_reason(" ".join(kept[max(0, n - _REASON_WORDS) : n]))
            )  # `phạt … | vì …`
            and not (kept[n] == "cho" and names_whom_given(" ".join(kept[max(0, n - _REASON_WORDS) : n])))
            and kept[n : n + 2] not in (["cho", "biết"], ["cho", "hay"], ["cho", "thấy"])  # a verb of saying
            and kept[n : n + 2] != ["cho", "mỗi"]  # `bồi thường 300.000 won | cho mỗi khách hàng`: what it is per
            and not _second_person(kept, n)  # `Bộ trưởng … X | và Bộ trưởng … Y ký …`: the subject's other half
            and not names_joined(kept, n)  # `ký … với Samsung Electronics | và SK hynix`: both are the partners
            and not whose_title(kept, n)  # `Ủy viên phụ trách thương mại | của Ủy ban châu Âu …`
            and not and_inside_office(kept, n)  # `Tổ chức Hợp tác | và Phát triển Kinh tế`
            and not (kept[n] == "về" and kept[n - 1] in _BEFORE_VE_OF_MOTION)  # `quay | về Seoul` is one verb
            and (kept[n - 1], kept[n]) not in CONJUNCTION_PAIRS  # `…, sau | khi hai nước …`
            and not relative_time(kept, n)  # `… đến ngày 30/6 năm | sau`: next year, one phrase
            and f"{kept[n - 1]} {kept[n]}".casefold() not in lexicon().stop_compounds  # `nơi | ở của ông`
            and not (ends_on_record(kept[:n]) and kept[n] != "và")  # `nghệ sĩ đầu tiên | trong lịch sử có …`
            and quotes[n] is None  # never inside a quoted name (`"Lá chắn tự do …"`, `“…”`)
            and not leaves_subject(all_words, n)  # `… các công dân … bị bắt giữ | tại bang Georgia được trở về …`
            and not leaves_announced_subject(all_words, n)  # `…, theo đó toàn bộ 25 quận … | và 12 khu vực … sẽ …`
            and not plight_after(all_words, n)  # `… thiệt mạng và 12 người | bị thương`
            and not leaves_agent(all_words, n)  # `… do Hội Sinh viên Việt Nam | tại Hàn Quốc … tổ chức`
            and not inside_put_into(n)  # `… đưa nghề làm tương … | của Hàn Quốc | vào danh sách …`
        )

    least = PREFERRED_CUT if bare_clause else 0  # (a cut shorter than that would say no more than the bare clause)
    phrase = next(
        (n for openers, places, phrases in searches for n in places if n >= least and cuttable(n, openers, phrases)), 0
    )
    if bare_clause and not phrase:
        return bare_clause
    if phrase and phrase < PREFERRED_CUT:
        # a clause a few words over beats a line that keeps only its subject (`… cho biết công dân Việt Nam sống |
        # tại Hà Nội, … có thể xin thị thực … 5 năm | nếu …`)
        over = heads(commas + openers, PREFERRED_CUT, MAX_WHAT_WORDS + OVERFLOW_WORDS)
        if over:
            return over[0]
    if phrase:
        # … and a clause comma a few words over beats a phrase cut that would lose a figure (`… có thể sạc đầy |
        # trong 6 phút |, nhanh gấp 5 lần …`)
        over = heads(commas, PREFERRED_CUT, MAX_WHAT_WORDS + OVERFLOW_WORDS)
        if over and figures_in(over[0]) > figures_in(" ".join(kept[:phrase])):
            return over[0]
        # … and so does a phrase cut a few words over (`… từ 5 tháng lên 8 tháng | kể từ năm 2026`)
        later = next((n for n in overflow if cuttable(n, _OVERFLOW_OPENERS, True)), 0)
        if later and figures_in(" ".join(kept[:later])) > figures_in(" ".join(kept[:phrase])):
            phrase = later
    if phrase:
        head = " ".join(kept[:phrase]).rstrip(",;:")
        return HAPPENING_END.sub("", head) if words(head) > MIN_WHAT_WORDS + 3 else head
    # a clause comma a few words over beats the word limit (`… có mật độ năng lượng | đạt 400 Wh/kg |, cao hơn …`)
    over = heads(commas, PREFERRED_CUT, MAX_WHAT_WORDS + OVERFLOW_WORDS)
    if over:
        return over[0]
    # … and a word that opens a new phrase and is never a word's second half (`robot phẫu thuật | có thể tự động thực
    # hiện …`) beats the word limit, which may cut a word written in two (`thực | hiện`)
    fresh_openers = FRESH_STARTS | {"có"}
    fresh = next(
        (n for n in within if n >= PREFERRED_CUT and opens_fresh(kept, n) and cuttable(n, fresh_openers, False)), 0
    )
    if fresh:
        return " ".join(kept[:fresh]).rstrip(",;:")
    kept = kept[:MAX_WHAT_WORDS]
    # … but never inside a list's item when the item before it ends the line (`… được chỉ định là khu vực điều chỉnh |,
    # khu vực đầu cơ | quá mức và …`): the line's last comma, when only that item follows it
    joined = " ".join(kept)
    comma = joined.rfind(", ")
    item = joined[comma + 2 :].split()
    # (an item in lower case that the word limit cut short, not a name: `giữa Hàn Quốc, Mỹ và Nhật Bản` stays)
    cut_short = len(all_words) > MAX_WHAT_WORDS and all_words[MAX_WHAT_WORDS] not in PHRASE_OPENERS
    cut_short = cut_short or not ends_cleanly(joined)  # (`… khu vực đầu cơ quá mức | và …` would lose `mức`)
    if comma > 0 and cut_short and item[:1] and item[0][:1].islower() and not _PREDICATE_MARKERS.intersection(item):
        listed = next(whole_lines([joined[:comma]], PREFERRED_CUT), None)
        if listed is not None:
            return listed
    every = text.split()

    def splits_name(n: int) -> bool:  # `… giữa Hàn | Quốc và Mỹ`: never inside a name, nor inside `đầu | tiên`
        if n >= len(every):
            return False
        # … nor after `nhà` that a lower-case word goes on (`của nhà | lãnh đạo`, `các nhà | khoa học`)
        agent = every[n - 1].casefold() == "nhà" and every[n][:1].islower()
        name = every[n - 1][:1].isupper() and every[n][:1].isupper()
        # … nor inside a length told in two units (`sau 3 năm | 2 tháng`)
        length = every[n - 1] in ("năm", "tháng", "tuần") and every[n][:1].isdigit()
        length = length and every[n + 1 : n + 2] != [] and every[n + 1].strip(",.;:") in ("tháng", "tuần", "ngày")
        # … nor between a count and its scale or the noun it awaits (`có khoảng 2 | triệu khách`, `hơn 300 | người`)
        count = every[n - 1][:1].isdigit() and every[n][:1].islower()
        count = count and (every[n] in _SCALES or (n >= 2 and every[n - 2].casefold() in _COUNT_QUALIFIERS))
        return name or every[n].strip(",.;:") in _SECOND_HALVES or agent or length or count

    opened = quotes[len(kept)]  # `… là "hành động khiêu khích nguy | hiểm"`: never a quotation cut short
    kept = kept[:opened] if opened is not None and opened >= MIN_WHAT_WORDS else kept
    while len(kept) > MIN_WHAT_WORDS and (not ends_cleanly(" ".join(kept)) or splits_name(len(kept))):
        kept.pop()
    # … and never a count cut from what befell it (`… thiệt mạng và 12 người | bị thương`): a few words over instead
    plight = plight_after(every, len(kept))
    if plight and len(kept) + plight <= MAX_WHAT_WORDS + OVERFLOW_WORDS:
        kept = every[: len(kept) + plight]
    return " ".join(kept).rstrip(",;:")


_SCALES = frozenset(word for scale in MULTIPLIERS for word in scale.split())  # `triệu`, `tỷ`, `nghìn` …
_COUNT_QUALIFIERS = frozenset({"khoảng", "hơn", "gần", "trên", "tới", "có", "hàng"})
# Syllables that only ever end a word (`đầu tiên`, `cao nhất`, `thành phố`): the word limit never cuts before one.
# (`dự | kiến`, `ý | kiến`, `danh | sách`, `tên | lửa`, `núi | lửa`, `quy | mô`: `tập trận … chung quy | mô lớn`
# would end on `chung quy`, a word of its own, and read as whole)
_SECOND_HALVES = frozenset({"tiên", "nhất", "phố", "kiến", "sách", "lửa", "mô"})
_DESTINATION_WORDS = 2  # the words after a verb of putting's `vào` that a line keeps with it (`vào danh sách`)
_RELATION_AHEAD = re.compile(
    r" (?=liên quan (?:đến|tới) |giữa (?:các|những|hai) |diễn ra (?:từ |vào )?(?:ngày|tháng|năm) \d)"
)


def _before_relation(text: str) -> str:
    """A lead that could stay whole ends before what its last thing concerns (`… với tội danh tiếp tay cho cuộc
    nổi loạn | liên quan đến vụ ban bố thiết quân luật`), whom it is between (`… 12 văn bản hợp tác | giữa
    các bộ, ngành …`) or when the event it names takes place (`… của liên hoan phim lần thứ 76 | diễn ra từ ngày
    12 …`) when that leaves PREFERRED_CUT to MAX_WHAT_WORDS words ending cleanly; else ""."""
    ends = [m.start() for m in _RELATION_AHEAD.finditer(text)]
    heads = (text[:end].rstrip(" ,") for end in reversed(ends))
    return next(iter(whole_lines(heads, PREFERRED_CUT)), "")


def _relation(kept: list[str], n: int) -> bool:
    """`… trong cuộc nổi loạn | liên quan đến việc ban bố thiết quân luật`: what the thing just named concerns,
    a phrase a line may end before (the one before it, `vai trò chủ chốt | trong …`, may be what it is); not
    after a bare noun that only it says anything of (`trong vụ án | liên quan đến …`: the line ends before
    `trong` instead)."""
    bare = any(kept[k] in PHRASE_OPENERS for k in range(max(0, n - 3), n - 1))
    return kept[n : n + 3] in (["liên", "quan", "đến"], ["liên", "quan", "tới"]) and not bare


def _second_person(kept: list[str], n: int) -> bool:
    """`và` at n opens a second person named by title early in the line (`Bộ trưởng … Yeo Han-koo | và Bộ trưởng
    … Piyush Goyal ký …`): most likely the subject's other half, whose verb is still to come."""
    return kept[n] == "và" and n < PREFERRED_CUT and n + 1 < len(kept) and match_at(lexicon().titles, kept, n + 1) > 0


# Not a time (`… kể từ khi bắt đầu thống kê | vào năm 1970`) nor the field an act is in (`hợp tác | trong lĩnh vực …`),
# nor the state it was done in (`lái xe | trong tình trạng say rượu`: drunk driving, not driving).
_PLACES = r"tại|ở|trong(?! (?:các )?lĩnh vực| tình trạng)"
_PLACE_AHEAD = re.compile(rf" (?=(?:{_PLACES}) )")
# … or, with `possession`, of possession, benefit or means (not a verb: `cho biết`, `cho phép`; nor what it is per)
_PLACE_OR_POSSESSION_AHEAD = re.compile(rf" (?=(?:{_PLACES}|của|bằng|cho(?! (?:biết|hay|thấy|phép|mỗi)\b)) )")


def phrase_heads(text: str, *, possession: bool = False) -> list[str]:
    """Lines of at least PREFERRED_CUT words ending before a phrase of place or setting (with `possession`, also of
    possession, benefit or means), latest first: better than a comma cut that keeps only the first short clause (`Tòa
    án tối cao … bác kháng cáo của viện kiểm sát | , giữ nguyên phán quyết vô tội đối với … Lee Jae-yong | trong vụ án
    …`)."""
    every = text.split()
    compounds = lexicon().stop_compounds
    ahead = _PLACE_OR_POSSESSION_AHEAD if possession else _PLACE_AHEAD
    ends = [
        m.start()
        for m in ahead.finditer(text)
        if not leaves_subject(every, n := words(text[: m.start()]))
        and not whose_title(every, n)  # `Ủy viên phụ trách thương mại | của Ủy ban châu Âu …`
        and not (every[n] == "của" and every[n - 2 : n - 1] == ["thứ"])  # `phiên họp lần thứ 12 | của Ủy ban …`
        and not leaves_agent(every, n)
        and not leaves_announced_subject(every, n)  # `…, theo đó người nước ngoài … | tại khu vực thủ đô sẽ …`
        and not origin_of_trade(every, n)  # `thép nhập khẩu | từ Hàn Quốc`
        and " ".join(every[n - 1 : n + 1]).casefold() not in compounds  # `78 năm tồn | tại`: one word
    ]
    found = (HAPPENING_END.sub("", text[:end].rstrip(" ,")) for end in reversed(ends))  # `… | diễn ra | tại`
    return [h for h in whole_lines(found, PREFERRED_CUT) if not ends_on_record(h.split())]

"""Score the summarizer on an annotated corpus (NNN_slug.txt + NNN.gold.json), printing every figure the
summarizer issues set targets for, on the whole corpus and, with --holdout K, on the part built against
and on the K articles held out.

Usage: python benchmarks/summarizer_quality.py CORPUS_DIR [--holdout K] [--verbose] [--only dev|holdout]

Held-out articles are the K whose names hash lowest (SHA-256), so the split is stable, spread over the
years, and independent of the order the files were added in.

Matching rules:
- who: an output name matches a gold entity when, after NFC + casefold, it equals, contains or is contained
  in the entity's name or one of its aliases, on whole-word boundaries;
- numbers: an output figure matches a gold figure when the values agree within 0.5 %, or when the first
  numeric token (digits as written) is the same; each gold figure is matched once;
- figure R-precision: with R key figures in an article, the share of the first R output figures that
  match a key figure (pooled over articles);
- context coverage: for each output figure matched to a gold figure, the share of the words of its
  `about` that the figure's text + context carry (pooled mean);
- bad cuts: the share of contexts that break a rule of `context_faults` below;
- faithfulness: share of output names, figure texts and contexts that are exact substrings of the body,
  and of `what` lines whose every word (casefolded) is a word of the body;
- what_rougeL: ROUGE-L F1 of the `what` against the annotator's `what`, over casefolded word tokens
  (a number as written is one token: `1.282.093`, `29,3%`), pooled mean over articles;
- what_cut: the share of `what` lines that end in an ellipsis or on a word that needs what follows it;
- what_words: the median number of words in a `what`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot import summarize
from bot.sources.seed_files import parse_seed_text
from bot.summarizer.text import clean_body


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _within_words(short: str, long: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long) is not None


def name_matches(output: str, entity: dict[str, Any]) -> bool:
    out = _norm(output)
    for name in [entity["name"], *entity.get("aliases", [])]:
        gold = _norm(name)
        if out == gold or _within_words(out, gold) or _within_words(gold, out):
            return True
    return False


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")


def number_matches(figure: dict[str, Any], gold: dict[str, Any]) -> bool:
    value, expected = figure.get("value"), gold.get("value")
    if value is not None and expected is not None:
        if expected == 0 and value == 0:
            return True
        if expected != 0 and abs(abs(float(value)) - abs(float(expected))) <= 0.005 * abs(float(expected)):
            return True
    mine, theirs = _TOKEN.findall(figure["text"]), _TOKEN.findall(gold["surface"])
    return bool(mine and theirs and mine[0] == theirs[0])


_WORDS = re.compile(r"\d+(?:[.,]\d+)*%?|\w+")


def words(text: str) -> set[str]:
    return set(_WORDS.findall(_norm(text)))


def best_match(figure: dict[str, Any], golds: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The gold figure this output figure stands for: among those it matches, the one with the same
    value, then the one whose surface shares most words with the figure's text (`8 điểm` is not
    `bàn thắng thứ 8`)."""
    candidates = [g for g in golds if number_matches(figure, g)]

    def closeness(gold: dict[str, Any]) -> tuple[bool, int]:
        same_value = figure.get("value") is not None and abs(float(figure["value"])) == abs(float(gold["value"]))
        return same_value, len(words(gold["surface"]) & words(figure["text"]))

    return max(candidates, key=closeness, default=None)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def tokens(text: str) -> list[str]:
    return _WORDS.findall(_norm(text))


def rouge_l(candidate: str, reference: str) -> float:
    """ROUGE-L F1: the longest common subsequence of word tokens against both lengths."""
    a, b = tokens(candidate), tokens(reference)
    if not a or not b:
        return 0.0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    lcs = previous[-1]
    if lcs == 0:
        return 0.0
    precision, recall = lcs / len(a), lcs / len(b)
    return 2 * precision * recall / (precision + recall)


# Words that ask for what follows them: a context that ends on one stops before its object.
DANGLING_END = _word_set(
    "với của cho mang là và hoặc cùng so từ đến tới tại ở trong trên dưới về vào theo bởi do vì để "
    "nhằm khi mà rằng như thì nhưng được bị các những một mức đã sẽ đang có hơn gần khoảng"
)
# A cut between two words is clean at punctuation, where the word after it opens a phrase, or after the end of a
# reporting verb (`cho biết`, `cho thấy`, `công bố`).
_OPENERS = _word_set(
    "với của cho là và hoặc so từ đến tới tại ở trong về vào theo bởi do vì để nhằm nhân khi mà rằng như thì "
    "nhưng được bị đã sẽ đang có tăng giảm đạt lên xuống chiếm ghi trở sau trước kể song còn đó vậy ra bố "
    "biết thấy thời"
)


def context_faults(body: str, figure: dict[str, Any]) -> list[str]:
    """Why a context reads badly: not in the body, apart from its figure, cut inside a word, a number or
    a name, or ending on a word that needs an object. Empty when it is clean."""
    context, text = figure["context"], figure["text"]
    start = body.find(context)
    if start < 0:
        return ["not a substring"]
    end = start + len(context)
    faults = []
    if text not in context and not (body.find(text, max(0, start - len(text) - 2), end + len(text) + 2) >= 0):
        faults.append("apart from its figure")
    before, after = body[start - 1 : start], body[end : end + 1]
    if (before.isalnum() and context[:1].isalnum()) or (after.isalnum() and context[-1:].isalnum()):
        faults.append("cut inside a word")
    if re.search(r"\d[.,]$", body[max(0, start - 2) : start]) and context[:1].isdigit():
        faults.append("starts inside a number")
    if re.match(r"[.,]\d", body[end : end + 2]) and context[-1:].isdigit():
        faults.append("ends inside a number")
    last = (context.split() or [""])[-1].strip(",.;:")
    if dangles(context, DANGLING_END):
        faults.append(f"ends on {last!r}")
    previous = re.search(r"(\S+) $", body[max(0, start - 30) : start])
    first = context.split()[0] if context.split() else ""
    if previous and first[:1].isupper() and previous.group(1)[:1].isupper() and previous.group(1)[-1].isalnum():
        faults.append("starts inside a name")
    following = re.match(r" (\S+)", body[end : end + 30])
    if following and context[-1:].isalnum() and last[:1].isupper() and following.group(1)[:1].isupper():
        faults.append("ends inside a name")
    if previous and previous.group(1)[-1].isalnum() and not context.startswith(text):
        word_before = previous.group(1).casefold()
        if word_before not in _OPENERS and first.casefold() not in _OPENERS and not _TOKEN.match(first):
            faults.append("starts between two words of a phrase")
    return faults


def what_is_cut(what: str) -> bool:
    """An ellipsis at the end, or a last word that asks for what follows it (`…gặp … nhân`)."""
    stripped = what.rstrip()
    if stripped.endswith(("…", "...")):
        return True
    return dangles(stripped, WHAT_DANGLING)


# `trong 5 năm tới`, `tuần tới`, `sắp tới`, `thời gian tới`: after a length of time `tới` means "coming", and asks
# for nothing.
_COMING = re.compile(r"(?:\b(?:năm|tháng|tuần|ngày|quý|sắp|thời gian)) tới[,.;:!?\"”’»)]*$", re.IGNORECASE)


# `hạt nhân`, `bệnh nhân`, `công nhân`: nouns whose second syllable is `nhân`, which alone opens `nhân dịp`.
_NHAN_NOUN = re.compile(
    r"\b(?:hạt|cá|nguyên|nạn|bệnh|công|thương|doanh|tư|quân|thân|tình|chứng|hôn) nhân[,.;:!?\"”’»)]*$", re.IGNORECASE
)


# `trận đấu cuối cùng`, `sau cùng`, `tiếp theo`: `cùng` closing "last" and `theo` closing "next", which ask for
# nothing (alone, `cùng` opens `cùng với` and `theo` opens `theo …`).
_LAST = re.compile(r"\b(?:(?:cuối|sau) cùng|tiếp theo)[,.;:!?\"”’»)]*$", re.IGNORECASE)


# `200 m tự do` (freestyle), `lý do` (a reason), `tồn tại` (exist), `hiện tại` (now), `nhà ở` (housing), `nơi ở` (a
# residence), `hạn mức` (a quota), `định mức` (a norm): words whose second syllable alone opens a phrase (a cause, a
# place, a level).
_DO_NOUN = re.compile(
    r"\b(?:(?:tự|lý) do|(?:tồn|hiện|thực) tại|(?:nhà|nơi|chỗ) ở|(?:hạn|định) mức)[,.;:!?\"”’»)]*$", re.IGNORECASE
)


# `chuẩn bị` (to prepare), `thiết bị` (a device), `trang bị` (to equip): words whose second syllable alone is the
# passive `bị`, which asks for its verb.
_BI_WORD = re.compile(r"\b(?:chuẩn|thiết|trang|dự|phòng) bị[,.;:!?\"”’»)]*$", re.IGNORECASE)


def dangles(text: str, dangling: frozenset[str]) -> bool:
    """The text's last word asks for what follows it."""
    last = (text.split() or [""])[-1].strip(',.;:!?"”’»)')
    closed = (
        _COMING.search(text)
        or _NHAN_NOUN.search(text)
        or _LAST.search(text)
        or _DO_NOUN.search(text)
        or _BI_WORD.search(text)
    )
    return last.casefold() in dangling and closed is None


# A `what` may not end on these either: they open a phrase (`nhân dịp`, `giữa hai nước`, `gồm …`).
WHAT_DANGLING = DANGLING_END | _word_set("nhân giữa gồm thuộc bên lẫn xuyên")


@dataclass
class Tally:
    counts: dict[str, int] = field(default_factory=dict)
    coverage: list[float] = field(default_factory=list)
    rouge: list[float] = field(default_factory=list)
    what_words: list[int] = field(default_factory=list)
    speed: list[float] = field(default_factory=list)

    def add(self, name: str, amount: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + amount

    def ratio(self, hits: str, total: str) -> float:
        return self.counts.get(hits, 0) / self.counts[total] if self.counts.get(total) else 1.0


def score_article(corpus: Path, gold_path: Path, tally: Tally, verbose: bool) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = corpus / gold["article"]
    candidate = parse_seed_text(article.read_text(encoding="utf-8"), article.name)
    body = unicodedata.normalize("NFC", clean_body(candidate.body).body)
    summary = summarize(candidate.body, title=candidate.title).to_dict()
    tag = gold_path.name.split(".")[0]

    def say(line: str) -> None:
        if verbose:
            print(f"  {tag}: {line}")

    tally.add("articles")
    what = summary["what"]
    tally.add("empty_what", not what.strip())
    tally.rouge.append(rouge_l(what, gold.get("what", "")))
    tally.what_words.append(len(what.split()))
    cut = what_is_cut(what)
    tally.add("what_cut", cut)
    if verbose and (cut or tally.rouge[-1] < 0.4):
        say(f"what {tally.rouge[-1]:.2f}{' cut' if cut else ''}: {what!r} (gold: {gold.get('what')!r})")
    body_words = set(tokens(body))
    unfaithful = [w for w in tokens(what) if w not in body_words]
    tally.add("faithful_total"), tally.add("faithful_ok", not unfaithful)
    if unfaithful:
        say(f"what has words not in the story: {unfaithful}")
    names = [w["name"] for w in summary["who"]]
    for entity in (e for e in gold["who"] if e.get("key")):
        found = any(name_matches(n, entity) for n in names)
        tally.add("key_who"), tally.add("key_who_hit", found)
        if not found:
            say(f"missed key who {entity['name']!r}")
    for name in names:
        ok = any(name_matches(name, e) for e in gold["who"])
        tally.add("who_out"), tally.add("who_ok", ok)
        if not ok:
            say(f"extra who {name!r}")
    keys = [n for n in gold["numbers"] if n.get("key")]
    for expected in keys:
        found = any(number_matches(f, expected) for f in summary["numbers"])
        tally.add("key_num"), tally.add("key_num_hit", found)
        if not found:
            say(f"missed key number {expected['surface']!r} ({expected['about']})")
    unmatched_keys = list(keys)
    for figure in summary["numbers"][: len(keys)]:
        hit = best_match(figure, unmatched_keys)
        tally.add("rprec_total"), tally.add("rprec_hit", hit is not None)
        if hit is not None:
            unmatched_keys.remove(hit)
        else:
            say(f"ranked in the first {len(keys)}: {figure['text']!r}, not a key figure")
    unmatched = list(gold["numbers"])
    for figure in summary["numbers"]:
        gold_figure = best_match(figure, unmatched)
        tally.add("num_out"), tally.add("num_ok", gold_figure is not None)
        if gold_figure is None:
            say(f"extra number {figure['text']!r} ({figure['value']})")
        else:
            unmatched.remove(gold_figure)
            about = words(gold_figure["about"])
            carried = about & words(f"{figure['text']} {figure['context']}")
            tally.coverage.append(len(carried) / len(about) if about else 1.0)
            if verbose and len(carried) < len(about) / 2:
                say(f"thin context {figure['text']!r} — {figure['context']!r} (about: {gold_figure['about']!r})")
        tally.add("context_words", len(figure["context"].split()))
        faults = context_faults(body, figure)
        tally.add("contexts"), tally.add("bad_cuts", bool(faults))
        if faults:
            say(f"bad cut {figure['text']!r} — {figure['context']!r}: {', '.join(faults)}")
    for text in names + [f["text"] for f in summary["numbers"]] + [f["context"] for f in summary["numbers"]]:
        tally.add("faithful_total"), tally.add("faithful_ok", text in body)


TARGETS: dict[str, tuple[float, str]] = {
    "what_rougeL": (0.60, ">="),
    "what_cut": (0.05, "<="),
    "key_who_recall": (0.93, ">="),
    "who_precision": (0.90, ">="),
    "key_number_recall": (0.92, ">="),
    "figure_r_precision": (0.75, ">="),
    "number_precision": (0.90, ">="),
    "faithfulness": (1.0, ">="),
    "context_coverage": (0.70, ">="),
    "bad_cut_rate": (0.05, "<="),
}


def figures(tally: Tally) -> dict[str, float]:
    coverage = sum(tally.coverage) / len(tally.coverage) if tally.coverage else 0.0
    return {
        "what_rougeL": sum(tally.rouge) / len(tally.rouge) if tally.rouge else 0.0,
        "what_cut": tally.ratio("what_cut", "articles"),
        "key_who_recall": tally.ratio("key_who_hit", "key_who"),
        "who_precision": tally.ratio("who_ok", "who_out"),
        "key_number_recall": tally.ratio("key_num_hit", "key_num"),
        "figure_r_precision": tally.ratio("rprec_hit", "rprec_total"),
        "number_precision": tally.ratio("num_ok", "num_out"),
        "faithfulness": tally.ratio("faithful_ok", "faithful_total"),
        "context_coverage": coverage,
        "bad_cut_rate": tally.ratio("bad_cuts", "contexts") if tally.counts.get("contexts") else 0.0,
    }


def report(label: str, tally: Tally) -> None:
    print(f"{label}: {tally.counts.get('articles', 0)} articles")
    for name, value in figures(tally).items():
        target, sense = TARGETS[name]
        met = value >= target if sense == ">=" else value <= target
        print(f"  {name}: {value:.3f} (target {sense} {target:.2f}, {'met' if met else 'NOT met'})")
    print(f"  what_words: {statistics.median(tally.what_words) if tally.what_words else 0:.0f} median (target <= 35)")
    contexts = tally.counts.get("contexts", 0)
    print(f"  context_words: {tally.counts.get('context_words', 0) / max(contexts, 1):.1f} per figure (no target)")
    empty = tally.counts.get("empty_what", 0)
    print(f"  empty_what: {empty} (target 0, {'met' if empty == 0 else 'NOT met'})")


def split(paths: list[Path], holdout: int) -> tuple[list[Path], list[Path]]:
    ranked = sorted(paths, key=lambda p: hashlib.sha256(p.name.encode()).hexdigest())
    held = set(ranked[:holdout])
    return [p for p in paths if p not in held], [p for p in paths if p in held]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--holdout", type=int, default=0, help="hold out K articles and score them apart")
    parser.add_argument("--verbose", action="store_true", help="list every miss, extra and bad cut")
    parser.add_argument("--only", choices=["dev", "holdout"], help="with --verbose: list one part only")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        parser.error(f"{args.corpus} is not a folder")
    paths = sorted(args.corpus.glob("*.gold.json"))
    if not paths:
        parser.error(f"no *.gold.json in {args.corpus}")
    _, held = split(paths, max(0, min(args.holdout, len(paths))))
    parts = {"dev": Tally(), "holdout": Tally()}
    whole = Tally()
    for path in paths:
        part = "holdout" if path in held else "dev"
        loud = args.verbose and args.only in (None, part)
        score_article(args.corpus, path, parts[part], loud)
        score_article(args.corpus, path, whole, False)
    report("all", whole)
    if held:
        report("built against", parts["dev"])
        report(f"held out ({', '.join(p.name.split('.')[0] for p in held)})", parts["holdout"])


if __name__ == "__main__":
    main()

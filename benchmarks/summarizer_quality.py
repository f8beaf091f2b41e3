"""Score the summarizer on an annotated corpus (NNN_slug.txt + NNN.gold.json), printing the figures
the summarizer issue sets targets for.

Usage: python benchmarks/summarizer_quality.py CORPUS_DIR [--verbose]

Matching rules:
- who: an output name matches a gold entity when, after NFC + casefold, it equals, contains or is contained
  in the entity's name or one of its aliases, on whole-word boundaries;
- numbers: an output figure matches a gold figure when the values agree within 0.5 %, or when the first
  numeric token (digits as written) is the same;
- faithfulness: share of output names and figure texts that are exact substrings of the NFC body.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
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
        if expected != 0 and abs(float(value) - float(expected)) <= 0.005 * abs(float(expected)):
            return True
    mine, theirs = _TOKEN.findall(figure["text"]), _TOKEN.findall(gold["surface"])
    return bool(mine and theirs and mine[0] == theirs[0])


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def score(corpus: Path, verbose: bool) -> dict[str, float]:
    counts = dict.fromkeys(
        ["key_who", "key_who_hit", "who_out", "who_ok", "key_num", "key_num_hit", "num_out", "num_ok",
         "faithful_total", "faithful_ok", "context_ok", "empty_what", "articles"], 0)  # fmt: skip
    for gold_path in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = corpus / gold["article"]
        candidate = parse_seed_text(article.read_text(encoding="utf-8"), article.name)
        body = unicodedata.normalize("NFC", clean_body(candidate.body).body)
        summary = summarize(candidate.body).to_dict()
        counts["articles"] += 1
        counts["empty_what"] += not summary["what"].strip()
        names = [w["name"] for w in summary["who"]]
        for entity in (e for e in gold["who"] if e.get("key")):
            counts["key_who"] += 1
            found = any(name_matches(n, entity) for n in names)
            counts["key_who_hit"] += found
            if verbose and not found:
                print(f"  {gold_path.name}: missed key who {entity['name']!r}")
        for name in names:
            counts["who_out"] += 1
            ok = any(name_matches(name, e) for e in gold["who"])
            counts["who_ok"] += ok
            if verbose and not ok:
                print(f"  {gold_path.name}: extra who {name!r}")
        for expected in (n for n in gold["numbers"] if n.get("key")):
            counts["key_num"] += 1
            found = any(number_matches(f, expected) for f in summary["numbers"])
            counts["key_num_hit"] += found
            if verbose and not found:
                print(f"  {gold_path.name}: missed key number {expected['surface']!r}")
        for figure in summary["numbers"]:
            counts["num_out"] += 1
            ok = any(number_matches(figure, g) for g in gold["numbers"])
            counts["num_ok"] += ok
            counts["context_ok"] += len(figure["context"].split()) >= 2
            if verbose and not ok:
                print(f"  {gold_path.name}: extra number {figure['text']!r} ({figure['value']})")
        for text in names + [f["text"] for f in summary["numbers"]]:
            counts["faithful_total"] += 1
            counts["faithful_ok"] += text in body
    return {
        "articles": counts["articles"],
        "key_who_recall": _ratio(counts["key_who_hit"], counts["key_who"]),
        "who_precision": _ratio(counts["who_ok"], counts["who_out"]),
        "key_number_recall": _ratio(counts["key_num_hit"], counts["key_num"]),
        "number_precision": _ratio(counts["num_ok"], counts["num_out"]),
        "faithfulness": _ratio(counts["faithful_ok"], counts["faithful_total"]),
        "context_2plus_words": _ratio(counts["context_ok"], counts["num_out"]),
        "empty_what": counts["empty_what"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        parser.error(f"{args.corpus} is not a folder")
    figures = score(args.corpus, args.verbose)
    targets = {"key_who_recall": 0.90, "who_precision": 0.85, "key_number_recall": 0.90,
               "number_precision": 0.90, "faithfulness": 1.0, "context_2plus_words": 0.95}  # fmt: skip
    print(f"articles: {figures['articles']}")
    for name, target in targets.items():
        verdict = "met" if figures[name] >= target else "NOT met"
        print(f"{name}: {figures[name]:.3f} (target {target:.2f}, {verdict})")
    print(f"empty_what: {figures['empty_what']} (target 0, {'met' if figures['empty_what'] == 0 else 'NOT met'})")


if __name__ == "__main__":
    main()

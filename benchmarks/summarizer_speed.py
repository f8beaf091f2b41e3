"""Summarizer speed: median and p95 ms per article (warm, one core), and the cold start (a fresh
interpreter importing `bot` and summarizing one story) over a bare `python -c pass`.

Usage: python benchmarks/summarizer_speed.py [CORPUS_DIR] [--rounds 20]
CORPUS_DIR holds *.txt stories in the archived-text format (default: the project's seeds/).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import summarize  # noqa: E402
from bot.sources.seed_files import parse_seed_text  # noqa: E402


def _stories(folder: Path) -> list[str]:
    return [parse_seed_text(p.read_text(encoding="utf-8"), p.name).body for p in sorted(folder.glob("*.txt"))]


def _cold(command: str, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", command], check=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, nargs="?", default=ROOT / "seeds")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    stories = _stories(args.corpus)
    if not stories:
        parser.error(f"no *.txt stories in {args.corpus}")
    for story in stories:  # warm the lexicons once, as a running bot would have
        summarize(story)
    per_article = []
    for _ in range(args.rounds):
        for story in stories:
            started = time.perf_counter()
            summarize(story)
            per_article.append((time.perf_counter() - started) * 1000)
    per_article.sort()
    p95 = per_article[min(len(per_article) - 1, int(len(per_article) * 0.95))]
    print(f"articles: {len(stories)} x {args.rounds} rounds")
    print(
        f"per article: median {statistics.median(per_article):.2f} ms, p95 {p95:.2f} ms, max {per_article[-1]:.2f} ms"
    )
    seed = next(iter(sorted((ROOT / "seeds").glob("*.txt"))))
    bare = _cold("pass")
    cold = _cold(f"import bot; bot.summarize(open({str(seed)!r}, encoding='utf-8').read())")
    print(f"cold start (import + one story): {cold - bare:.0f} ms over bare python ({cold:.0f} ms vs {bare:.0f} ms)")


if __name__ == "__main__":
    main()

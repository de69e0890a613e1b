"""Instructions the rubric analyzer executes per answer, counted by valgrind's callgrind: a measure of its cost
that does not move with the host, so two versions can be compared on a busy or shared machine, where the
milliseconds of bench_analyzer.py swing by a third from run to run.

    python bench/bench_instructions.py    (part of make bench; needs valgrind, about three minutes; without it,
                                           says so and counts nothing)

Each row runs the analyzer in a fresh interpreter under callgrind twice: once analysing the answers only to
warm up (patterns compiled, caches filled), once analysing them again after that. The difference over the
number of answers is what one analysis costs. Hash randomisation is fixed, so the count repeats to within a
few thousand instructions.
"""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ANSWERS = 20
ROOT = Path(__file__).resolve().parents[1]
# The child: build the benchmark's answers, warm up, then analyse them `passes` more times.
CHILD = """
import sys
sys.path[:0] = [{bench!r}, {layer!r}]
import bench_analyzer as b
kind, words, passes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
story = kind == "behavioral"
question = b.BEHAVIORAL if story else b.TECHNICAL
sentences = b.BEHAVIORAL_SENTENCES if story else b.TECHNICAL_SENTENCES
answers = [b.build_answer(sentences, words, seed) for seed in range({answers})]
analyzer = b.RubricAnalyzer()
for answer in answers:
    analyzer.analyze(question, answer)
for _ in range(passes):
    for answer in answers:
        analyzer.analyze(question, answer)
"""
COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(kind: str, words: int, passes: int) -> int:
    code = CHILD.format(bench=str(ROOT / "bench"), layer=str(ROOT / "layers" / "interview"), answers=ANSWERS)
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code,
         kind, str(words), str(passes)],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    match = COLLECTED.search(result.stderr)
    if match is None:
        raise RuntimeError(f"callgrind printed no count:\n{result.stderr[-2000:]}")
    return int(match.group(1))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("# Rubric analyzer: instructions per analysis: valgrind is not installed, nothing counted")
        return 0  # make bench runs every benchmark: a machine without valgrind still gets the others
    print(f"# Rubric analyzer: instructions per analysis (callgrind, {ANSWERS} answers per row)\n")
    print("| answer | words | instructions per analysis (millions) |")
    print("|---|---|---|")
    for kind in ("technical", "behavioral"):
        for words in (300,):
            per = (instructions(kind, words, 1) - instructions(kind, words, 0)) / ANSWERS
            print(f"| {kind} | {words} | {per / 1e6:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

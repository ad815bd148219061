"""How the page cleaner's scoring weights move the layout development set: each weight of
`app/ingest/layout/headline.py` and `body.py` set to none, halved, raised by half and doubled in turn, the
pages cleaned again in process (no server, no tagger), scored with the set's own scorer.

    python -m bench.layout_weights [--devsets ../shared/devsets] [--eval ../shared/eval]

Prints, per weight and factor, the titles and the pages whose body starts and ends right (of the set's 43);
the comments beside the weights quote these figures.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from app.ingest.layout import body, headline
from app.ingest.layout.clean import clean_page

_FACTORS = (0.0, 0.5, 1.5, 2.0)
_WEIGHTS: dict[ModuleType, tuple[str, ...]] = {
    headline: (
        "LONG_ENOUGH", "BYLINE_BELOW", "NAME_BELOW", "DATE_BELOW", "DEK_BELOW", "HEADER_ABOVE", "REPEATED",
        "REPEATED_ELSEWHERE", "SENTENCE", "SLUG_MATCH", "IN_LIST", "DEK", "DISTANCE",
    ),
    body: (
        "PROSE", "PROSE_PER_WORD", "PROSE_FULL_WORDS", "SENTENCE", "SHORT_BOILERPLATE", "BOILERPLATE", "NOTE",
        "SHORT_OTHER", "OTHER", "SHORT_LINE_WORDS",
    ),
}  # fmt: skip


def _score(pages: dict[str, str], gold: Path, scorer: Path) -> str:
    """The scorer's title accuracy and body start+end figures, as counts of pages."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        for page_id, text in pages.items():
            page = clean_page(text)
            out.write(json.dumps({"id": page_id, "title": page.title, "author": page.author, "body": page.body}))
            out.write("\n")
    report = subprocess.run([sys.executable, str(scorer), str(gold), out.name], capture_output=True, text=True)
    Path(out.name).unlink()
    figures = {line.split()[0] + " " + line.split()[1]: line.split() for line in report.stdout.splitlines() if line}
    titles = round(float(figures["title accuracy"][2]) * len(pages))
    bounds = round(float(figures["body start+end"][-1]) * len(pages))
    return f"titles {titles}, bounds {bounds}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devsets", type=Path, default=Path("../shared/devsets"))
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    args = parser.parse_args()
    layout = args.devsets / "layout"
    gold = layout / "gold.jsonl"
    ids = [json.loads(line)["id"] for line in gold.read_text().splitlines() if line.strip()]
    pages = {page_id: (layout / "raw" / page_id).read_text() for page_id in ids}
    scorer = args.eval / "score_layout.py"
    print("as set:", _score(pages, gold, scorer))
    for module, names in _WEIGHTS.items():
        for name in names:
            value = getattr(module, name)
            figures = []
            for factor in _FACTORS:
                setattr(module, name, value * factor)
                figures.append(f"x{factor}: {_score(pages, gold, scorer)}")
            setattr(module, name, value)
            print(f"{module.__name__.rsplit('.', 1)[-1]}.{name} = {value:g}  " + " | ".join(figures))


if __name__ == "__main__":
    main()

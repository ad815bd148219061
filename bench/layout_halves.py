"""The page cleaner on the layout development set split in two halves, to tell general rules from fitted ones:
the pages sorted by file name, even positions half A, odd positions half B (docs/benchmarks.md says how far each is
still held out). Cleans in process (no server, no tagger), scores with the set's scorer.

    python -m bench.layout_halves [--devsets ../shared/devsets] [--eval ../shared/eval] [--html] [--errors A|B]

Prints headline, byline and body figures per half; --html reads the same pages saved as HTML (`html/`) as ingest
does; --errors lists one half's wrong headlines, bylines and body bounds.
"""

import argparse
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from app.ingest.html_decode import decode_page
from app.ingest.html_page import read_page
from app.ingest.layout.clean import clean_page


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_layout", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(result: dict[str, Any]) -> str:
    return (
        f"headline {result['title_acc']:.3f} (of {result['title_pages']}), "
        f"byline {result['author_acc']:.3f} (of {result['author_pages']}), "
        f"body F1 {result['body_f1']:.3f}, start+end {result['start_end_ok']:.3f}"
    )


def _read(layout: Path, name: str, *, html: bool) -> Any:
    """The page `name` of the gold (a raw text file's name) cleaned, or its saved HTML twin read."""
    if not html:
        return clean_page((layout / "raw" / name).read_text())
    text, _ = decode_page((layout / "html" / name).with_suffix(".html").read_bytes(), max_bytes=1 << 30)
    return read_page(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devsets", type=Path, default=Path("../shared/devsets"))
    parser.add_argument("--eval", type=Path, default=Path("../shared/eval"))
    parser.add_argument("--html", action="store_true", help="read the saved HTML pages instead of the raw text")
    parser.add_argument("--errors", choices=["A", "B"], help="list that half's wrong headlines, bylines, body bounds")
    args = parser.parse_args()
    layout = args.devsets / "layout"
    scorer = _scorer(args.eval / "score_layout.py")
    gold = {row["id"]: row for row in scorer.load_jsonl(layout / "gold.jsonl")}
    names = sorted(gold)
    halves = {"A": names[0::2], "B": names[1::2]}
    predictions = {}
    for name in names:
        page = _read(layout, name, html=args.html)
        predictions[name] = {"id": name, "title": page.title, "author": page.author, "body": page.body}
    for half, ids in halves.items():
        result, rows = scorer.score([gold[i] for i in ids], [predictions[i] for i in ids])
        print(f"half {half} ({len(ids)} pages): {_figures(result)}")
        if half == args.errors:
            for row in rows:
                g, p = gold[row["id"]], predictions[row["id"]]
                if row["title_ok"] is False:
                    print(f"  {row['id']} headline: {p['title']!r}  gold {g['title']!r}")
                if row["author_ok"] is False:
                    print(f"  {row['id']} byline: {p['author']!r}  gold {g['author']!r}")
                if not (row["start_ok"] and row["end_ok"]):
                    print(f"  {row['id']} body bounds: start {row['start_ok']}, end {row['end_ok']}")


if __name__ == "__main__":
    main()

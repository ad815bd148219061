"""Extraction's CPU an article, stage by stage, on articles parsed once: what ingest spends after spaCy's parse.

    python -m bench.extraction [--articles 200] [--seed 0] [--rounds 3]
    python -m bench.extraction --input FILE.jsonl
    python -m bench.extraction [--input FILE.jsonl] --parses PARSES   # parse once, keep the parses in PARSES
    valgrind --tool=callgrind --instr-atstart=no python -m bench.extraction --parses PARSES --callgrind [--every 4]

The articles (a synthetic corpus, `bench.corpus`, or the file given) are read as ingest reads them and their
paragraphs parsed once, a chunk of CHUNK_ARTICLES articles a stream as ingest parses them. Each round then
runs, in ingest's order, on fresh copies of those parses (nothing a stage kept on a document carries over):
the second parse of the lines in capitals (`parsing.recased`), then `extract` whole; and, on fresh copies again,
its stages one after the other (entities, quotes, timeline), each paying for what it is the first to ask of a
document. Each is timed in CPU (`time.process_time`), so other work on the machine weighs less than on wall
time; the minimum over the rounds is printed, in milliseconds an article.

CPU time on a shared machine drifts by more than a cut of a few per cent; instructions do not. With `--parses`
the recased parses are written to PARSES once (a `DocBin` and the articles' outline, pickled) and read back on
later runs, so that `--callgrind` under valgrind, where spaCy's parse would take minutes an article, runs
`extract` alone on them (every Nth article with `--every N`), callgrind counting only around it
(`callgrind_control`): its `totals:` line is the build's instructions, which compare across builds.
"""

import argparse
import os
import pickle
import subprocess
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import DocBin

from app.extract.article import extract
from app.extract.entities import find_entities
from app.extract.parsed import Paragraph, ParsedArticle
from app.extract.parsing import parsed_paragraphs, recased
from app.extract.quotes import find_quotes
from app.extract.timeline import find_events
from app.ingest.extraction import CHUNK_ARTICLES, article_text, loaded_model
from app.ingest.files import Given, read_records
from app.settings import get_settings
from bench.corpus import Corpus, write

Chunk = list[ParsedArticle]
STAGES: dict[str, Callable[[ParsedArticle], object]] = {
    "entities": find_entities,
    "quotes": find_quotes,
    "timeline": find_events,
}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="synthetic articles (without --input)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--input", type=Path, help="a .jsonl file of articles instead of a synthetic corpus")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--parses", type=Path, help="the recased parses: written where missing, else read back")
    parser.add_argument("--callgrind", action="store_true", help="one pass of extract on --parses, under callgrind")
    parser.add_argument("--every", type=int, default=1, help="with --callgrind: every Nth article")
    args = parser.parse_args(argv)
    settings = get_settings()
    nlp = loaded_model(settings.spacy_model)
    if args.parses is not None and args.parses.exists():
        articles = _read_parses(nlp, args.parses)
        if args.callgrind:
            extract(_read_parses(nlp, args.parses)[0])  # uncounted, on a copy: what is made at a first call
            _count_instructions(articles[:: args.every])
            return
        chunks = [articles[start : start + CHUNK_ARTICLES] for start in range(0, len(articles), CHUNK_ARTICLES)]
        _print_rounds(nlp, chunks, args.rounds)
        return
    with tempfile.TemporaryDirectory(prefix="bench-extraction-") as folder:
        source = args.input or Path(folder) / "corpus.jsonl"
        if args.input is None:
            write(Corpus(args.seed), args.articles, out=source, pages=None)
        read = read_records(source, max_bytes=settings.max_file_bytes, max_article_chars=settings.max_article_chars)
        texts = [article_text(item.record) for item in read if isinstance(item, Given)]
    chunks = [
        parsed_paragraphs(nlp, texts[start : start + CHUNK_ARTICLES]) for start in range(0, len(texts), CHUNK_ARTICLES)
    ]
    if args.parses is not None:
        _write_parses([article for chunk in chunks for article in recased(nlp, chunk)], args.parses)
    _print_rounds(nlp, chunks, args.rounds)


def _print_rounds(nlp: Language, chunks: list[Chunk], rounds: int) -> None:
    articles = sum(len(chunk) for chunk in chunks)
    best: dict[str, float] = defaultdict(lambda: float("inf"))
    for _ in range(rounds):
        for stage, seconds in _round(nlp, chunks).items():
            best[stage] = min(best[stage], seconds)
    print(f"{articles} articles, min of {rounds} rounds, CPU ms an article:")
    for stage, seconds in best.items():
        print(f"  {stage:<22} {1000 * seconds / articles:7.2f}")


def _write_parses(articles: Chunk, path: Path) -> None:
    """The articles' docs (paragraphs, then recased lines) in one `DocBin`, with the outline that rebuilds them."""
    docs = DocBin(store_user_data=False)
    outline = []
    for article in articles:
        for paragraph in article.paragraphs:
            docs.add(paragraph.doc)
        for doc in article.recased.values():
            docs.add(doc)
        paragraphs = [(paragraph.field, paragraph.offset) for paragraph in article.paragraphs]
        outline.append((article.texts, article.published, paragraphs, list(article.recased)))
    path.write_bytes(pickle.dumps((outline, docs.to_bytes())))


def _read_parses(nlp: Language, path: Path) -> Chunk:
    outline, stored = pickle.loads(path.read_bytes())  # noqa: S301 -- the file this tool wrote itself
    docs = iter(DocBin().from_bytes(stored).get_docs(nlp.vocab))
    articles = []
    for texts, published, paragraphs, recased_at in outline:
        parsed = tuple(Paragraph(field, offset, next(docs)) for field, offset in paragraphs)
        articles.append(ParsedArticle(texts, parsed, published, nlp, {index: next(docs) for index in recased_at}))
    return articles


def _count_instructions(articles: Chunk) -> None:
    """`extract` on each article, callgrind's instrumentation on only meanwhile (the process runs under valgrind
    with `--instr-atstart=no`)."""
    subprocess.run(["callgrind_control", "--instr=on", str(os.getpid())], check=True, stdout=subprocess.DEVNULL)
    for article in articles:
        extract(article)
    subprocess.run(["callgrind_control", "--instr=off", str(os.getpid())], check=True, stdout=subprocess.DEVNULL)
    print(f"{len(articles)} articles extracted under callgrind: its totals line counts them")


def _fresh(chunk: Chunk) -> Chunk:
    """The chunk's parses with nothing kept on them by an earlier pass."""
    for article in chunk:
        for paragraph in article.paragraphs:
            paragraph.doc.user_data.clear()
    return [
        ParsedArticle(
            article.texts,
            tuple(Paragraph(p.field, p.offset, p.doc) for p in article.paragraphs),
            article.published,
            article.nlp,
            {},
        )
        for article in chunk
    ]


def _recased(nlp: Language, chunk: Chunk, seconds: dict[str, float]) -> Chunk:
    """The chunk recased as `parse_articles` does it, its CPU added to `seconds`."""
    start = time.process_time()
    found = recased(nlp, chunk)
    seconds["recased parse"] += time.process_time() - start
    return found


def _round(nlp: Language, chunks: list[Chunk]) -> dict[str, float]:
    seconds: dict[str, float] = defaultdict(float)
    for chunk in chunks:
        for article in _recased(nlp, _fresh(chunk), seconds):
            start = time.process_time()
            extract(article)
            seconds["extract (all)"] += time.process_time() - start
        for article in _recased(nlp, _fresh(chunk), defaultdict(float)):
            for stage, run in STAGES.items():
                start = time.process_time()
                run(article)
                seconds[stage] += time.process_time() - start
    return seconds


if __name__ == "__main__":
    main()

"""The README's examples are what the server answers: each ```console block is run as a reader pastes it.

A block's `$ ` lines are its commands (a line ending in `\\` goes on on the next), the lines under one its
shown answer. The block runs in bash, as one script (a variable set by one command is there for the
next), in a fresh folder, against `newsdesk serve` on the seed articles: the README's base URL is
the served one. A shown answer that is JSON is compared with the real one structurally, any other
answer line by line; `…` marks what the README leaves out (see `matches` and `lines_match`).
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import served

README = Path(__file__).resolve().parent.parent / "README.md"
# The server the README's examples speak to: the one `make run` starts.
BASE = "http://127.0.0.1:8000"
ELISION = "…"
# Values that differ from one ingest to the next, whatever the README shows for them: their keys must
# be there, their values are not compared.
VOLATILE_FIELDS = frozenset({"ingested_at"})
VOLATILE_HEADERS = frozenset({"etag", "date"})
# What a shown `…` stands for inside JSON, where JSON has no such token.
_ELIDED = "\x00elided"


@dataclass(frozen=True)
class Example:
    command: str
    shown: str  # the answer as the README shows it ("" when it shows none)


def console_blocks(markdown: str) -> list[list[Example]]:
    """Each ```console block of `markdown`, as its commands with their shown answers."""
    return [_examples(block) for block in re.findall(r"^```console\n(.*?)^```", markdown, re.M | re.S)]


def _examples(block: str) -> list[Example]:
    examples: list[Example] = []
    command: list[str] = []
    shown: list[str] = []
    continued = False
    for line in block.splitlines():
        if continued:
            command.append(line)
        elif line.startswith("$ "):
            if command:
                examples.append(Example("\n".join(command), "\n".join(shown).strip()))
            command, shown = [line[2:]], []
        else:
            shown.append(line)
        continued = line.endswith("\\")
    if command:
        examples.append(Example("\n".join(command), "\n".join(shown).strip()))
    return examples


def shown_json(text: str) -> Any:
    """The shown JSON, each `…` outside a string made a marker: an elided member of an object
    (`{"a": 1, …}`), an elided stretch of a list (`[…]`, `[1, …]`) or any value (`"quotes": […]`)."""
    out: list[str] = []
    stack: list[str] = []
    in_string = escaped = False
    expecting_key = False
    for char in text:
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            continue
        if char == ELISION:
            out.append(json.dumps(_ELIDED) + (": null" if stack[-1:] == ["{"] and expecting_key else ""))
            expecting_key = False
            continue
        out.append(char)
        if char == '"':
            in_string = True
            expecting_key = False
        elif char in "{[":
            stack.append(char)
            expecting_key = char == "{"
        elif char in "}]":
            stack.pop()
        elif char == ",":
            expecting_key = stack[-1:] == ["{"]
    return json.loads("".join(out))


def matches(shown: Any, real: Any, where: str = "$") -> list[str]:
    """How the real JSON differs from the shown (nothing: it matches).

    An object must have the shown keys and no others, unless it shows `…` among them; a list must have
    the shown items, in order, unless an item is `…` (any stretch of items there: `[…]` is any list);
    a string holding `…` matches a string holding its visible parts in order (`"…"` is any string);
    anything else must be equal, type included (`1` is not `1.0` nor `true`)."""
    if shown == _ELIDED:
        return []
    if isinstance(shown, dict):
        return _object_matches(shown, real, where)
    if isinstance(shown, list):
        if not isinstance(real, list):
            return [f"{where}: shown a list, the server answers {real!r}"]
        return _list_matches(shown, real, where)
    if isinstance(shown, str) and isinstance(real, str) and ELISION in shown:
        return [] if text_matches(shown, real) else [f"{where}: {real!r} does not read as {shown!r}"]
    if type(shown) is not type(real) or shown != real:
        return [f"{where}: shown {shown!r}, the server answers {real!r}"]
    return []


def _object_matches(shown: dict[str, Any], real: Any, where: str) -> list[str]:
    if not isinstance(real, dict):
        return [f"{where}: shown an object, the server answers {real!r}"]
    differences = []
    elided = _ELIDED in shown
    shown = {key: value for key, value in shown.items() if key != _ELIDED}
    if missing := shown.keys() - real.keys():
        differences.append(f"{where}: shown {sorted(missing)}, which the server does not answer")
    if not elided and (unshown := real.keys() - shown.keys()):
        differences.append(f"{where}: the server also answers {sorted(unshown)} (show them, or `…`)")
    for key in shown.keys() & real.keys():
        if key not in VOLATILE_FIELDS:
            differences += matches(shown[key], real[key], f"{where}.{key}")
    return differences


def _list_matches(shown: list[Any], real: list[Any], where: str) -> list[str]:
    """Each stretch between elisions matches a stretch of `real`, in order; the first at its start and
    the last at its end unless an elision stands there."""
    stretches = _split(shown, _ELIDED)
    if len(stretches) == 1:
        if len(shown) != len(real):
            return [f"{where}: shown {len(shown)} items, the server answers {len(real)}"]
        return [difference for i, item in enumerate(shown) for difference in matches(item, real[i], f"{where}[{i}]")]
    position = 0
    for number, stretch in enumerate(stretches):
        last = number == len(stretches) - 1
        start = _find_stretch(stretch, real, position, anchored=number == 0, at_end=last)
        if start is None:
            return [f"{where}: the server's {len(real)} items do not hold the shown ones in order"]
        position = start + len(stretch)
    return []


def _find_stretch(stretch: list[Any], real: list[Any], position: int, *, anchored: bool, at_end: bool) -> int | None:
    candidates = [position] if anchored else range(position, len(real) - len(stretch) + 1)
    if at_end and stretch:
        candidates = [start for start in candidates if start + len(stretch) == len(real)]
    for start in candidates:
        window = real[start : start + len(stretch)]
        if len(window) == len(stretch) and all(not matches(a, b) for a, b in zip(stretch, window, strict=True)):
            return start
    return None


def _split(items: list[Any], marker: Any) -> list[list[Any]]:
    stretches: list[list[Any]] = [[]]
    for item in items:
        if item == marker:
            stretches.append([])
        else:
            stretches[-1].append(item)
    return stretches


def text_matches(shown: str, real: str) -> bool:
    """Whether `real` holds the visible parts of `shown` in order, its first at the start and its last at
    the end unless `…` stands there."""
    pattern = ".*".join(re.escape(part) for part in shown.split(ELISION))
    return re.fullmatch(pattern, real, re.S) is not None


def lines_match(shown: str, real: str) -> list[str]:
    """How the real answer's lines differ from the shown ones: line by line, a line of `…` alone standing
    for any lines, `…` in a line for any text; a volatile header's value is not compared."""
    pattern = []
    for line in shown.splitlines():
        if line.strip() == ELISION:
            pattern.append(r"(?:[^\n]*\n)*?")
            continue
        name, colon, _ = line.partition(":")
        if colon and name.lower() in VOLATILE_HEADERS:
            line = f"{name}:{ELISION}"
        pattern.append(".*".join(re.escape(part) for part in line.split(ELISION)) + r"\n")
    if re.fullmatch("".join(pattern), real.strip() + "\n", re.I) is None:
        return [f"shown:\n{shown}\nanswered:\n{real.strip()}"]
    return []


def answer_differences(shown: str, real: str) -> list[str]:
    if shown.startswith(("{", "[")):
        try:
            answered = json.loads(real)
        except json.JSONDecodeError:
            return [f"shown JSON, the server answers:\n{real}"]
        return matches(shown_json(shown), answered)
    return lines_match(shown, real)


_MARK = "\x1e--- next command ---"


def run_block(examples: list[Example], base: str, folder: Path) -> list[str]:
    """What each command of a block prints, the block run as one bash script against `base`."""
    script = "".join(f"{example.command.replace(BASE, base)}\nprintf '\\n{_MARK}\\n'\n" for example in examples)
    # `.venv/bin/newsdesk`, as the README calls it after `make run`, is this environment's.
    (folder / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    # Nothing else of this environment: a DATABASE_URL or SPACY_MODEL set here is not the reader's.
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(folder), "LC_ALL": "C.UTF-8"}
    done = subprocess.run(
        ["bash", "-c", script], cwd=folder, env=environment, capture_output=True, encoding="utf-8", timeout=120
    )
    outputs = done.stdout.replace("\r\n", "\n").replace(base, BASE).split(f"\n{_MARK}\n")
    assert len(outputs) == len(examples) + 1, f"the block stopped early:\n{done.stdout}\n{done.stderr}"
    return [output.strip() for output in outputs[:-1]]


BLOCKS = console_blocks(README.read_text(encoding="utf-8"))


def _block_id(block: list[Example]) -> str:
    return block[0].command.replace(BASE, "")[:60] if block else "empty"


@pytest.fixture(scope="module")
def server(seeds_db: str) -> Iterator[str]:
    with served(seeds_db) as base:
        yield base


@pytest.mark.skipif(shutil.which("curl") is None, reason="the README's examples use curl, which is not installed")
@pytest.mark.parametrize("block", BLOCKS, ids=_block_id)
def test_the_readme_example_answers_as_shown(block, server, tmp_path):
    outputs = run_block(block, server, tmp_path)
    differences = [
        f"$ {example.command}\n" + "\n".join(found)
        for example, output in zip(block, outputs, strict=True)
        if example.shown and (found := answer_differences(example.shown, output))
    ]
    assert not differences, "the README shows what the server no longer answers:\n\n" + "\n\n".join(differences)


def test_the_readme_shows_answers_to_check():
    answered = [example for block in BLOCKS for example in block if example.shown]
    assert len(answered) >= 10, "the README's console blocks show fewer answers than expected"


def test_every_readme_request_goes_to_the_server_make_run_starts():
    for block in BLOCKS:
        for example in block:
            for word in shlex.split(example.command.replace("\\\n", " ")):
                if word.startswith("http"):
                    assert word.startswith(BASE + "/"), f"{example.command} asks another server than {BASE}"


# The rules of comparison, on their own.


def test_a_shown_object_must_show_every_key_unless_it_elides_some():
    assert matches(shown_json('{"a": 1}'), {"a": 1}) == []
    assert matches(shown_json('{"a": 1}'), {"a": 1, "b": 2}) != []
    assert matches(shown_json('{"a": 1, …}'), {"a": 1, "b": 2}) == []
    assert matches(shown_json('{"a": 1, …, "c": 3}'), {"a": 1, "b": 2, "c": 3}) == []
    assert matches(shown_json('{"a": 1, "c": 3, …}'), {"a": 1, "b": 2}) != []


def test_a_shown_value_must_equal_the_answer_type_included():
    assert matches(shown_json('{"id": 2, "ok": true}'), {"id": 2, "ok": True}) == []
    assert matches(shown_json('{"id": 2}'), {"id": 3}) != []
    assert matches(shown_json('{"id": 1}'), {"id": True}) != []


def test_a_shown_list_must_hold_every_item_unless_it_elides_some():
    assert matches(shown_json("[1, 2]"), [1, 2]) == []
    assert matches(shown_json("[1, 2]"), [1, 2, 3]) != []
    assert matches(shown_json("[1, 2, …]"), [1, 2, 3]) == []
    assert matches(shown_json("[…, 3]"), [1, 2, 3]) == []
    assert matches(shown_json("[…, 2]"), [1, 2, 3]) != []
    assert matches(shown_json("[2, …]"), [1, 2, 3]) != []
    assert matches(shown_json('{"quotes": […]}'), {"quotes": [{"id": 1}]}) == []
    assert matches(shown_json('{"quotes": […]}'), {"quotes": None}) != []


def test_a_shown_string_with_an_elision_matches_its_visible_parts_in_order():
    assert text_matches("Ferry crews … Portvale …", "Ferry crews are striking. Now Portvale has")
    assert not text_matches("Ferry crews … Portvale …", "Now Portvale has Ferry crews")
    assert not text_matches("men …", "Gay men are")
    assert text_matches("…", "anything")
    assert not text_matches("no elision", "no elision, more")


def test_a_shown_string_keeps_its_own_ellipsis_characters():
    assert shown_json('{"snippet": "…a <mark>b</mark>…"}') == {"snippet": "…a <mark>b</mark>…"}


def test_a_volatile_field_is_not_compared_but_must_be_there():
    assert matches(shown_json('{"ingested_at": "2026-01-01T00:00:00+00:00"}'), {"ingested_at": "2027-02-02"}) == []
    assert matches(shown_json('{"ingested_at": "2026-01-01T00:00:00+00:00"}'), {}) != []


def test_shown_lines_match_line_by_line_volatile_headers_aside():
    real = 'HTTP/1.1 200 OK\r\nlink: <http://127.0.0.1:8000/x?cursor=abc>; rel="next"\r\netag: "123"'
    assert lines_match('HTTP/1.1 200 OK\nlink: <…>; rel="next"\netag: "456"', real.replace("\r", "")) == []
    assert lines_match("HTTP/1.1 304 Not Modified", "HTTP/1.1 200 OK") != []
    assert lines_match("HTTP/1.1 200 OK\n…", real.replace("\r", "")) == []
    assert lines_match("HTTP/1.1 200 OK", real.replace("\r", "")) != []


def test_commands_run_on_until_the_next_prompt_and_lines_under_them_are_their_answer():
    block = "$ curl -s a \\\n  -H 'x: y'\n{\n}\n$ b=$(curl -s c)\n$ curl -s d\nok\n"
    assert _examples(block) == [
        Example("curl -s a \\\n  -H 'x: y'", "{\n}"),
        Example("b=$(curl -s c)", ""),
        Example("curl -s d", "ok"),
    ]

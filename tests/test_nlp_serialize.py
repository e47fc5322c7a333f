"""spaCy done the standard way: the pipeline saved with nlp.to_disk() loads with plain
spacy.load() in a fresh process (factories found through the `spacy_factories` entry points)
and tags as the live pipeline does, from the component data saved with it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import SEEDS

SEED = SEEDS / "004_b958e29444c26e2d.txt"

# Run in a fresh interpreter, outside the checkout: nothing of the project is imported before
# spacy.load(), so the components can only come from the installed entry points.
LOAD_AND_TAG = """
import json, sys
import spacy
assert not [m for m in sys.modules if m == "nlp" or m.startswith("nlp.")]
nlp = spacy.load(sys.argv[1])
from nlp.pipeline import tag_text
print(json.dumps({"pipe_names": nlp.pipe_names, "tags": tag_text(nlp, open(sys.argv[2], encoding="utf-8").read())}))
"""


@pytest.fixture(scope="module")
def saved(nlp, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pipeline") / "sectorwatch_pipeline"
    nlp.to_disk(path)
    return path


def test_the_components_declare_what_they_need_and_set(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]
    assigns = {name: meta["assigns"] for name, meta in analysis["summary"].items()}
    assert "doc._.judgements" in assigns["sectorwatch_judgements"]
    assert "doc._.people" in assigns["sectorwatch_people"]


def test_component_data_is_saved_with_the_pipeline(saved):
    patterns = Path(__file__).resolve().parent.parent / "nlp" / "patterns"
    for folder, name in [
        ("sectorwatch_authorities", "authorities.jsonl"),
        ("sectorwatch_authorities", "authority_cues.json"),
        ("sectorwatch_people", "roles.json"),
        ("sectorwatch_judgements", "judgements.json"),
    ]:
        assert (saved / folder / name).read_bytes() == (patterns / name).read_bytes()


def test_saved_pipeline_loads_with_plain_spacy_load_and_tags_seed_004_alike(nlp, saved, tmp_path):
    from nlp.pipeline import tag_text

    live = tag_text(nlp, SEED.read_text(encoding="utf-8"))
    result = subprocess.run(
        [sys.executable, "-c", LOAD_AND_TAG, str(saved), str(SEED)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded["pipe_names"] == nlp.pipe_names
    assert loaded["tags"] == live
    assert live["alert"] is True


def test_a_saved_pipeline_uses_its_own_copy_of_the_data(nlp, saved, tmp_path):
    """What spacy.load() reads is the saved data, not the package's: a pipeline saved with
    no role words finds no one's role."""
    import shutil

    import spacy

    copy = tmp_path / "copy"
    shutil.copytree(saved, copy)
    roles_file = copy / "sectorwatch_people" / "roles.json"
    roles = json.loads(roles_file.read_text(encoding="utf-8"))
    roles["heads"] = ["zzzunlikelyrole"]
    roles_file.write_text(json.dumps(roles), encoding="utf-8")
    reloaded = spacy.load(copy)
    text = SEED.read_text(encoding="utf-8")
    assert [p["role"] for p in nlp(text)._.people] != [p["role"] for p in reloaded(text)._.people]

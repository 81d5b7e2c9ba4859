"""Loading a trained entity recogniser that warledger ships under ``models/``.

Two components (conflict entities, attack roles) run a spaCy NER trained with
``spacy train`` outside the English pipeline. Both load it the same way: from
the exported ``config.cfg`` and the pipe's weights, with a clear error naming
the ``make`` target that rebuilds it, and a version that changes with the
weights, so that a claim's ``producer`` says which weights made it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from spacy.pipeline import EntityRecognizer
from spacy.util import load_config, load_model_from_config

from warledger.errors import ConfigError
from warledger.extract.blas_ops import use_numpy_blas


def load_trained_ner(
    model_dir: Path, pipe_name: str, what: str, make_target: str, version_prefix: str
) -> tuple[EntityRecognizer, str]:
    """The pipe ``pipe_name`` of the model in ``model_dir`` and its version
    (``version_prefix`` plus the first 12 hex digits of its weights' sha256).

    ``what`` names the model in the error, ``make_target`` the command that rebuilds it.
    """
    if not (model_dir / "config.cfg").is_file():
        raise ConfigError(
            f"{model_dir}: no trained {what} model (config.cfg missing); "
            f"rebuild it with `make {make_target}`"
        )
    nlp = load_model_from_config(load_config(model_dir / "config.cfg"), auto_fill=True)
    ner = nlp.get_pipe(pipe_name)
    if not isinstance(ner, EntityRecognizer):
        raise ConfigError(f"{model_dir}: pipe {pipe_name!r} is not an entity recogniser")
    ner = ner.from_disk(model_dir / pipe_name, exclude=["vocab"])
    use_numpy_blas(ner.model)
    weights = (model_dir / pipe_name / "model").read_bytes()
    return ner, f"{version_prefix}-{hashlib.sha256(weights).hexdigest()[:12]}"

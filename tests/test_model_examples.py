"""The example in each model's docstring is the contract's, repaired where it breaks a rule: it parses into the
model, and a request body's example passes every check the client makes before sending."""

from __future__ import annotations

import inspect
import json
import re

import pytest

from tokportal_client import models
from tokportal_client._generated.registry import OPERATIONS
from tokportal_client._models_runtime import Model, validate_body

BODY_MODELS = {name for op in OPERATIONS.values() if op.body == "json" for name in op.body_types}


def _with_examples() -> list[type[Model]]:
    found = [getattr(models, name) for name in models.__all__]
    return [m for m in found if inspect.isclass(m) and issubclass(m, Model) and "Example (JSON" in (m.__doc__ or "")]


def _example(model: type[Model]) -> object:
    text = (model.__doc__ or "").split("Example (JSON; it meets every rule of the contract)::", 1)[1]
    block = re.split(r"\n\s*\n", text.lstrip("\n"), maxsplit=1)[0]
    return json.loads(" ".join(line.strip() for line in block.splitlines()))


def test_the_request_bodies_have_examples() -> None:
    assert BODY_MODELS & {model.__name__ for model in _with_examples()}


@pytest.mark.parametrize("model", _with_examples(), ids=lambda model: model.__name__)
def test_the_docstring_example_fits_the_model(model: type[Model]) -> None:
    example = _example(model)
    assert isinstance(example, dict)
    model.from_dict(example)  # strict: a value that does not fit raises
    if model.__name__ in BODY_MODELS:
        validate_body(model, example)

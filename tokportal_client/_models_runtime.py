"""What the generated models are built on: the ``Unset`` sentinel, the model base class, response parsing that
keeps a value which does not fit the contract, and the validation of request bodies.

Response parsing has two modes. Strict (a bare ``Model.from_dict(data)``, or ``parse(..., strict=True)``): the
first value that does not fit the contract raises :class:`ModelValidationError`. Lenient (``parse(...,
strict=False)``): such a value is kept as received, in the field it came in, and reported as an :class:`Issue`.
The generated ``from_dict`` code checks each value inline (``type(x) is int``) and calls the helpers here only
on a mismatch, so the mode costs nothing on well-typed data: the mode lives in a context variable that only the
mismatch path reads.

Request bodies (a model instance or a dict typed by the schema's ``TypedDict``) are validated the same way
whichever form they come in: the JSON the body stands for is parsed strictly into the model, every enum value
must be a documented one, and a key the contract does not know is refused, naming the closest known key.
"""

from __future__ import annotations

import datetime
import difflib
import json
import math
import re
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum
from typing import Any, ClassVar, Final, Literal, Self, TypeVar

from ._redact import REDACTED, is_secret_name, redacted

__all__ = [
    "MISSING",
    "UNSET",
    "Issue",
    "Model",
    "ModelValidationError",
    "OpenModel",
    "Unset",
    "check",
    "check_rules",
    "check_union",
    "coerce_body",
    "is_secret_key",
    "known_enum",
    "merge_extra_body",
    "mismatch",
    "parse",
    "parse_enum",
    "suggest",
    "validate_body",
]


class Unset:
    """The type of :data:`UNSET`: a request model field left out of the body (``None`` sends ``null``).

    There is one instance; copies and unpickled copies are that same instance, so models that hold it still
    compare equal after ``copy.deepcopy`` or a pickle round trip.
    """

    __slots__ = ()
    _instance: ClassVar[Unset | None] = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickled as a reference to this module's UNSET

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: object) -> Unset:
        return self


UNSET: Final[Unset] = Unset()


class _Missing:
    """A required key absent from the data being parsed (never stored in a model)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()


class ModelValidationError(ValueError):
    """Data does not fit a model of the API: a missing required field or a value of the wrong type."""

    def __init__(self, model: str, field: str, problem: str) -> None:
        super().__init__(f"{model}.{field}: {problem}" if model else f"{field}: {problem}")
        self.model = model
        self.field = field
        self.problem = problem

    def __reduce__(self) -> tuple[type[ModelValidationError], tuple[str, str, str]]:
        return type(self), (self.model, self.field, self.problem)


@dataclass(frozen=True, slots=True)
class Issue:
    """A response value that does not fit the contract, kept as received by a lenient parse."""

    model: str
    field: str
    problem: str

    def __str__(self) -> str:
        return f"{self.model}.{self.field}: {self.problem}"


_ISSUES: ContextVar[list[Issue] | None] = ContextVar("tokportal_client_model_issues", default=None)
"""The issues of the lenient parse under way in this context; None: parsing is strict."""

_TYPE_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    list: "a list",
    dict: "an object",
}
E = TypeVar("E", bound=Enum)
V = TypeVar("V")
M = TypeVar("M", bound="Model")


def mismatch(value: Any, model: str, field: str, problem: str) -> Any:
    """A value that does not fit: raise (strict), or record it and keep it as received (lenient)."""
    issues = _ISSUES.get()
    if issues is None:
        raise ModelValidationError(model, field, problem)
    issues.append(Issue(model, field, problem))
    return None if value is MISSING else value


def _fits(value: object, expected: type) -> bool:
    if isinstance(value, bool):
        return expected is bool or expected is object
    if expected is float:
        return isinstance(value, int | float)  # JSON has one number type: 3 is a valid number
    return isinstance(value, expected)


def check(value: V, expected: type, model: str, field: str) -> V:
    """``value`` when it has the JSON type the schema gives, else a :func:`mismatch` (``UNSET`` passes)."""
    if value is MISSING:
        return mismatch(value, model, field, "required field is missing")  # type: ignore[no-any-return]
    if value is UNSET or _fits(value, expected):
        return value
    got = repr(value) if isinstance(value, bool) else type(value).__name__
    return mismatch(value, model, field, f"expected {_TYPE_NAMES.get(expected, expected.__name__)}, got {got}")  # type: ignore[no-any-return]


def check_union(value: V, expected: tuple[type, ...], model: str, field: str) -> V:
    """Like :func:`check` for a value that may be one of several JSON types."""
    if value is MISSING:
        return mismatch(value, model, field, "required field is missing")  # type: ignore[no-any-return]
    if value is UNSET or any(_fits(value, kind) for kind in expected):
        return value
    names = " or ".join(_TYPE_NAMES.get(kind, kind.__name__) for kind in expected)
    return mismatch(value, model, field, f"expected {names}, got {type(value).__name__}")  # type: ignore[no-any-return]


def parse_enum(enum: type[E], value: object, model: str, field: str) -> E:
    """An enum value: the member for a known string, a pseudo-member for an unknown one (open enums)."""
    if type(value) is str:
        member = enum._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    checked = check(value, str, model, field)
    return enum(checked) if isinstance(checked, str) else checked  # type: ignore[return-value]


def known_enum(enum: type[E], value: object, field: str) -> E:
    """A request value must be one of the enum's documented values (responses keep unknown ones)."""
    raw = value.value if isinstance(value, Enum) else value
    if not isinstance(raw, str):
        raise TypeError(f"{field}: expected a string, got {type(value).__name__}")
    member = enum._value2member_map_.get(raw)
    if member is None:
        allowed = ", ".join(repr(m.value) for m in enum)
        hint = suggest(raw, (str(m.value) for m in enum))
        raise ValueError(f"{field}: expected one of {allowed}, got {raw!r}{hint}")
    return member  # type: ignore[return-value]


def parse(model: type[M], data: object, *, strict: bool = False) -> tuple[M, list[Issue]]:
    """Parse a response body into ``model``.

    Strict: raise :class:`ModelValidationError` at the first value that does not fit. Lenient: keep such values
    as received and return them as issues (each model and field once per value). A body that is not a JSON
    object cannot be a model: that raises in both modes.
    """
    if not isinstance(data, Mapping):
        raise ModelValidationError(model.__name__, "(root)", f"expected an object, got {type(data).__name__}")
    if strict:
        return model.from_dict(data), []
    issues: list[Issue] = []
    token = _ISSUES.set(issues)
    try:
        return model.from_dict(data), issues
    finally:
        _ISSUES.reset(token)


# --------------------------------------------------------------------------------------------- rules

Rules = Mapping[str, Any]
"""The constraints of one value as the contract states them: JSON Schema keywords (``maxLength``, ``minimum``,
``pattern``, ``format``...) and, for an array, the rules of its items under ``"items"``. Generated from
``openapi.json`` into the models (``Model._rules``) and the registry (``Parameter.rules``)."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_PATTERNS: dict[str, re.Pattern[str]] = {}
_SHOWN = 60


def _valid_format(fmt: str, text: str) -> bool:
    """False only for a string that is certainly not of the format (formats the client cannot decide pass)."""
    try:
        if fmt == "date":
            return bool(_DATE.fullmatch(text)) and bool(datetime.date.fromisoformat(text))
        if fmt == "date-time":
            return bool(_DATE_TIME.fullmatch(text)) and bool(datetime.datetime.fromisoformat(text))
    except ValueError:
        return False
    if fmt == "uri":
        return bool(_URI.fullmatch(text))
    if fmt == "email":
        return bool(_EMAIL.fullmatch(text))
    return True


def _shown(value: object, field: str) -> str:
    if is_secret_key(field.rsplit(".", 1)[-1]):
        return "<redacted>"
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def _broken(value: object, rules: Rules) -> str | None:
    """The first rule ``value`` breaks, described with its keyword and limit; None when it meets them all."""
    if isinstance(value, str):
        length, low, high = len(value), rules.get("minLength"), rules.get("maxLength")
        if low is not None and length < low:
            return f"must be at least {low} characters long (minLength {low}; got {length})"
        if high is not None and length > high:
            return f"must be at most {high} characters long (maxLength {high}; got {length})"
        pattern = rules.get("pattern")
        if pattern is not None:
            compiled = _PATTERNS.get(pattern) or _PATTERNS.setdefault(pattern, re.compile(pattern))
            if not compiled.search(value):
                return f"must match the pattern {pattern!r}"
        if "format" in rules and not _valid_format(rules["format"], value):
            return f"must be a valid {rules['format']} (format {rules['format']})"
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in rules and value < rules["minimum"]:
            return f"must be >= {rules['minimum']} (minimum {rules['minimum']})"
        if "maximum" in rules and value > rules["maximum"]:
            return f"must be <= {rules['maximum']} (maximum {rules['maximum']})"
        if "exclusiveMinimum" in rules and value <= rules["exclusiveMinimum"]:
            return f"must be > {rules['exclusiveMinimum']} (exclusiveMinimum {rules['exclusiveMinimum']})"
        if "exclusiveMaximum" in rules and value >= rules["exclusiveMaximum"]:
            return f"must be < {rules['exclusiveMaximum']} (exclusiveMaximum {rules['exclusiveMaximum']})"
        step = rules.get("multipleOf")
        if step:
            quotient = value / step
            if not math.isclose(quotient, round(quotient), rel_tol=0.0, abs_tol=1e-9):
                return f"must be a multiple of {step} (multipleOf {step})"
    elif isinstance(value, list | tuple):
        count = len(value)
        if "minItems" in rules and count < rules["minItems"]:
            return f"must have at least {rules['minItems']} items (minItems {rules['minItems']}; got {count})"
        if "maxItems" in rules and count > rules["maxItems"]:
            return f"must have at most {rules['maxItems']} items (maxItems {rules['maxItems']}; got {count})"
        if rules.get("uniqueItems"):
            seen: list[str] = []
            for item in value:
                key = json.dumps(_dump(item), sort_keys=True, default=str)
                if key in seen:
                    return f"must not repeat an item (uniqueItems; {_dump(item)!r} is repeated)"
                seen.append(key)
    return None


def check_rules(value: object, rules: Rules, field: str) -> None:
    """Raise ``ValueError`` naming ``field``, the rule and the value when ``value`` breaks one of ``rules``.

    ``None`` and ``UNSET`` pass (whether a value may be null or left out is the model's business), and so do
    values of another JSON type than the rule is about (their type is checked elsewhere). Enum members and dates
    are checked as the JSON they are sent as.
    """
    if not rules or value is None or value is UNSET:
        return
    if isinstance(value, Enum | datetime.date):
        value = _dump(value)
    problem = _broken(value, rules)
    if problem is not None:
        raise ValueError(f"{field}: {problem}, got {_shown(value, field)}")
    items = rules.get("items")
    if items and isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check_rules(item, items, f"{field}[{index}]")


def suggest(value: str, allowed: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the allowed value closest to ``value``, or nothing when none is close."""
    close = difflib.get_close_matches(value, list(allowed), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


# --------------------------------------------------------------------------------------------- models


def is_secret_key(key: str) -> bool:
    """True for a JSON key whose value must never appear in ``repr()`` or logs: the one table of secret names
    (``tokportal_client._redact.REDACTIONS``). The model templates mark declared fields with it
    (``scripts/modelgen.py``); ``repr()`` applies it to the fields a model does not declare."""
    return is_secret_name(key)


def _dump(value: Any) -> Any:
    """A model field's value as JSON data."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or kind is float or value is None:
        return value
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date):  # datetime.datetime included
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_dump(item) for item in value]
    if isinstance(value, dict):
        return {key: _dump(item) for key, item in value.items()}
    return value


class Model:
    """Base of every generated model: JSON output, and a ``repr()`` of the fields that are set, secrets hidden."""

    __slots__ = ()

    _fields: ClassVar[tuple[tuple[str, str, bool], ...]] = ()
    """(attribute, JSON key, required) of each declared field."""
    _absent: ClassVar[object] = None
    """What an optional field holds when the data did not have it: None (responses) or UNSET (requests)."""
    _secrets: ClassVar[frozenset[str]] = frozenset()
    """Attributes whose value never appears in repr()."""
    _secret_extras: ClassVar[bool] = False
    """True when fields this client does not know may be secrets (the response of a secret-bearing operation)."""
    _rules: ClassVar[Mapping[str, Rules]] = {}
    """The contract's constraints per JSON key, checked on request bodies before sending (:func:`check_rules`)."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        raise NotImplementedError

    def _set_fields(self) -> Iterable[tuple[str, str, Any]]:
        absent = self._absent
        for attribute, key, required in self._fields:
            value = getattr(self, attribute)
            if required or value is not absent:
                yield attribute, key, value

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data: the fields that are set, and the unknown fields it was given."""
        extra: dict[str, Any] | None = getattr(self, "additional_properties", None)
        data = {key: _dump(value) for key, value in extra.items()} if extra else {}
        for _, key, value in self._set_fields():
            data[key] = _dump(value)
        return data

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as a JSON document."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __repr__(self) -> str:
        secrets = self._secrets
        shown = [
            f"{attribute}={REDACTED}" if attribute in secrets else f"{attribute}={value!r}"
            for attribute, _, value in self._set_fields()
        ]
        extra: dict[str, Any] | None = getattr(self, "additional_properties", None)
        if extra:
            shown.append(
                f"additional_properties=<{len(extra)} redacted>"
                if self._secret_extras
                else f"additional_properties={redacted(extra)!r}"
            )
        return f"{type(self).__name__}({', '.join(shown)})"


class OpenModel(Model):
    """A model that keeps the fields it does not declare: ``model["new_field"]``, ``model.additional_properties``."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# --------------------------------------------------------------------------------------------- request bodies


def _refuse_unknown(value: object, path: str) -> None:
    """Walk a parsed request model: unknown keys, undocumented enum values and values that break a rule of the
    contract (:func:`check_rules`) are refused, naming their place."""
    if isinstance(value, Enum):
        known_enum(type(value), value, path)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_unknown(item, f"{path}[{index}]")
    elif isinstance(value, Model):
        keys = [key for _, key, _ in value._fields]
        for key in getattr(value, "additional_properties", None) or ():
            close = difflib.get_close_matches(key, keys, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(keys)}"
            raise ValueError(
                f"{path}: unknown key {key!r} for {type(value).__name__}; {hint} "
                "(send fields newer than the contract with extra_body=)"
            )
        rules = value._rules
        for attribute, key, _ in value._fields:
            field_value = getattr(value, attribute)
            if key in rules:
                check_rules(field_value, rules[key], f"{path}.{key}")
            _refuse_unknown(field_value, f"{path}.{key}")


def validate_body(model: type[Model], data: Mapping[str, Any], field: str = "body") -> None:
    """Check that ``data`` is a valid JSON body of ``model``, or raise ``ValueError`` naming the culprit."""
    token = _ISSUES.set(None)  # always strict, whatever the caller's context
    try:
        parsed = model.from_dict(data)
    except ModelValidationError as error:
        raise ValueError(f"{field}: {error}") from None
    finally:
        _ISSUES.reset(token)
    _refuse_unknown(parsed, field)


def coerce_body(model_types: tuple[type[Any], ...], body: object, field: str = "body") -> dict[str, Any]:
    """The JSON of a request body (a model instance or a mapping), validated the same way in both cases.

    A mapping is sent as given (so ``None`` sends ``null`` and a left-out key stays left out; models, enum
    members and dates in it are sent as their JSON); a model instance is sent as its ``to_dict()``. Raises
    ``TypeError`` for anything else, ``ValueError`` for a body that does not fit the model(s): a wrong type, a
    missing required field, an unknown key, an undocumented enum value.
    """
    instance = next((t for t in model_types if isinstance(body, t)), None)
    if instance is not None:
        data: dict[str, Any] = body.to_dict()  # type: ignore[attr-defined]
        candidates: tuple[type[Any], ...] = (instance,)
    elif isinstance(body, Mapping):
        data, candidates = _dump(dict(body)), model_types  # nested models, enum members, dates: as JSON
    else:
        expected = " or ".join(t.__name__ for t in model_types)
        raise TypeError(f"{field}: expected {expected} or a dict, got {type(body).__name__}")
    problems: list[ValueError] = []
    for model in candidates:
        try:
            validate_body(model, data, field)
        except ValueError as error:
            problems.append(error)
        else:
            return data
    if len(problems) == 1:
        raise problems[0]
    names = " or ".join(t.__name__ for t in candidates)
    raise ValueError(f"{field}: does not match {names}: " + "; ".join(str(p) for p in problems))


def merge_extra_body(body: dict[str, Any] | None, extra_body: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The validated JSON ``body`` with ``extra_body`` merged over it (for fields newer than the contract).

    Neither argument is modified. ``extra_body`` keys win, so it can also send a value the contract does not
    know yet for a known field.
    """
    if extra_body is None:
        return body
    if not isinstance(extra_body, Mapping):
        raise TypeError(f"extra_body: expected a mapping, got {type(extra_body).__name__}")
    for key in extra_body:
        if not isinstance(key, str):
            raise TypeError(f"extra_body: keys must be strings, got {key!r}")
    return {**(body or {}), **extra_body}

"""Every request and response model of the API (generated from openapi.json), e.g. ``models.Bundle``."""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__

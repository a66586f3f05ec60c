from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._models_runtime import (
    UNSET,
    OpenModel,
    Unset,
    check,
    mismatch,
    parse_enum,
)

from ..models.orderable_platform import OrderablePlatform, OrderablePlatformLiteral
from ..models.report_template import ReportTemplate, ReportTemplateLiteral


@_attrs_define(repr=False)
class CreateAnalyticsReportRequest(OpenModel):
    """The CreateAnalyticsReportRequest object of the API.

    Example (JSON; it meets every rule of the contract)::

        {"title": "Launch campaign", "template": "executive", "brandName": "brandName", "brandAccent":
        "brandAccent"}

    Attributes:
        title (str | None | Unset):
        template (ReportTemplate | ReportTemplateLiteral | None | Unset):
        brand_name (str | None | Unset): JSON key: ``brandName``.
        brand_accent (str | None | Unset): JSON key: ``brandAccent``.
        account_ids (list[str] | Unset): JSON key: ``accountIds``.
        workspace_id (str | None | Unset): JSON key: ``workspaceId``.
        platforms (list[OrderablePlatform | OrderablePlatformLiteral] | Unset):
        countries (list[str] | Unset):
        query (str | None | Unset):
        from_ (str | None | Unset): JSON key: ``from``.
        to (str | None | Unset):
    """

    title: str | None | Unset = UNSET
    template: ReportTemplate | ReportTemplateLiteral | None | Unset = UNSET
    brand_name: str | None | Unset = UNSET
    brand_accent: str | None | Unset = UNSET
    account_ids: list[str] | Unset = UNSET
    workspace_id: str | None | Unset = UNSET
    platforms: list[OrderablePlatform | OrderablePlatformLiteral] | Unset = UNSET
    countries: list[str] | Unset = UNSET
    query: str | None | Unset = UNSET
    from_: str | None | Unset = UNSET
    to: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields = (
        ("title", "title", False),
        ("template", "template", False),
        ("brand_name", "brandName", False),
        ("brand_accent", "brandAccent", False),
        ("account_ids", "accountIds", False),
        ("workspace_id", "workspaceId", False),
        ("platforms", "platforms", False),
        ("countries", "countries", False),
        ("query", "query", False),
        ("from_", "from", False),
        ("to", "to", False),
    )
    _absent = UNSET

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse JSON data; a value that does not fit raises, or is kept as received in a lenient parse."""
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            return mismatch(
                src_dict, "CreateAnalyticsReportRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        title: Any = _pop("title", UNSET)
        if type(title) is not str and title is not UNSET and title is not None:
            title = check(title, str, "CreateAnalyticsReportRequest", "title")
        template: Any = _pop("template", UNSET)
        if template is not UNSET and template is not None:
            _member = ReportTemplate._value2member_map_.get(template) if type(template) is str else None
            template = (
                _member
                if _member is not None
                else parse_enum(ReportTemplate, template, "CreateAnalyticsReportRequest", "template")
            )
        brand_name: Any = _pop("brandName", UNSET)
        if type(brand_name) is not str and brand_name is not UNSET and brand_name is not None:
            brand_name = check(brand_name, str, "CreateAnalyticsReportRequest", "brandName")
        brand_accent: Any = _pop("brandAccent", UNSET)
        if type(brand_accent) is not str and brand_accent is not UNSET and brand_accent is not None:
            brand_accent = check(brand_accent, str, "CreateAnalyticsReportRequest", "brandAccent")
        account_ids: Any = _pop("accountIds", UNSET)
        if type(account_ids) is list:
            account_ids = [
                i if type(i) is str else check(i, str, "CreateAnalyticsReportRequest", "accountIds")
                for i in account_ids
            ]
        elif account_ids is not UNSET:
            account_ids = check(account_ids, list, "CreateAnalyticsReportRequest", "accountIds")
        workspace_id: Any = _pop("workspaceId", UNSET)
        if type(workspace_id) is not str and workspace_id is not UNSET and workspace_id is not None:
            workspace_id = check(workspace_id, str, "CreateAnalyticsReportRequest", "workspaceId")
        platforms: Any = _pop("platforms", UNSET)
        if type(platforms) is list:
            platforms = [
                parse_enum(OrderablePlatform, i, "CreateAnalyticsReportRequest", "platforms") for i in platforms
            ]
        elif platforms is not UNSET:
            platforms = check(platforms, list, "CreateAnalyticsReportRequest", "platforms")
        countries: Any = _pop("countries", UNSET)
        if type(countries) is list:
            countries = [
                i if type(i) is str else check(i, str, "CreateAnalyticsReportRequest", "countries") for i in countries
            ]
        elif countries is not UNSET:
            countries = check(countries, list, "CreateAnalyticsReportRequest", "countries")
        query: Any = _pop("query", UNSET)
        if type(query) is not str and query is not UNSET and query is not None:
            query = check(query, str, "CreateAnalyticsReportRequest", "query")
        from_: Any = _pop("from", UNSET)
        if type(from_) is not str and from_ is not UNSET and from_ is not None:
            from_ = check(from_, str, "CreateAnalyticsReportRequest", "from")
        to: Any = _pop("to", UNSET)
        if type(to) is not str and to is not UNSET and to is not None:
            to = check(to, str, "CreateAnalyticsReportRequest", "to")
        obj = cls(
            title,
            template,
            brand_name,
            brand_accent,
            account_ids,
            workspace_id,
            platforms,
            countries,
            query,
            from_,
            to,
        )
        obj.additional_properties = d
        return obj


CreateAnalyticsReportRequestDict = TypedDict(
    "CreateAnalyticsReportRequestDict",
    {
        "title": NotRequired[str | None],
        "template": NotRequired[ReportTemplate | ReportTemplateLiteral | None],
        "brandName": NotRequired[str | None],
        "brandAccent": NotRequired[str | None],
        "accountIds": NotRequired[list[str]],
        "workspaceId": NotRequired[str | None],
        "platforms": NotRequired[list[OrderablePlatform | OrderablePlatformLiteral]],
        "countries": NotRequired[list[str]],
        "query": NotRequired[str | None],
        "from": NotRequired[str | None],
        "to": NotRequired[str | None],
    },
)
"""The JSON body of :class:`CreateAnalyticsReportRequest` as a plain dict: type checkers check its keys and values."""

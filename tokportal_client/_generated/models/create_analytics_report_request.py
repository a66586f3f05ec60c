from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from tokportal_client._runtime import UNSET, ModelValidationError, Unset, check, check_union, parse_enum

from ..models.orderable_platform import OrderablePlatform
from ..models.report_template import ReportTemplate

T = TypeVar("T", bound="CreateAnalyticsReportRequest")


@_attrs_define
class CreateAnalyticsReportRequest:
    """
    Example:
        {'title': 'Launch campaign', 'template': 'executive', 'brandName': 'brandName', 'brandAccent': 'brandAccent'}

    Attributes:
        title (None | str | Unset):
        template (None | ReportTemplate | Unset):
        brand_name (None | str | Unset):
        brand_accent (None | str | Unset):
        account_ids (list[str] | Unset):
        workspace_id (None | str | Unset):
        platforms (list[OrderablePlatform] | Unset):
        countries (list[str] | Unset):
        query (None | str | Unset):
        from_ (None | str | Unset):
        to (None | str | Unset):
    """

    title: None | str | Unset = UNSET
    template: None | ReportTemplate | Unset = UNSET
    brand_name: None | str | Unset = UNSET
    brand_accent: None | str | Unset = UNSET
    account_ids: list[str] | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    platforms: list[OrderablePlatform] | Unset = UNSET
    countries: list[str] | Unset = UNSET
    query: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    to: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, ReportTemplate):
            template = self.template.value
        else:
            template = self.template

        brand_name: None | str | Unset
        if isinstance(self.brand_name, Unset):
            brand_name = UNSET
        else:
            brand_name = self.brand_name

        brand_accent: None | str | Unset
        if isinstance(self.brand_accent, Unset):
            brand_accent = UNSET
        else:
            brand_accent = self.brand_accent

        account_ids: list[str] | Unset = UNSET
        if not isinstance(self.account_ids, Unset):
            account_ids = self.account_ids

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.value
                platforms.append(platforms_item)

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if template is not UNSET:
            field_dict["template"] = template
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if brand_accent is not UNSET:
            field_dict["brandAccent"] = brand_accent
        if account_ids is not UNSET:
            field_dict["accountIds"] = account_ids
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if countries is not UNSET:
            field_dict["countries"] = countries
        if query is not UNSET:
            field_dict["query"] = query
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is dict:
            d = src_dict.copy()
        elif isinstance(src_dict, Mapping):
            d = dict(src_dict)
        else:
            raise ModelValidationError(
                "CreateAnalyticsReportRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        _pop = d.pop
        title = _pop("title", UNSET)
        if type(title) is not str and title is not None and title is not UNSET:
            title = check_union(title, (str,), "", "title")

        template = _pop("template", UNSET)
        if template is not None and template is not UNSET:
            _member = ReportTemplate._value2member_map_.get(template) if type(template) is str else None
            template = (
                _member
                if _member is not None
                else parse_enum(ReportTemplate, template, "CreateAnalyticsReportRequest", "template")
            )

        brand_name = _pop("brandName", UNSET)
        if type(brand_name) is not str and brand_name is not None and brand_name is not UNSET:
            brand_name = check_union(brand_name, (str,), "", "brandName")

        brand_accent = _pop("brandAccent", UNSET)
        if type(brand_accent) is not str and brand_accent is not None and brand_accent is not UNSET:
            brand_accent = check_union(brand_accent, (str,), "", "brandAccent")

        account_ids = cast(
            list[str], check(d.pop("accountIds", UNSET), list, "CreateAnalyticsReportRequest", "accountIds")
        )

        workspace_id = _pop("workspaceId", UNSET)
        if type(workspace_id) is not str and workspace_id is not None and workspace_id is not UNSET:
            workspace_id = check_union(workspace_id, (str,), "", "workspaceId")

        _platforms = check(d.pop("platforms", UNSET), list, "CreateAnalyticsReportRequest", "platforms")
        platforms: list[OrderablePlatform] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = OrderablePlatform(platforms_item_data)

                platforms.append(platforms_item)

        countries = cast(list[str], check(d.pop("countries", UNSET), list, "CreateAnalyticsReportRequest", "countries"))

        query = _pop("query", UNSET)
        if type(query) is not str and query is not None and query is not UNSET:
            query = check_union(query, (str,), "", "query")

        from_ = _pop("from", UNSET)
        if type(from_) is not str and from_ is not None and from_ is not UNSET:
            from_ = check_union(from_, (str,), "", "from")

        to = _pop("to", UNSET)
        if type(to) is not str and to is not None and to is not UNSET:
            to = check_union(to, (str,), "", "to")

        create_analytics_report_request = cls(
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

        create_analytics_report_request.additional_properties = d
        return create_analytics_report_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.orderable_platform import OrderablePlatform
from ..models.report_template import ReportTemplate
from ..types import UNSET, ModelValidationError, Unset, check, check_union

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
        if not isinstance(src_dict, Mapping):
            raise ModelValidationError(
                "CreateAnalyticsReportRequest", "(root)", f"expected an object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "title"))

        title = _parse_title(d.pop("title", UNSET))

        def _parse_template(data: object) -> None | ReportTemplate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                template_type_0 = ReportTemplate(data)

                return template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise ModelValidationError("", "template", f"unexpected {type(data).__name__} value")

        template = _parse_template(d.pop("template", UNSET))

        def _parse_brand_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "brandName"))

        brand_name = _parse_brand_name(d.pop("brandName", UNSET))

        def _parse_brand_accent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "brandAccent"))

        brand_accent = _parse_brand_accent(d.pop("brandAccent", UNSET))

        account_ids = cast(
            list[str], check(d.pop("accountIds", UNSET), list, "CreateAnalyticsReportRequest", "accountIds")
        )

        def _parse_workspace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "workspaceId"))

        workspace_id = _parse_workspace_id(d.pop("workspaceId", UNSET))

        _platforms = check(d.pop("platforms", UNSET), list, "CreateAnalyticsReportRequest", "platforms")
        platforms: list[OrderablePlatform] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = OrderablePlatform(platforms_item_data)

                platforms.append(platforms_item)

        countries = cast(list[str], check(d.pop("countries", UNSET), list, "CreateAnalyticsReportRequest", "countries"))

        def _parse_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "query"))

        query = _parse_query(d.pop("query", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "from"))

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, check_union(data, (str,), "", "to"))

        to = _parse_to(d.pop("to", UNSET))

        create_analytics_report_request = cls(
            title=title,
            template=template,
            brand_name=brand_name,
            brand_accent=brand_accent,
            account_ids=account_ids,
            workspace_id=workspace_id,
            platforms=platforms,
            countries=countries,
            query=query,
            from_=from_,
            to=to,
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

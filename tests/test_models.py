"""The generated models at model level (no sockets): result types, lenient and strict parsing, request body
validation, pickle/copy/equality, JSON output and repr() without secrets."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import attrs
import pytest

from tokportal_client import UNSET, models
from tokportal_client._models_runtime import (
    Issue,
    ModelValidationError,
    Unset,
    coerce_body,
    merge_extra_body,
    parse,
    validate_body,
)


def bundle(index: int = 0, **changes: Any) -> dict[str, Any]:
    """A Bundle as the API sends it."""
    data: dict[str, Any] = {
        "id": f"bnd_{index}",
        "bundle_type": "account_and_videos",
        "platform": "tiktok",
        "status": "published",
        "account_status": None,
        "title": f"Launch {index}",
        "videos_quantity": 3,
        "is_published": True,
        "next_action": "configure_videos",
        "account": {"username": f"user{index}", "visible_name": "User"},
        "videos": [{"id": f"vid_{index}_{n}", "position": n, "status": "configured"} for n in (1, 2)],
        "created_at": "2026-05-20T09:14:03.512Z",
    }
    data.update(changes)
    return data


def page(items: list[Any]) -> dict[str, Any]:
    return {"data": items, "pagination": {"page": 1, "per_page": 100, "total": len(items), "total_pages": 1}}


# -- results ------------------------------------------------------------------------------------------------------


def test_a_response_field_the_data_lacks_is_none_and_a_required_one_is_a_plain_value() -> None:
    parsed = models.Bundle.from_dict({"id": "bnd_1"})
    assert parsed.id == "bnd_1"
    assert parsed.videos_quantity is None and parsed.account is None and parsed.videos is None
    assert not any(isinstance(getattr(parsed, a.name), Unset) for a in attrs.fields(models.Bundle))


def test_response_values_are_parsed_into_their_types() -> None:
    parsed = models.Bundle.from_dict(bundle(7))
    assert parsed.status == models.BundleStatus.PUBLISHED and parsed.status is models.BundleStatus.PUBLISHED
    assert parsed.account is not None and parsed.account.username == "user7"
    assert parsed.videos is not None and [v.position for v in parsed.videos] == [1, 2]
    assert parsed.created_at is not None and parsed.created_at.year == 2026
    assert parsed.account_status is None


def test_unknown_enum_values_and_fields_are_kept() -> None:
    parsed = models.Bundle.from_dict(bundle(status="frozen", brand_new_field={"x": 1}))
    assert parsed.status == "frozen" and parsed.status is not None and not parsed.status.is_known
    assert parsed["brand_new_field"] == {"x": 1}


def test_request_models_keep_unset_for_fields_left_out() -> None:
    request = models.CreateBundleRequest(bundle_type="account_only")
    assert request.platform is UNSET and request.to_dict() == {"bundle_type": "account_only"}


# -- strict and lenient parsing ------------------------------------------------------------------------------------


def test_strict_parsing_raises_naming_the_model_and_the_field() -> None:
    with pytest.raises(ModelValidationError) as caught:
        parse(models.BundleListResponse, page([bundle(0), bundle(1, videos_quantity="3")]), strict=True)
    assert (caught.value.model, caught.value.field) == ("Bundle", "videos_quantity")
    assert "expected an integer, got str" in str(caught.value)
    with pytest.raises(ModelValidationError, match=r"Bundle\.id: required field is missing"):
        models.Bundle.from_dict({"title": "no id"})  # a bare from_dict is strict


def test_lenient_parsing_keeps_the_value_as_received_and_reports_it() -> None:
    parsed, issues = parse(models.BundleResponse, {"data": bundle(1, videos_quantity="3")})
    assert parsed.data.videos_quantity == "3"  # type: ignore[comparison-overlap]  # kept as received
    assert parsed.data.title == "Launch 1"
    assert issues == [Issue("Bundle", "videos_quantity", "expected an integer, got str")]


@pytest.mark.parametrize(
    ("changes", "field", "kept"),
    [
        ({"account": "user7"}, "account", "user7"),
        ({"videos": {"id": "v"}}, "videos", {"id": "v"}),
        ({"created_at": "yesterday"}, "created_at", "yesterday"),
        ({"created_at": 17}, "created_at", 17),
        ({"status": 3}, "status", 3),
        ({"is_published": "yes"}, "is_published", "yes"),
        ({"videos_quantity": True}, "videos_quantity", True),
    ],
)
def test_every_kind_of_mismatch_is_kept_in_a_lenient_parse(changes: dict[str, Any], field: str, kept: Any) -> None:
    parsed, issues = parse(models.Bundle, bundle(**changes))
    assert getattr(parsed, field) == kept
    assert [(issue.model, issue.field) for issue in issues] == [("Bundle", field)]
    with pytest.raises(ModelValidationError):
        parse(models.Bundle, bundle(**changes), strict=True)


def test_a_missing_required_field_is_none_and_reported_in_a_lenient_parse() -> None:
    data = bundle()
    del data["id"]
    parsed, issues = parse(models.Bundle, data)
    assert parsed.id is None
    assert issues == [Issue("Bundle", "id", "required field is missing")]


def test_one_bad_item_never_hides_the_rest_of_a_page() -> None:
    items: list[Any] = [bundle(0), bundle(1, videos_quantity="3"), "not an object", bundle(3), bundle(4)]
    items[3]["account"] = {"username": 12}
    parsed, issues = parse(models.BundleListResponse, page(items))
    assert len(parsed.data) == 5
    assert [b.id for b in parsed.data if isinstance(b, models.Bundle)] == ["bnd_0", "bnd_1", "bnd_3", "bnd_4"]
    assert parsed.data[2] == "not an object"  # type: ignore[comparison-overlap]
    assert {(issue.model, issue.field) for issue in issues} == {
        ("Bundle", "videos_quantity"),
        ("Bundle", "(root)"),
        ("BundleAccountSummary", "username"),
    }


def test_well_typed_data_has_no_issues() -> None:
    parsed, issues = parse(models.BundleListResponse, page([bundle(i) for i in range(20)]))
    assert issues == [] and len(parsed.data) == 20


def test_a_body_that_is_not_an_object_raises_in_both_modes() -> None:
    for strict in (True, False):
        with pytest.raises(ModelValidationError, match=r"BundleResponse\.\(root\): expected an object, got list"):
            parse(models.BundleResponse, [1, 2], strict=strict)


def test_the_lenient_mode_ends_with_the_parse() -> None:
    parse(models.Bundle, bundle(videos_quantity="3"))
    with pytest.raises(ModelValidationError):
        models.Bundle.from_dict(bundle(videos_quantity="3"))


# -- request bodies -----------------------------------------------------------------------------------------------


def test_an_unknown_key_is_refused_naming_it_and_the_closest_known_key() -> None:
    with pytest.raises(ValueError, match=r"body: unknown key 'video_quantity' .*did you mean 'videos_quantity'\?"):
        coerce_body((models.CreateBundleRequest,), {"bundle_type": "account_only", "video_quantity": 3})


def test_an_unknown_key_in_a_nested_body_object_is_refused_with_its_path() -> None:
    body = {"videos": [{"video_type": "video", "target_publish_date": "2026-12-01", "position": 1, "postion": 2}]}
    with pytest.raises(ValueError, match=r"body\.videos\[0\]: unknown key 'postion'.*did you mean 'position'"):
        coerce_body((models.BatchConfigureVideosRequest,), body)


def test_an_undocumented_enum_value_is_refused() -> None:
    with pytest.raises(ValueError, match=r"body\.bundle_type: expected one of .*'account_only'.*got 'acount_only'"):
        coerce_body((models.CreateBundleRequest,), {"bundle_type": "acount_only"})
    with pytest.raises(ValueError, match=r"body\.events\[1\]: expected one of"):
        coerce_body((models.CreateWebhookEndpointRequest,), {"url": "u", "events": ["bundle.published", "x"]})


def test_a_dict_body_is_sent_as_given() -> None:
    body = {"video_type": "video", "target_publish_date": "2026-12-01", "volume_added_sound": None}
    sent = coerce_body((models.ConfigureVideoRequest,), body)
    assert sent == body and sent is not body  # null stays null, left-out keys stay left out


def test_models_and_enum_members_inside_a_dict_body_are_sent_as_json() -> None:
    video = models.BatchVideoConfiguration(video_type="video", target_publish_date="2026-12-01", position=1)
    sent = coerce_body((models.BatchConfigureVideosRequest,), {"videos": [video]})
    assert sent == {"videos": [{"video_type": "video", "target_publish_date": "2026-12-01", "position": 1}]}
    member = coerce_body((models.CreateBundleRequest,), {"bundle_type": models.BundleType.ACCOUNT_ONLY})
    assert type(member["bundle_type"]) is str


def test_a_model_instance_is_validated_like_a_dict() -> None:
    bad = models.CreateBundleRequest(bundle_type="account_only", videos_quantity="3")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"CreateBundleRequest\.videos_quantity: expected an integer, got str"):
        coerce_body((models.CreateBundleRequest,), bad)
    no_null = models.CreateBundleRequest(bundle_type="account_only", country=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"CreateBundleRequest\.country: expected a string, got NoneType"):
        coerce_body((models.CreateBundleRequest,), no_null)
    extra = models.CreateBundleRequest(bundle_type="account_only")
    extra["video_quantity"] = 3
    with pytest.raises(ValueError, match="unknown key 'video_quantity'"):
        coerce_body((models.CreateBundleRequest,), extra)


def test_enum_fields_of_request_models_take_plain_strings() -> None:
    sent = coerce_body((models.CreateBundleRequest,), models.CreateBundleRequest(bundle_type="account_only"))
    assert sent == {"bundle_type": "account_only"} and type(sent["bundle_type"]) is str
    member = models.CreateBundleRequest(bundle_type=models.BundleType.VIDEOS_ONLY, account_id="acc")
    assert coerce_body((models.CreateBundleRequest,), member) == {"bundle_type": "videos_only", "account_id": "acc"}
    with pytest.raises(ValueError, match="got 'acount_only'"):
        coerce_body((models.CreateBundleRequest,), models.CreateBundleRequest(bundle_type="acount_only"))  # type: ignore[arg-type]


def test_a_union_body_takes_either_shape_and_names_both_when_neither_fits() -> None:
    one = {"saved_account_id": "s", "target_video_url": "https://x", "comment_text": "hi"}
    both = (models.CommentTaskInput, models.CommentTaskBatch)
    assert coerce_body(both, one) == one
    assert coerce_body(both, {"tasks": [one]}) == {"tasks": [one]}
    with pytest.raises(ValueError, match=r"does not match CommentTaskInput or CommentTaskBatch"):
        coerce_body(both, {"task": [one]})


def test_a_body_that_is_no_mapping_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"body: expected CreateBundleRequest or a dict, got list"):
        coerce_body((models.CreateBundleRequest,), [("bundle_type", "account_only")])


def test_body_validation_is_strict_even_inside_a_lenient_parse() -> None:
    with pytest.raises(ValueError, match="videos_quantity"):
        validate_body(models.CreateBundleRequest, {"bundle_type": "account_only", "videos_quantity": "3"})


def test_extra_body_is_merged_over_the_validated_body_without_changing_either() -> None:
    body = {"bundle_type": "account_only"}
    extra = {"new_field": 1, "bundle_type": "account_plus"}
    assert merge_extra_body(body, extra) == {"bundle_type": "account_plus", "new_field": 1}
    assert body == {"bundle_type": "account_only"} and extra == {"new_field": 1, "bundle_type": "account_plus"}
    assert merge_extra_body(None, {"a": 1}) == {"a": 1}
    assert merge_extra_body(body, None) is body
    with pytest.raises(TypeError, match="extra_body: expected a mapping, got list"):
        merge_extra_body(body, [("a", 1)])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="extra_body: keys must be strings"):
        merge_extra_body(body, {1: "a"})  # type: ignore[dict-item]


# -- values that behave ---------------------------------------------------------------------------------------------


def _round_trips(value: object) -> list[object]:
    return [pickle.loads(pickle.dumps(value)), copy.deepcopy(value), copy.copy(value)]


def test_models_survive_pickle_and_copies_and_compare_equal() -> None:
    response = models.BundleResponse.from_dict({"data": bundle(3, status="frozen", extra={"k": [1]})})
    request = models.CreateBundleRequest(bundle_type="account_only", videos_quantity=2)
    for value in (response, request):
        for copied in _round_trips(value):
            assert copied == value and copied is not value
    copied_request = copy.deepcopy(request)
    assert copied_request.platform is UNSET and pickle.loads(pickle.dumps(request)).platform is UNSET


def test_unset_stays_a_singleton() -> None:
    assert Unset() is UNSET
    assert all(copied is UNSET for copied in _round_trips(UNSET))
    assert not UNSET and repr(UNSET) == "UNSET"


def test_model_validation_errors_pickle() -> None:
    error = ModelValidationError("Bundle", "id", "required field is missing")
    copied = pickle.loads(pickle.dumps(error))
    assert (copied.model, copied.field, copied.problem, str(copied)) == ("Bundle", "id", error.problem, str(error))


def test_to_dict_and_to_json_give_back_the_data() -> None:
    data = bundle(5, extra_field=[1, 2])
    parsed = models.Bundle.from_dict(data)
    assert models.Bundle.from_dict(parsed.to_dict()) == parsed
    assert json.loads(parsed.to_json()) == parsed.to_dict()
    assert parsed.to_dict()["status"] == "published" and parsed.to_dict()["extra_field"] == [1, 2]
    assert "account_status" not in parsed.to_dict()  # None fields are left out
    assert json.loads(parsed.to_json(indent=2))["created_at"].startswith("2026-05-20T09:14:03.512")


def test_repr_shows_only_the_fields_that_are_set() -> None:
    assert repr(models.Bundle(id="b1", videos_quantity=2)) == "Bundle(id='b1', videos_quantity=2)"
    request = models.CreateBundleRequest(bundle_type="account_only", title=None)  # type: ignore[arg-type]
    assert repr(request) == "CreateBundleRequest(bundle_type='account_only', title=None)"
    assert len(repr(models.Bundle.from_dict({"id": "b1"}))) < 30


SECRET = "whsec_TOPSECRET_0123456789"


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (models.WebhookEndpointCreatedResponse, {"data": {"id": "ep", "signing_secret": SECRET, "url": "https://x"}}),
        (models.PresignedVideoUploadResponse, {"data": {"upload_url": f"https://s/?sig={SECRET}", "public_url": "p"}}),
        (models.PresignedImageUploadResponse, {"data": {"upload_url": SECRET, "upload_token": SECRET}}),
        (models.AnalyticsReportResponse, {"data": {"token": SECRET, "url": "https://r"}}),
        (models.SecretDataResponse, {"data": {"password": SECRET, "verification_code": SECRET, "email": SECRET}}),
    ],
)
def test_secrets_never_show_in_repr_or_str(model: Any, data: dict[str, Any]) -> None:
    parsed = model.from_dict(data)
    assert SECRET not in repr(parsed) and SECRET not in str(parsed)
    assert "[redacted]" in repr(parsed) or "redacted>" in repr(parsed)
    assert SECRET in parsed.to_json()  # the value itself is there for the caller


def test_non_secret_fields_of_a_secret_bearing_response_still_show() -> None:
    parsed = models.WebhookEndpointWithSecret.from_dict({"id": "ep_1", "signing_secret": SECRET})
    assert repr(parsed) == "WebhookEndpointWithSecret(id='ep_1', signing_secret=[redacted])"


def test_secret_fields_the_contract_does_not_declare_are_hidden_too() -> None:
    data = {"id": "acc_1", "username": "u", "password": SECRET, "login": {"email": "e", "tokmail_password": SECRET}}
    parsed = models.SavedAccount.from_dict(data)
    assert SECRET not in repr(parsed) and "username='u'" in repr(parsed)
    assert "'email': 'e'" in repr(parsed)  # only the secret values are hidden, at any depth
    assert parsed["password"] == SECRET

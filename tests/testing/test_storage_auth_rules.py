"""The mock as a stand-in: its own storage for presigned uploads, TokPortal's 401s, and the reference data and
order rules as documented."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tokportal_client import AuthenticationError, BadRequestError, TokPortal
from tokportal_client.testing import MOCK_API_KEY, MockServer
from tokportal_client.uploads import UploadError

MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 300
KEY = "sk_" + "ab" * 32


@pytest.fixture
def client(tokportal_mock: MockServer) -> TokPortal:
    return tokportal_mock.client(max_retries=0)


@pytest.fixture
def http(tokportal_mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=tokportal_mock.base_url, trust_env=False, timeout=10) as raw:
        yield raw


def new_bundle(client: TokPortal) -> str:
    return str(client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"}).data.bundle_id)


def grant(client: TokPortal, bundle_id: str) -> str:
    body = {"filename": "teaser.mp4", "content_type": "video/mp4", "bundle_id": bundle_id}
    return str(client.uploads.upload_video(body=body).data.upload_url)


# -- storage ---------------------------------------------------------------------------------------------------------


def test_the_presigned_flow_stores_the_bytes_offline(
    tokportal_mock: MockServer, client: TokPortal, tmp_path: Path
) -> None:
    bundle_id = new_bundle(client)
    path = tmp_path / "teaser.mp4"
    path.write_bytes(MP4)
    uploaded = client.uploads.upload_video_file(path, bundle_id=bundle_id)
    (upload,) = tokportal_mock.uploads
    assert upload.uploaded and upload.size == len(MP4) and upload.sha256 == hashlib.sha256(MP4).hexdigest()
    assert (upload.bundle_id, upload.filename, upload.content_type) == (bundle_id, "teaser.mp4", "video/mp4")
    assert uploaded.public_url == upload.public_url and uploaded.public_url.startswith(tokportal_mock.base_url[:22])
    assert tokportal_mock.stored(uploaded.public_url).content == MP4
    served = httpx.get(uploaded.public_url, trust_env=False)
    assert served.content == MP4 and served.headers["content-type"] == "video/mp4"
    image = client.uploads.upload_image_file(b"\x89PNG\r\n\x1a\n", bundle_id=bundle_id, content_type="image/png")
    assert image.storage_path == f"carousel-images/{bundle_id}/file"
    assert tokportal_mock.stored(image.storage_path).size == 8


async def test_the_async_presigned_flow(tokportal_mock: MockServer) -> None:
    async with tokportal_mock.async_client(max_retries=0) as aclient:
        created = await aclient.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"})
        await aclient.uploads.upload_video_file(MP4, bundle_id=str(created.data.bundle_id), content_type="video/mp4")
    assert tokportal_mock.uploads[0].sha256 == hashlib.sha256(MP4).hexdigest()


def test_the_storage_refuses_what_a_bucket_refuses(tokportal_mock: MockServer, client: TokPortal) -> None:
    url = grant(client, new_bundle(client))
    mp4 = {"Content-Type": "video/mp4"}

    def put(target: str, headers: dict[str, str]) -> httpx.Response:
        return httpx.put(target, content=b"bytes", headers=headers, trust_env=False)

    leaked = put(url, {**mp4, "X-API-Key": MOCK_API_KEY})
    assert leaked.status_code == 400 and "<Code>InvalidRequest</Code>" in leaked.text
    assert put(url.replace("signature=", "signature=0"), mp4).status_code == 403
    assert put(url.split("?")[0], mp4).status_code == 403
    other_type = put(url, {"Content-Type": "video/webm"})
    assert other_type.status_code == 403 and "SignatureDoesNotMatch" in other_type.text
    assert not tokportal_mock.uploads[0].uploaded
    assert put(url, mp4).status_code == 200 and tokportal_mock.uploads[0].size == 5


def test_an_expired_upload_url_is_refused(tokportal_mock: MockServer, client: TokPortal) -> None:
    bundle_id = new_bundle(client)
    tokportal_mock.upload_url_ttl = 0
    with pytest.raises(UploadError) as raised:
        client.uploads.upload_video_file(MP4, bundle_id=bundle_id, content_type="video/mp4")
    assert raised.value.status_code == 403 and raised.value.storage_code == "AccessDenied"
    assert not tokportal_mock.uploads[0].uploaded
    with pytest.raises(ValueError, match=r"^upload_url_ttl:"):
        tokportal_mock.upload_url_ttl = float("nan")


def test_direct_uploads_are_stored_too(tokportal_mock: MockServer, client: TokPortal) -> None:
    bundle_id = new_bundle(client)
    video = client.uploads.upload_video_direct(file=("launch.mp4", MP4, "video/mp4"), bundle_id=bundle_id).data
    assert video.size_bytes == len(MP4)
    assert tokportal_mock.stored(str(video.public_url)).sha256 == hashlib.sha256(MP4).hexdigest()
    with pytest.raises(KeyError, match="holds nothing"):
        tokportal_mock.stored("videos/nope.mp4")


# -- auth ------------------------------------------------------------------------------------------------------------


def test_a_missing_key_is_tokportals_401(tokportal_mock: MockServer, http: httpx.Client) -> None:
    missing = http.get("/me")
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "AUTH_MISSING_KEY"
    assert missing.headers["x-tokportal-request-id"]
    assert http.get("/countries").status_code == 200  # security: [] needs no key
    assert http.get("/me", headers={"X-API-Key": "sk_anything"}).status_code == 200  # any key by default
    assert [v.operation_id for v in tokportal_mock.violations] == ["getCurrentUser"]


def test_a_mock_with_its_own_key_refuses_another() -> None:
    with MockServer(api_key=KEY) as mock:
        assert mock.client().profile.get_current_user().data.email  # its clients carry its key
        assert mock.requests[-1].headers["x-api-key"] == KEY
        with TokPortal(api_key="sk_" + "cd" * 32, base_url=mock.base_url, max_retries=0) as stranger:
            with pytest.raises(AuthenticationError) as raised:
                stranger.profile.get_current_user()
            assert raised.value.code == "AUTH_INVALID_KEY" and KEY not in str(raised.value)
            assert stranger.reference.list_platforms().data
    with pytest.raises(ValueError, match=r"^api_key:"):
        MockServer(api_key=" ")


# -- reference data and rules ----------------------------------------------------------------------------------------


def test_countries_and_platforms_are_real_values(client: TokPortal) -> None:
    countries = {country.code: country.name for country in client.reference.list_countries().data}
    assert countries["USA"] == "United States" and all(code.isupper() for code in countries)
    assert client.reference.list_platforms().data == ["tiktok", "instagram", "youtube"]


def test_an_unknown_country_is_refused_an_alias_is_taken(client: TokPortal, tokportal_mock: MockServer) -> None:
    with pytest.raises(BadRequestError) as raised:
        client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "Atlantis"})
    assert raised.value.code == "COUNTRY_NOT_ENABLED" and "country" in raised.value.message
    with pytest.raises(BadRequestError):
        client.bundles.create_bundles_bulk(body={"platforms": ["tiktok"], "country": "ATL", "accounts_count": 1})
    created = client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "US"})
    assert created.data.country == "USA"
    assert not tokportal_mock.state.transactions[1:]  # the refused orders charged nothing


def test_a_mock_with_its_own_countries() -> None:
    with MockServer(countries={"FRA": "France"}) as mock:
        client = mock.client(max_retries=0)
        assert [c.code for c in client.reference.list_countries().data] == ["FRA"]
        client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "FRA"})
        with pytest.raises(BadRequestError):
            client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA"})
    with pytest.raises(ValueError, match=r"^countries:"):
        MockServer(countries={})


ORDER = {"bundle_type": "account_only", "country": "USA"}
TERMS = ["running shoes", "marathon training", "trail running"]


@pytest.mark.parametrize(
    ("order", "code"),
    [
        ({"platform": "tiktok", "wants_deep_warming": True}, "VALIDATION_ERROR"),
        ({"platform": "instagram", "wants_deep_warming": True, "wants_niche_warming": True}, "WARMING_CONFLICT"),
        (
            {"wants_niche_warming": True, "wants_advanced_warming": True, "advanced_warming_terms_count": 3},
            "WARMING_CONFLICT",
        ),
        ({"advanced_warming_terms": TERMS}, "ADVANCED_WARMING_FLAG_REQUIRED"),
        ({"wants_advanced_warming": True}, "ADVANCED_WARMING_TERMS"),
        ({"wants_advanced_warming": True, "advanced_warming_terms": [*TERMS, "swim"]}, "ADVANCED_WARMING_TERMS"),
        ({"wants_advanced_warming": True, "advanced_warming_terms": ["Run", "run", "jog"]}, "ADVANCED_WARMING_TERMS"),
        (
            {"wants_advanced_warming": True, "advanced_warming_terms": TERMS, "advanced_warming_terms_count": 6},
            "ADVANCED_WARMING_COUNT_MISMATCH",
        ),
        ({"account_id": "0b0f6f52-0000-4000-8000-000000000000"}, "ACCOUNT_ID_NOT_ALLOWED"),
    ],
)
def test_order_rules(client: TokPortal, order: dict[str, Any], code: str) -> None:
    with pytest.raises(BadRequestError) as raised:
        client.bundles.create_bundle(body={**ORDER, **order})
    assert raised.value.code == code


def test_deep_warming_is_for_instagram(client: TokPortal) -> None:
    created = client.bundles.create_bundle(body={**ORDER, "platform": "instagram", "wants_deep_warming": True})
    assert client.bundles.get_bundle(str(created.data.bundle_id)).data.wants_deep_warming is True
    warmed = client.bundles.create_bundle(
        body={**ORDER, "wants_advanced_warming": True, "advanced_warming_terms": TERMS}
    )
    assert warmed.cost_breakdown is not None and warmed.cost_breakdown.to_dict()["advanced_warming"] == 15

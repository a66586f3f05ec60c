"""What mypy --strict and pyright (basic, the mode of editors) say about planted mistakes and about correct code.

Each planted mistake is one line of :data:`MISTAKES`: both checkers must report an error on it, and each message
must name the wrong key or value, where the checker can. One case is a known limit of mypy, kept visible here:
for an inline dict literal passed where a model is accepted too, mypy reports the call (``No overload variant``,
listing the body's TypedDict) without naming the key or the value; pyright names both, and so does mypy as soon
as the dict is annotated with its TypedDict (the "via a variable" lines). :data:`CORRECT` is README-style code
that must get no error from either.

Why mypy cannot name them (mypy 2.4, ``checkexpr.py``), whatever the signature: it checks a dict literal against
a TypedDict, key by key, only when the literal's expected type is that TypedDict alone (or a union of TypedDicts
only); next to a model class (``Model | ModelDict``, or ``| None``) it drops the TypedDict and reports
``incompatible type "dict[str, object]"``, and pyright then stops naming the key too. With one overload per form,
a call no overload accepts is reported on the overload a plain ``dict`` could match "after erasure", which a
TypedDict never is: hence ``No overload variant``. Only a parameter typed with the TypedDict alone would do, and
it would refuse the model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typecheck import mypy_errors, pyright_errors, show

HEADER = """\
from __future__ import annotations

from tokportal_client import AsyncTokPortal, TokPortal, models

client = TokPortal()
"""


class Mistake:
    """One planted mistake: its line, and what each checker's message must contain (None: only the line)."""

    def __init__(self, code: str, pyright: str | None, mypy: str | None) -> None:
        self.code, self.pyright, self.mypy = code, pyright, mypy


MISTAKES = {
    "misspelled_query_enum": Mistake('client.bundles.list_bundles(status="publishd")', "publishd", "publishd"),
    "misspelled_query_enum_in_a_list": Mistake(
        'client.analytics.export_analytics_videos(platform=["tiktok", "tiktk"])', "tiktk", "tiktk"
    ),
    "misspelled_key_inline": Mistake(
        'client.bundles.create_bundle(body={"bundle_type": "account_only", "country": "USA", "video_quantity": 3})',
        "video_quantity",
        None,  # mypy: "No overload variant ... matches argument type dict[str, object]"
    ),
    "misspelled_key_via_a_variable": Mistake(
        'prepared: models.CreateBundleRequestDict = {"bundle_type": "account_only", "video_quantity": 3}',
        "video_quantity",
        "video_quantity",
    ),
    "misspelled_key_inline_in_the_typeddict_call": Mistake(
        "client.bundles.create_bundle("
        'body=models.CreateBundleRequestDict(bundle_type="account_only", country="USA", video_quantity=3))',
        None,  # pyright: "No overloads for __init__ match" (it names the key of the dict literal form instead)
        "video_quantity",  # what a mypy user writes inline to have the key named
    ),
    "wrong_value_type_inline": Mistake(
        'client.bundles.add_video_slots("b-1", body={"quantity": "3"})',
        "Literal['3']",
        None,  # mypy: as for the misspelled key
    ),
    "wrong_value_type_via_a_variable": Mistake(
        'slots: models.QuantityRequestDict = {"quantity": "3"}', "Literal['3']", "quantity"
    ),
    "wrong_enum_value_in_a_body": Mistake(
        'order: models.CreateBundleRequestDict = {"bundle_type": "acount_only", "country": "USA"}',
        "acount_only",
        "acount_only",
    ),
    "wrong_value_type_in_a_model": Mistake(
        'models.CreateBundleRequest(bundle_type="account_only", videos_quantity="3")',
        "videos_quantity",
        "videos_quantity",
    ),
    "wrong_path_parameter_type": Mistake(
        'client.videos.get_bundle_video("b-1", "1")', "Literal['1']", 'incompatible type "str"; expected "int"'
    ),
    "wrong_query_parameter_type": Mistake('client.bundles.list_bundles(per_page="50")', "Literal['50']", "per_page"),
}

CORRECT = """
def order() -> str | None:
    created = client.bundles.create_bundle(
        body={"bundle_type": "account_and_videos", "platform": "tiktok", "country": "USA", "videos_quantity": 3},
        idempotency_key="campaign-42-us",
    )
    bundle_id = created.data.bundle_id
    if bundle_id is not None:
        client.account_configuration.configure_bundle_account(
            bundle_id, body={"username": "cool.user", "visible_name": "Cool User", "biography": "Just vibes."}
        )
        client.videos.configure_bundle_video(
            bundle_id,
            1,
            body={"video_type": "video", "target_publish_date": "2026-06-01", "video_url": "https://example.com/v.mp4"},
        )
    return bundle_id


def listing() -> list[str]:
    ids = [bundle.id for bundle in client.bundles.iter_bundles(status="published", platform=models.Platform.TIKTOK)]
    page = client.bundles.list_bundles(status=models.BundleStatus.PUBLISHED, per_page=100)
    return ids + [bundle.id for bundle in page.data]


def bodies() -> None:
    prepared: models.CreateBundleRequestDict = {"bundle_type": "videos_only", "account_id": "acc_1"}
    client.bundles.create_bundle(body=prepared)
    client.bundles.create_bundle(body=models.CreateBundleRequest(bundle_type="account_only", country="USA"))
    url = "https://x.y"
    task: models.CommentTaskInputDict = {"saved_account_id": "a", "target_video_url": url, "comment_text": "c"}
    client.comments.create_comment_tasks(body={"tasks": [task]})
    client.comments.create_comment_tasks(body=task)
    client.bundles.add_video_slots("b-1", body=models.QuantityRequest(quantity=2))
    print(client.profile.get_current_user().data.credits)


async def balance(aclient: AsyncTokPortal) -> float | None:
    async with aclient:
        async for bundle in aclient.bundles.iter_bundles(status="published"):
            print(bundle.id)
        return (await aclient.credits.get_credit_balance()).data.credits
"""


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, list[tuple[int, str]]]]:
    files = {f"mistake_{name}.py": HEADER + mistake.code + "\n" for name, mistake in MISTAKES.items()}
    files["correct.py"] = HEADER + CORRECT
    return {"mypy": mypy_errors(files), "pyright": pyright_errors(files)}


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
@pytest.mark.parametrize("name", sorted(MISTAKES))
def test_each_planted_mistake_is_reported_naming_the_key_or_value(
    name: str, checker: str, reports: dict[str, dict[str, list[tuple[int, str]]]]
) -> None:
    mistake = MISTAKES[name]
    found = reports[checker][f"mistake_{name}.py"]
    line = HEADER.count("\n") + 1
    assert found, f"{checker} reported nothing for {mistake.code}"
    assert {number for number, _ in found} == {line}, show(found, HEADER + mistake.code)
    needle = mistake.pyright if checker == "pyright" else mistake.mypy
    if needle is not None:
        assert any(needle in message for _, message in found), f"{needle!r} not named:\n{show(found, mistake.code)}"


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_correct_readme_style_code_has_no_error(
    checker: str, reports: dict[str, dict[str, list[tuple[int, str]]]]
) -> None:
    found = reports[checker]["correct.py"]
    assert not found, show(found, HEADER + CORRECT)


@pytest.mark.slow  # 10 s of CPU: pyright walks the whole public surface; `make ci` runs it
def test_pyright_verifytypes_finds_the_public_surface_typed() -> None:
    """``pyright --verifytypes tokportal_client``: every public symbol has a known type (the bar is 98%).

    Run on the source tree (first on the path), so an installed copy of the package cannot answer instead.
    """
    root = Path(__file__).resolve().parent.parent
    pyright = Path(sys.executable).with_name("pyright")
    command = [str(pyright), "--pythonpath", sys.executable, "--verifytypes", "tokportal_client"]
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [*command, "--ignoreexternal", "--outputjson"],
            cwd=tmp,
            env={**os.environ, "PYTHONPATH": str(root)},
            capture_output=True,
            text=True,
        )
    report = json.loads(done.stdout)["typeCompleteness"]
    assert Path(report["packageRootDirectory"]) == root / "tokportal_client"
    ambiguous = [s["name"] for s in report["symbols"] if s["isExported"] and not s["isTypeKnown"]]
    assert report["completenessScore"] >= 0.98, f"symbols without a known type: {ambiguous}"

"""Uploads, into the mock's own storage (``_storage``) on its loopback server.

The presigned ones (``uploadVideo``, ``uploadImage``) grant a signed, expiring ``upload_url`` there; the direct
(multipart) ones store your file's bytes at once. Either way the file is served back at its ``public_url``.
Storage paths follow TokPortal's: ``videos/<bundle id>/<file>``, ``carousel-images/<bundle id>/<file>``,
``profile-pictures/<bundle id>/<file>``. An image "from a URL" is not fetched (tests stay offline): its path is
reserved, nothing is stored there.
"""

from __future__ import annotations

import mimetypes
from typing import Any

from ._call import Call, Upload
from ._registry import handles
from ._storage import safe_name

__all__: list[str] = []


def _storage_path(call: Call, folder: str, bundle_id: str, filename: str) -> str:
    """A fresh path: the same file name uploaded twice gets two objects."""
    taken = call.storage.objects.keys() | call.storage.grants.keys()
    name = safe_name(filename)
    path, copy = f"{folder}/{bundle_id}/{name}", 1
    while path in taken:
        copy += 1
        path = f"{folder}/{bundle_id}/{copy}-{name}"
    return path


def _image_folder(purpose: object) -> str:
    return "profile-pictures" if purpose == "profile_picture" else "carousel-images"


@handles("uploadVideo", "uploadImage")
def _presigned(call: Call) -> Any:
    body = call.body
    bundle = call.state.bundle(str(body["bundle_id"]))
    video = call.operation_id == "uploadVideo"
    filename = str(body["filename"])
    content_type = body.get("content_type") or mimetypes.guess_type(filename)[0]
    folder = "videos" if video else _image_folder(body.get("purpose"))
    path = _storage_path(call, folder, bundle["id"], filename)
    if call.dry_run:  # nothing is granted: the URL of a dry run is refused by the storage
        upload_url = call.storage.public_url(path).replace("/object/public/", "/upload/")
        public_url = call.storage.public_url(path)
    else:
        grant, upload_url = call.storage.grant(
            call.operation_id,
            path,
            bundle_id=bundle["id"],
            filename=filename,
            content_type=str(content_type) if content_type else None,
        )
        public_url = grant.public_url
    if video:
        return {"data": {"upload_url": upload_url, "public_url": public_url}}
    return {"data": {"upload_url": upload_url, "storage_path": path}}


@handles("uploadVideoDirect", "uploadImageDirect")
def _upload_direct(call: Call) -> Any:
    upload = call.files.get("file") or Upload(b"", None, None)
    bundle = call.state.bundle(call.form.get("bundle_id", ""))
    filename = upload.filename or "upload"
    video = call.operation_id == "uploadVideoDirect"
    content_type = upload.content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    path = _storage_path(call, "videos" if video else _image_folder(call.form.get("purpose")), bundle["id"], filename)
    if not call.dry_run:
        call.storage.store(path, upload.content, content_type)
    data = {
        "public_url": call.storage.public_url(path),
        "filename": filename,
        "size_bytes": len(upload.content),
        "content_type": content_type,
    }
    if not video:
        data["storage_path"] = path
    return {"data": data}


@handles("uploadImageFromUrl")
def _upload_from_url(call: Call) -> Any:
    bundle = call.state.bundle(str(call.body["bundle_id"]))
    name = str(call.body["url"]).split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "image"
    path = _storage_path(call, _image_folder(call.body.get("purpose")), bundle["id"], name)
    return {"data": {"id": call.new_id("image"), "storage_path": path, "public_url": call.storage.public_url(path)}}

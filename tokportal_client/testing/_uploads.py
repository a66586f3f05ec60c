"""Uploads: the direct (multipart) ones answer with your file's name, size and type; images from a URL need a
bundle of yours. Nothing is stored: the URLs point at ``media.example.com``."""

from __future__ import annotations

import mimetypes
from typing import Any

from ._call import Call, Upload
from ._registry import handles

__all__: list[str] = []


@handles("uploadVideoDirect", "uploadImageDirect")
def _upload_direct(call: Call) -> Any:
    upload = call.files.get("file") or Upload(b"", None, None)
    filename = upload.filename or "upload"
    purpose = call.form.get("purpose") or "carousel"
    video = call.operation_id == "uploadVideoDirect"
    folder = "videos" if video else f"{purpose.replace('_', '-')}s"
    storage_path = f"{folder}/{call.form.get('bundle_id', '')}/{filename}"
    data = {
        "public_url": f"https://media.example.com/{storage_path}",
        "filename": filename,
        "size_bytes": len(upload.content),
        "content_type": upload.content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream",
    }
    if not video:
        data["storage_path"] = storage_path
    return {"data": data}


@handles("uploadImageFromUrl")
def _upload_from_url(call: Call) -> Any:
    bundle = call.state.bundle(str(call.body["bundle_id"]))
    purpose = str(call.body.get("purpose") or "carousel")
    name = str(call.body["url"]).rstrip("/").rsplit("/", 1)[-1] or "image"
    storage_path = f"{purpose.replace('_', '-')}s/{bundle['id']}/{name}"
    return {
        "data": {
            "id": call.new_id("image"),
            "storage_path": storage_path,
            "public_url": f"https://media.example.com/{storage_path}",
        }
    }

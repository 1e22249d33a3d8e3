"""The key file: originals ↔ pseudonyms with every place they were replaced, encrypted.

It is written beside, never inside, the project. The payload (JSON) is encrypted with Fernet
(AES-128-CBC with HMAC-SHA256) under a key derived from the researcher's passphrase by Scrypt
with a random salt kept in the file; without the passphrase the file reads as noise. With it,
:func:`reidentify` shows a passage as it was, reading the project and changing nothing.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from caqda.core.documents import document_text, find_document
from caqda.core.privacy.detect import PrivacyError
from caqda.core.privacy.replace import KeyEntry
from caqda.core.project import Project, now

FORMAT = "caqda-pseudonym-key"
MIN_PASSPHRASE = 8
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}


@dataclass(frozen=True)
class Key:
    project: str
    created_at: str
    entries: tuple[KeyEntry, ...]


def check_key_path(path: Path, project_path: Path, *, overwrite: bool = False) -> None:
    """Refuse a key file location that is the project itself or an existing file."""
    path = Path(path)
    if path.resolve() == Path(project_path).resolve():
        raise PrivacyError("The key file must be a separate file, not the project itself.")
    if path.exists() and not overwrite:
        raise PrivacyError(f"'{path}' already exists; choose a new file so an earlier key is not lost.")
    if not path.parent.is_dir():
        raise PrivacyError(f"The folder '{path.parent}' does not exist.")


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise PrivacyError(f"The passphrase needs at least {MIN_PASSPHRASE} characters.")


def write_key(path: Path, entries: list[KeyEntry], passphrase: str, *, project_name: str) -> None:
    check_passphrase(passphrase)
    payload = {
        "project": project_name,
        "created_at": now(),
        "entries": [
            {
                "original": e.original,
                "pseudonym": e.pseudonym,
                "category": e.category,
                "occurrences": e.occurrences,
            }
            for e in entries
        ],
    }
    salt = os.urandom(16)
    token = Fernet(_derive(passphrase, salt, _SCRYPT)).encrypt(
        json.dumps(payload, ensure_ascii=False).encode()
    )
    envelope = {
        "format": FORMAT,
        "version": 1,
        "kdf": "scrypt",
        **_SCRYPT,
        "salt": base64.b64encode(salt).decode(),
        "token": token.decode(),
    }
    temporary = Path(path).with_name(f".{Path(path).name}.writing")
    try:
        temporary.write_text(json.dumps(envelope, indent=1) + "\n", encoding="utf-8")
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise PrivacyError(f"Could not write the key file '{path}': {error.strerror or error}.") from error


def read_key(path: Path, passphrase: str) -> Key:
    try:
        envelope = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise PrivacyError(f"Could not read the key file '{path}': {error.strerror or error}.") from error
    except ValueError as error:
        raise PrivacyError(f"'{path}' is not a caqda key file.") from error
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise PrivacyError(f"'{path}' is not a caqda key file.")
    try:
        salt = base64.b64decode(envelope["salt"])
        parameters = {name: int(envelope[name]) for name in ("n", "r", "p")}
        data = Fernet(_derive(passphrase, salt, parameters)).decrypt(envelope["token"].encode())
    except InvalidToken:
        raise PrivacyError(
            "The passphrase does not open this key file (a wrong passphrase, or the file was changed)."
        ) from None
    except (KeyError, ValueError) as error:
        raise PrivacyError(f"'{path}' is a damaged caqda key file.") from error
    payload: dict[str, Any] = json.loads(data)
    entries = tuple(
        KeyEntry(item["original"], item["pseudonym"], item["category"], item["occurrences"])
        for item in payload["entries"]
    )
    return Key(payload["project"], payload["created_at"], entries)


def reidentify(project: Project, key: Key, document: str, start: int, end: int) -> str:
    """``[start, end)`` of a pseudonymised document with each pseudonym in it (or cut by its
    edges) shown as the original it replaced. Reads only."""
    found = find_document(project, document)
    text = document_text(project, found.id)
    if not 0 <= start < end <= len(text):
        raise PrivacyError(f"'{found.name}' has {len(text):,} characters; {start}–{end} is outside it.")
    places = []
    for entry in key.entries:
        for occurrence in entry.occurrences:
            if occurrence.get("document_uuid") != found.uuid or occurrence.get("field") != "text":
                continue
            a, b = occurrence["start"], occurrence["end"]
            if a < end and b > start and text[a:b] == entry.pseudonym:
                places.append((a, b, entry.original))
    places.sort()
    out, cursor = [], start
    for a, b, original in places:
        out.append(text[cursor:a] if a > cursor else "")
        out.append(original)
        cursor = max(cursor, b)
    out.append(text[cursor:end] if end > cursor else "")
    return "".join(out)


def _derive(passphrase: str, salt: bytes, parameters: dict[str, int]) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=parameters["n"], r=parameters["r"], p=parameters["p"])
    return base64.urlsafe_b64encode(kdf.derive(passphrase.encode("utf-8")))

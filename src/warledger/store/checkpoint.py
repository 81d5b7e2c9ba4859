"""Signed checkpoints of the ledger, kept outside the store (after Certificate Transparency).

A ledger that someone with database access cut short, or edited and re-hashed from the
edit on, is consistent in itself: ``verify`` alone cannot see it. A checkpoint is the
ledger's head (seq and hash) at some moment, signed with an Ed25519 key that lives
outside the database, written to a file the operator keeps elsewhere (another machine,
a ticket, a mail). ``verify --checkpoint FILE`` checks the signature and that today's
ledger still holds that entry with that hash, i.e. that it extends the checkpointed one.

The key is created on first use (``load_or_create_key``), readable by its owner only;
its public half is in every checkpoint and can be exported, so a reader can insist on
the key they trust (``trusted_key``) rather than the one a file carries.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from warledger.errors import StoreError
from warledger.store.ledger import canonical_json
from warledger.store.verify import Head

FORMAT = "warledger-checkpoint/1"


@dataclass(frozen=True)
class Checkpoint:
    """What a checkpoint file holds; ``signature`` signs all the other fields."""

    format: str
    store: str
    seq: int
    hash: str
    created_at: str
    public_key: str
    signature: str = ""

    def signed_body(self) -> bytes:
        body = {k: v for k, v in asdict(self).items() if k != "signature"}
        return canonical_json(body).encode("utf-8")

    @property
    def head(self) -> Head:
        return Head(self.seq, self.hash)


def load_or_create_key(path: Path) -> Ed25519PrivateKey:
    """The signing key at ``path`` (PEM, PKCS#8); created there, mode 0600, if missing."""
    if path.exists():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (OSError, ValueError) as exc:
            raise StoreError(f"checkpoint key {path} cannot be read: {exc}") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise StoreError(f"checkpoint key {path} is not an Ed25519 key")
        return key
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(pem)
    except OSError as exc:
        raise StoreError(f"cannot create the checkpoint key {path}: {exc}") from exc
    return key


def public_key_text(key: Ed25519PrivateKey) -> str:
    """The public key, raw 32 bytes in base64: what a reader keeps to check checkpoints."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def make_checkpoint(head: Head, store: str, key: Ed25519PrivateKey) -> Checkpoint:
    """A signed checkpoint of ``head``; ``store`` names the store (password masked)."""
    unsigned = Checkpoint(
        format=FORMAT,
        store=store,
        seq=head.seq,
        hash=head.hash,
        created_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        public_key=public_key_text(key),
    )
    signature = base64.b64encode(key.sign(unsigned.signed_body())).decode("ascii")
    return Checkpoint(**{**asdict(unsigned), "signature": signature})


def write_checkpoint(checkpoint: Checkpoint, path: Path) -> None:
    path.write_text(json.dumps(asdict(checkpoint), indent=2) + "\n", encoding="utf-8")


def read_checkpoint(path: Path, trusted_key: str | None = None) -> Checkpoint:
    """The checkpoint in ``path`` once its signature holds (by ``trusted_key`` when given,
    else by the key it carries); ``StoreError`` saying what is wrong otherwise."""
    try:
        fields = json.loads(path.read_text(encoding="utf-8"))
        checkpoint = Checkpoint(**fields)
        if checkpoint.format != FORMAT:
            raise ValueError(f"format {checkpoint.format!r} is not {FORMAT!r}")
        Head.parse(f"{checkpoint.seq}:{checkpoint.hash}")
        key_text = trusted_key or checkpoint.public_key
        if trusted_key is not None and trusted_key != checkpoint.public_key:
            raise ValueError("it was signed by another key than the trusted one")
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(key_text, validate=True))
        public.verify(
            base64.b64decode(checkpoint.signature, validate=True), checkpoint.signed_body()
        )
    except InvalidSignature as exc:
        raise StoreError(f"checkpoint {path}: the signature does not match (file edited)") from exc
    except (OSError, ValueError, TypeError) as exc:
        raise StoreError(f"checkpoint {path} cannot be used: {exc}") from exc
    return checkpoint

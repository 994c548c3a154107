"""A manifest of the dossier and a trusted timestamp (RFC 3161) over it, all offline.

    manifest = manifest_bytes(case_uid, fingerprint, exhibits)   # embedded in the PDF
    tsq = request(manifest)            # `bundle` writes it; the user sends it to any authority
    stamp = verify(tsr, manifest)      # the authority's reply: imprint, nonce, signature, chain

The request is deterministic (its nonce comes from the manifest), so the same record gives the
same bundle. `bundle` also keeps the manifest and request in the store (timestamps/<case>/),
`ecomplaint timestamp CASE --reply FILE.tsr` finds the request the reply answers, verifies it
and keeps the reply beside it, and the next export prints "timestamped by … at …".

The program never contacts the authority: sending the request is the user's step (see HOW_TO).
asn1crypto reads and writes the DER structures; cryptography checks the signatures.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ecomplaint.domain.records import EvidenceRecord

MANIFEST_FORMAT = "ecomplaint.manifest/1"
HOW_TO = (
    "curl -H 'Content-Type: application/timestamp-query' --data-binary @dossier-manifest.tsq "
    "TSA_URL -o dossier-manifest.tsr   (TSA_URL: any RFC 3161 timestamp authority), then: "
    "ecomplaint timestamp CASE --reply dossier-manifest.tsr"
)


class TimestampError(Exception):
    """The reply does not prove what it should; `key` names the reason (i18n message key)."""

    def __init__(self, key: str, detail: str = "") -> None:
        self.key = key
        self.detail = detail
        super().__init__(f"{key}: {detail}" if detail else key)


@dataclass(frozen=True)
class Stamp:
    authority: str  # the signer's subject, as the certificate says
    at: datetime  # genTime, the authority's clock
    root: str  # the chain's root subject (carried in the reply: trusting it is the reader's call)
    serial: int


def manifest_bytes(
    case_uid: str,
    fingerprint: str,
    exhibits: list[EvidenceRecord],
    copies: dict[int, EvidenceRecord] | None = None,
) -> bytes:
    """Canonical JSON: same record and options, same bytes. An exhibit with a redacted copy
    (`copies`, by the original's id) also names the copy's fingerprint and size."""

    def item(n: int, x: EvidenceRecord) -> dict[str, object]:
        out: dict[str, object] = {"no": f"E{n}", "sha256": x.sha256.lower(), "size": x.size}
        copy = (copies or {}).get(x.id)
        if copy is not None:
            out["redacted_sha256"] = copy.sha256.lower()
            out["redacted_size"] = copy.size
        return out

    doc = {
        "format": MANIFEST_FORMAT,
        "case": case_uid,
        "content_fingerprint": fingerprint,
        "exhibits": [item(n, x) for n, x in enumerate(exhibits, start=1)],
    }
    return (json.dumps(doc, sort_keys=True, separators=(",", ":")) + "\n").encode("ascii")


def _nonce(manifest: bytes) -> int:
    return int.from_bytes(hashlib.sha256(b"ecomplaint-tsq-nonce\0" + manifest).digest()[:8], "big")


def request(manifest: bytes) -> bytes:
    """The DER TimeStampReq over SHA-256(manifest), asking for the certificates."""
    from asn1crypto import algos, tsp

    req = tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {
                "hash_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "hashed_message": hashlib.sha256(manifest).digest(),
            },
            "nonce": _nonce(manifest),
            "cert_req": True,
        }
    )
    return bytes(req.dump())


def _name(cert: object) -> str:
    """The common name (and organisation) as a reader knows the authority; else the whole DN."""
    subject = cert.subject  # type: ignore[attr-defined]
    parts = subject.native
    cn, org = parts.get("common_name"), parts.get("organization_name")
    if cn:
        return f"{cn} ({org})" if org and org not in cn else str(cn)
    return str(subject.human_friendly)


def verify(reply: bytes, manifest: bytes) -> Stamp:
    """Check that `reply` is a granted timestamp over this manifest, for this request, signed
    by a timestamping certificate whose chain (as carried in the reply) verifies."""
    from asn1crypto import tsp

    try:
        resp = tsp.TimeStampResp.load(reply)
        status = resp["status"]["status"].native
        token = resp["time_stamp_token"]
        if status not in ("granted", "granted_with_mods") or token.native is None:
            raise TimestampError("timestamp.refused", str(status))
        signed = token["content"]
        tst_info = signed["encap_content_info"]["content"].parsed
        imprint = tst_info["message_imprint"]
        algo = imprint["hash_algorithm"]["algorithm"].native
        hashed = imprint["hashed_message"].native
        nonce = tst_info["nonce"].native
        gen_time = tst_info["gen_time"].native
        serial = tst_info["serial_number"].native
        certs = [c.chosen for c in signed["certificates"] if c.name == "certificate"]
        signer_info = signed["signer_infos"][0]
    except TimestampError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise TimestampError("timestamp.unreadable", str(exc)) from exc
    if algo != "sha256" or hashed != hashlib.sha256(manifest).digest():
        raise TimestampError("timestamp.other_content")
    if nonce != _nonce(manifest):
        raise TimestampError("timestamp.other_request")
    signer = _signer_cert(certs, signer_info)
    _check_signature(signer_info, signed["encap_content_info"]["content"].contents, signer)
    root = _check_chain(signer, certs)
    return Stamp(authority=_name(signer), at=gen_time, root=_name(root), serial=serial)


def _signer_cert(certs: list, signer_info: object) -> object:  # type: ignore[type-arg]
    sid = signer_info["sid"]  # type: ignore[index]
    for c in certs:
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if c.issuer == ias["issuer"] and c.serial_number == ias["serial_number"].native:
                return c
        elif c.key_identifier == sid.chosen.native:
            return c
    raise TimestampError("timestamp.no_certificate")


def _check_signature(signer_info, content: bytes, signer) -> None:  # type: ignore[no-untyped-def]
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    digest_name = signer_info["digest_algorithm"]["algorithm"].native
    algorithms: dict[str, hashes.HashAlgorithm] = {
        "sha256": hashes.SHA256(),
        "sha384": hashes.SHA384(),
        "sha512": hashes.SHA512(),
    }
    algorithm = algorithms.get(digest_name)
    if algorithm is None:
        raise TimestampError("timestamp.bad_signature", f"digest {digest_name}")
    attrs = signer_info["signed_attrs"]
    digest = next(
        (a["values"][0].native for a in attrs if a["type"].native == "message_digest"), None
    )
    h = hashes.Hash(algorithm)
    h.update(content)
    if digest != h.finalize():
        raise TimestampError("timestamp.bad_signature", "message digest")
    # The signature covers the signed attributes as a SET OF (tag 0x31), not [0] IMPLICIT.
    signed_der = bytearray(attrs.dump())
    signed_der[0] = 0x31
    key = x509.load_der_x509_certificate(signer.dump()).public_key()
    sig = signer_info["signature"].native
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(sig, bytes(signed_der), padding.PKCS1v15(), algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(sig, bytes(signed_der), ec.ECDSA(algorithm))
        else:
            raise TimestampError("timestamp.bad_signature", "key type")
    except InvalidSignature as exc:
        raise TimestampError("timestamp.bad_signature") from exc


def _check_chain(signer, certs: list):  # type: ignore[no-untyped-def, type-arg]
    """Signer → … → a self-signed root, every link verified; the signer may timestamp."""
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    loaded = [x509.load_der_x509_certificate(c.dump()) for c in certs]
    by_obj = dict(zip([c.dump() for c in certs], loaded, strict=True))
    current = by_obj[signer.dump()]
    try:
        eku = current.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound as exc:
        raise TimestampError("timestamp.not_a_tsa") from exc
    if ExtendedKeyUsageOID.TIME_STAMPING not in eku:
        raise TimestampError("timestamp.not_a_tsa")
    chain_asn1 = {id(v): k for k, v in by_obj.items()}
    for _ in range(len(loaded) + 1):
        if current.issuer == current.subject:
            try:
                current.verify_directly_issued_by(current)
            except Exception as exc:  # noqa: BLE001 - any failure means: not a valid root
                raise TimestampError("timestamp.bad_chain", str(exc)) from exc
            from asn1crypto import x509 as ax

            return ax.Certificate.load(chain_asn1[id(current)])
        issuer = next((c for c in loaded if c.subject == current.issuer and c is not current), None)
        if issuer is None:
            raise TimestampError("timestamp.bad_chain", "issuer not in the reply")
        try:
            current.verify_directly_issued_by(issuer)
        except Exception as exc:  # noqa: BLE001
            raise TimestampError("timestamp.bad_chain", str(exc)) from exc
        current = issuer
    raise TimestampError("timestamp.bad_chain", "loop")


# --- where requests and replies are kept in the store ---------------------------------------


def folder(store_folder: Path, case_uid: str) -> Path:
    return Path(store_folder) / "timestamps" / case_uid


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def keep_request(store_folder: Path, case_uid: str, manifest: bytes) -> bytes:
    """Remember the manifest (and so the request) a bundle carried; returns the request."""
    key = hashlib.sha256(manifest).hexdigest()
    base = folder(store_folder, case_uid) / key
    if not base.with_suffix(".json").is_file():
        _atomic_write(base.with_suffix(".json"), manifest)
    return request(manifest)


def store_reply(store_folder: Path, case_uid: str, reply: bytes) -> Stamp:
    """Verify `reply` against the request it answers (one this case's bundles made) and keep it.
    Nothing is kept when it does not verify."""
    manifests = sorted(folder(store_folder, case_uid).glob("*.json"))
    if not manifests:
        raise TimestampError("timestamp.no_request")
    last: TimestampError | None = None
    for path in manifests:
        manifest = path.read_bytes()
        try:
            stamp = verify(reply, manifest)
        except TimestampError as exc:
            if exc.key != "timestamp.other_content":
                raise
            last = exc
            continue
        _atomic_write(path.with_suffix(".tsr"), reply)
        return stamp
    raise last or TimestampError("timestamp.other_content")


def stamp_for(store_folder: Path | None, case_uid: str, manifest: bytes) -> Stamp | None:
    """The verified timestamp kept for exactly this manifest, if any."""
    if store_folder is None:
        return None
    key = hashlib.sha256(manifest).hexdigest()
    path = folder(store_folder, case_uid) / f"{key}.tsr"
    if not path.is_file():
        return None
    try:
        return verify(path.read_bytes(), manifest)
    except TimestampError:
        return None  # a damaged reply proves nothing: print no claim

"""Manifest and trusted timestamp: `bundle` prepares an RFC 3161 request over the manifest the
dossier embeds; a test authority (self-signed root + TSA certificate, `openssl ts -reply`)
answers; `ecomplaint timestamp` verifies and keeps the reply; the next export says so."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pikepdf
import pytest

from ecomplaint.cli.main import main
from ecomplaint.dossier import timestamp
from ecomplaint.store.engine import Store
from tests.dossier_support import need, run

TV_ORDER = "JD-2026-1102-4417"
TS_CONFIG = """[ tsa ]
default_tsa = tsa1
[ tsa1 ]
serial = {serial}
crypto_device = builtin
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5
digests = sha256
accuracy = secs:1
ordering = no
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


class Tsa:
    """A timestamp authority made for the test with Debian's openssl."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        f = lambda n: str(folder / n)  # noqa: E731
        sh = lambda *a: subprocess.run(a, check=True, capture_output=True)  # noqa: E731
        sh("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f("ca.key"),
           "-out", f("ca.crt"), "-days", "3650", "-subj", "/CN=Test Root CA",
           "-addext", "basicConstraints=critical,CA:TRUE",
           "-addext", "keyUsage=critical,keyCertSign,cRLSign")  # fmt: skip
        sh("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", f("tsa.key"),
           "-out", f("tsa.csr"), "-subj", "/CN=Test TSA/O=Tests")  # fmt: skip
        (folder / "ext.cnf").write_text(
            "extendedKeyUsage=critical,timeStamping\nbasicConstraints=CA:FALSE\n"
            "keyUsage=critical,digitalSignature\n"
        )
        sh("openssl", "x509", "-req", "-in", f("tsa.csr"), "-CA", f("ca.crt"), "-CAkey",
           f("ca.key"), "-CAcreateserial", "-out", f("tsa.crt"), "-days", "3650",
           "-extfile", f("ext.cnf"))  # fmt: skip
        (folder / "serial").write_text("01\n")
        (folder / "ts.cnf").write_text(TS_CONFIG.format(serial=f("serial")))

    def reply(self, tsq: Path, out: Path) -> Path:
        f = lambda n: str(self.folder / n)  # noqa: E731
        run("openssl", "ts", "-reply", "-config", f("ts.cnf"), "-queryfile", str(tsq),
            "-signer", f("tsa.crt"), "-inkey", f("tsa.key"), "-chain", f("ca.crt"),
            "-out", str(out))  # fmt: skip
        return out


@pytest.fixture
def tsa(tmp_path: Path) -> Tsa:
    need("openssl")
    folder = tmp_path / "tsa"
    folder.mkdir()
    return Tsa(folder)


def _cli(folder: str, *args: str) -> int:
    return main(["--data-dir", folder, *args])


def test_round_trip_with_a_test_authority(
    demo_store: Store, tmp_path: Path, tsa: Tsa, capsys: pytest.CaptureFixture[str]
) -> None:
    need("pdftotext")
    folder = str(demo_store.folder)
    demo_store.close()
    bundle = tmp_path / "b.zip"
    assert _cli(folder, "bundle", TV_ORDER, "-o", str(bundle), "--lang", "en") == 0
    with zipfile.ZipFile(bundle) as zf:
        manifest = zf.read("dossier-manifest.json")
        (tmp_path / "m.json").write_bytes(manifest)
        (tmp_path / "q.tsq").write_bytes(zf.read("dossier-manifest.tsq"))
        how = zf.read("TIMESTAMP.txt").decode()
        (tmp_path / "d.pdf").write_bytes(zf.read("dossier.pdf"))
    assert "application/timestamp-query" in how and "ecomplaint timestamp" in how
    # the dossier embeds exactly this manifest, as an associated file
    with pikepdf.open(tmp_path / "d.pdf") as doc:
        spec = doc.attachments["dossier-manifest.json"]
        assert spec.get_file().read_bytes() == manifest
        assert spec.obj.AFRelationship == pikepdf.Name.Data
    tsr = tsa.reply(tmp_path / "q.tsq", tmp_path / "r.tsr")
    # the command the verification page prints works on these files
    run("openssl", "ts", "-verify", "-data", str(tmp_path / "m.json"), "-in", str(tsr),
        "-CAfile", str(tsa.folder / "ca.crt"))  # fmt: skip

    assert _cli(folder, "timestamp", TV_ORDER, "--reply", str(tsr)) == 0
    assert "Test TSA" in capsys.readouterr().err
    out = tmp_path / "after.pdf"
    assert _cli(folder, "export", TV_ORDER, "-o", str(out), "--lang", "en") == 0
    pages = run("pdftotext", "-enc", "UTF-8", str(out), "-").split("\f")
    assert "Timestamped by" in pages[0] and "Test TSA" in pages[0]  # the cover
    verification = next(p for p in pages if "How to verify this dossier" in p and "sha256sum" in p)
    assert "Timestamped by" in verification and "certutil -hashfile" in verification
    assert "shasum -a 256" in verification and "openssl ts -verify" in verification
    # other content (another language, another fingerprint): the stamp is not claimed for it
    assert _cli(folder, "export", TV_ORDER, "-o", str(out), "--lang", "zh") == 0
    assert "时间戳。" not in run("pdftotext", "-enc", "UTF-8", str(out), "-").split("\f")[0]


def test_forged_or_foreign_replies_are_refused_and_nothing_kept(
    demo_store: Store, tmp_path: Path, tsa: Tsa, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(demo_store.folder)
    demo_store.close()
    assert _cli(folder, "bundle", TV_ORDER, "-o", str(tmp_path / "b.zip")) == 0
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        manifest = zf.read("dossier-manifest.json")
        (tmp_path / "q.tsq").write_bytes(zf.read("dossier-manifest.tsq"))
    good = tsa.reply(tmp_path / "q.tsq", tmp_path / "r.tsr").read_bytes()
    # a reply over something else
    other = tmp_path / "o.tsq"
    other.write_bytes(timestamp.request(b"something else"))
    tsa.reply(other, tmp_path / "o.tsr")
    # the same reply with one byte of the signature changed
    forged = bytearray(good)
    forged[-10] ^= 0xFF
    (tmp_path / "f.tsr").write_bytes(bytes(forged))
    (tmp_path / "junk.tsr").write_bytes(b"<html>not a reply</html>")
    for name, words in (
        ("o.tsr", "other content"),
        ("f.tsr", "signature does not verify"),
        ("junk.tsr", "not a timestamp authority's reply"),
    ):
        assert _cli(folder, "timestamp", TV_ORDER, "--reply", str(tmp_path / name)) != 0
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err
    kept = list((Path(folder) / "timestamps").rglob("*.tsr"))
    assert kept == []
    with pytest.raises(timestamp.TimestampError):
        timestamp.verify(bytes(forged), manifest)
    stamp = timestamp.verify(good, manifest)
    assert (stamp.authority, stamp.root) == ("Test TSA (Tests)", "Test Root CA")

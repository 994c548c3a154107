"""Real-format source files written by the tests: SMS Backup & Restore XML, e-mail, chats."""

from __future__ import annotations

import base64
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from xml.sax.saxutils import quoteattr

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
HEADER = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
    "<!--File Created By SMS Backup & Restore v10.20.002 on 20/11/2026 14:02:11-->\n"
    '<?xml-stylesheet type="text/xsl" href="{xsl}"?>\n'
)


def ms(at: datetime) -> str:
    return str(int(at.timestamp() * 1000))


def call(number: str, at: datetime, type_: int, duration: int = 0, name: str = "") -> str:
    return (
        f'  <call number={quoteattr(number)} duration="{duration}" date="{ms(at)}" '
        f'type="{type_}" presentation="1" subscription_id="1" post_dial_digits="" '
        f'subscription_component_name="null" readable_date="x" '
        f"contact_name={quoteattr(name or '(Unknown)')} />\n"
    )


def calls_xml(path: Path, calls: list[str]) -> Path:
    body = HEADER.format(xsl="calls.xsl") + f'<calls count="{len(calls)}" backup_set="x">\n'
    path.write_text(body + "".join(calls) + "</calls>\n", encoding="utf-8")
    return path


def sms(address: str, at: datetime, body: str, type_: int = 1, name: str = "") -> str:
    return (
        f'  <sms protocol="0" address={quoteattr(address)} date="{ms(at)}" '
        f'type="{type_}" subject="null" body={quoteattr(body)} toa="null" '
        f'sc_toa="null" service_center="null" read="1" status="-1" locked="0" '
        f'date_sent="0" sub_id="1" readable_date="x" '
        f"contact_name={quoteattr(name or '(Unknown)')} />\n"
    )


def mms(address: str, at: datetime, text: str, image: bytes = PNG, name: str = "") -> str:
    data = base64.b64encode(image).decode()
    return (
        f'  <mms date="{ms(at)}" ct_t="application/vnd.wap.multipart.related" msg_box="1" '
        f'address={quoteattr(address)} sub="null" contact_name={quoteattr(name or "(Unknown)")}'
        ' m_type="132" read="1">\n    <parts>\n'
        '      <part seq="-1" ct="application/smil" name="null" chset="null" '
        'text="&lt;smil/&gt;" />\n'
        f'      <part seq="0" ct="image/png" name="wreath.png" chset="null" cl="wreath.png" '
        f'text="null" data="{data}" />\n'
        f'      <part seq="0" ct="text/plain" name="null" chset="106" text={quoteattr(text)} />\n'
        "    </parts>\n    <addrs>\n"
        f'      <addr address={quoteattr(address)} type="137" charset="106" />\n'
        '      <addr address="13812345678" type="151" charset="106" />\n'
        "    </addrs>\n  </mms>\n"
    )


def sms_xml(path: Path, items: list[str]) -> Path:
    body = HEADER.format(xsl="sms.xsl") + f'<smses count="{len(items)}" backup_set="x">\n'
    path.write_text(body + "".join(items) + "</smses>\n", encoding="utf-8")
    return path


def email(
    sender: str,
    to: str,
    subject: str,
    at: str,
    body: str,
    attachment: tuple[str, bytes] | None = None,
    message_id: str = "<m1@shop.example>",
) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = at
    m["Message-ID"] = message_id
    m.set_content(body)
    if attachment is not None:
        m.add_attachment(
            attachment[1], maintype="application", subtype="pdf", filename=attachment[0]
        )
    return bytes(m)


def mbox(path: Path, messages: list[bytes]) -> Path:
    with open(path, "wb") as f:
        for raw in messages:
            f.write(b"From MAILER-DAEMON Thu Nov  5 10:00:00 2026\n")
            f.write(raw.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From "))
            f.write(b"\n")
    return path

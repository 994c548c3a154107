"""Packaging metadata: desktop entry, AppStream, icons, one version, the About box's licences."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

import ecomplaint
from ecomplaint import resources_path
from ecomplaint.resources_path import resource_path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.ecomplaint.eComplaint"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def load_smoke_test() -> ModuleType:
    spec = importlib.util.spec_from_file_location("smoke_test", PACKAGING / "smoke_test.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the validators ----------------------------------------------------------------------------


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate not installed (Debian package desktop-file-utils)",
)
def test_desktop_file_passes_desktop_file_validate() -> None:
    proc = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == "", proc.stdout  # it prints hints and warnings, too


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli not installed (Debian package appstream)",
)
def test_metainfo_passes_appstreamcli_validate() -> None:
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # Warnings fail validation only with --strict; we want none either way.
    assert not re.search(r"^[EW]: ", proc.stdout, flags=re.MULTILINE), proc.stdout


# --- one application, one name, one version ----------------------------------------------------


def test_metainfo_and_desktop_entry_describe_the_same_application() -> None:
    root = ET.parse(METAINFO).getroot()
    entry = desktop_entry()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == pyproject()["license"]
    assert entry["Icon"] == APP_ID
    assert root.findtext("provides/binary") == entry["Exec"].split()[0] == "ecomplaint"
    assert "ecomplaint" in pyproject()["scripts"]


def test_metainfo_describes_the_app_in_english_and_chinese() -> None:
    description = ET.parse(METAINFO).getroot().find("description")
    assert description is not None
    english = [p for p in description.iter("p") if p.get(XML_LANG) is None]
    chinese = [p for p in description.iter("p") if p.get(XML_LANG) == "zh-CN"]
    assert english and chinese
    assert len(english) == len(chinese)
    assert all(re.search(r"[\u4e00-\u9fff]", p.text or "") for p in chinese)


def test_metainfo_screenshots_are_committed_pictures_of_the_stated_size() -> None:
    shots = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert len(shots) >= 2
    for image in shots:
        local = PACKAGING / "screenshots" / Path(image.text or "").name
        assert local.is_file(), f"{image.text} has no committed copy at {local}"
        with Image.open(local) as picture:
            assert picture.size == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_the_latest_release_in_metainfo_is_the_package_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases[0].get("version") == pyproject()["version"]
    # The installed metadata the program reads is the same version (reinstall if this fails).
    assert ecomplaint.__version__ == pyproject()["version"]


def test_cli_prints_the_package_version() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ecomplaint", "--version"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert proc.stdout.strip() == f"eComplaint {pyproject()['version']}"


# --- icons -------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_png_exists_in_each_size(size: int) -> None:
    path = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    with Image.open(path) as icon:
        assert icon.size == (size, size)
        assert icon.mode == "RGBA"
        # Transparent corners (rounded square), opaque middle.
        assert icon.getpixel((0, 0))[3] == 0
        assert icon.getpixel((size // 2, size // 2))[3] == 255


def test_scalable_icon_and_window_icon_are_the_same_drawing() -> None:
    master = (PACKAGING / "icons" / f"{APP_ID}.svg").read_bytes()
    assert (
        PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    ).read_bytes() == (master)
    assert resource_path("icons", "ecomplaint.svg").read_bytes() == master
    with Image.open(resource_path("icons", "ecomplaint-256.png")) as icon:
        assert icon.size == (256, 256)
    ET.fromstring(master)  # well-formed XML


# --- resources inside a bundle -----------------------------------------------------------------


def test_resource_path_points_into_the_bundle_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_path.resource_path("fonts", "x.ttf") == (
        tmp_path / "ecomplaint" / "resources" / "fonts" / "x.ttf"
    )


def test_resource_path_outside_a_bundle_finds_the_real_fonts() -> None:
    assert not getattr(sys, "frozen", False)
    assert resource_path("fonts", "DroidSansFallbackFull.ttf").is_file()


# --- the smoke test's reading of `export --help` -----------------------------------------------


def test_smoke_test_builds_the_export_call_from_its_help(tmp_path: Path) -> None:
    smoke = load_smoke_test()
    pdf = tmp_path / "d.pdf"
    assert smoke.export_args("usage: x export [-h] [--output FILE] CASE", "1", pdf) == [
        "export",
        "1",
        "--output",
        str(pdf),
    ]
    assert smoke.export_args("usage: x export [-h] [-o PATH] CASE", "1", pdf)[2] == "-o"
    assert smoke.export_args("usage: x export [-h] CASE", "1", pdf) == ["export", "1"]
    # "--outline" is not an output option.
    assert smoke.export_args("usage: x export [--outline] CASE", "1", pdf) == ["export", "1"]


# --- About: licences ---------------------------------------------------------------------------

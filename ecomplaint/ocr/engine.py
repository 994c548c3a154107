"""The OCR engine: rapidocr (PP-OCRv6 small, detection + recognition) on onnxruntime.

- Nothing is imported at start-up: the first `read_image` imports rapidocr and loads the
  models, once per process, under a lock; later reads reuse them.
- Models come only from the rapidocr wheel (or the bundle's copy of it): each model is given
  by path and each onnxruntime session is built here, so rapidocr's download code is never
  reached, and pictures are handed over as pixels, never as a path or URL.
- onnxruntime runs on one core fewer than the machine has (at least one, at most four) with
  its worker threads not spinning, so the window keeps a core while 20 screenshots are read.
- One read at a time per process: onnxruntime already uses the cores it is given.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ecomplaint.domain.ocr_text import OcrLine, OcrResult
from ecomplaint.ocr.picture import open_picture
from ecomplaint.ocr.tiles import drop_duplicates, owned, plan_tiles, reading_order
from ecomplaint.progress import Cancelled

DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"
MODELS_LABEL = "PP-OCRv6 small"
MIN_SCORE = 0.5  # rapidocr's own threshold: below it a "line" is mostly noise
# Text on a phone screenshot (portrait, 1,000–1,600 px wide) is found on the picture scaled
# to this width (a 1080-px screen at 0.8): a quarter less work, the same lines found
# (bench/README.md); each line is then recognised from the full-size picture. Other pictures
# (narrow ones, photos, desktop screenshots, whose text is small for their width) keep
# rapidocr's own rule.
DET_WIDTH = 864
PHONE_WIDTHS = range(1000, 1601)
# rapidocr's rule scales a picture's short side up to 736 px: on a sliver (1×2,000 px) the
# long side became 1.5 million px and one read took 23 GB before the kernel killed it. A
# tile longer than this many times its short side is found at its own size instead (its
# long side capped), and a picture narrower than a line of text is read as no lines.
SLIVER_RATIO = 20
DET_MAX_SIDE = 4000
MIN_TEXT_SIDE = 8

_load_lock = threading.Lock()
_read_lock = threading.Lock()
_engine: Any = None  # the loaded rapidocr.RapidOCR
_engine_name = ""
_load_error = ""


def threads() -> int:
    """onnxruntime's intra-op threads: leave one core for the window."""
    return max(1, min(4, (os.cpu_count() or 2) - 1))


def models_dir() -> Path | None:
    """rapidocr's packaged models folder, found without importing rapidocr."""
    try:
        spec = importlib.util.find_spec("rapidocr")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "models"


def unavailable() -> str | None:
    """Why OCR cannot run here (a message key), or None. Cheap: imports nothing heavy."""
    if _load_error:
        return _load_error
    folder = models_dir()
    if folder is None or importlib.util.find_spec("onnxruntime") is None:
        return "ocr.unavailable"
    if not all((folder / name).is_file() for name in (DET_MODEL, REC_MODEL)):
        return "ocr.unavailable"
    return None


def engine_name() -> str:
    """ "rapidocr 3.10.0 / PP-OCRv6 small" once loaded (stored with every read)."""
    return _engine_name


def _session(model: Path) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads()
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3  # errors only
    opts.enable_cpu_mem_arena = False  # as rapidocr does: the arena keeps its peak for good
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])


def _load() -> Any:
    """The engine, loading it the first time; None (and `_load_error` set) if it cannot be."""
    global _engine, _engine_name, _load_error
    with _load_lock:
        if _engine is not None or _load_error:
            return _engine
        reason = unavailable()
        if reason:
            _load_error = reason
            return None
        folder = models_dir()
        assert folder is not None
        try:
            import cv2
            from omegaconf import flag_override
            from rapidocr.main import RapidOCR  # by its module: the bundle finds it

            cv2.setNumThreads(threads())  # rapidocr's resizing and cropping: same budget

            # its logger says INFO on import; our reads are quiet unless something is wrong
            logging.getLogger("RapidOCR").setLevel(logging.WARNING)
            engine = RapidOCR(
                params={
                    "Global.log_level": "warning",
                    "Global.use_cls": False,  # screenshots are upright: no 180° check
                    "Global.text_score": MIN_SCORE,
                    "Global.max_side_len": 4000,  # tiles are cut here, not shrunk there
                    "Global.model_root_dir": str(folder),
                    "Det.model_path": str(folder / DET_MODEL),
                    "Rec.model_path": str(folder / REC_MODEL),
                }
            )
            # Hand rapidocr our own sessions (its supported `session` option): it then never
            # reaches its model look-up and download code, and its own session options would
            # take every core with spinning worker threads.
            with flag_override(engine.cfg, "allow_objects", True):
                engine.cfg.Det.session = _session(folder / DET_MODEL)
                engine.cfg.Rec.session = _session(folder / REC_MODEL)
            version = _dist_version("rapidocr")
        except Exception:  # noqa: BLE001 - a broken install is reported, not raised
            logging.getLogger(__name__).exception("the OCR engine could not be loaded")
            _load_error = "ocr.unavailable"
            return None
        _engine = engine
        _engine_name = f"rapidocr {version} / {MODELS_LABEL}"
        return _engine


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def _only_symbols(text: str) -> bool:
    """An avatar, icon or bullet read as "■" or "●": no letter, digit or punctuation in it
    (a lone "？" is a message; a lone "■" is a picture)."""
    return all(unicodedata.category(ch) in ("So", "Sk", "Zs") for ch in text)


def _lines_of(output: Any, dy: int) -> list[OcrLine]:
    boxes, txts, scores = output.boxes, output.txts, output.scores
    if boxes is None or txts is None:
        return []
    out = []
    for box, text, score in zip(boxes, txts, scores or [1.0] * len(txts), strict=False):
        text = str(text).strip()
        if not text or _only_symbols(text):
            continue
        corners = tuple((float(x), float(y) + dy) for x, y in box[:4])
        out.append(OcrLine(text, corners, float(score)))  # type: ignore[arg-type]
    return out


def _detect_at(engine: Any, width: int, height: int, tile_height: int) -> None:
    """Set the detector's scale for this tile (its documented limit_* settings); called
    under the read lock, so no other read sees it change."""
    try:
        det = engine._load_det_model()
    except AttributeError:  # another rapidocr 3.x: read at its own scale, only slower
        return
    if height >= width and width in PHONE_WIDTHS:
        det.limit_type = "max"
        det.limit_side_len = round(max(width, tile_height) * DET_WIDTH / width)
    elif max(width, tile_height) > SLIVER_RATIO * min(width, tile_height):
        det.limit_type, det.limit_side_len = "max", DET_MAX_SIDE
    else:
        det.limit_type, det.limit_side_len = "min", 736  # rapidocr's default


def _lock_read(cancel: Callable[[], bool] | None) -> None:
    """Wait for another read to finish, still answering cancel."""
    while not _read_lock.acquire(timeout=0.2):
        if cancel is not None and cancel():
            raise Cancelled()


def read_image(
    path: Path | bytes,
    *,
    sha256: str,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> OcrResult:
    """The picture's lines in reading order. Never raises for a bad, huge or unsupported
    picture, nor when OCR is unavailable (`error` says why); raises Cancelled.

    `path` may also be the file's bytes. progress(done, total) counts tiles; cancel is
    checked between tiles.
    """
    if cancel is not None and cancel():
        raise Cancelled()
    picture = open_picture(path)
    if picture.error:
        return OcrResult(sha256, "", picture.width, picture.height, (), picture.error)
    engine = _load()
    if engine is None:
        return OcrResult(sha256, "", picture.width, picture.height, (), _load_error)
    pixels = picture.pixels
    assert pixels is not None
    if min(picture.width, picture.height) < MIN_TEXT_SIDE:  # no line of text fits in it
        return OcrResult(sha256, _engine_name, picture.width, picture.height, ())
    tiles = plan_tiles(picture.height)
    found: list[OcrLine] = []
    _lock_read(cancel)
    try:
        for i, tile in enumerate(tiles):
            if cancel is not None and cancel():
                raise Cancelled()
            if progress is not None:
                progress(i, len(tiles))
            _detect_at(engine, picture.width, picture.height, tile.bottom - tile.top)
            try:
                output = engine(pixels[tile.top : tile.bottom])
            except Exception:  # noqa: BLE001 - an engine failure on odd pixels
                logging.getLogger(__name__).exception("OCR failed on %s", sha256)
                return OcrResult(
                    sha256, _engine_name, picture.width, picture.height, (), "ocr.failed"
                )
            found.extend(owned(tile, _lines_of(output, tile.top)))
    finally:
        _read_lock.release()
    if progress is not None:
        progress(len(tiles), len(tiles))
    lines = reading_order(drop_duplicates(found))
    return OcrResult(sha256, _engine_name, picture.width, picture.height, lines)

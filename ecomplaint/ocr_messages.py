"""zh/en messages for reading text from screenshots (OCR), in the CLI and the window.

Kept beside i18n.MESSAGES (merged into it on import) like juris_messages. `OcrResult.error`
holds one of the `ocr.*` keys below: a read that failed is stored with its reason, and every
face (window, CLI, dossier) shows the same sentence for it.
"""

from __future__ import annotations

from ecomplaint.i18n import MESSAGES

OCR_MESSAGES: dict[str, dict[str, str]] = {
    # why a picture could not be read (stored in ocr_reads.error)
    "ocr.unavailable": {
        "en": "Text reading (OCR) is not available in this installation: the rapidocr and "
        "onnxruntime packages or their models are missing. The exhibit is stored and "
        "verified as usual.",
        "zh": "此安装不支持识别图片文字（OCR）：缺少 rapidocr、onnxruntime 或其模型。"
        "证据已照常保存并校验。",
    },
    "ocr.missing_file": {
        "en": "The exhibit's file is missing from the evidence folder, so its text cannot be "
        "read. Run a check of the evidence to find out more.",
        "zh": "证据文件夹中缺少该证据的文件，无法识别其文字。请运行证据校验了解详情。",
    },
    "ocr.changed_file": {
        "en": "The exhibit's stored file no longer matches its fingerprint, so its text was "
        "not read. Run a check of the evidence to find out more.",
        "zh": "该证据的存储文件与其指纹不再一致，因此未识别文字。请运行证据校验了解详情。",
    },
    "ocr.unsupported": {
        "en": "This file is not a picture that can be read for text (PNG, JPEG, WebP, BMP, "
        "GIF or TIFF are). The exhibit is stored and verified as usual.",
        "zh": "该文件不是可识别文字的图片（支持 PNG、JPEG、WebP、BMP、GIF、TIFF）。"
        "证据已照常保存并校验。",
    },
    "ocr.corrupt": {
        "en": "The picture is damaged or cut short and cannot be read for text. The exhibit "
        "is stored and verified as usual.",
        "zh": "该图片已损坏或不完整，无法识别文字。证据已照常保存并校验。",
    },
    "ocr.too_large": {
        "en": "The picture is too large to read for text safely (over 50 million pixels). "
        "The exhibit is stored and verified as usual.",
        "zh": "该图片过大（超过 5000 万像素），无法安全识别文字。证据已照常保存并校验。",
    },
    "ocr.failed": {
        "en": "The text reader failed on this picture. The exhibit is stored and verified "
        "as usual; you can try again.",
        "zh": "文字识别在该图片上失败。证据已照常保存并校验，可以重试。",
    },
    "ocr.interrupted": {
        "en": "The text reader stopped unexpectedly while reading this picture. The exhibit "
        "is stored and verified as usual; it will be read again (or choose Read text).",
        "zh": "识别该图片文字时，文字识别程序意外停止。证据已照常保存并校验；"
        "稍后会重新识别（也可选择“识别文字”）。",
    },
    # the CLI command `ecomplaint ocr`
    "ocr.not_image": {
        "en": "Exhibit {label} ({name}) is not a picture; only pictures are read for text.",
        "zh": "证据 {label}（{name}）不是图片；只有图片可以识别文字。",
    },
    "ocr.no_exhibit": {
        "en": 'The case has no exhibit "{ref}". Give its label (E1, E2 …), its number (#12) '
        "or its uid; `ecomplaint evidence CASE` lists them.",
        "zh": "该案件没有证据“{ref}”。请给出证据编号（E1、E2 …）、序号（#12）或 uid；"
        "`ecomplaint evidence 案件` 可列出全部证据。",
    },
    "ocr.no_images": {
        "en": "This case has no pictures to read.",
        "zh": "此案件没有可识别文字的图片。",
    },
    "ocr.reading": {
        "en": "Reading text: {label} {name}",
        "zh": "正在识别文字：{label} {name}",
    },
    "ocr.no_text": {
        "en": "(no text found)",
        "zh": "（未发现文字）",
    },
    "ocr.engine_line": {
        "en": "read by {engine} at {when}",
        "zh": "由 {engine} 于 {when} 识别",
    },
    "ocr.cancelled": {
        "en": "Reading was cancelled; what was read before is kept.",
        "zh": "已取消识别；之前识别的内容已保留。",
    },
}

MESSAGES.update(OCR_MESSAGES)

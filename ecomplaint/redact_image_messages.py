"""zh/en messages for redacting pictures (pixel_redaction.py, services/image_redaction.py and
`ecomplaint redact-image`).

Kept beside i18n.MESSAGES (merged into it on import) like juris_messages, so parallel work on
other features does not collide in one dict; every module raising one of these imports it.
"""

from __future__ import annotations

from ecomplaint.i18n import MESSAGES

REDACT_IMAGE_MESSAGES: dict[str, dict[str, str]] = {
    "redact_image.not_picture": {
        "en": "Exhibit #{ident} ({name}) is not a picture; only pictures can be redacted here. "
        "Nothing was changed.",
        "zh": "证据 #{ident}（{name}）不是图片，此处只能遮蔽图片。未做任何更改。",
    },
    "redact_image.unreadable": {
        "en": "The picture {name} cannot be read ({detail}); it may be damaged or in a format "
        "that cannot be redacted. The original is kept as it was; nothing was changed.",
        "zh": "无法读取图片 {name}（{detail}），文件可能已损坏或格式无法遮蔽。"
        "原文件保持不变；未做任何更改。",
    },
    "redact_image.too_big": {
        "en": "The picture {name} is too big to redact ({pixels} million pixels; the limit is "
        "{limit} million). The original is kept as it was; nothing was changed.",
        "zh": "图片 {name} 太大，无法遮蔽（{pixels} 百万像素，上限 {limit} 百万像素）。"
        "原文件保持不变；未做任何更改。",
    },
    "redact_image.animated": {
        "en": "The picture {name} has {frames} frames (an animation or a multi-page file); only "
        "single pictures can be redacted. Nothing was changed.",
        "zh": "图片 {name} 含有 {frames} 帧（动画或多页文件）；只能遮蔽单张图片。未做任何更改。",
    },
    "redact_image.no_boxes": {
        "en": "There is nothing to black out: give boxes (--box x,y,w,h) or --auto, and with "
        "--auto the picture's text must have been read and contain personal data. "
        "Nothing was changed.",
        "zh": "没有需要涂黑的区域：请给出区域（--box x,y,w,h）或 --auto；使用 --auto 时，"
        "图片文字须已识别且含有个人信息。未做任何更改。",
    },
    "redact_image.auto_unread": {
        "en": "--auto needs the picture's text, which could not be read: {reason} "
        "Give the regions with --box instead. Nothing was changed.",
        "zh": "--auto 需要图片中的文字，但无法识别：{reason}请改用 --box 指定区域。未做任何更改。",
    },
    "redact_image.box_outside": {
        "en": "The box {box} lies outside the picture ({width}×{height} pixels). "
        "Nothing was changed.",
        "zh": "区域 {box} 不在图片范围内（{width}×{height} 像素）。未做任何更改。",
    },
    "redact_image.bad_box": {
        "en": '"{value}" is not a box. Write x,y,w,h in the picture\'s pixels, for example '
        "--box 120,340,400,60.",
        "zh": "“{value}”不是有效区域。请按图片像素写成 x,y,w,h，例如 --box 120,340,400,60。",
    },
    "redact_image.check_failed": {
        "en": "The redacted copy failed its check ({detail}); it was not stored. "
        "The original is kept as it was.",
        "zh": "遮蔽后的副本未通过检查（{detail}），未保存。原文件保持不变。",
    },
    "redact_image.still_readable": {
        "en": "After blacking out, the text reader still finds {what} in line(s) {lines} of the "
        "redacted copy; it was not stored. Widen or add boxes there and apply again.",
        "zh": "涂黑后，文字识别仍能在遮蔽副本的第 {lines} 行读出{what}；副本未保存。"
        "请在该处扩大或添加区域后重新应用。",
    },
    "redact_image.not_derivative": {
        "en": "Exhibit #{ident} is not a redacted copy; only a redacted copy can be undone "
        "or confirmed this way. Nothing was changed.",
        "zh": "证据 #{ident} 不是遮蔽副本；只有遮蔽副本可以这样撤销或确认。未做任何更改。",
    },
    "redact_image.k.phone": {"en": "a phone number", "zh": "电话号码"},
    "redact_image.k.id": {"en": "an ID number", "zh": "身份证号"},
    "redact_image.k.address": {"en": "an address", "zh": "地址"},
    "redact_image.k.name": {"en": "a name", "zh": "姓名"},
    "redact_image.k.email": {"en": "an e-mail address", "zh": "电子邮箱"},
}

MESSAGES.update(REDACT_IMAGE_MESSAGES)

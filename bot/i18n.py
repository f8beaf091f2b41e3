"""User-facing sentences in Vietnamese (default) and English, looked up by key.

One table keeps every adapter's wording consistent and makes a missing translation a test failure
rather than a surprise in a chat.
"""

from __future__ import annotations

LANGUAGES = ("vi", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "digest.header": {"vi": "Bản tin KBS tiếng Việt — {count} tin", "en": "KBS Vietnamese digest — {count} stories"},
    "digest.none_recent": {
        "vi": "Không có tin mới trong 24 giờ qua; đây là {count} tin gần nhất.",
        "en": "No new stories in the last 24 hours; here are the {count} latest.",
    },
    "digest.empty": {"vi": "Chưa có tin nào.", "en": "No stories yet."},
    "digest.read_more": {"vi": "Đọc bài", "en": "Read"},
    "digest.untitled": {"vi": "Tin không tiêu đề", "en": "Untitled story"},
    "error.generic": {
        "vi": "Đã có lỗi, vui lòng thử lại sau.",
        "en": "Something went wrong, please try again later.",
    },
    "error.config": {"vi": "Cấu hình không hợp lệ.", "en": "The configuration is not valid."},
    "error.source": {
        "vi": "Không đọc được bài viết này.",
        "en": "That article could not be read.",
    },
    "error.url_refused": {
        "vi": "Không thể tóm tắt địa chỉ này: chỉ nhận liên kết http(s) tới {hosts}.",
        "en": "Cannot summarize that address: only http(s) links to {hosts} are accepted.",
    },
    "error.delivery": {"vi": "Không gửi được tin nhắn.", "en": "The message could not be sent."},
    "error.chat_gone": {"vi": "Cuộc trò chuyện không còn nhận tin.", "en": "The chat no longer accepts messages."},
}


def t(key: str, lang: str = "vi", **values: object) -> str:
    """The sentence for `key` in `lang` (Vietnamese when the language is unknown), filled with `values`."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["vi"]
    return text.format(**values) if values else text

"""User-facing sentences in Vietnamese (default) and English, looked up by key.

One table keeps every adapter's wording consistent and makes a missing translation a test failure
rather than a surprise in a chat. The sentences are plain text: each renderer escapes them for its
medium (Telegram HTML, Discord markdown).
"""

from __future__ import annotations

LANGUAGES = ("vi", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "digest.header": {"vi": "Bản tin KBS tiếng Việt — {count} tin", "en": "KBS Vietnamese digest — {count} stories"},
    "instant.header": {
        "vi": "Tin mới từ KBS tiếng Việt — {count} tin",
        "en": "New from KBS Vietnamese — {count} stories",
    },
    "search.header": {"vi": "Kết quả tìm «{query}» — {count} tin", "en": "Results for “{query}” — {count} stories"},
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
    "error.url_invalid": {
        "vi": "Liên kết này không hợp lệ. Hãy gửi một địa chỉ http(s) đầy đủ của bài viết.",
        "en": "That link is not valid. Please send the article's full http(s) address.",
    },
    "error.delivery": {"vi": "Không gửi được tin nhắn.", "en": "The message could not be sent."},
    "error.chat_gone": {"vi": "Cuộc trò chuyện không còn nhận tin.", "en": "The chat no longer accepts messages."},
    "help": {
        "vi": (
            "newsbot tóm tắt tin KBS World tiếng Việt: ai, sự kiện gì, con số nào — chỉ những gì có trong bài.\n\n"
            "/subscribe — nhận bản tin mỗi ngày\n/unsubscribe — ngừng nhận\n"
            "/summary — tin mới nhất; /summary 5 — 5 tin mới nhất; /summary <link> — tóm tắt một bài\n"
            "/search <từ khóa> — tìm tin đã đăng (không cần dấu)\n"
            "/settings — chuyên mục, nhận ngay hay theo giờ, múi giờ, ngôn ngữ, từ khóa\n/help — hướng dẫn này"
        ),
        "en": (
            "newsbot summarizes KBS World Vietnamese news: who, what, which numbers — only what the story says.\n\n"
            "/subscribe — get a daily digest\n/unsubscribe — stop it\n"
            "/summary — the latest stories; /summary 5 — the 5 newest; /summary <link> — one article\n"
            "/search <words> — find stories already published (accents optional)\n"
            "/settings — sections, instant or at set times, time zone, language, keywords\n/help — this help"
        ),
    },
    "cmd.start": {"vi": "Bắt đầu", "en": "Start"},
    "cmd.help": {"vi": "Hướng dẫn", "en": "Help"},
    "cmd.subscribe": {"vi": "Nhận bản tin hằng ngày", "en": "Get the daily digest"},
    "cmd.unsubscribe": {"vi": "Ngừng nhận bản tin", "en": "Stop the daily digest"},
    "cmd.summary": {"vi": "Tin mới nhất, N tin, hoặc tóm tắt một link", "en": "Latest news, N stories, or one link"},
    "cmd.settings": {
        "vi": "Chuyên mục, giờ nhận, múi giờ, ngôn ngữ, từ khóa",
        "en": "Sections, times, time zone, language, keywords",
    },
    "cmd.search": {"vi": "Tìm tin đã đăng theo từ khóa", "en": "Find published stories by their words"},
    "discord.manage_only": {
        "vi": "Chỉ thành viên có quyền Quản lý kênh mới dùng được lệnh này.",
        "en": "Only members with the Manage Channels permission can use this command.",
    },
    "discord.summary_usage": {
        "vi": "Cách dùng: /summary, /summary n:5 (1–20) hoặc /summary url:<link bài viết> — một trong hai.",
        "en": "Usage: /summary, /summary n:5 (1–20) or /summary url:<article link> — one of the two.",
    },
    "discord.settings_show": {
        "vi": (
            "Cài đặt: {cadence}, múi giờ {zone}, ngôn ngữ {language}.\nChuyên mục: {sections}\n"
            "Từ khóa cần có: {include}\nTừ khóa loại trừ: {exclude}\n"
            "Đổi bằng /settings với các tùy chọn cadence, time, sections, timezone, language, include, exclude "
            "(dấu - để xóa)."
        ),
        "en": (
            "Settings: {cadence}, time zone {zone}, language {language}.\nSections: {sections}\n"
            "Include words: {include}\nExclude words: {exclude}\n"
            "Change them with /settings and its options cadence, time, sections, timezone, language, include, "
            "exclude (- clears)."
        ),
    },
    "discord.opt_n": {"vi": "Số tin mới nhất (1–20)", "en": "How many of the newest stories (1–20)"},
    "discord.opt_url": {"vi": "Link một bài viết để tóm tắt", "en": "An article link to summarize"},
    "discord.opt_time": {
        "vi": "Giờ nhận bản tin, HH:MM; nhiều giờ cách nhau bằng dấu phẩy",
        "en": "Digest times, HH:MM, comma-separated",
    },
    "discord.opt_sections": {
        "vi": "Chuyên mục, cách nhau bằng dấu phẩy; - là tất cả",
        "en": "Sections, comma-separated; - for all",
    },
    "discord.opt_cadence": {"vi": "Nhận tin ngay hay theo giờ", "en": "Instant alerts or digests at set times"},
    "discord.opt_query": {"vi": "Từ khóa cần tìm (không cần dấu)", "en": "Words to find (accents optional)"},
    "discord.search_usage": {
        "vi": "Cách dùng: /search query:<từ khóa>, ví dụ /search query:han quoc.",
        "en": "Usage: /search query:<words>, e.g. /search query:samsung.",
    },
    "discord.opt_timezone": {"vi": "Múi giờ, ví dụ Asia/Ho_Chi_Minh", "en": "Time zone, e.g. Asia/Seoul"},
    "discord.opt_language": {"vi": "Ngôn ngữ: vi hoặc en", "en": "Language: vi or en"},
    "discord.opt_include": {
        "vi": "Từ khóa cần có, cách nhau bằng dấu phẩy",
        "en": "Words a story must have, comma-separated",
    },
    "discord.opt_exclude": {
        "vi": "Từ khóa loại trừ, cách nhau bằng dấu phẩy",
        "en": "Words that exclude a story, comma-separated",
    },
    "channel.not_found": {
        "vi": "Không tìm thấy kênh {channel}. Hãy thêm bot vào kênh làm quản trị viên trước.",
        "en": "Channel {channel} was not found. Add the bot to the channel as an administrator first.",
    },
    "channel.not_a_channel": {"vi": "{channel} không phải là một kênh.", "en": "{channel} is not a channel."},
    "channel.bot_not_admin": {
        "vi": "Bot cần là quản trị viên có quyền đăng bài trong {channel}.",
        "en": "The bot must be an administrator allowed to post in {channel}.",
    },
    "channel.user_not_admin": {
        "vi": "Chỉ quản trị viên của {channel} mới đăng ký được cho kênh.",
        "en": "Only an administrator of {channel} can subscribe it.",
    },
    "channel.subscribed": {
        "vi": "Đã đăng ký kênh {channel}. Tin sẽ đến {schedule}.",
        "en": "Subscribed {channel}. News arrives {schedule}.",
    },
    "channel.already": {
        "vi": "Kênh {channel} đã đăng ký rồi: tin đến {schedule}.",
        "en": "{channel} is already subscribed: news arrives {schedule}.",
    },
    "channel.unsubscribed": {"vi": "Đã hủy đăng ký kênh {channel}.", "en": "Unsubscribed {channel}."},
    "channel.not_subscribed": {"vi": "Kênh {channel} chưa đăng ký.", "en": "{channel} is not subscribed."},
    "subscribe.done": {
        "vi": "Đã đăng ký. Tin sẽ đến {schedule}. Chọn chuyên mục và giờ nhận bằng /settings.",
        "en": "Subscribed. News arrives {schedule}. Choose sections and times with /settings.",
    },
    "subscribe.already": {
        "vi": "Cuộc trò chuyện này đã đăng ký rồi: tin đến {schedule}.",
        "en": "This chat is already subscribed: news arrives {schedule}.",
    },
    "schedule.daily": {"vi": "mỗi ngày lúc {time} ({zone})", "en": "every day at {time} ({zone})"},
    "schedule.instant": {"vi": "ngay khi có tin mới", "en": "as soon as a story is published"},
    "unsubscribe.done": {"vi": "Đã hủy đăng ký.", "en": "Unsubscribed."},
    "unsubscribe.none": {"vi": "Cuộc trò chuyện này chưa đăng ký.", "en": "This chat is not subscribed."},
    "admin.only": {
        "vi": "Trong nhóm, chỉ quản trị viên mới dùng được lệnh này.",
        "en": "In a group, only administrators can use this command.",
    },
    "summary.usage": {
        "vi": "Cách dùng: /summary, /summary N (1–20) hoặc /summary <link bài viết>.",
        "en": "Usage: /summary, /summary N (1–20) or /summary <article link>.",
    },
    "summary.fetching": {"vi": "Đang đọc bài…", "en": "Reading the article…"},
    "settings.show": {
        "vi": (
            "Cài đặt: {cadence}, múi giờ {zone}, ngôn ngữ {language}.\nChuyên mục: {sections}\n"
            "Từ khóa cần có: {include}\nTừ khóa loại trừ: {exclude}\n"
            "Đổi bằng: /settings time 07:30,18:00 · /settings cadence instant · "
            "/settings sections kinh-te,lien-trieu · "
            "/settings timezone Asia/Seoul · /settings language en · /settings include han quoc, samsung · "
            "/settings exclude the thao (dấu - để xóa)"
        ),
        "en": (
            "Settings: {cadence}, time zone {zone}, language {language}.\nSections: {sections}\n"
            "Include words: {include}\nExclude words: {exclude}\n"
            "Change with: /settings time 07:30,18:00 · /settings cadence instant · "
            "/settings sections economy,inter-korea · "
            "/settings timezone Asia/Seoul · /settings language vi · /settings include han quoc, samsung · "
            "/settings exclude the thao (- clears)"
        ),
    },
    "settings.cadence_daily": {"vi": "bản tin lúc {times}", "en": "digests at {times}"},
    "settings.cadence_instant": {"vi": "nhận tin ngay", "en": "instant alerts"},
    "settings.all_sections": {"vi": "tất cả", "en": "all"},
    "settings.button_all": {"vi": "Tất cả chuyên mục", "en": "All sections"},
    "settings.button_instant": {"vi": "⚡ Nhận ngay", "en": "⚡ Instant"},
    "settings.button_daily": {"vi": "Theo giờ", "en": "At set times"},
    "settings.none": {"vi": "(không)", "en": "(none)"},
    "settings.saved": {"vi": "Đã lưu.", "en": "Saved."},
    "settings.need_subscription": {
        "vi": "Hãy /subscribe trước, rồi đổi giờ, múi giờ hay từ khóa.",
        "en": "Please /subscribe first, then change the time, time zone or keywords.",
    },
    "settings.bad_time": {
        "vi": "Giờ phải có dạng HH:MM, ví dụ 07:30 hoặc 07:30,18:00 (tối đa {limit} giờ mỗi ngày).",
        "en": "Times must be HH:MM, e.g. 07:30 or 07:30,18:00 (at most {limit} a day).",
    },
    "settings.bad_section": {
        "vi": "Không có chuyên mục «{section}». Có: {known}.",
        "en": "There is no section “{section}”. Sections: {known}.",
    },
    "settings.bad_cadence": {
        "vi": "Cách nhận tin: instant (ngay khi có tin) hoặc daily (theo giờ).",
        "en": "Cadence: instant (as stories arrive) or daily (at set times).",
    },
    "settings.bad_timezone": {
        "vi": "Không biết múi giờ «{zone}». Ví dụ: Asia/Ho_Chi_Minh, Asia/Seoul.",
        "en": "Unknown time zone “{zone}”. Examples: Asia/Ho_Chi_Minh, Asia/Seoul.",
    },
    "settings.bad_language": {"vi": "Ngôn ngữ: vi hoặc en.", "en": "Language: vi or en."},
    "settings.bad_words": {
        "vi": "Tối đa {limit} từ khóa, cách nhau bằng dấu phẩy, mỗi từ dưới 60 ký tự.",
        "en": "At most {limit} keywords, separated by commas, each under 60 characters.",
    },
    "settings.unknown": {
        "vi": "Không rõ cài đặt. Dùng: time, cadence, sections, timezone, language, include, exclude.",
        "en": "Unknown setting. Use: time, cadence, sections, timezone, language, include, exclude.",
    },
    "search.usage": {
        "vi": "Cách dùng: /search <từ khóa>, ví dụ /search han quoc samsung.",
        "en": "Usage: /search <words>, e.g. /search samsung chip.",
    },
    "search.too_long": {
        "vi": "Từ khóa quá dài: tối đa {limit} ký tự.",
        "en": "That search is too long: at most {limit} characters.",
    },
    "search.no_words": {
        "vi": "Không có từ nào để tìm. Hãy gõ chữ hoặc số.",
        "en": "There are no words to find. Please type letters or digits.",
    },
    "search.too_many": {
        "vi": "Tối đa {limit} từ khóa, mỗi từ dưới 40 ký tự.",
        "en": "At most {limit} words, each under 40 characters.",
    },
    "search.none": {"vi": "Không tìm thấy tin nào có «{query}».", "en": "No story holds “{query}”."},
    "search.timeout": {
        "vi": "Tìm kiếm mất quá nhiều thời gian. Hãy thử từ khóa cụ thể hơn.",
        "en": "The search took too long. Please try more specific words.",
    },
    "unknown.command": {"vi": "Không rõ lệnh này. Gõ /help để xem hướng dẫn.", "en": "Unknown command. Type /help."},
}


def t(key: str, lang: str = "vi", **values: object) -> str:
    """The sentence for `key` in `lang` (Vietnamese when the language is unknown), filled with `values`."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["vi"]
    return text.format(**values) if values else text

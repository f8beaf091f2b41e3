"""Stories written for the tests (not KBS texts): short Vietnamese news in KBS's style."""

from __future__ import annotations

from tests.fakes.feeds import Article

EXPORTS = Article(
    seq=70101,
    title="Xuất khẩu tháng 10 tăng mạnh",
    paragraphs=[
        "Bộ Công nghiệp, thương mại và tài nguyên Hàn Quốc ngày 1/11 cho biết kim ngạch xuất khẩu trong tháng 10 "
        "đạt 59,57 tỷ USD, tăng 15,1% so với cùng kỳ năm ngoái.",
        "Xuất khẩu chất bán dẫn đạt mức kỷ lục 16,6 tỷ USD.",
        "Bộ trưởng Kim Jung-kwan nhấn mạnh đà tăng trưởng sẽ duy trì đến cuối năm.",
    ],
)
FESTIVAL = Article(
    seq=70102,
    title="Lễ hội văn hóa Việt-Hàn khai mạc tại Seoul",
    paragraphs=[
        "Lễ hội văn hóa Việt-Hàn lần thứ 5 đã khai mạc ngày 2/11 tại quảng trường Gwanghwamun, thủ đô Seoul.",
        "Ban tổ chức cho biết khoảng 30.000 người dự kiến tham gia trong ba ngày diễn ra sự kiện.",
    ],
)
SATELLITE = Article(
    seq=70103,
    title="Hàn Quốc phóng thành công vệ tinh quan sát",
    paragraphs=[
        "Viện nghiên cứu hàng không vũ trụ Hàn Quốc (KARI) ngày 3/11 đã phóng thành công vệ tinh quan sát thứ 4.",
        "Vệ tinh nặng khoảng 500 kg và sẽ hoạt động trong 5 năm.",
    ],
)
ALL = [EXPORTS, FESTIVAL, SATELLITE]


def archived_text(article: Article, header: str = " date 2025-10-31 Photo : YONHAP News") -> str:
    """The article as the archive would store it: header line, blank line, glued paragraphs."""
    return header + "\n\n" + "".join(article.paragraphs)

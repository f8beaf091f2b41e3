"""The counts a source reports, which a lead may open on after the source or a setting (`Bộ … cho biết | 2 du
khách … thiệt mạng`, `…, | tổng cộng có khoảng 2,44 triệu lượt …`): `lead.drop_reporting_source` and `lead.drop_setting`
read them, and `reported_time` asks `opens_with_count` whether a time set before one is the period it is counted over.
"""

from __future__ import annotations

import re

from bot.summarizer.lexicon import TOLLS

# `có 67,8% doanh nghiệp trả lời …`: a count that exists is a clause of its own after a setting.
COUNT_EXISTS = re.compile(r"(?:tổng cộng )?có (?:khoảng |hơn |gần |tới |tổng cộng )?\d")
# … or a count of people and what befell them (`2 du khách Hàn Quốc | thiệt mạng`), the toll within a few words
COUNT_BEFALLEN = re.compile(rf"(?:khoảng |hơn |gần |ít nhất )?\d[\d.,]* (?:[^\s,;.]+ ){{1,5}}?(?:đã )?(?:{TOLLS})\b")
# … or that someone recorded (`cả nước ghi nhận 35 ca mắc bệnh sởi`)
COUNT_RECORDED = re.compile(r"(?:[^,;.]{1,40}? )?ghi nhận (?:khoảng |hơn |gần |tới |tổng cộng )?\d")
# … or, as of a date, the number of something (`tính đến ngày 23/12, | số người từ 65 tuổi trở lên … là 10 triệu`)
NUMBER_OF = re.compile(
    r"(?:tổng )?số (?:lượng )?(?!liệu\b|phận\b|đông\b|ít\b|điện\b|tiền\b)\w+[^,.;]{0,80}? (?:là|đạt) \d"
)
# A clause after a reported count that the source itself opens (`…, | và đã ban hành …`, `… | đồng thời khuyến cáo …`).
OWN_NEXT_ACT = re.compile(r", (?:và|đồng thời) (?:đã |sẽ |cũng )?(?!là\b)[^\W\d]+ ")


def opens_with_count(text: str) -> bool:
    """`text` opens on a count of what there was or was recorded (`tổng cộng có khoảng 2,44 triệu lượt …`, `cả nước
    ghi nhận 35 ca …`): a time set before it is the period it is counted over."""
    return COUNT_EXISTS.match(text) is not None or COUNT_RECORDED.match(text) is not None

"""Word lists the reader uses: abbreviations, units, letter names, domain labels.

Plain data, kept apart from the rules so a maintainer can extend a list without reading regexes.
"""

from __future__ import annotations

ABBREVIATIONS: dict[str, str] = {
    # administration and mass organisations
    "UBND": "ủy ban nhân dân",
    "HĐND": "hội đồng nhân dân",
    "UBMTTQ": "ủy ban mặt trận tổ quốc",
    "MTTQ": "mặt trận tổ quốc",
    "MTTQVN": "mặt trận tổ quốc việt nam",
    "BCĐ": "ban chỉ đạo",
    "BCH": "ban chấp hành",
    "BTV": "ban thường vụ",
    "ĐU": "đảng ủy",
    "TW": "trung ương",
    "UBKT": "ủy ban kiểm tra",
    "HTX": "hợp tác xã",
    "CLB": "câu lạc bộ",
    "HLHPN": "hội liên hiệp phụ nữ",
    "HCCB": "hội cựu chiến binh",
    "ĐTN": "đoàn thanh niên",
    "TNCS": "thanh niên cộng sản",
    "CBCNVC": "cán bộ, công nhân viên chức",
    "CBCC": "cán bộ, công chức",
    "BTTTT": "bộ thông tin và truyền thông",
    "STTTT": "sở thông tin và truyền thông",
    "VH-TT": "văn hóa thông tin",
    "GD&ĐT": "giáo dục và đào tạo",
    "NN&PTNT": "nông nghiệp và phát triển nông thôn",
    "LĐ-TB&XH": "lao động thương binh và xã hội",
    "TN&MT": "tài nguyên và môi trường",
    "NĐ-CP": "nghị định chính phủ",
    "QĐ": "quyết định",
    # places
    "TP.": "thành phố",
    "TX.": "thị xã",
    "TT.": "thị trấn",
    "TP": "thành phố",
    "HCM": "hồ chí minh",
    "VN": "việt nam",
    # schools and services
    "THCS": "trung học cơ sở",
    "THPT": "trung học phổ thông",
    "ĐH": "đại học",
    "CĐ": "cao đẳng",
    "TTYT": "trung tâm y tế",
    "TYT": "trạm y tế",
    "SYT": "sở y tế",
    "BV": "bệnh viện",
    "BS": "bác sĩ",
    "BHYT": "bảo hiểm y tế",
    "BHXH": "bảo hiểm xã hội",
    "CCCD": "căn cước công dân",
    "CMND": "chứng minh nhân dân",
    "SĐT": "số điện thoại",
    "PCCC": "phòng cháy chữa cháy",
    "PCCR": "phòng cháy chữa cháy rừng",
    "ATGT": "an toàn giao thông",
    "ATTP": "an toàn thực phẩm",
    "CSGT": "cảnh sát giao thông",
    "KHHGĐ": "kế hoạch hóa gia đình",
    "PCTT": "phòng chống thiên tai",
    "TKCN": "tìm kiếm cứu nạn",
    "CN": "chủ nhật",
    # public health
    "COVID-19": "cô vít mười chín",
    "COVID": "cô vít",
    "SARS-CoV-2": "sát cô vi hai",
    "F0": "ép không",
    "F1": "ép một",
    "F2": "ép hai",
    "F3": "ép ba",
    "WHO": "tổ chức y tế thế giới",
    "HIV": "hát i vê",
    "AIDS": "ết",
    "SXH": "sốt xuất huyết",
    "TCM": "tay chân miệng",
}

UNITS: dict[str, str] = {
    "km/h": "ki lô mét trên giờ",
    "km²": "ki lô mét vuông",
    "km2": "ki lô mét vuông",
    "km": "ki lô mét",
    "m²": "mét vuông",
    "m2": "mét vuông",
    "m³": "mét khối",
    "m3": "mét khối",
    "cm": "xen ti mét",
    "mm": "mi li mét",
    "m": "mét",
    "ha": "héc ta",
    "kg": "ki lô gam",
    "g": "gam",
    "tấn": "tấn",
    "ml": "mi li lít",
    "l": "lít",
    "°C": "độ xê",
    "ºC": "độ xê",
    "độ C": "độ xê",
    "VNĐ": "việt nam đồng",
    "VND": "việt nam đồng",
    "đ": "đồng",
    "USD": "đô la mỹ",
}

LETTERS: dict[str, str] = {
    "A": "a", "Ă": "á", "Â": "ớ", "B": "bê", "C": "xê", "D": "dê", "Đ": "đê", "E": "e",
    "Ê": "ê", "F": "ép", "G": "giê", "H": "hát", "I": "i", "J": "gi", "K": "ca", "L": "e lờ",
    "M": "em", "N": "en", "O": "o", "Ô": "ô", "Ơ": "ơ", "P": "pê", "Q": "quy", "R": "e rờ",
    "S": "ét", "T": "tê", "U": "u", "Ư": "ư", "V": "vê", "W": "vê kép", "X": "ích",
    "Y": "i dài", "Z": "dét",
}  # fmt: skip

DOMAIN_WORDS: dict[str, str] = {
    "www": "vê kép vê kép vê kép",
    "com": "com",
    "net": "nét",
    "http": "hát tê tê pê",
    "https": "hát tê tê pê ét",
}

SYMBOLS: dict[str, str] = {
    "&": "và",
    "+": "cộng",
    "%": "phần trăm",
    "=": "bằng",
    "#": "số",
    "@": "a còng",
    "/": "trên",
    "×": "nhân",
}

ROMAN_AFTER = (
    "quý", "khóa", "khoá", "đại hội", "hội nghị", "kỳ", "thế kỷ", "chương", "phần", "mục",
    "tập", "lần thứ", "giai đoạn", "vùng", "cấp",
)  # fmt: skip
"""Words after which Vietnamese writes Roman numerals: Quý III, Đại hội XIII."""

CALL_WORDS = ("gọi", "đường dây nóng", "hotline", "số điện thoại", "sđt", "điện thoại", "tổng đài")
"""Words after which a short number is a phone number, read digit by digit: gọi 115."""

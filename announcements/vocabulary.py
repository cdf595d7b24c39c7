"""Word lists the reader uses: abbreviations by family, document parts, units, letter names.

Plain data, kept apart from the rules so a maintainer can extend a list without reading
regexes. Loan words and brands (Bluezone, Zalo, vaccine…) are in `data/loanwords.toml`.
Every expansion is what a commune announcer says; keys are written as notices write them
(case matters: 'CA' is the police, 'ca' a shift or a case of illness).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

STATE_AND_PARTY: dict[str, str] = {
    "UBND": "ủy ban nhân dân",
    "HĐND": "hội đồng nhân dân",
    "ĐBQH": "đại biểu quốc hội",
    "ĐBHĐND": "đại biểu hội đồng nhân dân",
    "QH": "quốc hội",
    "UBMTTQVN": "ủy ban mặt trận tổ quốc việt nam",
    "UBMTTQ": "ủy ban mặt trận tổ quốc",
    "MTTQVN": "mặt trận tổ quốc việt nam",
    "MTTQ": "mặt trận tổ quốc",
    "BCĐ": "ban chỉ đạo",
    "BCH": "ban chấp hành",
    "BTV": "ban thường vụ",
    "BTG": "ban tuyên giáo",
    "BDV": "ban dân vận",
    "ĐU": "đảng ủy",
    "TU": "tỉnh ủy",
    "HU": "huyện ủy",
    "TW": "trung ương",
    "TƯ": "trung ương",
    "ĐCSVN": "đảng cộng sản việt nam",
    "CHXHCNVN": "cộng hòa xã hội chủ nghĩa việt nam",
    "CHXHCN": "cộng hòa xã hội chủ nghĩa",
    "UBKT": "ủy ban kiểm tra",
    "UBBC": "ủy ban bầu cử",
    "HĐBC": "hội đồng bầu cử",
    "KVBP": "khu vực bỏ phiếu",
    "TBT": "tổng bí thư",
    "CTN": "chủ tịch nước",
    "TTg": "thủ tướng",
    "CP": "chính phủ",
    "VPCP": "văn phòng chính phủ",
    "NĐ-CP": "nghị định chính phủ",
    "NQ": "nghị quyết",
    "NĐ": "nghị định",
    "QĐ": "quyết định",
    "KH": "kế hoạch",
    "CV": "công văn",
    "TB": "thông báo",
    "CBCCVC": "cán bộ, công chức, viên chức",
    "CBCNVC": "cán bộ, công nhân viên chức",
    "CBCC": "cán bộ, công chức",
    "TTHC": "thủ tục hành chính",
    "BPMC": "bộ phận một cửa",
    "DVCTT": "dịch vụ công trực tuyến",
    "DVCQG": "dịch vụ công quốc gia",
    "MTQG": "mục tiêu quốc gia",
    "DVC": "dịch vụ công",
    "CNTT": "công nghệ thông tin",
    "BTTTT": "bộ thông tin và truyền thông",
    "STTTT": "sở thông tin và truyền thông",
    "VH-TT": "văn hóa thông tin",
    "VHTTDL": "văn hóa, thể thao và du lịch",
    "VH-TT-DL": "văn hóa, thể thao và du lịch",
    "VH-TT&DL": "văn hóa, thể thao và du lịch",
    "VHTT&DL": "văn hóa, thể thao và du lịch",
    "TDTT": "thể dục thể thao",
    "LĐ-TB&XH": "lao động thương binh và xã hội",
    "LĐTBXH": "lao động thương binh và xã hội",
    "TN&MT": "tài nguyên và môi trường",
    "TNMT": "tài nguyên và môi trường",
    "NN&PTNT": "nông nghiệp và phát triển nông thôn",
    "NNPTNT": "nông nghiệp và phát triển nông thôn",
    "GD&ĐT": "giáo dục và đào tạo",
    "GD-ĐT": "giáo dục và đào tạo",
    "GDĐT": "giáo dục và đào tạo",
    "TĐTDS": "tổng điều tra dân số",
    "TĐT": "tổng điều tra",
    "ĐTV": "điều tra viên",
    "CN": "chủ nhật",
    "ĐB": "đại biểu",
    "KT-XH": "kinh tế xã hội",
    "KTXH": "kinh tế xã hội",
    "VH-XH": "văn hóa xã hội",
    "VHXH": "văn hóa xã hội",
    "DTTS&MN": "dân tộc thiểu số và miền núi",
    "DTTS": "dân tộc thiểu số",
    # religions
    "GHPGVN": "giáo hội phật giáo việt nam",
    "GHPG": "giáo hội phật giáo",
    "HTTLVN": "hội thánh tin lành việt nam",
    "UBĐKCGVN": "ủy ban đoàn kết công giáo việt nam",
    "UBĐKCG": "ủy ban đoàn kết công giáo",
    "XHCN": "xã hội chủ nghĩa",
    "CNH-HĐH": "công nghiệp hóa, hiện đại hóa",
    "PCTN": "phòng chống tham nhũng",
    "BQL": "ban quản lý",
    "BTC": "ban tổ chức",
    "BĐKH": "biến đổi khí hậu",
    "BVMT": "bảo vệ môi trường",
    "RTSH": "rác thải sinh hoạt",
    "GTNT": "giao thông nông thôn",
    "ĐVT": "đơn vị tính",
    "HGĐ": "hộ gia đình",
    "GĐVH": "gia đình văn hóa",
    "NKT": "người khuyết tật",
    "NCC": "người có công",
    "SXKD": "sản xuất kinh doanh",
    "V/v": "về việc",
    "v/v": "về việc",
    "K/g": "kính gửi",
    "Đ/c": "đồng chí",
    "T/M": "thay mặt",
    "K/T": "ký thay",
    "T/L": "thừa lệnh",
    "b/c": "báo cáo",
    "t/h": "thực hiện",
    "p/h": "phối hợp",
    "đ/c": "đồng chí",
    "ÂL": "âm lịch",
    "AL": "âm lịch",
    "ĐVHC": "đơn vị hành chính",
    "CĐS": "chuyển đổi số",
    "CNS": "công nghệ số",
    "CNSCĐ": "công nghệ số cộng đồng",
    "TTĐT": "thông tin điện tử",
    "TTCS": "thông tin cơ sở",
    "HĐTĐKT": "hội đồng thi đua khen thưởng",
    "TĐKT": "thi đua khen thưởng",
    "TCBC": "tổ bầu cử",
    "TBC": "tổ bầu cử",
    "CSVN": "cộng sản việt nam",
    "BĐ": "bưu điện",
    "KHCN": "khoa học và công nghệ",
    "KH&CN": "khoa học và công nghệ",
    "KHKT": "khoa học kỹ thuật",
    "KH-KT": "khoa học kỹ thuật",
    "KH-CN": "khoa học công nghệ",
    "PTNT": "phát triển nông thôn",
    "KTHT": "kinh tế hạ tầng",
    "TCKH": "tài chính kế hoạch",
    "BQLDA": "ban quản lý dự án",
    "BĐH": "ban điều hành",
    "GNBV": "giảm nghèo bền vững",
    "XDNTM": "xây dựng nông thôn mới",
    "NTMNC": "nông thôn mới nâng cao",
    "VHTT": "văn hóa thông tin",
    "VH-TT-TT": "văn hóa thông tin thể thao",
    "VHTT-TT": "văn hóa thông tin thể thao",
    "VH-TT&TT": "văn hóa thông tin và thể thao",
    "HTCĐ": "học tập cộng đồng",
    "TTVH-TT": "trung tâm văn hóa thông tin",
    "TTVH-TT-TT": "trung tâm văn hóa thông tin thể thao",
    "NVH": "nhà văn hóa",
    "TTXVN": "thông tấn xã việt nam",
    "PTTH": "phát thanh truyền hình",
    "TTVH": "trung tâm văn hóa",
    "TTVHTT": "trung tâm văn hóa thông tin",
    "TTTT": "thông tin và truyền thông",
    "CCHC": "cải cách hành chính",
    "ĐCS": "đảng cộng sản",
    "CNXH": "chủ nghĩa xã hội",
    "BTXH": "bảo trợ xã hội",
    "VPĐKĐĐ": "văn phòng đăng ký đất đai",
    "PCT": "phó chủ tịch",
    "VP": "văn phòng",
    "BTT": "ban thường trực",
    "CTMT": "công tác mặt trận",
    "BCTMT": "ban công tác mặt trận",
    "CT-XH": "chính trị xã hội",
    "ĐV": "đảng viên",
    "TTND": "thanh tra nhân dân",
    "GSĐTCCĐ": "giám sát đầu tư của cộng đồng",
    "TN&TKQ": "tiếp nhận và trả kết quả",
    "TTHCC": "trung tâm hành chính công",
    "TTPVHCC": "trung tâm phục vụ hành chính công",
    "PVHCC": "phục vụ hành chính công",
    "HCC": "hành chính công",
    "TT-TH": "truyền thanh truyền hình",
    "PT-TH": "phát thanh truyền hình",
    "KT-HT": "kinh tế hạ tầng",
    "TC-KH": "tài chính kế hoạch",
    "HĐTD": "hội đồng tuyển dụng",
    "HĐXT": "hội đồng xét tuyển",
    "CCVC": "công chức, viên chức",
    "ĐĐBQH": "đoàn đại biểu quốc hội",
    "TT&TT": "thông tin và truyền thông",
    "KH&ĐT": "kế hoạch và đầu tư",
    "NN&MT": "nông nghiệp và môi trường",
    "LĐTB&XH": "lao động thương binh và xã hội",
    "VH&TT": "văn hóa và thông tin",
    "PT&TH": "phát thanh và truyền hình",
    "TNVN": "tiếng nói việt nam",
    "NXB": "nhà xuất bản",
    "HĐQT": "hội đồng quản trị",
    "BCCI": "bưu chính công ích",
    "NTNN": "nông thôn nông nghiệp",
    "TBLS": "thương binh liệt sĩ",
    "LS": "liệt sĩ",
    "VNAH": "việt nam anh hùng",
    "PBT": "phó bí thư",
    "TCCT": "trung cấp chính trị",
    "TCLLCT": "trung cấp lý luận chính trị",
    "CCLLCT": "cao cấp lý luận chính trị",
}

MASS_ORGANISATIONS: dict[str, str] = {
    "HLHPN": "hội liên hiệp phụ nữ",
    "LHPN": "liên hiệp phụ nữ",
    "HPN": "hội phụ nữ",
    "HCCB": "hội cựu chiến binh",
    "CCB": "cựu chiến binh",
    "ĐTNCSHCM": "đoàn thanh niên cộng sản hồ chí minh",
    "ĐTNCS": "đoàn thanh niên cộng sản",
    "ĐTN": "đoàn thanh niên",
    "TNCS": "thanh niên cộng sản",
    "ĐVTN": "đoàn viên thanh niên",
    "TNTN": "thanh niên tình nguyện",
    "TNXP": "thanh niên xung phong",
    "VĐV": "vận động viên",
    "HLV": "huấn luyện viên",
    "HLHTN": "hội liên hiệp thanh niên",
    "HND": "hội nông dân",
    "HCTĐ": "hội chữ thập đỏ",
    "CTĐ": "chữ thập đỏ",
    "HNCT": "hội người cao tuổi",
    "NCT": "người cao tuổi",
    "LĐLĐ": "liên đoàn lao động",
    "CĐCS": "công đoàn cơ sở",
    "CLB": "câu lạc bộ",
    "HTX": "hợp tác xã",
    "THT": "tổ hợp tác",
    "CSXH": "chính sách xã hội",
    "NLĐ": "người lao động",
    "HĐLĐ": "hợp đồng lao động",
    "TNLĐ": "tai nạn lao động",
    "ATVSLĐ": "an toàn vệ sinh lao động",
    # employment and labour sent abroad
    "DVVL": "dịch vụ việc làm",
    "GQVL": "giải quyết việc làm",
    "GTVL": "giới thiệu việc làm",
    "LĐNT": "lao động nông thôn",
    "EPS": "e pê ét",
    "TNCSHCM": "thanh niên cộng sản hồ chí minh",
    "HCTĐVN": "hội chữ thập đỏ việt nam",
    "HCCBVN": "hội cựu chiến binh việt nam",
    "HLHPNVN": "hội liên hiệp phụ nữ việt nam",
    "HNDVN": "hội nông dân việt nam",
    "LHTN": "liên hiệp thanh niên",
    "TNTP": "thiếu niên tiền phong",
}

MILITARY_AND_SECURITY: dict[str, str] = {
    "NVQS": "nghĩa vụ quân sự",
    "BCHQS": "ban chỉ huy quân sự",
    "BCHBĐBP": "ban chỉ huy bộ đội biên phòng",
    "CHQS": "chỉ huy quân sự",
    "QĐND": "quân đội nhân dân",
    "CAND": "công an nhân dân",
    "CA": "công an",
    "CAT": "công an tỉnh",
    "CAH": "công an huyện",
    "CAX": "công an xã",
    "BCA": "bộ công an",
    "BQP": "bộ quốc phòng",
    "DQTV": "dân quân tự vệ",
    "DQ": "dân quân",
    "QNDB": "quân nhân dự bị",
    "DBĐV": "dự bị động viên",
    "SQDB": "sĩ quan dự bị",
    "BĐBP": "bộ đội biên phòng",
    "KSBP": "kiểm soát biên phòng",
    "QK": "quân khu",
    "LLVT": "lực lượng vũ trang",
    "QNCN": "quân nhân chuyên nghiệp",
    "HSQ": "hạ sĩ quan",
    "ANTT": "an ninh trật tự",
    "TTATXH": "trật tự an toàn xã hội",
    "ANQP": "an ninh quốc phòng",
    "QP-AN": "quốc phòng an ninh",
    "QPAN": "quốc phòng an ninh",
    "CSGT": "cảnh sát giao thông",
    "CSCĐ": "cảnh sát cơ động",
    "CSKV": "cảnh sát khu vực",
    "PCCC": "phòng cháy chữa cháy",
    "PCCR": "phòng cháy chữa cháy rừng",
    "CNCH": "cứu nạn cứu hộ",
    "TKCN": "tìm kiếm cứu nạn",
    "PCTT": "phòng chống thiên tai",
    "ATNĐ": "áp thấp nhiệt đới",
    "KTTV": "khí tượng thủy văn",
    "TBNN": "trung bình nhiều năm",
    "ATGT": "an toàn giao thông",
    "TTATGT": "trật tự an toàn giao thông",
    "TNGT": "tai nạn giao thông",
    "DQTT": "dân quân thường trực",
    "BKS": "biển kiểm soát",
    "PCCN": "phòng chống cháy nổ",
    "TAND": "tòa án nhân dân",
    "VKSND": "viện kiểm sát nhân dân",
    "VKS": "viện kiểm sát",
    "CQCSĐT": "cơ quan cảnh sát điều tra",
    "CQĐT": "cơ quan điều tra",
    "CSĐT": "cảnh sát điều tra",
    "TTHS": "tố tụng hình sự",
    "BLHS": "bộ luật hình sự",
    "BLDS": "bộ luật dân sự",
    "VPHC": "vi phạm hành chính",
    "ĐCXD": "địa chính xây dựng",
    "ĐC-XD": "địa chính xây dựng",
    "XLVPHC": "xử lý vi phạm hành chính",
    "TGPL": "trợ giúp pháp lý",
    "XPHC": "xử phạt hành chính",
    "XPVPHC": "xử phạt vi phạm hành chính",
    "QLTT": "quản lý thị trường",
    "QLHC": "quản lý hành chính",
    "TTXH": "trật tự xã hội",
    "CSGT-TT": "cảnh sát giao thông trật tự",
    "CAV": "công an viên",
    "PBGDPL": "phổ biến giáo dục pháp luật",
    "DQCĐ": "dân quân cơ động",
    "SSCĐ": "sẵn sàng chiến đấu",
    "CHT": "chỉ huy trưởng",
    "QĐNDVN": "quân đội nhân dân việt nam",
    "BVANTQ": "bảo vệ an ninh tổ quốc",
    "CHP": "chỉ huy phó",
    "CSHS": "cảnh sát hình sự",
    "CSKT": "cảnh sát kinh tế",
    "CSMT": "cảnh sát môi trường",
}

HEALTH: dict[str, str] = {
    "TTYT": "trung tâm y tế",
    "TYT": "trạm y tế",
    "SYT": "sở y tế",
    "BYT": "bộ y tế",
    "YTDP": "y tế dự phòng",
    "BVĐK": "bệnh viện đa khoa",
    "PKĐK": "phòng khám đa khoa",
    "BV": "bệnh viện",
    "BS.": "bác sĩ",
    "BS": "bác sĩ",
    "YS.": "y sĩ",
    "ĐD.": "điều dưỡng",
    "ThS.": "thạc sĩ",
    "TS.": "tiến sĩ",
    "GS.": "giáo sư",
    "PGS.": "phó giáo sư",
    "NVYT": "nhân viên y tế",
    "CTV": "cộng tác viên",
    "KCB": "khám chữa bệnh",
    "KBYT": "khai báo y tế",
    "TCMR": "tiêm chủng mở rộng",
    "BHYT": "bảo hiểm y tế",
    "BHXH": "bảo hiểm xã hội",
    "BHTN": "bảo hiểm thất nghiệp",
    "DTLCP": "dịch tả lợn châu phi",
    "LMLM": "lở mồm long móng",
    "SXH": "sốt xuất huyết",
    "TCM": "tay chân miệng",
    "ATVSTP": "an toàn vệ sinh thực phẩm",
    "VSATTP": "vệ sinh an toàn thực phẩm",
    "ATTP": "an toàn thực phẩm",
    "DS-KHHGĐ": "dân số kế hoạch hóa gia đình",
    "KHHGĐ": "kế hoạch hóa gia đình",
    "SDD": "suy dinh dưỡng",
    "BCS": "bao cao su",
    "CSSKBĐ": "chăm sóc sức khỏe ban đầu",
    "HSD": "hạn sử dụng",
    "SKSS": "sức khỏe sinh sản",
    "TNTT": "tai nạn thương tích",
    "WHO": "tổ chức y tế thế giới",
    "HIV/AIDS": "hát i vê ết",
    "HIV": "hát i vê",
    "AIDS": "ết",
    "CDC": "xê đê xê",
    "BCG": "bê xê giê",
    "BMI": "bê em i",
    "AQI": "a quy i",
    "TTKSBT": "trung tâm kiểm soát bệnh tật",
    "KSBT": "kiểm soát bệnh tật",
    "ĐTĐ": "đái tháo đường",
    "THA": "tăng huyết áp",
    "BKLN": "bệnh không lây nhiễm",
    "CKI": "chuyên khoa một",
    "CKII": "chuyên khoa hai",
    "BSCKI": "bác sĩ chuyên khoa một",
    "BSCKII": "bác sĩ chuyên khoa hai",
    "NHS": "nữ hộ sinh",
    "KTV": "kỹ thuật viên",
    "ThS": "thạc sĩ",
    "KS.": "kỹ sư",
    "PKĐKKV": "phòng khám đa khoa khu vực",
    "YHCT": "y học cổ truyền",
    "PHCN": "phục hồi chức năng",
    "BN": "bệnh nhân",
    "HSCC": "hồi sức cấp cứu",
    "BVĐKKV": "bệnh viện đa khoa khu vực",
    "ĐKKV": "đa khoa khu vực",
}

LAND_USES: dict[str, str] = {
    "ONT": "ở tại nông thôn",
    "ODT": "ở tại đô thị",
    "CLN": "trồng cây lâu năm",
    "LUC": "chuyên trồng lúa nước",
    "LUK": "trồng lúa nước còn lại",
    "HNK": "trồng cây hàng năm khác",
    "BHK": "bằng trồng cây hàng năm khác",
    "NTS": "nuôi trồng thủy sản",
}
"""The land register's kinds of land: 'đất ONT' is 'đất ở tại nông thôn'; written alone
('ONT 120m2') the kind is said with 'đất' before it, as a land officer reads it."""

LAND_AND_PAPERS: dict[str, str] = {
    "NTTS": "nuôi trồng thủy sản",
    "DVMTR": "dịch vụ môi trường rừng",
    "ĐKKT-XH": "điều kiện kinh tế xã hội",
    "ĐKKTXH": "điều kiện kinh tế xã hội",
    "HCKK": "hoàn cảnh khó khăn",
    "QG": "quốc gia",
    "LSVH": "lịch sử văn hóa",
    "HKQT": "hàng không quốc tế",
    "TTXD": "trật tự xây dựng",
    "QHCT": "quy hoạch chi tiết",
    "TCĐĐ": "tiêm chủng đầy đủ",
    "KVPT": "khu vực phòng thủ",
    "LĐPT": "lao động phổ thông",
    "LGNN": "lệnh gọi nhập ngũ",
    "GCNQSDĐ": "giấy chứng nhận quyền sử dụng đất",
    "QSDĐ": "quyền sử dụng đất",
    "KHSDĐ": "kế hoạch sử dụng đất",
    "QHSDĐ": "quy hoạch sử dụng đất",
    "SDĐPNN": "sử dụng đất phi nông nghiệp",
    "SDĐ": "sử dụng đất",
    "GCN": "giấy chứng nhận",
    "GPMB": "giải phóng mặt bằng",
    **LAND_USES,
    "TĐC": "tái định cư",
    "GPXD": "giấy phép xây dựng",
    "GPLX": "giấy phép lái xe",
    "ĐKKD": "đăng ký kinh doanh",
    "CCCD": "căn cước công dân",
    "CMND": "chứng minh nhân dân",
    "HKTT": "hộ khẩu thường trú",
    "CSDLQG": "cơ sở dữ liệu quốc gia",
    "CSDL": "cơ sở dữ liệu",
    "SĐT": "số điện thoại",
    "SN": "số nhà",
    "RSX": "rừng sản xuất",
    "RPH": "rừng phòng hộ",
    "RĐD": "rừng đặc dụng",
    "TBĐ": "tờ bản đồ",
    "HT&TĐC": "hỗ trợ và tái định cư",
    "BTHT&TĐC": "bồi thường, hỗ trợ và tái định cư",
    "BTHTTĐC": "bồi thường, hỗ trợ và tái định cư",
    "ĐKĐĐ": "đăng ký đất đai",
    "GCNĐKKD": "giấy chứng nhận đăng ký kinh doanh",
    "CNĐKKD": "chứng nhận đăng ký kinh doanh",
    "GPKD": "giấy phép kinh doanh",
}

TAX_AND_MONEY: dict[str, str] = {
    "TNCN": "thu nhập cá nhân",
    "TNDN": "thu nhập doanh nghiệp",
    "GTGT": "giá trị gia tăng",
    "TTĐB": "tiêu thụ đặc biệt",
    "NSNN": "ngân sách nhà nước",
    "MST": "mã số thuế",
    "STK": "số tài khoản",
    "HĐĐT": "hóa đơn điện tử",
    "HKD": "hộ kinh doanh",
    "DN": "doanh nghiệp",
    "DNNVV": "doanh nghiệp nhỏ và vừa",
    "NHCSXH": "ngân hàng chính sách xã hội",
    "NHNN": "ngân hàng nhà nước",
    "KBNN": "kho bạc nhà nước",
    "QTDND": "quỹ tín dụng nhân dân",
    "QTD": "quỹ tín dụng",
    "CTĐL": "công ty điện lực",
    "TNHH": "trách nhiệm hữu hạn",
    "MTV": "một thành viên",
    "CTCP": "công ty cổ phần",
    "Cty": "công ty",
    "TCTD": "tổ chức tín dụng",
    "CSSXKD": "cơ sở sản xuất kinh doanh",
    "TDND": "tín dụng nhân dân",
    "NHNo&PTNT": "ngân hàng nông nghiệp và phát triển nông thôn",
    "NHNo": "ngân hàng nông nghiệp",
    "NHTM": "ngân hàng thương mại",
    "KD": "kinh doanh",
    "SX": "sản xuất",
    "TMCP": "thương mại cổ phần",
    "CTy": "công ty",
    "XN": "xí nghiệp",
    "ĐVQHNS": "đơn vị quan hệ ngân sách",
    "QHNS": "quan hệ ngân sách",
    "TM-DV": "thương mại dịch vụ",
    "DV": "dịch vụ",
    "TK&VV": "tiết kiệm và vay vốn",
}

SUB_DEPARTMENT_FIELDS: dict[str, str] = {
    "T": "thuế",
    "TY": "thú y",
    "CNTY": "chăn nuôi và thú y",
    "KL": "kiểm lâm",
    "TS": "thủy sản",
    "BVTV": "bảo vệ thực vật",
    "TTBVTV": "trồng trọt và bảo vệ thực vật",
    "TL": "thủy lợi",
    "PTNT": "phát triển nông thôn",
    "QLCL": "quản lý chất lượng",
    "QLCLNLS": "quản lý chất lượng nông lâm sản",
    "QLCLNLTS": "quản lý chất lượng nông lâm sản và thủy sản",
    "QLTT": "quản lý thị trường",
    "ATVSTP": "an toàn vệ sinh thực phẩm",
    "DS": "dân số",
    "DSKHHGĐ": "dân số kế hoạch hóa gia đình",
    "BVMT": "bảo vệ môi trường",
    "QLĐĐ": "quản lý đất đai",
    "TK": "thống kê",
    "THADS": "thi hành án dân sự",
    "VTLT": "văn thư lưu trữ",
    "PCTT": "phòng chống thiên tai",
}
"""What a sub-department ('chi cục', 'CC…') of a provincial department looks after: 'CCTL' is
the irrigation one ('chi cục thủy lợi'), never a provincial road ('TL' alone)."""
SUB_DEPARTMENTS = {f"CC{field}": f"chi cục {said}" for field, said in SUB_DEPARTMENT_FIELDS.items()}

ROADS_AND_PLACES: dict[str, str] = {
    "QL": "quốc lộ",
    "TL": "tỉnh lộ",
    "HL": "huyện lộ",
    "ĐT": "điện thoại",  # a road only with its number: ĐT741, ĐT 741 (see CODE_PREFIXES)
    "KP": "khu phố",
    "TDP": "tổ dân phố",
    "KP.": "khu phố",
    "Kp.": "khu phố",
    "TDP.": "tổ dân phố",
    "KCN": "khu công nghiệp",
    "CCN": "cụm công nghiệp",
    "KDC": "khu dân cư",
    "KĐT": "khu đô thị",
    "TP.": "thành phố",
    "Tp.": "thành phố",
    "TX.": "thị xã",
    "Tx.": "thị xã",
    "TT.": "thị trấn",
    "Tt.": "thị trấn",
    "TP": "thành phố",
    "Tp": "thành phố",
    "TX": "thị xã",
    "HCM": "hồ chí minh",
    "VN": "việt nam",
    "ĐBSCL": "đồng bằng sông cửu long",
    "BR-VT": "bà rịa vũng tàu",
    "TT-Huế": "thừa thiên huế",
    "TT.Huế": "thừa thiên huế",
    "BMT": "buôn ma thuột",
}

SCHOOLS_AND_FARMS: dict[str, str] = {
    "THCS": "trung học cơ sở",
    "THPT": "trung học phổ thông",
    "TH": "tiểu học",
    "MN": "mầm non",
    "GDTX": "giáo dục thường xuyên",
    "GDNN": "giáo dục nghề nghiệp",
    "ĐH": "đại học",
    "CĐ": "cao đẳng",
    "GV": "giáo viên",
    "HS": "học sinh",
    "SV": "sinh viên",
    "PHHS": "phụ huynh học sinh",
    "BVTV": "bảo vệ thực vật",
    "VDNC": "viêm da nổi cục",
    "PRRS": "pê e rờ e rờ ét",
    "ASF": "a ét ép",
    "NTM": "nông thôn mới",
    "VSMT": "vệ sinh môi trường",
    "TBA": "trạm biến áp",
    "ĐZ": "đường dây",
    "NMN": "nhà máy nước",
    "HKI": "học kỳ một",
    "HKII": "học kỳ hai",
    "MBA": "máy biến áp",
    "CSKH": "chăm sóc khách hàng",
    "NPK": "en pê ca",
    "DAP": "đê a pê",
    "FM": "ép em",
    "QCVN": "quy chuẩn việt nam",
    "TCVN": "tiêu chuẩn việt nam",
    "ISO": "i sô",
    "CMHS": "cha mẹ học sinh",
    "HSSV": "học sinh sinh viên",
    "GVCN": "giáo viên chủ nhiệm",
    "BGH": "ban giám hiệu",
    "BGK": "ban giám khảo",
    "PGD": "phòng giáo dục",
    "HTXDVNN": "hợp tác xã dịch vụ nông nghiệp",
    "PGD&ĐT": "phòng giáo dục và đào tạo",
    "SGD&ĐT": "sở giáo dục và đào tạo",
    "PGDĐT": "phòng giáo dục và đào tạo",
    "GVDG": "giáo viên dạy giỏi",
    "HSG": "học sinh giỏi",
    "KTX": "ký túc xá",
    "PTDTBT": "phổ thông dân tộc bán trú",
    "PTDTNT": "phổ thông dân tộc nội trú",
    "TTGDNN-GDTX": "trung tâm giáo dục nghề nghiệp giáo dục thường xuyên",
    "GDNN-GDTX": "giáo dục nghề nghiệp giáo dục thường xuyên",
    "DVNN": "dịch vụ nông nghiệp",
    "TT&BVTV": "trồng trọt và bảo vệ thực vật",
    "TTBVTV": "trồng trọt và bảo vệ thực vật",
    "CN&TY": "chăn nuôi và thú y",
    "KDĐV": "kiểm dịch động vật",
    "KDTV": "kiểm dịch thực vật",
    "QLRPH": "quản lý rừng phòng hộ",
}

LOAN_LETTERS: dict[str, str] = {
    "AI": "a i",
    "IP": "i pê",
    "IT": "i tê",
    "NFC": "en ép xê",
    "UAV": "u a vê",
    "VR": "vê e rờ",
    "AR": "a e rờ",
    "GIS": "giê i ét",
    "CCTV": "xê xê tê vê",
    "DO": "đê ô",
    "FO": "ép ô",
    "LPG": "e lờ pê giê",
    "WASI": "oa si",
}
"""Letters of digital transformation, fuel and farming notices, said as announcers say them
('AI' is never the word 'ai', 'dầu DO' never 'do')."""

COURTS_SPORT_AND_SOCIETY: dict[str, str] = {
    "THADS": "thi hành án dân sự",
    "CTHADS": "cục thi hành án dân sự",
    "TATC": "tòa án tối cao",
    "KTCTTL": "khai thác công trình thủy lợi",
    "QLKTCTTL": "quản lý khai thác công trình thủy lợi",
    "CTTL": "công trình thủy lợi",
    "XSKT": "xổ số kiến thiết",
    "HCV": "huy chương vàng",
    "HCB": "huy chương bạc",
    "HCĐ": "huy chương đồng",
    "SVĐ": "sân vận động",
    "ĐKVĐ": "đương kim vô địch",
    "ĐTDĐ": "điện thoại di động",
    "ĐTCĐ": "điện thoại cố định",
    "DĐ": "di động",
    "CTC": "cổ tử cung",
    "UTCTC": "ung thư cổ tử cung",
    "KSK": "khám sức khỏe",
    "LHQ": "liên hợp quốc",
    "HĐBA": "hội đồng bảo an",
    "XKLĐ": "xuất khẩu lao động",
    "CB": "cán bộ",
    "CNVC": "công nhân viên chức",
    "CNVCLĐ": "công nhân viên chức lao động",
    "BLGĐ": "bạo lực gia đình",
    "BĐG": "bình đẳng giới",
    "BVTE": "bảo vệ trẻ em",
    "BVCSTE": "bảo vệ, chăm sóc trẻ em",
    "CTR": "chất thải rắn",
    "CTRSH": "chất thải rắn sinh hoạt",
    "HKH": "hội khuyến học",
    "XHHT": "xã hội học tập",
    "ATTT": "an toàn thông tin",
    "PCTP": "phòng, chống tội phạm",
    "PCMT": "phòng, chống ma túy",
    "TNXH": "tệ nạn xã hội",
    "ĐBDTTS": "đồng bào dân tộc thiểu số",
    "ĐBKK": "đặc biệt khó khăn",
    "TDĐKXDĐSVH": "toàn dân đoàn kết xây dựng đời sống văn hóa",
}
"""Courts and judgments, irrigation and power companies, sport, phones, women's health, world
bodies, labour export, families and children, waste, study promotion, crime and the ethnic
areas: the notices of a commune's other offices."""

COURT_CASES: dict[str, str] = {
    "DS": "dân sự",
    "HS": "hình sự",
    "HNGĐ": "hôn nhân gia đình",
    "KDTM": "kinh doanh thương mại",
    "LĐ": "lao động",
    "HC": "hành chính",
}
COURT_STAGES: dict[str, str] = {
    "ST": "sơ thẩm",
    "PT": "phúc thẩm",
    "GĐT": "giám đốc thẩm",
    "TT": "tái thẩm",
    "QĐST": "quyết định sơ thẩm",
    "QĐPT": "quyết định phúc thẩm",
    "TLST": "thụ lý sơ thẩm",
    "TLPT": "thụ lý phúc thẩm",
}
"""A court's numbers: 'Bản án số 15/2024/DS-ST' is a civil case at first instance ('dân sự sơ
thẩm'), '12/2024/QĐST-HNGĐ' a first-instance decision on a marriage; read only where the
pieces are a case and its stage ('HS' elsewhere is 'học sinh')."""

COURTS_LABOUR_AND_CREDIT: dict[str, str] = {
    "CHV": "chấp hành viên",
    "KSV": "kiểm sát viên",
    "HTND": "hội thẩm nhân dân",
    "QĐTHA": "quyết định thi hành án",
    "THAHS": "thi hành án hình sự",
    "DSST": "dân sự sơ thẩm",
    "DSPT": "dân sự phúc thẩm",
    "HSST": "hình sự sơ thẩm",
    "HSPT": "hình sự phúc thẩm",
    "HGCS": "hòa giải cơ sở",
    "HGV": "hòa giải viên",
    "HNGĐ": "hôn nhân gia đình",
    "KDTM": "kinh doanh thương mại",
    "TTDS": "tố tụng dân sự",
    "BLTTDS": "bộ luật tố tụng dân sự",
    "BLTTHS": "bộ luật tố tụng hình sự",
    "QĐCC": "quyết định cưỡng chế",
    "TSBĐ": "tài sản bảo đảm",
    "TBXH": "thương binh và xã hội",
    "TB&XH": "thương binh và xã hội",
    "TCTN": "trợ cấp thất nghiệp",
    "LĐ": "lao động",
    "NSDLĐ": "người sử dụng lao động",
    "ATLĐ": "an toàn lao động",
    "ĐVCĐ": "đoàn viên công đoàn",
    "NQH": "nợ quá hạn",
    "DNTN": "doanh nghiệp tư nhân",
    "DNNN": "doanh nghiệp nhà nước",
    "CKNC": "cùng kỳ năm trước",
    "SCK": "so cùng kỳ",
    "GTSX": "giá trị sản xuất",
    "TNBQ": "thu nhập bình quân",
    "BQ": "bình quân",
    "TTCN": "tiểu thủ công nghiệp",
    "CN-TTCN": "công nghiệp tiểu thủ công nghiệp",
    "KTTT": "kinh tế tập thể",
    "HTXNN": "hợp tác xã nông nghiệp",
    "CTMTQG": "chương trình mục tiêu quốc gia",
    "NƠXH": "nhà ở xã hội",
    "TANDTC": "tòa án nhân dân tối cao",
    "VKSNDTC": "viện kiểm sát nhân dân tối cao",
    "BVANTT": "bảo vệ an ninh trật tự",
    "TDBVANTQ": "toàn dân bảo vệ an ninh tổ quốc",
    "TTKDTM": "thanh toán không dùng tiền mặt",
    "XH": "xã hội",
    "CTXH": "công tác xã hội",
}
"""Judgment enforcement and the people of a court, labour and unemployment, social-policy
credit, businesses and a year's figures ('tăng 5% so với CKNC')."""

SPORT_AND_WORLD: dict[str, str] = {
    "SLNA": "sông lam nghệ an",
    "HAGL": "hoàng anh gia lai",
    "CAHN": "công an hà nội",
    "CĐV": "cổ động viên",
    "VĐQG": "vô địch quốc gia",
    "ĐTQG": "đội tuyển quốc gia",
    "CHLB": "cộng hòa liên bang",
    "CHND": "cộng hòa nhân dân",
    "CHDCND": "cộng hòa dân chủ nhân dân",
    "VCK": "vòng chung kết",
    "NTĐ": "nhà thi đấu",
    "LĐBĐVN": "liên đoàn bóng đá việt nam",
    "HKPĐ": "hội khỏe phù đổng",
    "BNG": "bộ ngoại giao",
}
"""Clubs the national league names by their letters, and states named by their form ('CHLB
Đức', 'CHDCND Lào')."""

RECORDS_ENVIRONMENT_AND_LAND: dict[str, str] = {
    "ĐDĐT": "định danh điện tử",
    "TKĐDĐT": "tài khoản định danh điện tử",
    "CKS": "chữ ký số",
    "TMĐT": "thương mại điện tử",
    "HTTT": "hệ thống thông tin",
    "CTTĐT": "cổng thông tin điện tử",
    "MXH": "mạng xã hội",
    "CTVDS": "cộng tác viên dân số",
    "VTYT": "vật tư y tế",
    "TTBYT": "trang thiết bị y tế",
    "NS&VSMT": "nước sạch và vệ sinh môi trường",
    "HTXLNT": "hệ thống xử lý nước thải",
    "TPT": "tổng phụ trách",
    "MHX": "mùa hè xanh",
    "PNVN": "phụ nữ việt nam",
    "CBQL": "cán bộ quản lý",
    "CBGVNV": "cán bộ giáo viên nhân viên",
    "CB-GV-NV": "cán bộ giáo viên nhân viên",
    "ĐDDH": "đồ dùng dạy học",
    "TBDH": "thiết bị dạy học",
    "HĐNGLL": "hoạt động ngoài giờ lên lớp",
    "NGLL": "ngoài giờ lên lớp",
    "KHTN": "khoa học tự nhiên",
    "KHXH": "khoa học xã hội",
    "GDCD": "giáo dục công dân",
    "ĐGNL": "đánh giá năng lực",
    "CN-TY": "chăn nuôi thú y",
    "GSGC": "gia súc gia cầm",
    "CGH": "cơ giới hóa",
    "KTTS": "khai thác thủy sản",
    "ĐVHD": "động vật hoang dã",
    "CGKT": "chuyển giao kỹ thuật",
    "TBKT": "tiến bộ kỹ thuật",
    "BTCT": "bê tông cốt thép",
    "BTXM": "bê tông xi măng",
    "QHXD": "quy hoạch xây dựng",
    "QSH": "quyền sở hữu",
    "QSHNƠ": "quyền sở hữu nhà ở",
    "BĐĐC": "bản đồ địa chính",
    "NVS": "nhà vệ sinh",
    "ĐĐKDT": "đại đoàn kết dân tộc",
    "DTLS": "di tích lịch sử",
    "DTLSVH": "di tích lịch sử văn hóa",
    "CPĐT": "chính phủ điện tử",
    "ANM": "an ninh mạng",
    "KGM": "không gian mạng",
    "YTTB": "y tế thôn bản",
    "NĐTP": "ngộ độc thực phẩm",
    "PNMT": "phụ nữ mang thai",
    "NSH": "nước sinh hoạt",
    "ĐTM": "đánh giá tác động môi trường",
    "PCTT&TKCN": "phòng chống thiên tai và tìm kiếm cứu nạn",
    "PCTT-TKCN": "phòng chống thiên tai và tìm kiếm cứu nạn",
    "UVBCH": "ủy viên ban chấp hành",
    "HSV": "hội sinh viên",
    "HĐSP": "hội đồng sư phạm",
    "GDMN": "giáo dục mầm non",
    "GDPT": "giáo dục phổ thông",
    "CTGDPT": "chương trình giáo dục phổ thông",
    "TKB": "thời khóa biểu",
    "NTMKM": "nông thôn mới kiểu mẫu",
    "BQLRPH": "ban quản lý rừng phòng hộ",
    "ĐTXD": "đầu tư xây dựng",
    "TVGS": "tư vấn giám sát",
    "KCHKM": "kiên cố hóa kênh mương",
    "SKĐT": "sức khỏe điện tử",
    "HSSK": "hồ sơ sức khỏe",
    "HSSKĐT": "hồ sơ sức khỏe điện tử",
    "PNCT": "phụ nữ có thai",
    "CSSKSS": "chăm sóc sức khỏe sinh sản",
    "NS&VSMTNT": "nước sạch và vệ sinh môi trường nông thôn",
    "NSVSMTNT": "nước sạch và vệ sinh môi trường nông thôn",
    "VSMTNT": "vệ sinh môi trường nông thôn",
    "NSNT": "nước sạch nông thôn",
    "ONMT": "ô nhiễm môi trường",
    "XLNT": "xử lý nước thải",
    "CTNH": "chất thải nguy hại",
    "PCCCR": "phòng cháy, chữa cháy rừng",
    "QLBVR": "quản lý bảo vệ rừng",
    "BVR": "bảo vệ rừng",
    "CHPN": "chi hội phụ nữ",
    "HVPN": "hội viên phụ nữ",
    "HĐĐ": "hội đồng đội",
    "SGK": "sách giáo khoa",
    "GDQP": "giáo dục quốc phòng",
    "GDQP-AN": "giáo dục quốc phòng an ninh",
    "PCGD": "phổ cập giáo dục",
    "XMC": "xóa mù chữ",
    "PCGD-XMC": "phổ cập giáo dục xóa mù chữ",
    "CSVC": "cơ sở vật chất",
    "CNKD": "chứng nhận kiểm dịch",
    "CNTY": "chăn nuôi thú y",
    "KNKN": "khuyến nông khuyến ngư",
    "ATSH": "an toàn sinh học",
    "SXNN": "sản xuất nông nghiệp",
    "XDCB": "xây dựng cơ bản",
    "CTXD": "công trình xây dựng",
    "HTKT": "hạ tầng kỹ thuật",
    "TSGLVĐ": "tài sản gắn liền với đất",
    "MBH": "mũ bảo hiểm",
}
"""Digital identity and health records, clean water, waste and forests, women's and children's
unions, schools, livestock and fish farming, building and land, and the road: the letters
these offices' notices use for their everyday words."""

ABBREVIATIONS: dict[str, str] = {
    **STATE_AND_PARTY,
    **MASS_ORGANISATIONS,
    **MILITARY_AND_SECURITY,
    **HEALTH,
    **LAND_AND_PAPERS,
    **TAX_AND_MONEY,
    **ROADS_AND_PLACES,
    **SCHOOLS_AND_FARMS,
    **LOAN_LETTERS,
    **COURTS_SPORT_AND_SOCIETY,
    **COURTS_LABOUR_AND_CREDIT,
    **SPORT_AND_WORLD,
    **RECORDS_ENVIRONMENT_AND_LAND,
    **SUB_DEPARTMENTS,
}

WORDS_TOO = frozenset({"CA", "ĐU", "TU", "HU", "TƯ", "AI", "DO"})
"""Abbreviations that are also words (ca, đu, tu, hu, tư, ai, do): inside a heading written in
capitals they are words ('CA BỆNH MỚI'), elsewhere abbreviations ('CA xã')."""

MEASURES = (
    "nhiệt độ", "lượng mưa", "mưa", "mực nước", "độ ẩm", "giá", "điểm", "mức", "thu nhập",
    "năng suất", "tốc độ", "lưu lượng", "công suất", "chiều cao", "cân nặng", "diện tích",
    "sản lượng", "lương", "tuổi", "loại", "khá,", "khá", "học lực", "hạnh kiểm",
    "thấp nhất", "cao nhất", "tuổi thọ", "tăng", "giảm", "độ sâu", "chiều dài", "trọng lượng",
    "khối lượng", "không khí",
)  # fmt: skip
"""Words after which 'TB' is an average ('nhiệt độ TB', 'học lực khá, TB'), not a notice."""

MASS_ORGANISATION_LIST = (
    "ccb,", "ccb và", "nd,", "nd và", "pn,", "pn và", "cựu chiến binh,", "nông dân,",
    "phụ nữ,", "mttq,", "đoàn tn,",
)  # fmt: skip
"""A list of the mass organisations ('Chi hội trưởng CCB, ND, PN'): each is one of them."""

ABBREVIATIONS_AFTER: dict[str, dict[str, tuple[str, ...]]] = {
    "CP": {"cổ phần": ("công ty", "cty")},
    "KH": {"khách hàng": ("quý",)},
    "ĐT": {
        "đường tỉnh": ("tuyến", "ql và"),
        "đầu tư": (
            "vốn",
            "nguồn vốn",
            "chủ",
            "nhà",
            "thu hút",
            "kêu gọi",
            "xúc tiến",
            "dự án",
            "kế hoạch",
        ),
        "đội tuyển": ("hlv", "hlv trưởng", "huấn luyện viên", "cầu thủ", "khoác áo"),
    },
    "TB": {"trung bình": MEASURES, "thương binh": ("gia đình", "con")},
    "TN": {"thanh niên": ("đoàn", "hội", "đoàn viên", "tháng")},
    "THT": {
        "tụ huyết trùng": (
            "bệnh",
            "tiêm phòng",
            "vắc xin",
            "vaccine",
            "lở mồm long móng,",
            "lở mồm long móng và",
            "lmlm,",
            "lmlm và",
            "lmlm &",
            "dại,",
            "dại và",
            "dịch tả,",
            "tai xanh,",
        )
    },
    "TTS": {"thực tập sinh": ("diện", "đi", "tuyển", "chương trình", "lao động", "các", "là")},
    "ĐK": {"đa khoa": ("bệnh viện", "phòng khám")},
    "VT": {"văn thư": ("lưu",)},
    "TTCS": {"truyền thanh cơ sở": ("đài",)},
    "TTTH": {"truyền thanh truyền hình": ("đài", "trung tâm")},
    "PN": {"phụ nữ": ("hội", "chi hội", "hội viên", "liên hiệp", *MASS_ORGANISATION_LIST)},
    "ND": {"nông dân": ("hội", "chi hội", "hội viên", *MASS_ORGANISATION_LIST)},
    "BP": {"biên phòng": ("đồn", "bộ đội", "trạm")},
    "NN": {
        "nông nghiệp": ("htx", "hợp tác xã", "ngành", "đất", "sản xuất", "máy"),
        "ngoại ngữ": ("chứng chỉ", "môn", "giáo viên", "trình độ", "trung tâm"),
        "nhà nước": (
            "nh",
            "ngân hàng",
            "kho bạc",
            "ngân sách",
            "doanh nghiệp",
            "được",
            "của",
            "cơ quan",
            "vốn",
        ),
    },
    "BV": {"bảo vệ": ("tổ", "đội", "lực lượng", "công tác")},
    "KV": {"khu vực": ("thuế", "chi cục thuế", "đội thuế", "trạm", "chợ", "điện lực")},
    "CN": {"công nghiệp": ("cụm", "khu", "ngành")},
    "ĐD": {"đại diện": ("ban", "người")},
    "TS": {"thủy sản": ("chi cục", "nuôi trồng", "ngành", "khai thác")},
    "DP": {"dân phố": ("tổ",)},
    "TK": {
        "thống kê": ("cục", "chi cục", "ngành"),
        "tài khoản": ("chủ", "số", "mở", "khóa", "mất", "vào", "đăng nhập", "chiếm đoạt"),
    },
    "KL": {"kiểm lâm": ("hạt", "chi cục", "cục", "lực lượng")},
    "GD": {"giao dịch": ("điểm", "phòng", "quầy")},
    "KN": {"khuyến nông": ("trạm", "trung tâm", "cán bộ")},
    "TG": {"tuyên giáo": ("ban",)},
    "PL": {
        "pháp luật": (
            "tư vấn",
            "tuyên truyền",
            "phổ biến",
            "giáo dục",
            "vi phạm",
            "quy định của",
            "trợ giúp",
            "chấp hành",
            "hiểu biết",
            "kiến thức",
            "tủ sách",
            "ngày",
            "theo quy định",
            "thi hành",
            "trái",
            "đúng",
        )
    },
    "THA": {
        "thi hành án": (
            "điều kiện",
            "cơ quan",
            "việc",
            "chi cục",
            "cục",
            "đội",
            "chấp hành viên",
            "quyết định",
            "hồ sơ",
            "công tác",
            "hoãn",
            "đình chỉ",
            "phải",
            "được",
            "nghĩa vụ",
            "kết quả",
            "tổ chức",
        )
    },
    "MN": {
        "miền núi": ("dtts và", "dtts &", "dân tộc thiểu số và", "vùng", "vùng cao,", "trung du và")
    },
    "DV": {"dân vận": ("ban",)},
    "CC": {"công chức": ("cb,", "cán bộ,", "cán bộ", "cán bộ và")},
    "VC": {"viên chức": ("cc,", "công chức,", "công chức", "công chức và")},
    "HC": {
        "hành chính": (
            "thủ tục",
            "cải cách",
            "vi phạm",
            "địa giới",
            "đơn vị",
            "tổ chức",
            "trung tâm phục vụ",
        ),
    },
    "NS": {"ngân sách": ("chi", "thu", "dự toán", "cân đối", "nguồn", "vốn")},
    "QH": {
        "quá hạn": ("nợ",),
        "quy hoạch": (
            "lập",
            "điều chỉnh",
            "đồ án",
            "phê duyệt",
            "công bố",
            "rà soát",
            "phù hợp",
            "phù hợp với",
            "nằm trong",
            "vùng",
            "theo",
        ),
    },
    "ĐH": {
        "đại hội": (
            "chào mừng",
            "tiến tới",
            "hướng tới",
            "trước thềm",
            "văn kiện",
            "nghị quyết",
            "thành công",
            "tham dự",
            "tổ chức",
        ),
    },
    "CT": {"chương trình": ("vốn", "nguồn vốn")},
    "HTND": {"hỗ trợ nông dân": ("quỹ", "vốn", "nguồn vốn")},
    "HS": {
        "hồ sơ": (
            "nộp",
            "tiếp nhận",
            "thành phần",
            "bộ",
            "trả kết quả",
            "kết quả",
            "xét duyệt",
            "thẩm định",
            "hoàn thiện",
            "hoàn chỉnh",
            "lập",
            "chuẩn bị",
        )
    },
    "XN": {"xét nghiệm": ("làm", "kết quả", "lấy mẫu", "phiếu", "mẫu")},
    "LS": {"lãi suất": ("mức",), "lịch sử": ("môn",)},
    "BĐ": {"bóng đá": ("giải", "đội", "clb", "câu lạc bộ", "sân", "môn", "trận")},
    "CĐ": {
        "cao đẳng": ("trường", "hệ", "bậc", "trình độ", "tốt nghiệp", "sinh viên"),
        "công đoàn": ("đoàn viên", "chủ tịch", "ban chấp hành", "bch", "tổ", "kinh phí"),
    },
    "KD": {"kiểm dịch": ("chốt", "trạm", "cán bộ")},
    "TH": {"trường hợp": ("trong", "các", "mọi", "những", "một số", "đối với", "tùy")},
    "TL": {
        "thủy lợi": (
            "công trình",
            "công ty",
            "kênh",
            "hệ thống",
            "trạm",
            "đập",
            "hồ",
            "ngành",
            "phí",
        )
    },
    "GĐ": {"giám đốc": ("phó", "tổng", "ông", "bà")},
    "TV": {"thành viên": ("các", "là", "hội đồng")},
    "SK": {
        "sức khỏe": (
            "khám",
            "chăm sóc",
            "bảo vệ",
            "hồ sơ",
            "giấy khám",
            "sổ",
            "nâng cao",
            "kiểm tra",
        )
    },
    "KT": {"kiểm tra": ("đoàn", "tổ", "công tác", "ban"), "kinh tế": ("phát triển",)},
    "TC": {
        "tổ chức": ("ban",),
        "tiêm chủng": ("được", "lịch", "điểm", "buổi", "công tác", "chưa"),
        "trung cấp": ("trường", "hệ", "bằng", "trình độ"),
    },
    "VS": {"vệ sinh": ("tổng", "công tác", "làm")},
    "NH": {
        "ngân hàng": (
            "giả mạo",
            "mạo danh",
            "nhân viên",
            "vay",
            "gửi tiền",
            "tài khoản",
            "chi nhánh",
            "thẻ",
        )
    },
    "NV": {"nhân viên": ("gv và", "giáo viên và", "cán bộ,", "cán bộ và", "gv,", "các")},
    "TY": {"thú y": ("cán bộ", "trạm", "chi cục", "nhân viên", "ngành", "chăn nuôi và", "cn và")},
    "MG": {"mẫu giáo": ("trường", "lớp", "mầm non,", "mầm non và", "trẻ")},
    "CK": {
        "cùng kỳ": ("so với", "so", "bằng"),
        "chuyển khoản": ("nội dung", "hình thức", "phương thức"),
        "chứng khoán": ("đầu tư", "sàn", "sàn đầu tư", "thị trường", "công ty"),
    },
    "HĐ": {
        "hợp đồng": (
            "ký",
            "ký kết",
            "thanh lý",
            "chấm dứt",
            "gia hạn",
            "hủy",
            "vi phạm",
            "giao kết",
        ),
        "hóa đơn": ("xuất", "lập", "xuất trả"),
    },
    "LĐ": {"lãnh đạo": ("đồng chí", "đ/c", "ban")},
    "KK": {
        "khuyến khích": ("giải", "giải thưởng"),
        "khó khăn": ("hoàn cảnh", "hộ", "đặc biệt", "gia đình"),
    },
    "TT": {
        "trưởng thôn": ("bt kiêm", "bí thư kiêm", "bt chi bộ kiêm", "bí thư chi bộ kiêm"),
        "trực tiếp": ("nộp", "nộp hồ sơ", "hồ sơ", "đăng ký"),
        "thanh toán": ("hình thức", "phương thức", "chứng từ", "khuyến khích"),
    },
    "ĐV": {"đơn vị": ("cơ quan,", "cơ quan và", "cơ quan")},
}
"""Abbreviations read otherwise after some words: 'Công ty CP' is a joint-stock company, not
the government; 'quý KH' are the customers, not a plan; 'tuyến ĐT' a provincial road;
'nhiệt độ TB' an average. One that is not in ABBREVIATIONS ('TN': thanh niên, tốt nghiệp,
tài nguyên…) is spelled where no word before says which it is."""

COMPANY_TRADES: dict[str, str] = {
    "TM": "thương mại",
    "DV": "dịch vụ",
    "TMDV": "thương mại dịch vụ",
    "XD": "xây dựng",
    "XL": "xây lắp",
    "SX": "sản xuất",
    "XNK": "xuất nhập khẩu",
    "ĐT": "đầu tư",
    "TV": "tư vấn",
    "VT": "vận tải",
    "KD": "kinh doanh",
    "PT": "phát triển",
}
"""The trades in a company's name: 'Công ty CP ĐT và XD Hoàng Long' invests and builds
('đầu tư và xây dựng'); out of a company's name 'ĐT' is a telephone, 'TM.' a signature."""
COMPANY_NAME_SO_FAR = re.compile(
    r"(?:công ty|cty|doanh nghiệp|dntn|htx|hợp tác xã)(?:\s+[^\s,.;:()]+){0,6}\s*$"
)
"""The start of a company's name, up to six words before the abbreviation (lower-cased)."""

BODIES_LED = (
    r"\s(?:HĐND|UBND|UBMTTQ|MTTQ|ĐU|HU|TU|(?i:đảng ủy|huyện ủy|tỉnh ủy|hội đồng|ủy ban|mặt trận))"
    r"(?![^\W_])"
)
NUMBERED = re.compile(r"\s?(?:số\b|\d)")
"""Before a number or 'số', a document type names a document: 'theo TT 01/2024', 'CT số 16'."""
STANDING_BODIES = ("HĐND", "UBND", "UBMTTQ", "MTTQ", "ĐU", "HU", "TU")
"""'TTHĐND', 'TTĐU': the standing committee ('thường trực') of these bodies."""


LIVESTOCK = r"(?i:trâu|bò|lợn|heo|gia súc|gia cầm|dê|cừu|gà|vịt|đàn)(?![^\W_])"
"""What a livestock disease is named before: 'THT cho trâu bò' is tụ huyết trùng."""


def _followed_by(pattern: str, said: str) -> tuple[re.Pattern[str], str]:
    """A reading of an abbreviation, when the text after it matches `pattern`."""
    return re.compile(pattern), said


PARTY_BODY_AFTER = r"\s(?:ĐU|HU|TU|(?i:chi bộ|đảng ủy|huyện ủy|tỉnh ủy|chi đoàn|đoàn))"
BOARD_AFTER = (
    r"\s(?:BTV|BCH|UBKT|HĐND|UBND|UBMTTQ|MTTQ|(?i:ban|ủy ban|hội đồng|thường vụ|thường trực))"
    r"(?![^\W_])"
)
POLICE_AFTER = (
    r"\s(?:PCCC|CNCH|(?i:giao thông|hình sự|khu vực|cơ động|kinh tế|môi trường|điều tra))"
)
YEAR_AFTER = r"\s?:?\s?\d{4}(?!\d)"
"""'PL 2569 - DL 2025': a Buddhist and a common year ('phật lịch', 'dương lịch')."""
COMMAND_AFTER = r"\s(?:PCTT|TKCN|QS|PCCC|(?i:quân sự|phòng chống|phòng, chống|biên phòng))"
CENTRES = (
    r"\s(?:YT|VH|VHTT|VH-TT|TDTT|HTCĐ|GDNN|GDTX|DVVL|KN|KSBT|PVHCC|HCC|CTXH|BTXH|TGPL|CNTT|QĐ"
    r"|(?i:y tế|văn hóa|dịch vụ|giáo dục|chính trị|khuyến nông|bảo trợ|truyền thông|nước sạch"
    r"|kiểm soát|phục vụ|hành chính|học tập|huấn luyện|thương mại|phát triển|quỹ đất|trợ giúp"
    r"|giống|công nghệ|lưu trữ|điều dưỡng|công tác xã hội|thông tin|hội nghị|xúc tiến"
    r"|dân số|nghiên cứu|đào tạo|cứu hộ|thể dục|thể thao))(?![^\W_])"
)
"""What a centre ('trung tâm') is of: 'TT Y tế', 'TT VH-TT', 'TT DVVL'."""
SURNAMES = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Lương|Trương"
    "|Tạ|Chu|Vương|Triệu|Quách|Lò|Tô|Kiều|Đoàn|Trịnh|Lưu|Nông|Hứa|Đinh|Phan|Hà|Lâm|Mai|Cao"
)
MIDDLE_NAMES = (
    "Văn|Thị|Đình|Hữu|Công|Ngọc|Xuân|Quang|Minh|Đức|Thanh|Kim|Trọng|Quốc|Bá|Duy|Tiến|Mạnh"
    "|Viết|Khắc|Hồng|Thành|Anh|Như|Phương|Thu|Bích"
)
PERSON_AFTER = rf"\s(?:(?:ông|bà)\s)?(?:{SURNAMES})\s(?:{MIDDLE_NAMES})\s[A-ZĐ]"
"""A person's name: a family name, a middle name, a given name ('Nguyễn Văn Hùng')."""
VILLAGE_LIST = (
    r"\s?(?:,|và|&|/)\s?(?:TDP|KP|BND|BT|(?i:tổ trưởng|tổ dân phố|khu phố|trưởng ấp|trưởng bản"
    r"|trưởng khu|bí thư chi bộ|trưởng ban|chi hội trưởng))(?![^\W_])"
)
"""'các TT, TDP', 'TT và tổ trưởng': village heads in a list of village officers."""
POWER_COMPANY_PLACE = r"\s(?:[A-ZĐ][^\W\d_]*[^\x00-\x7f][^\W\d_]*|Long|Gia|Kon)\s[A-ZĐ][^\W\d_]"
"""'PC Bình Phước', 'PC Long An': the province's power company, 'ĐL Đồng Phú' the district's
power branch; a computer ('PC') has no Vietnamese place after it."""
TEST_AFTER = (
    r"\s(?:PCR|HIV|(?i:nhanh|máu|nước tiểu|sàng lọc|lại|dương tính|âm tính|covid))(?![^\W_])"
)
"""'XN nhanh', 'XN máu': a (medical) test ('xét nghiệm'); 'XN may mặc' is a factory."""
CONGRESS_AFTER = (
    r"\s(?:Đoàn|Đảng|TDTT|(?i:chi bộ|đảng bộ|đại biểu|thể dục|hội|cựu chiến binh|phụ nữ"
    r"|nông dân|công đoàn|mặt trận|lần thứ|thi đua|điểm|toàn quốc|nhiệm kỳ)|[IVX]{2,})(?![^\W_])"
)
"""'ĐH Đoàn xã', 'ĐH đại biểu': a congress ('đại hội'); 'xét tuyển ĐH' is a university."""
CROPS = r"(?i:lúa|ngô|lạc|sắn|mía|khoai|đậu|rau|chè|cà phê|cao su|hồ tiêu|điều|cây ăn quả)"
"""What 'NS' (năng suất) and 'DT' (diện tích) are said of: 'NS lúa', 'DT ngô'."""
PAYMENT_AFTER = r"\s(?i:không dùng tiền mặt|qua ngân hàng|qua ví|qua tài khoản|bằng thẻ)"
"""'TT không dùng tiền mặt', 'TT qua ngân hàng': a payment ('thanh toán')."""
TEAM_AFTER = (
    r"\s(?:U\.?\d\d|(?i:u (?:mười|hai mươi)|việt nam|quốc gia|nữ|nam|bóng đá|futsal"
    r"|bóng chuyền|olympic|thái lan|indonesia|malaysia|philippines|lào|campuchia|myanmar"
    r"|singapore|nhật bản|hàn quốc|trung quốc))(?![^\W_])"
)
"""'ĐT Việt Nam', 'ĐT U23', 'ĐT nữ': a national team ('đội tuyển'), not a telephone."""
CONTRACT_AFTER = (
    r"\s(?:LĐ|(?i:lao động|mua bán|thuê|vay|tín dụng|giao khoán|khoán|dịch vụ|thi công"
    r"|chuyển nhượng|tặng cho|ủy quyền|đặt cọc))(?![^\W_])"
)
INVOICE_AFTER = (
    r"\s(?:GTGT|VAT|(?i:điện tử|giá trị gia tăng|bán hàng|mua hàng|đỏ|tiền điện|tiền nước"
    r"|tiền internet))(?![^\W_])"
)
COUNCIL_AFTER = (
    r"\s(?:NVQS|(?i:nhân dân|thi|tuyển dụng|xét|nghĩa vụ|hòa giải|thẩm định|giám khảo"
    r"|nghiệm thu|bầu cử|thi đua|quản trị|trường))(?![^\W_])"
)
"""'HĐ LĐ' is a contract, 'HĐ GTGT' an invoice, 'HĐ thi' a board, 'HĐ ngoại khóa' an
activity; 'HĐ' before anything else is spelled."""
LED_PLACES = r"\s(?i:xã|huyện|tỉnh|sở|phòng|cơ quan|đảng ủy|chủ chốt|ngành)(?![^\W_])"
"""'LĐ UBND xã', 'LĐ huyện': the leaders ('lãnh đạo'); 'LĐ' elsewhere is 'lao động'."""
STATE_ACTS_AFTER = (
    r"\s(?i:hỗ trợ|cấp|giao|thu hồi|bồi thường|đầu tư|quy định|ban hành|quản lý|cho thuê)"
    r"(?![^\W_])"
)
"""'NN hỗ trợ 50%', 'đất NN giao': the state ('nhà nước'); 'đất NN' is farm land."""
UNITS_OF_WHAT = (
    r"\s(?i:trường học|hành chính|sự nghiệp|trực thuộc|tính|thi công|cấp xã|cấp huyện"
    r"|đóng quân|vũ trang|liên quan|y tế)(?![^\W_])"
)
"""'các ĐV trường học', 'ĐV tính': units ('đơn vị'), not party or union members."""
ABBREVIATIONS_BEFORE: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "SN": (_followed_by(r"\s?:?\s?(?:19|20)\d\d\b", "sinh năm"),),
    "TT": (
        _followed_by(BODIES_LED, "thường trực"),
        (NUMBERED, "thông tư"),
        _followed_by(r"\sHuế(?![^\W_])", "thừa thiên"),
        _followed_by(CENTRES, "trung tâm"),
        _followed_by(
            r"\s(?i:hội|đoàn|chi bộ|đảng bộ|huyện đoàn|tỉnh đoàn)(?![^\W_])", "thường trực"
        ),
        _followed_by(PERSON_AFTER, "trưởng thôn"),
        _followed_by(VILLAGE_LIST, "trưởng thôn"),
        _followed_by(r"\s(?i:thôn|xóm|bản|buôn|làng)\s", "trưởng thôn"),  # 'TT thôn 4'
        _followed_by(PAYMENT_AFTER, "thanh toán"),  # 'TT không dùng tiền mặt'
        _followed_by(r"\s[A-ZĐ][^\W\d_A-ZĐ]", "thị trấn"),  # 'TT Phú Mỹ'
    ),
    "HT": (
        _followed_by(r"\s?(?:&|và)\s?TĐC", "hỗ trợ"),
        _followed_by(r"\s(?:các\s)?(?i:trường)(?![^\W_])", "hiệu trưởng"),
    ),
    "PC": (_followed_by(POWER_COMPANY_PLACE, "công ty điện lực"),),
    "ĐL": (_followed_by(POWER_COMPANY_PLACE, "điện lực"),),
    "HK": (_followed_by(r"\s?(?:[IV]{1,3}|[12])(?![^\W_])", "học kỳ"),),
    "THT": (_followed_by(rf"[,\s]+(?:(?i:cho|trên|ở)\s+)?{LIVESTOCK}", "tụ huyết trùng"),),
    "CT": (
        _followed_by(
            rf"{BODIES_LED}|,\s(?:các\s)?PCT\b|\s(?i:xã|huyện|tỉnh|hội)(?![^\W_])", "chủ tịch"
        ),
        (NUMBERED, "chỉ thị"),
        _followed_by(
            r"\s(?:MTQG|(?i:mục tiêu|chống|hành động|sữa học đường|tiêm chủng))(?![^\W_])",
            "chương trình",
        ),
    ),
    "HD": ((NUMBERED, "hướng dẫn"),),
    "TTr": ((NUMBERED, "tờ trình"),),
    "BT": (
        _followed_by(r",?\s?(?:HT\b|HT&|(?i:hỗ trợ))", "bồi thường"),
        _followed_by(PARTY_BODY_AFTER, "bí thư"),
        _followed_by(r"\skiêm(?![^\W_])", "bí thư"),  # '(BT kiêm TT)'
    ),
    "UV": (_followed_by(BOARD_AFTER, "ủy viên"),),
    "TB": (_followed_by(r"\s?(?:[,&-]|và)\s?LS\b", "thương binh"),),
    "BCH": (_followed_by(COMMAND_AFTER, "ban chỉ huy"),),
    "BĐ": (_followed_by(r"\s?(?:[IV]{1,3}|[1-3])(?![^\W_])", "báo động"),),
    "XN": (_followed_by(TEST_AFTER, "xét nghiệm"),),
    "GĐ": (
        _followed_by(
            r"\s(?:[A-ZĐ][^\W\d_]|(?i:sở|công ty|trung tâm|bệnh viện|ngân hàng))", "giám đốc"
        ),
        _followed_by(r"\s(?i:văn hóa|chính sách|có công|khó khăn|thương binh|liệt sĩ)", "gia đình"),
    ),
    "KT": (
        _followed_by(
            r"\s?(?:[-–]\s?XH|(?:,|và)?\s(?:XH|(?i:xã hội|tập thể|hộ|trang trại)))", "kinh tế"
        ),
    ),
    "TC": (_followed_by(r"\s(?i:đầy đủ|mở rộng|vắc xin|định kỳ)", "tiêm chủng"),),
    "VS": (
        _followed_by(
            r"\s(?i:môi trường|an toàn|chuồng trại|đồng ruộng|trường lớp|cá nhân)", "vệ sinh"
        ),
    ),
    "NV": (
        _followed_by(
            r"\s(?i:bưu điện|y tế|ngân hàng|văn phòng|kế toán|bảo vệ|kỹ thuật)", "nhân viên"
        ),
        _followed_by(r"\s(?i:quân sự|công an|thuế|tài chính)", "nghĩa vụ"),
    ),
    "UB": (_followed_by(r"\s(?:MTTQ|ND\b|(?i:nhân dân|mặt trận|kiểm tra))", "ủy ban"),),
    "LS": (_followed_by(r"\s?(?:(?i:cho vay|ưu đãi|tiền gửi|huy động|thả nổi)|\d)", "lãi suất"),),
    "CĐ": (_followed_by(r"\s(?i:cơ sở|ngành|giáo dục|viên chức)(?![^\W_])", "công đoàn"),),
    "ĐB": (
        _followed_by(r"\s(?i:khó khăn|nghiêm trọng|quan trọng|cấp bách)", "đặc biệt"),
        _followed_by(r"\s(?i:sông)(?![^\W_])", "đồng bằng"),
        _followed_by(r"\s(?i:dân tộc)(?![^\W_])", "đồng bào"),
    ),
    "KD": (_followed_by(r"\s(?i:động vật|thực vật|gia súc|gia cầm)", "kiểm dịch"),),
    "ĐH": (_followed_by(CONGRESS_AFTER, "đại hội"),),
    "NS": (
        _followed_by(r"\s(?i:nhà nước|trung ương|địa phương|xã|huyện|tỉnh)(?![^\W_])", "ngân sách"),
        _followed_by(
            rf"\s(?:{CROPS}|(?i:bình quân|cây trồng|đạt|tăng|giảm))(?![^\W_])", "năng suất"
        ),
    ),
    "DT": (
        _followed_by(
            rf"\s(?:{CROPS}|(?i:rừng|đất|gieo|cây|trồng|canh tác|nuôi|sàn|tự nhiên|mặt nước"
            r"|bị|thiệt hại))(?![^\W_])",
            "diện tích",
        ),
        _followed_by(r"\s(?i:ngân sách|thu|chi)(?![^\W_])", "dự toán"),
    ),
    "QH": (
        _followed_by(
            r"\s(?:SDĐ|NTM|(?i:chi tiết|chung|phân khu|sử dụng đất|nông thôn mới|xây dựng|tỷ lệ"
            r"|tổng thể|mạng lưới|ba loại rừng|3 loại rừng|khu|điểm dân cư))(?![^\W_])",
            "quy hoạch",
        ),
    ),
    "HL": (
        _followed_by(r"\s(?i:dân quân|quân sự|tự vệ|lực lượng|chiến sĩ|tân binh)", "huấn luyện"),
    ),
    "QL": (
        _followed_by(r"\s(?i:thị trường|nhà nước|dự án|chợ|đất đai|rừng|chất lượng)", "quản lý"),
    ),
    "BS": (
        _followed_by(r"\s(?i:hồ sơ|giấy tờ|thông tin|kinh phí|danh sách|ngân sách)", "bổ sung"),
    ),
    "TP": (
        _followed_by(r"\s(?i:chức năng|bẩn|tươi sống|đông lạnh|không rõ nguồn gốc)", "thực phẩm"),
    ),
    "PL": (_followed_by(YEAR_AFTER, "phật lịch"),),
    "DL": (_followed_by(YEAR_AFTER, "dương lịch"),),
    "TK": (
        _followed_by(r"\s?(?:số\s?)?:?\s?(?!(?:19|20)\d\d(?!\d))\d{4}", "tài khoản"),
        _followed_by(r"\s(?:NH\b|(?i:ngân hàng|định danh|mạng xã hội|zalo|facebook))", "tài khoản"),
    ),
    "BV": (_followed_by(r"\s(?:ANTT|ANCS|(?i:an ninh|môi trường|rừng|trẻ em))", "bảo vệ"),),
    "CS": (_followed_by(POLICE_AFTER, "cảnh sát"),),
    "PGD": (_followed_by(r"\s(?:NH|(?i:ngân hàng))", "phòng giao dịch"),),
    "THA": (_followed_by(r"\s(?:DS|HS|(?i:dân sự|hình sự))(?![^\W_])", "thi hành án"),),
    "ĐT": (_followed_by(TEAM_AFTER, "đội tuyển"),),
    "CK": (
        _followed_by(r"\s(?:(?i:quốc tế|chính|phụ)|[A-ZĐ][^\W\d_])", "cửa khẩu"),
        _followed_by(r"\s(?i:tiền|vào|qua|cho|đặt cọc)(?![^\W_])", "chuyển khoản"),
        _followed_by(r"\s(?i:năm trước|năm ngoái)(?![^\W_])", "cùng kỳ"),
    ),
    "HĐ": (
        _followed_by(CONTRACT_AFTER, "hợp đồng"),
        _followed_by(INVOICE_AFTER, "hóa đơn"),
        _followed_by(COUNCIL_AFTER, "hội đồng"),
        _followed_by(r"\s(?i:ngoại khóa|trải nghiệm|văn hóa|văn nghệ)(?![^\W_])", "hoạt động"),
    ),
    "LĐ": (_followed_by(rf"{BODIES_LED}|{LED_PLACES}", "lãnh đạo"),),
    "CN": (_followed_by(r"\s(?:VP|NH|(?i:văn phòng|ngân hàng|công ty))", "chi nhánh"),),
    "TN": (
        _followed_by(r"\s(?:THPT|THCS|(?i:trung học|đại học|cao đẳng))", "tốt nghiệp"),
        _followed_by(r"\s(?i:nước|môi trường|khoáng sản)(?![^\W_])", "tài nguyên"),
    ),
    "NN": (
        _followed_by(r"\s?(?:&|và)\s?(?:PTNT|(?i:phát triển nông thôn))", "nông nghiệp"),
        _followed_by(STATE_ACTS_AFTER, "nhà nước"),
    ),
    "ĐV": (
        _followed_by(r"\s(?i:thanh niên)(?![^\W_])", "đoàn viên"),
        _followed_by(UNITS_OF_WHAT, "đơn vị"),
    ),
    "NH": (
        _followed_by(
            r"\s(?:CSXH|NN|TMCP|No\b|(?i:nhà nước|chính sách)|[A-ZĐ][^\W\d_])", "ngân hàng"
        ),
        _followed_by(r"\s?:?\s?(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d\b", "năm học"),
    ),
}
"""Abbreviations read otherwise before some text: 'SN 1995' is a year of birth, 'SN 25' a
house number (ABBREVIATIONS); 'TT HĐND' is the standing committee ('thường trực'), 'CT
UBND' the chairman; 'BCH PCTT', 'BCH Quân sự' a command board ('ban chỉ huy'), where
'BCH Đoàn' is an executive committee ('ban chấp hành'); 'NH CSXH' or 'NH Nông nghiệp' a bank,
'NH 2025-2026' a school year; 'PL 2569 - DL 2025' the Buddhist and the common year; 'TK
1234567890' an account (a year after 'TK' is statistics'); 'THA DS' judgment enforcement."""


def _said_near(pattern: str, said: str) -> tuple[re.Pattern[str], str]:
    """A reading of an abbreviation, when a word of `pattern` is the nearest of its kind."""
    return re.compile(rf"(?<![^\W_])(?:{pattern})(?![^\W_])"), said


ABBREVIATIONS_IN_SENTENCE: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "THA": (
        _said_near(
            r"THADS|CTHADS|CCTHADS|(?i:thi hành án|cưỡng chế|đương sự|bản án|kê biên|chấp hành viên"
            r"|án phí|tòa án)",
            "thi hành án",
        ),
        _said_near(
            r"ĐTĐ|(?i:huyết áp|bệnh|khám|đái tháo đường|tiểu đường|tim mạch|thuốc|sàng lọc|y tế"
            r"|điều trị|đột quỵ)",
            "tăng huyết áp",
        ),
    ),
    "CN": (
        _said_near(
            r"KCN|(?i:tuyển|công ty|nhà máy|xí nghiệp|khu công nghiệp|lao động|tăng ca|ca kíp)",
            "công nhân",
        ),
        _said_near(r"T[2-7]|(?i:thứ|ngày|sáng|chiều|tối|tuần|nghỉ|họp|lịch|cuối tuần)", "chủ nhật"),
    ),
    "ĐV": (
        _said_near(
            r"Đoàn (?:xã|phường|thị trấn|trường|TN)|ĐTN|(?i:chi đoàn|đoàn thanh niên|huyện đoàn"
            r"|tỉnh đoàn|thanh niên|đoàn viên|tncs)",
            "đoàn viên",
        ),
        _said_near(
            r"Đảng|ĐU|HU|TU|(?i:chi bộ|đảng ủy|đảng bộ|đảng viên|tuổi đảng|huy hiệu|đảng phí)",
            "đảng viên",
        ),
    ),
    "HV": (
        _said_near(
            r"Hội|HND|HPN|CCB|(?i:chi hội|hội viên|nông dân|phụ nữ|cựu chiến binh|khuyến học"
            r"|chữ thập đỏ|người cao tuổi|cựu giáo chức|làm vườn)",
            "hội viên",
        ),
        _said_near(
            r"GDNN|GDTX|(?i:lớp|khóa|khoá|trung tâm|đào tạo|dạy nghề|học|trường|bồi dưỡng"
            r"|tập huấn|giảng viên|học viện|cai nghiện)",
            "học viên",
        ),
    ),
}
"""Abbreviations whose meaning the sentence around them gives, the nearest telling word
winning: 'THA' is judgment enforcement ('thi hành án') beside a judgment or a seizure, high
blood pressure ('tăng huyết áp', also where nothing tells) beside an illness; 'ĐV' is a
youth-union member ('đoàn viên') in a youth union's notice, a party member ('đảng viên', also
where nothing tells) in the party's; 'HV' a member of an association ('hội viên') or a
learner ('học viên'), spelled where nothing tells."""

ONLY_AS_DOCUMENT: dict[str, tuple[str, ...]] = {
    "CV": ("theo", "căn cứ", "thực hiện", "tại", "kèm theo", "triển khai"),
}
"""Abbreviations that name a document only when one is meant: before a number or 'số', or
after these words ('Thực hiện CV số 1520', 'theo CV của huyện'). Elsewhere they are
spelled: 'nộp CV xin việc' is a résumé ('xê vê'), not an official letter."""

SHORT_PLACES: dict[str, str] = {"H": "huyện", "P": "phường", "Q": "quận", "X": "xã"}
"""'H. Đồng Phú', 'P.5', 'Q. 1': a letter and a dot before a name or a number."""
SHORT_PROVINCES: dict[str, str] = {"T": "tỉnh"}
"""'T. Bến Tre': a letter and a dot before a name only ('T.3' is not a province)."""

SIGNATURE_MARKS: dict[str, str] = {
    "TM": "thay mặt",
    "KT": "ký thay",
    "TL": "thừa lệnh",
    "TUQ": "thừa ủy quyền",
    "Q": "quyền",
}
"""Who signs for whom, above a signature: 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'."""
ACTING_TITLES = (
    "chủ tịch", "giám đốc", "trưởng", "hiệu trưởng", "chánh", "bí thư", "cục trưởng",
    "chi cục trưởng", "tổng", "viện trưởng", "phó",
)  # fmt: skip
"""'Q. CHỦ TỊCH' is the acting chairman; 'Q. Bình Thạnh' stays a district."""


def _meaning(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{words})(?![^\W_])")


FOREIGN_MEANINGS: dict[str, re.Pattern[str]] = {
    "GDP": _meaning("tổng sản phẩm"),
    "GRDP": _meaning("tổng sản phẩm"),
    "GNI": _meaning("tổng thu nhập quốc gia"),
    "FDI": _meaning("đầu tư trực tiếp nước ngoài"),
    "ODA": _meaning("hỗ trợ phát triển chính thức|vốn vay ưu đãi"),
    "PCI": _meaning("năng lực cạnh tranh"),
    "DDCI": _meaning("năng lực cạnh tranh"),
    "PAPI": _meaning("quản trị và hành chính công"),
    "SIPAS": _meaning("hài lòng"),
    "ICOR": _meaning("hiệu quả sử dụng vốn|hệ số sử dụng vốn"),
    "CPI": _meaning("giá tiêu dùng"),
    "VAT": _meaning("giá trị gia tăng"),
    "MR": _meaning("sởi"),
    "MMR": _meaning("sởi"),
    "OPV": _meaning("bại liệt"),
    "IPV": _meaning("bại liệt"),
    "HPV": _meaning("u nhú|cổ tử cung"),
    "BCG": _meaning("phòng lao|bệnh lao"),
    "HIV": _meaning("suy giảm miễn dịch"),
    "AIDS": _meaning("suy giảm miễn dịch"),
    "ASF": _meaning("dịch tả lợn châu phi"),
    "AQI": _meaning("chất lượng không khí"),
    "PM2.5": _meaning("bụi"),
    "PM10": _meaning("bụi"),
    "VMS": _meaning("giám sát hành trình"),
    "GPS": _meaning("định vị"),
    "IUU": _meaning("bất hợp pháp|không báo cáo"),
    "OCOP": _meaning("mỗi xã một sản phẩm"),
    "ETC": _meaning("thu phí (?:tự động )?không dừng"),
    "AI": _meaning("trí tuệ nhân tạo"),
    "ICT": _meaning("công nghệ thông tin"),
    "ATM": _meaning("rút tiền tự động"),
    "OTP": _meaning("mã xác thực|mật khẩu một lần"),
    "LPG": _meaning("khí dầu mỏ hóa lỏng"),
    "GMP": _meaning("thực hành sản xuất tốt"),
    "HACCP": _meaning("phân tích mối nguy"),
    "ASEAN": _meaning("hiệp hội các quốc gia đông nam á"),
    "WTO": _meaning("tổ chức thương mại thế giới"),
    "ILO": _meaning("tổ chức lao động quốc tế"),
    "FAO": _meaning("lương thực và nông nghiệp"),
    "UNESCO": _meaning("giáo dục, khoa học và văn hóa|giáo dục khoa học và văn hóa"),
    "UNICEF": _meaning("quỹ nhi đồng"),
    "EU": _meaning("liên minh châu âu"),
}
"""A foreign abbreviation in brackets after what it means in Vietnamese is not read: 'Chỉ số
giá tiêu dùng (CPI)', 'vắc xin Sởi - Rubella (MR)', 'bụi mịn (PM2.5)'; the words that tell
its meaning, in lower case, among the dozen words before the bracket."""

DOCUMENT_TYPES: dict[str, str] = {
    "KH": "kế hoạch",
    "QĐ": "quyết định",
    "QĐi": "quy định",
    "CV": "công văn",
    "TB": "thông báo",
    "CT": "chỉ thị",
    "NQ": "nghị quyết",
    "NĐ": "nghị định",
    "TT": "thông tư",
    "TTLT": "thông tư liên tịch",
    "HD": "hướng dẫn",
    "BC": "báo cáo",
    "TTr": "tờ trình",
    "CĐ": "công điện",
    "GM": "giấy mời",
    "KL": "kết luận",
    "QC": "quy chế",
    "CTr": "chương trình",
    "PA": "phương án",
    "BB": "biên bản",
    "GP": "giấy phép",
    "HĐ": "hợp đồng",
    "KHLT": "kế hoạch liên tịch",
    "NQLT": "nghị quyết liên tịch",
    "HDLT": "hướng dẫn liên tịch",
    "CTrLT": "chương trình liên tịch",
    "QCPH": "quy chế phối hợp",
    "QYĐ": "quy định",
    "TC": "thông cáo",
    "TCBC": "thông cáo báo chí",
    "ĐA": "đề án",
    "DA": "dự án",
    "TTh": "bản thỏa thuận",
    "GN": "bản ghi nhớ",
    "GUQ": "giấy ủy quyền",
    "GGT": "giấy giới thiệu",
    "NP": "giấy nghỉ phép",
    "PG": "phiếu gửi",
    "PC": "phiếu chuyển",
    "PB": "phiếu báo",
}
"""The first part after the number says what the document is: '125/KH-UBND', '16/CT-TTg';
every type of Nghị định 30/2020/NĐ-CP (appendix III), and the press release's 'TCBC'."""

GOVERNMENT_BODIES: dict[str, str] = {
    "KHCN": "khoa học và công nghệ",
    "NNMT": "nông nghiệp và môi trường",
    "NNPTNT": "nông nghiệp và phát triển nông thôn",
    "NN": "nông nghiệp",
    "TC": "tài chính",
    "YT": "y tế",
    "CA": "công an",
    "QP": "quốc phòng",
    "TTTT": "thông tin và truyền thông",
    "NG": "ngoại giao",
    "DTTG": "dân tộc và tôn giáo",
    "GDĐT": "giáo dục và đào tạo",
    "LĐTBXH": "lao động thương binh và xã hội",
    "TNMT": "tài nguyên và môi trường",
    "GTVT": "giao thông vận tải",
    "XD": "xây dựng",
    "CT": "công thương",
    "NV": "nội vụ",
    "TP": "tư pháp",
    "KHĐT": "kế hoạch và đầu tư",
    "VHTTDL": "văn hóa, thể thao và du lịch",
}
"""Ministries and departments: with 'B' before them a ministry ('BKHCN' bộ khoa học và công
nghệ), with 'S' a provincial department ('SYT' sở y tế)."""

OFFICES: dict[str, str] = {
    **GOVERNMENT_BODIES,
    "KT": "kinh tế",
    "VX": "văn xã",
    "KTHT": "kinh tế hạ tầng",
    "TCKH": "tài chính kế hoạch",
}
OFFICE_WORDS = ("phòng", "sở", "bộ")
"""After these, a body's letters name the office: 'Phòng KT' phòng kinh tế, 'Sở XD' sở xây
dựng, 'Phòng TP' phòng tư pháp (elsewhere 'TP' is a city)."""

COMPOSED_HEADS: dict[str, str] = {
    "HĐ": "hội đồng",
    "UB": "ủy ban",
    "BCĐ": "ban chỉ đạo",
    "BQL": "ban quản lý",
    "BTC": "ban tổ chức",
    "TT": "trung tâm",
    "CT": "chủ tịch",
    "VP": "văn phòng",
    "CC": "chi cục",
}
"""Issuers composed of a head and known abbreviations: 'HĐNVQS' hội đồng nghĩa vụ quân sự,
'UBTWMTTQVN' ủy ban trung ương mặt trận tổ quốc việt nam, 'BCĐNTM' ban chỉ đạo nông thôn
mới, 'CTUBND' chủ tịch ủy ban nhân dân."""

STATE_ISSUERS: dict[str, str] = {"BCH": "ban chỉ huy"}
MILITARY_ISSUERS = frozenset({"BCH", "BCHQS", "CHQS", "BĐBP", "BCHBĐBP", "BTL", "BQP"})
MILITARY_UNITS: dict[str, str] = {
    "TM": "tham mưu",
    "CT": "chính trị",
    "HC": "hậu cần",
    "KT": "kỹ thuật",
    "HCKT": "hậu cần kỹ thuật",
    "TC": "tác chiến",
    "DQ": "dân quân",
}
"""The offices a military command signs with: '1185/BCH-TM' is its staff ('ban chỉ huy tham
mưu'), 'BCH-CT' its political office, not a chairman ('chủ tịch')."""
DEPARTMENT_UNITS: dict[str, str] = {
    "NV": "nghiệp vụ",
    "PC": "pháp chế",
    "TH": "tổng hợp",
    "DS": "dân số",
    "KK": "kê khai",
    "QLN": "quản lý nợ",
    "TTHT": "tuyên truyền hỗ trợ",
    "TTKT": "thanh tra kiểm tra",
    "KTNB": "kiểm tra nội bộ",
}
"""After a department, a board, a centre or a tax office, its sub-unit: 'SYT-NV' nghiệp vụ,
'CCT-KK' kê khai, 'TTYT-DS' dân số (after a people's committee, 'UBND-NV' is its home affairs
office, 'nội vụ')."""
UNIT_HEADS = ("sở ", "bộ ", "cục ", "chi cục ", "ban ", "trung tâm ", "văn phòng ")
PARTY_ISSUERS: dict[str, str] = {"ĐH": "đại hội"}
"""Issuers read otherwise in a number of the state's form ('03/CĐ-BCH', from the command
board for disasters or the military one) than in the party's ('05-NQ/BCH', the executive
committee); in the party's, 'ĐH' is its congress ('10-NQ/ĐH'), not a university."""

PARTY_BODIES: dict[str, str] = {
    "BTG": "ban tuyên giáo",
    "BTC": "ban tổ chức",
    "BDV": "ban dân vận",
    "BTGDV": "ban tuyên giáo và dân vận",
    "BNC": "ban nội chính",
    "UBKT": "ủy ban kiểm tra",
    "VP": "văn phòng",
    "BTV": "ban thường vụ",
}
PARTY_LEVELS: dict[str, str] = {
    "TW": "trung ương",
    "TU": "tỉnh ủy",
    "HU": "huyện ủy",
    "ĐU": "đảng ủy",
}
"""The party's boards and their level: 'BTGTW' ban tuyên giáo trung ương, 'UBKTHU' ủy ban
kiểm tra huyện ủy."""

DOCUMENT_ISSUERS: dict[str, str] = {
    "CT": "chủ tịch",
    "VP": "văn phòng",
    "VX": "văn xã",
    "KT": "kinh tế",
    "NC": "nội chính",
    "TH": "tổng hợp",
    "NN": "nông nghiệp",
    "XD": "xây dựng",
    "TC": "tài chính",
    "YT": "y tế",
    "GD": "giáo dục",
    "NV": "nội vụ",
    "VHTT": "văn hóa thông tin",
    "VHXH": "văn hóa xã hội",
    "KTHT": "kinh tế hạ tầng",
    "KGVX": "khoa giáo văn xã",
    "TCKH": "tài chính kế hoạch",
    "UBTVQH": "ủy ban thường vụ quốc hội",
    "BNNPTNT": "bộ nông nghiệp và phát triển nông thôn",
    "BTC": "bộ tài chính",
    "BGDĐT": "bộ giáo dục và đào tạo",
    "BLĐTBXH": "bộ lao động thương binh và xã hội",
    "BTNMT": "bộ tài nguyên và môi trường",
    "BGTVT": "bộ giao thông vận tải",
    "BXD": "bộ xây dựng",
    "BCT": "bộ công thương",
    "BNV": "bộ nội vụ",
    "BTP": "bộ tư pháp",
    "BKHĐT": "bộ kế hoạch và đầu tư",
    "BVHTTDL": "bộ văn hóa, thể thao và du lịch",
    "STC": "sở tài chính",
    "SNNPTNT": "sở nông nghiệp và phát triển nông thôn",
    "SGDĐT": "sở giáo dục và đào tạo",
    "STNMT": "sở tài nguyên và môi trường",
    "SLĐTBXH": "sở lao động thương binh và xã hội",
    "SVHTTDL": "sở văn hóa, thể thao và du lịch",
    "BTGTU": "ban tuyên giáo tỉnh ủy",
    "NVY": "nghiệp vụ y",
    "NVD": "nghiệp vụ dược",
    "TY": "thú y",
    "DP": "dự phòng",
    "CNTY": "chăn nuôi thú y",
    "KHTC": "kế hoạch tài chính",
    "TCCB": "tổ chức cán bộ",
    "QLCL": "quản lý chất lượng",
    "TTra": "thanh tra",
    "TP": "tư pháp",
    "ĐC": "địa chính",
    "VPĐK": "văn phòng đăng ký",
    "QLĐĐ": "quản lý đất đai",
    "QLĐT": "quản lý đô thị",
    "CTK": "cục thống kê",
    "TKNN": "thống kê nông nghiệp",
    "TA": "tòa án",
    "QG": "quốc gia",
    "TTr": "thanh tra",
    "BDT": "ban dân tộc",
    "BDTTG": "ban dân tộc và tôn giáo",
    "SDTTG": "sở dân tộc và tôn giáo",
    "TCHC": "tổ chức hành chính",
    "HCTH": "hành chính tổng hợp",
    "KHTH": "kế hoạch tổng hợp",
    "QLNS": "quản lý ngân sách",
    "TCDN": "tài chính doanh nghiệp",
    "QLGCS": "quản lý giá và công sản",
    "QLXD": "quản lý xây dựng",
    "QLHĐXD": "quản lý hoạt động xây dựng",
    "KTQH": "kiến trúc quy hoạch",
    "QLVT": "quản lý vận tải",
    "KCHT": "kết cấu hạ tầng",
    "QLTM": "quản lý thương mại",
    "QLCN": "quản lý công nghiệp",
    "QLNL": "quản lý năng lượng",
    "GDTrH": "giáo dục trung học",
    "GDTH": "giáo dục tiểu học",
    "CTTT": "chính trị tư tưởng",
    "KTKĐ": "khảo thí và kiểm định",
    "QLDL": "quản lý du lịch",
    "QLVH": "quản lý văn hóa",
    "LĐVL": "lao động việc làm",
    "XDCQ": "xây dựng chính quyền",
    "CCVC": "công chức viên chức",
    "VTLT": "văn thư lưu trữ",
    "KSTTHC": "kiểm soát thủ tục hành chính",
    "TNN": "tài nguyên nước",
    "ĐĐBĐ": "đo đạc bản đồ",
    "BCVT": "bưu chính viễn thông",
    "TTBC": "thông tin báo chí",
    "HTQT": "hợp tác quốc tế",
    "QLKH": "quản lý khoa học",
    "QLDA": "quản lý dự án",
    "KHNV": "kế hoạch nghiệp vụ",
}
"""Who issued it: the parts after the first ('QĐ-CT' is a decision of the chairman), beyond
the abbreviations read the same in running text ('UBND', 'BTTTT')."""

CODE_PREFIXES: dict[str, str] = {
    "QL": "quốc lộ",
    "ĐT": "đường tỉnh",
    "TL": "tỉnh lộ",
    "HL": "huyện lộ",
    "ĐH": "đường huyện",
    "QH": "quốc hội khóa",
    "Km": "ki lô mét",
    "KM": "ki lô mét",
    "km": "ki lô mét",
    "KP": "khu phố",
    "TDP": "tổ dân phố",
    "QK": "quân khu",
    "BĐ": "báo động",
    "COP": "cốp",
    "HK": "học kỳ",
}
"""Letters joined to a number that names a thing: QL14, ĐT741, Km15+200, QH14 (a law of the
fourteenth National Assembly). Other letter-digit codes (H5N1, F0, B2) are spelled."""

UNITS: dict[str, str] = {
    "km/h": "ki lô mét trên giờ",
    "m3/s": "mét khối một giây",
    "m3/h": "mét khối một giờ",
    "m³/h": "mét khối một giờ",
    "m³/s": "mét khối một giây",
    "m/s": "mét một giây",
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
    "mg": "mi li gam",
    "mmol/L": "mi li mon một lít",
    "µg": "mi cờ rô gam",
    "μg": "mi cờ rô gam",
    "mcg": "mi cờ rô gam",
    "dB": "đề xi ben",
    "Hz": "héc",
    "ppm": "phần triệu",
    "mmol": "mi li mon",
    "dl": "đề xi lít",
    "tấn": "tấn",
    "tạ": "tạ",
    "ml": "mi li lít",
    "cc": "phân khối",
    "l": "lít",
    "lít": "lít",
    "mmHg": "mi li mét thủy ngân",
    "mm2": "mi li mét vuông",
    "mm²": "mi li mét vuông",
    "cm2": "xen ti mét vuông",
    "cm²": "xen ti mét vuông",
    "cm3": "xen ti mét khối",
    "cm³": "xen ti mét khối",
    "dm3": "đề xi mét khối",
    "°C": "độ xê",
    "°N": "độ vĩ bắc",
    "°B": "độ vĩ bắc",
    "°E": "độ kinh đông",
    "°Đ": "độ kinh đông",
    "°S": "độ vĩ nam",
    "°W": "độ kinh tây",
    "ºC": "độ xê",
    "độ C": "độ xê",
    "kWh": "ki lô oát giờ",
    "kW": "ki lô oát",
    "W": "oát",
    "V": "vôn",
    "kV": "ki lô vôn",
    "Mbps": "mê ga bít trên giây",
    "Gbps": "gi ga bít trên giây",
    "IU": "đơn vị quốc tế",
    "MW": "mê ga oát",
    "kVA": "ki lô vôn am pe",
    "MHz": "mê ga héc",
    "kHz": "ki lô héc",
    "VNĐ": "việt nam đồng",
    "VND": "việt nam đồng",
    "đ": "đồng",
    "tr": "triệu",  # '5tr đồng', '200tr': millions, as a price is jotted
    "đồng": "đồng",
    "USD": "đô la mỹ",
    # in capitals, as notices often write them: after a number they are no other thing
    # ('22KV', '5KW', '50KG'); 'KM' may be 'khuyến mãi', 'CM' 'cách mạng', so they are not here
    "KV": "ki lô vôn",
    "KW": "ki lô oát",
    "KWh": "ki lô oát giờ",
    "KWH": "ki lô oát giờ",
    "KVA": "ki lô vôn am pe",
    "KG": "ki lô gam",
    "MWh": "mê ga oát giờ",
    "MWH": "mê ga oát giờ",
    "CV": "mã lực",  # a boat's engine, 'công suất 450CV' ('CV số 15' is a letter: no number before)
}

RANGE_UNITS = ("tháng", "tuổi", "ngày", "tuần", "giờ", "phút", "năm", "người", "hộ", "con", "lần")
"""Counted words that may follow the first number of a range ('9 tháng - 5 tuổi')."""

PER_UNITS: dict[str, str] = {
    **{unit: spoken for unit, spoken in UNITS.items() if unit not in ("đ", "đồng", "km/h")},
    **{word: word for word in (
        "con", "người", "hộ", "tháng", "năm", "ngày", "giờ", "tuần", "lượt", "lần", "suất",
        "bao", "chai", "gói", "hộp", "liều", "xe", "chuyến", "cây", "sào", "mẫu", "khẩu",
        "học sinh", "ca", "buổi", "cái", "chiếc", "quả", "bó", "trang", "bản", "hồ sơ",
        "ngày đêm", "trường hợp", "thửa", "tờ", "bộ", "lô", "sản phẩm", "lao động",
        "thư viện", "gia đình", "công trình", "cơ sở", "đơn vị", "mũi", "viên", "cuốn", "bình",
        "điểm", "hội viên", "thành viên", "đoàn viên", "đảng viên", "nhân khẩu", "phòng",
    )},
}  # fmt: skip
"""What a price or a rate is per: '7.500đ/kg' is 'bảy nghìn năm trăm đồng một ki lô gam'."""

LETTERS: dict[str, str] = {
    "A": "a", "Ă": "á", "Â": "ớ", "B": "bê", "C": "xê", "D": "đê", "Đ": "đê", "E": "e",
    "Ê": "ê", "F": "ép", "G": "giê", "H": "hát", "I": "i", "J": "gi", "K": "ca", "L": "e lờ",
    "M": "em", "N": "en", "O": "ô", "Ô": "ô", "Ơ": "ơ", "P": "pê", "Q": "quy", "R": "e rờ",
    "S": "ét", "T": "tê", "U": "u", "Ư": "ư", "V": "vê", "W": "vê kép", "X": "ích",
    "Y": "i dài", "Z": "dét",
}  # fmt: skip
"""Letter names, one for each letter on every path (an abbreviation spelled, a code, a plate,
a document's part, a blood group): the names an announcer gives a letter of the Latin
alphabet, D 'đê' and O 'ô' as in 'ODA', 'dầu DO', 'khối D' ('dê' and 'o' are the school's
names of the sounds)."""

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
    "‰": "phần nghìn",
    "=": "bằng",
    "≥": "lớn hơn hoặc bằng",
    "≤": "nhỏ hơn hoặc bằng",
    ">": "lớn hơn",
    "<": "nhỏ hơn",
    "±": "cộng trừ",
    "≈": "xấp xỉ",
    "#": "số",
    "@": "a còng",
    "/": "trên",
    "×": "nhân",
}

ROMAN_AFTER = (
    "quý", "khóa", "khoá", "đại hội", "hội nghị", "kỳ", "kì", "thế kỷ", "chương", "phần", "mục",
    "tập", "lần thứ", "giai đoạn", "vùng", "cấp", "quân khu", "đợt", "báo động", "khu vực",
    "loại", "hạng", "nhóm", "bậc", "vòng", "cụm", "khối", "tiểu khu", "phụ lục", "mức độ", "cấp độ",
    "độ", "mức", "khu", "khu phố", "chặng", "tuyến", "thứ", "giải",
)  # fmt: skip
"""Words after which Vietnamese writes Roman numerals: Quý III, Đại hội XIII, Chi cục Thuế khu
vực XII, đô thị loại II."""

LETTER_CLASSES = ("loại", "hạng", "nhóm", "khối", "độ", "mức", "khu", "tuyến", "giải")
"""After these a capital may be a letter class rather than a numeral: 'bằng lái hạng C',
'nhóm D', 'khối C', '30 độ C' are letters; only numerals of I, V and X are read as numbers
there."""
REGNAL_TITLES = (
    "vua", "nhà vua", "nữ hoàng", "hoàng đế", "giáo hoàng", "quốc vương", "sa hoàng", "nữ vương",
    "thánh",
)  # fmt: skip
REGNAL_NAMES = (
    "Elizabeth", "Charles", "Sác lơ", "George", "Henry", "Louis", "Napoleon", "Benedict",
    "Felipe", "Rama", "Phaolô", "Pius", "Willem-Alexander", "Nicholas", "Lu i",
)  # fmt: skip
"""A Roman numeral after a ruler's title and name ('Vua Charles III', 'Giáo hoàng Leo XIV'),
or after one of these names alone ('thời Elizabeth II'), numbers a reign."""
REIGNS = ("nhất", "nhị", "tam", "tứ", "ngũ", "lục", "thất", "bát", "cửu", "thập")
"""'Charles III' → 'Sác lơ đệ tam', as Vietnamese announcers number a reign up to ten; past
ten a number ('Leo XIV' → 'Lê ô mười bốn', 'Benedict XVI')."""
PRIZES = {1: "nhất", 2: "nhì", 3: "ba", 4: "tư"}
"""'đạt giải I' is the first prize, said 'giải nhất' ('giải II' → 'giải nhì')."""

CALL_WORDS = (
    "gọi", "hotline", "hót lai", "đường dây nóng", "tổng đài", "số điện thoại", "điện thoại",
    "liên hệ", "liên lạc", "quay số", "bấm số", "đầu số", "số máy", "nhắn tin", "soạn tin",
    "sđt", "báo ngay", "tin báo",
)  # fmt: skip
"""Words after which a number of three to five digits is one to dial: 'gọi ngay 115'."""

SERVICE_NUMBERS = frozenset({"111", "112", "113", "114", "115", "116", "1022"})
"""Emergency and public-service numbers, read digit by digit wherever they are dialled:
111 child protection, 112 rescue, 113 police, 114 fire, 115 ambulance, 1022 the provinces'
citizen hotline. '1800 …' and '1900 …' numbers are read in digit groups everywhere."""

COUNTING_WORDS = frozenset({
    "có", "là", "gồm", "đạt", "được", "tổng", "khoảng", "hơn", "trên", "dưới", "gần", "tới",
    "với", "cho", "của", "số", "thứ", "còn", "mất", "thêm", "tăng", "giảm",
})  # fmt: skip
"""A service number right after one of these is a count: 'có 113 hộ', 'tăng 115 ca'."""

REPEATED_BEFORE_RANGE = frozenset({
    "ngày", "tháng", "năm", "tuần", "tiết", "thứ", "lớp", "tổ", "thôn", "ấp", "xóm", "đội", "đợt",
    "khu", "lô",
})  # fmt: skip
"""'tháng 5-6' is 'tháng năm đến tháng sáu': the word is said again after 'đến'."""

LUNAR_MONTHS = {1: "giêng", 4: "tư", 12: "chạp"}
"""Month names of the lunar calendar that differ from the numbers: tháng giêng, tháng chạp."""

DOCUMENT_NAMES = (
    "đề án", "chỉ thị", "nghị quyết", "chương trình", "kết luận", "quyết định", "kế hoạch",
    "công văn", "thông báo", "công điện", "nghị định", "thông tư",
)  # fmt: skip
"""After these (without 'số'), a number written with a leading zero is said digit by digit:
'Đề án 06' → 'đề án không sáu'."""

HOUSE_WORDS = ("số nhà", "địa chỉ", "số", "nhà", "ngõ", "ngách", "hẻm", "hẽm", "kiệt", "căn hộ")
"""After these, '12/5' is a house number ('mười hai trên năm'), not the twelfth of May."""

STREET_WORDS = ("đường", "phố", "ngõ", "ngách", "hẻm", "kiệt", "khu phố", "tổ", "ấp", "thôn")


@cache
def loanwords() -> dict[str, str]:
    """The shipped loan-word lexicon (lower-case written form → spoken form)."""
    source = resources.files(__package__).joinpath("data/loanwords.toml").read_text("utf-8")
    return {" ".join(k.lower().split()): v for k, v in tomllib.loads(source)["words"].items()}


@cache
def address_words() -> tuple[str, ...]:
    """Phrases that web addresses write without marks, with their marks ('dịch vụ công')."""
    source = resources.files(__package__).joinpath("data/address_words.txt").read_text("utf-8")
    lines = (line.strip() for line in source.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))

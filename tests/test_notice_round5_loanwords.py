"""Vietnamese reading, fifth round: the fallback that says any unknown foreign word in
Vietnamese syllables (issue 16, Must have 6), and the report of the words it guessed (Must
have 7).

Batch 1 (95 names of the kinds notices carry: leaders and places in the news, storms, football,
drugs and vaccines, pesticides, food and drink, apps and technology, Korean, Japanese and
Chinese brands) was written with the readings an announcer gives before the reader ran on it.
First-pass misses are marked where they stand (`# first pass missed: <class>`); a reading
changed to a convention of the project or to the shipped lexicon is marked `# expected reading
corrected: <why>`. Batch 2 was written after the fixes, before the reader ran on it: its first
pass is the honest figure for new names."""

from __future__ import annotations

import pytest
from test_notice_reading import assert_reads_in_linear_time
from test_notice_round4_loanwords import assert_said_in_vietnamese_syllables, batch_cases

from announcements.normalize import guessed_summary, read_aloud, spoken_form
from announcements.syllables import transliterate

BATCH_ONE: list[tuple[str, str]] = [
    ("Tổng thống Nga Putin phát biểu tại Moscow.",
     "Tổng thống Nga Pu tin phát biểu tại Mát xờ cơ va."),
    ("Tổng thống Ukraine Zelensky.",
     "Tổng thống U cờ rai na Dê len xờ ki."),
    ("Tổng thống Pháp Macron thăm Paris.",
     "Tổng thống Pháp Ma cờ rông thăm Pa ri."),
    # first pass missed: the lexicon's 'Biden', 'Washington' ('Bai đen', 'Qua sinh tơn')
    ("Ông Biden rời Washington.",
     "Ông Bai đơn rời Oa sinh tơn."),
    ("Xung đột tại dải Gaza.",
     "Xung đột tại dải Ga da."),
    ("Lao động tại Singapore và Bangkok.",
     "Lao động tại Xin ga po và Băng Cốc."),
    # first pass missed: Korean 'eo' (the lexicon's 'Seoul' was 'Xê un')
    ("Chuyến bay đi Tokyo, Seoul và Busan.",
     "Chuyến bay đi Tô ki ô, Xơ un và Bu xan."),
    ("Bão Yagi đổ bộ vào miền Bắc.",
     "Bão da ghi đổ bộ vào miền Bắc."),
    # first pass missed: shapes that passed for syllables written without marks ('Kong', 'rey')
    ("Bão Kong-rey mạnh cấp 12.",
     "Bão công rây mạnh cấp mười hai."),
    # expected reading corrected: the storm is named by the Vietnamese word ('trà mi')
    ("Bão Trami gây mưa lớn.",
     "Bão trà mi gây mưa lớn."),
    ("Bão Wipha và bão Bualoi.",
     "Bão vi pha và bão bua lôi."),
    ("Bão Matmo suy yếu thành áp thấp.",
     "Bão mát mô suy yếu thành áp thấp."),
    ("Bão Kajiki hướng vào Nghệ An.",
     "Bão ca gi ki hướng vào Nghệ An."),
    ("Bão Doksuri và bão Haikui.",
     "Bão đốc su ri và bão hai cui."),
    # expected reading corrected: the storm is named by the Vietnamese word 'sao la'
    ("Bão Saola gây sạt lở.",
     "Bão sao la gây sạt lở."),
    # first pass missed: 'United' (loan word)
    # expected reading corrected: 'Manchester' as round four reads it
    ("Trận đấu giữa Manchester United và Liverpool.",
     "Trận đấu giữa Man chét tơ Iu nai tịt và Li vơ pun."),
    ("Cầu thủ Messi và Ronaldo.",
     "Cầu thủ Mét xi và Rô nan đô."),
    # first pass missed: Korean 'eu' ('Heung' passed for a syllable)
    # expected reading corrected: 'Son' is a Vietnamese syllable, read as written (round four)
    ("Cầu thủ Son Heung-min ghi bàn.",
     "Cầu thủ Son Hưng min ghi bàn."),
    # first pass missed: a hyphened Korean name ('seo' passed for a syllable)
    ("Huấn luyện viên Park Hang-seo.",
     "Huấn luyện viên Pác Hang xơ."),
    # first pass missed: a hyphened Korean name ('sik' passed for a syllable)
    ("Huấn luyện viên Kim Sang-sik.",
     "Huấn luyện viên Kim Xang xích."),
    ("Tiền đạo Haaland và Neymar.",
     "Tiền đạo Ha lan và Nây ma."),
    ("Hạ sốt bằng Paracetamol.",
     "Hạ sốt bằng pa ra xê ta mon."),
    ("Bù nước bằng Oresol.",
     "Bù nước bằng ô rê dôn."),
    ("Bổ sung Vitamin C.",
     "Bổ sung vi ta min xê."),
    ("Tiêm vắc xin dại Abhayrab hoặc Verorab.",
     "Tiêm vắc xin dại a bai ráp hoặc vê rô ráp."),
    # expected reading corrected: the shipped lexicon's forms ('-rix' is 'ríc')
    ("Vắc xin phế cầu Synflorix và Prevenar.",
     "Vắc xin phế cầu xin phờ lo ríc và pờ rê vê na."),
    ("Giảm đau bằng Ibuprofen.",
     "Giảm đau bằng i bu pờ rô phen."),
    # first pass missed: a first-syllable 'er' before a consonant ('Béc')
    ("Uống Berberin khi đau bụng.",
     "Uống Béc bê rin khi đau bụng."),
    # first pass missed: an x between vowels closes a syllable ('léc xin')
    ("Kháng sinh Cefalexin.",
     "Kháng sinh Xê pha léc xin."),
    ("Thuốc dạ dày Omeprazole.",
     "Thuốc dạ dày Ô mê pờ ra dôn."),
    # expected reading corrected: a foreign o is 'ô'
    ("Thuốc hen Salbutamol.",
     "Thuốc hen Xan bu ta môn."),
    # first pass missed: 'or' said 'oóc' (loan word)
    ("Thuốc tiểu đường Metformin.",
     "Thuốc tiểu đường mét phoóc min."),
    ("Thuốc trừ sâu Basudin.",
     "Thuốc trừ sâu ba xu đin."),
    ("Thuốc trừ bệnh Mancozeb.",
     "Thuốc trừ bệnh man cô dép."),
    # expected reading corrected: the shipped lexicon's form
    ("Thuốc Cypermethrin trừ sâu cuốn lá.",
     "Thuốc xi pe mê trin trừ sâu cuốn lá."),
    ("Thuốc Fipronil bị cấm.",
     "Thuốc phi pờ rô nin bị cấm."),
    ("Thuốc Imidacloprid trừ rầy.",
     "Thuốc i mi đa cờ lô pờ rít trừ rầy."),
    ("Phân bón Humate.",
     "Phân bón Hu mát."),
    # first pass missed: an unstressed 'ur' before a consonant is 'ơ'
    ("Bánh pizza và hamburger.",
     "Bánh pi da và ham bơ gơ."),
    # first pass missed: a brand in several words (loan word); 'TH' read 'tiểu học'
    ("Sữa TH true MILK.",
     "Sữa tê hát tru min."),
    ("Nước ngọt Coca-Cola và Pepsi.",
     "Nước ngọt Cô ca Cô la và Pép xi."),
    # expected reading corrected: the shipped lexicon's forms
    ("Mua hàng trên Shopee và Lazada.",
     "Mua hàng trên sốp pi và la da đa."),
    # first pass missed: 'Be' is shaped like a Vietnamese syllable
    ("Gọi xe qua Grab, Be hoặc Gojek.",
     "Gọi xe qua Gờ ráp, Bi hoặc Gô giéc."),
    ("Thanh toán qua Momo.",
     "Thanh toán qua mô mô."),
    # 'mơ ni': round 32's announcers said 'mo ni' (three of three), rounds 70 and 78's 'mơ ni'
    # (five of six), the vowel of the English word
    ("Ví VNPT Money và Viettel Money.",
     "Ví vê en pê tê mơ ni và vi ét ten mơ ni."),
    ("Xem trên YouTube.",
     "Xem trên diu túp."),
    ("Kết nối Wi-Fi và Bluetooth.",
     "Kết nối oai phai và bờ lu tút."),
    ("Cắm USB vào máy.",
     "Cắm u ét bê vào máy."),
    ("Truy cập Internet và email.",
     "Truy cập in tơ nét và i meo."),
    ("Dùng smartphone hoặc laptop.",
     "Dùng xờ mát phôn hoặc láp tốp."),
    ("Lắp camera giám sát.",
     "Lắp ca mê ra giám sát."),
    ("Cuộc thi robot.",
     "Cuộc thi rô bốt."),
    ("Ứng dụng AI và GPS.",
     "Ứng dụng a i và giê pê ét."),
    ("Điện thoại Samsung.",
     "Điện thoại sam sung."),
    # first pass missed: a brand said its own way (loan word)
    ("Xe Hyundai và Toyota.",
     "Xe huyn đai và tô y ô ta."),
    ("Xe máy Honda và Yamaha.",
     "Xe máy hon đa và da ma ha."),
    # first pass missed: three vowels ('Xiaomi' → 'Xi ao'); a brand said its own way
    ("Điện thoại Huawei và Xiaomi.",
     "Điện thoại hoa uây và xi ao mi."),
    ("Xem phim trên Netflix.",
     "Xem phim trên Nét phờ lích."),
    # first pass missed: 'ts' between vowels ('Mít xu')
    ("Xe Mitsubishi và Suzuki.",
     "Xe mít xu bi si và xu du ki."),
    # expected reading corrected: 'Kia' is a Vietnamese word; a foreign o is 'ô'
    ("Xe Kia Morning.",
     "Xe Kia mô ninh."),
    ("Siêu thị Lotte Mart.",
     "Siêu thị lốt tê Mát."),
    ("Du lịch Hokkaido.",
     "Du lịch Hốc cai đô."),
    ("Mạng Starlink.",
     "Mạng Xờ ta linh."),
    # first pass missed: an unstressed 'er' before a consonant is 'ơ'
    ("Thẻ Visa và Mastercard.",
     "Thẻ vi da và Mát tơ cát."),
    # first pass missed: Dutch 'ei' (loan word)
    ("Bia Heineken.",
     "Bia hai nơ ken."),
    ("Sữa Vinamilk.",
     "Sữa vi na min."),
    ("Tiền đạo Salah.",
     "Tiền đạo Xa la."),
    ("Vận động viên Nguyễn Thị Oanh.",
     "Vận động viên Nguyễn Thị Oanh."),
    # first pass missed: an open 'uo', 'ng' between vowels
    ("Học tiếng Anh qua Duolingo.",
     "Học tiếng Anh qua Đu ô linh gô."),
    ("Ứng dụng Canva.",
     "Ứng dụng can va."),
    ("Xe điện VinFast.",
     "Xe điện vin phát."),
    ("Tải ứng dụng Telegram.",
     "Tải ứng dụng tê lê gờ ram."),
    # first pass missed: an s before a stop after a consonant ('In xờ ta')
    ("Mạng xã hội Instagram.",
     "Mạng xã hội In xờ ta gờ ram."),
    # first pass missed: 'wh', 'ts'
    # expected reading corrected: a brand run together is read word by word ('App' is 'áp')
    ("Ứng dụng WhatsApp.",
     "Ứng dụng oát áp."),
    # first pass missed: a final 'ows'
    # expected reading corrected: 'Uyn đô' is what announcers say
    ("Hệ điều hành Windows.",
     "Hệ điều hành uyn đô."),
    ("Tổng thống Trump.",
     "Tổng thống Trăm."),
    ("Thủ tướng Modi.",
     "Thủ tướng Mô đi."),
    ("Thủ đô Jakarta.",
     "Thủ đô Gia các ta."),
    # first pass missed: a final 'ey' after a syllable is 'i'
    ("Thành phố Sydney.",
     "Thành phố Xít ni."),
    # first pass missed: English 'our' (loan word)
    ("Thành phố Melbourne.",
     "Thành phố Men bơn."),
    # first pass missed: 'oei' passed for a syllable; 'air'
    ("Hãng Boeing và Airbus.",
     "Hãng Bô inh và E bớt."),
    ("Máy tính Dell và Lenovo.",
     "Máy tính Đen và Lê nô vô."),
    # expected reading corrected: a foreign o is 'ô'
    ("Điện thoại Oppo và Vivo.",
     "Điện thoại óp pô và vi vô."),
    ("Bột giặt Omo.",
     "Bột giặt Ô mô."),
    # first pass missed: 'Ford' (loan word); 'a' before 'nge'
    ("Xe Ford Ranger.",
     "Xe Pho Ren giơ."),
    # first pass missed: a brand said its own way (loan word)
    ("Hãng Nike và Adidas.",
     "Hãng nai ki và A đi đát."),
    ("Cà phê Starbucks.",
     "Cà phê Xờ ta búc."),
    ("Gà rán KFC.",
     "Gà rán ca ép xê."),
    ("Thuốc Panadol.",
     "Thuốc Pa na đôn."),
    # expected reading corrected: an open e is 'ê'
    ("Thuốc Efferalgan.",
     "Thuốc Ê phê ran gan."),
    ("Men vi sinh Probiotic.",
     "Men vi sinh Pờ rô bi ô tích."),
    # first pass missed: the lexicon's forms (convention)
    # expected reading corrected: the shipped lexicon's forms
    ("Vắc xin Moderna và AstraZeneca.",
     "Vắc xin mô đéc na và át tra dê nê ca."),
    # expected reading corrected: a foreign o is 'ô'; a final 'ir' is 'ia' (round six, as
    # 'Vladimir' → 'Vờ la đi mia')
    ("Thuốc Molnupiravir.",
     "Thuốc Môn nu pi ra via."),
    ("Bão Ragasa.",
     "Bão ra ga sa."),
    # first pass missed: a Korean 'o-u'
    ("Bão Noul.",
     "Bão Nô un."),
]  # fmt: skip
"""Batch 1: ninety-five names in notice phrases, written before the reader ran."""

BATCH_TWO: list[tuple[str, str]] = [
    # expected reading corrected: the shipped lexicon's 'Regent'; a foreign o is 'ô'
    ("Phun thuốc Regent hoặc Confidor.",
     "Phun thuốc rê gien hoặc Côn phi đô."),
    # expected reading corrected: 'an' for the English 'ant'
    ("Thuốc Radiant trừ bọ trĩ.",
     "Thuốc Ra đi an trừ bọ trĩ."),
    ("Thuốc Karate và Bassa.",
     "Thuốc ca ra tê và ba sa."),
    ("Thuốc Padan và Virtako.",
     "Thuốc pa đan và vi ta cô."),
    ("Thuốc Ridomil Gold.",
     "Thuốc ri đô min gôn."),
    # expected reading corrected: the shipped lexicon's 'Kasumin'; a final r is silent
    ("Thuốc Kasumin và Folicur.",
     "Thuốc ca xu min và Phô li cu."),
    # expected reading corrected: a foreign o is 'ô'
    ("Phân bón Atonik và Comcat.",
     "Phân bón A tô ních và Côm cát."),
    ("Kháng sinh Ampicillin, Ciprofloxacin.",
     "Kháng sinh Am pi xi lin, Xi pờ rô phờ lốc xa xin."),
    ("Kháng sinh Azithromycin.",
     "Kháng sinh A di trô mi xin."),
    ("Thuốc dị ứng Loratadine, Cetirizine.",
     "Thuốc dị ứng Lô ra ta đin, Xê ti ri din."),
    # expected reading corrected: 'clô' is no Vietnamese syllable
    ("Thuốc giảm đau Diclofenac, Meloxicam.",
     "Thuốc giảm đau Đi cờ lô phê nác, Mê lốc xi cam."),
    # first pass missed: 'ar' before a consonant is 'ác'
    ("Thuốc huyết áp Losartan, Captopril.",
     "Thuốc huyết áp Lô xác tan, Cáp tô pờ rin."),
    ("Thuốc Nifedipine và Glucosamine.",
     "Thuốc Ni phê đi pin và Gờ lu cô xa min."),
    ("Thuốc Smecta cho trẻ tiêu chảy.",
     "Thuốc Xờ méc ta cho trẻ tiêu chảy."),
    # first pass missed: a final -gen is 'gien'
    # expected reading corrected: a doubled f is said once
    ("Thuốc Decolgen và Tiffy.",
     "Thuốc Đê côn gien và Ti phi."),
    ("Thuốc Hapacol.",
     "Thuốc Ha pa côn."),
    # expected reading corrected: the shipped lexicon's forms
    ("Vắc xin cúm Vaxigrip và Influvac.",
     "Vắc xin cúm vác xi gờ ríp và in phờ lu vác."),
    # expected reading corrected: the shipped lexicon's forms
    ("Vắc xin Varivax và Engerix.",
     "Vắc xin va ri vác và En giê rích."),
    ("Vắc xin Imojev và Menactra.",
     "Vắc xin i mô giép và Mê nác tra."),
    ("Ông Kim Jong-un.",
     "Ông Kim Giông un."),
    ("Ông Lee Jae-myung.",
     "Ông Li Giê miêng."),
    ("Thủ tướng Kishida.",
     "Thủ tướng Ki si đa."),
    # first pass missed: French 'eau'
    ("Thủ tướng Trudeau.",
     "Thủ tướng Tru đô."),
    # expected reading corrected: 'Nê ta ni a hu' is the Vietnamese press's form
    ("Thủ tướng Netanyahu.",
     "Thủ tướng Nê ta ni a hu."),
    ("Tổng thống Erdogan.",
     "Tổng thống Ơ đô gan."),
    ("Tổng thống Lula.",
     "Tổng thống Lu la."),
    # expected reading corrected: a foreign o is 'ô'
    ("Bang Texas và Florida.",
     "Bang Téc xát và Phờ lo ri đa."),
    # first pass missed: 'or' before a consonant is 'oóc'; a final 'ia' is two syllables
    ("Bang California.",
     "Bang Ca li phoóc ni a."),
    ("Thành phố Osaka và Nagoya.",
     "Thành phố Ô xa ca và Na gô da."),
    # first pass missed: Korean 'eo', 'ae' ('Daegu')
    # expected reading corrected: d is 'đ'
    ("Thành phố Incheon và Daegu.",
     "Thành phố In chơn và Đê gu."),
    # first pass missed: London's Vietnamese name (loan word)
    ("Thành phố London và Geneva.",
     "Thành phố Luân Đôn và Giơ ne vơ."),
    ("Thành phố Madrid và Milan.",
     "Thành phố Ma đờ rít và Mi lan."),
    # first pass missed: 'ar' before a consonant is 'ác'; 'Chelsea' (loan word)
    ("Đội Arsenal và Chelsea.",
     "Đội Ác xê nan và Chen xi."),
    # first pass missed: 'ar' before a consonant is 'ác'
    ("Đội Barcelona và Juventus.",
     "Đội Bác xê lô na và Giu ven tút."),
    # first pass missed: German (loan word)
    ("Đội Bayern Munich.",
     "Đội Bai ơn Mu ních."),
    # expected reading corrected: a lone consonant is said with 'ờ'; a_e before n is 'ên'
    ("Cầu thủ Mbappe và Kane.",
     "Cầu thủ Em báp pê và Kên."),
    # first pass missed: 'ngh' is 'ng' and 'h'
    # expected reading corrected: an open e is 'ê'
    ("Cầu thủ Bellingham và Vinicius.",
     "Cầu thủ Bê linh ham và Vi ni xiu."),
    ("Cầu thủ Jason Quang Vinh Pendant.",
     "Cầu thủ Giây xơn Quang Vinh Pen đăng."),
    # first pass missed: 'ire' before a consonant
    ("Trình duyệt Chrome, Firefox, Safari.",
     "Trình duyệt Cờ rôm, Phai ơ phốc, Xa pha ri."),
    ("Hộp thư Gmail và Outlook.",
     "Hộp thư gờ meo và ao lúc."),
    # first pass missed: 'One' (loan word)
    # expected reading corrected: a foreign o is 'ô'; a brand run together is read word by word
    ("Lưu trữ trên Dropbox và OneDrive.",
     "Lưu trữ trên Đờ rốp bốc và oan đờ rai."),
    ("Máy MacBook và iPad.",
     "Máy mác búc và ai pát."),
    # expected reading corrected: a foreign o is 'ô'
    ("Tai nghe AirPods.",
     "Tai nghe e pốt."),
    ("Cảnh giác phần mềm malware và spam.",
     "Cảnh giác phần mềm man oe và xờ pam."),
    # first pass missed: 'ire' before a consonant
    # expected reading corrected: 'fire' is 'phai ơ' in a compound
    ("Cài tường lửa firewall.",
     "Cài tường lửa phai ơ oan."),
    ("Cắm router và modem.",
     "Cắm rao tơ và mô đem."),
    # expected reading corrected: a foreign o is 'ô'; 'password' is said by its two words
    ("Bật hotspot, đổi password.",
     "Bật hốt xờ pốt, đổi pát uốt."),
    # first pass missed: 'update', 'login' (loan words)
    # expected reading corrected: the lexicon's 'áp đết'
    ("Bấm update rồi login.",
     "Bấm áp đết rồi lốc in."),
    # first pass missed: brands (loan words)
    # expected reading corrected: the lexicon's forms
    ("Nhãn hàng Unilever và Nestle.",
     "Nhãn hàng u ni li vơ và nét xờ lê."),
    # first pass missed: Korean 'eo' misread 'Oreo'; 'Chocopie' (loan word)
    # expected reading corrected: a foreign o is 'ô'; the lexicon's 'Chocopie'
    ("Bánh Oreo và Chocopie.",
     "Bánh Ô rê ô và sô cô pai."),
]  # fmt: skip
"""Batch 2: fifty names written after batch 1's fixes, before the reader ran on them."""

BATCH_THREE: list[tuple[str, str]] = [
    ("Tổng thống Hàn Quốc Yoon Suk-yeol.",
     "Tổng thống Hàn Quốc Dun Xúc dơn."),
    # first pass missed: 'Keir' (loan word)
    ("Thủ tướng Anh Keir Starmer.",
     "Thủ tướng Anh Kia Xờ ta mơ."),
    # first pass missed: 'Chicago' (loan word)
    ("Thành phố Chicago và Hiroshima.",
     "Thành phố Si ca gô và Hi rô si ma."),
    # first pass missed: 'Kyiv' (loan word)
    ("Thủ đô Kyiv bị tấn công.",
     "Thủ đô Ki ép bị tấn công."),
    ("Bão Usagi và bão Toraji.",
     "Bão u sa ghi và bão tô ra gi."),
    ("Bão Man-yi gây mưa lớn.",
     "Bão man di gây mưa lớn."),
    ("Bão Podul và bão Mitag.",
     "Bão pô đun và bão mi tác."),
    # first pass missed: Polish w and -wski
    ("Cầu thủ Lewandowski ghi bàn.",
     "Cầu thủ Lê van đốp xờ ki ghi bàn."),
    # expected reading corrected: a consonant and r open the next syllable ('đờ rích')
    ("Cầu thủ Modric chuyền bóng.",
     "Cầu thủ Mô đờ rích chuyền bóng."),
    # first pass missed: English 'nh' is n and h
    ("Câu lạc bộ Tottenham.",
     "Câu lạc bộ Tốt ten ham."),
    # first pass missed: 'tl' between vowels
    ("Câu lạc bộ Atletico Madrid.",
     "Câu lạc bộ Át lê ti cô Ma đờ rít."),
    # expected reading corrected: 'gren' is no Vietnamese syllable
    ("Thuốc Aspirin và Clopidogrel.",
     "Thuốc át pi rin và Cờ lô pi đô gờ ren."),
    # first pass missed: 'or' is not 'oóc' here; 'st' is 'xờ t'
    ("Thuốc Atorvastatin hạ mỡ máu.",
     "Thuốc A tô va xờ ta tin hạ mỡ máu."),
    ("Thuốc Prednisolone.",
     "Thuốc Pờ rét ni xô lôn."),
    ("Thuốc Loperamide cầm tiêu chảy.",
     "Thuốc Lô pê ra mít cầm tiêu chảy."),
    # first pass missed: an open 'ia' before a syllable is two
    ("Kháng sinh Ceftriaxone.",
     "Kháng sinh Xép tri a xôn."),
    ("Thuốc Gliclazide.",
     "Thuốc Gờ li cờ la dít."),
    # first pass missed: 'str' between vowels
    ("Vắc xin Pentaxim và Boostrix.",
     "Vắc xin pen ta xim và Bu xờ trích."),
    ("Thuốc trừ sâu Sumithion.",
     "Thuốc trừ sâu xu mi thi ôn."),
    ("Thuốc Lannate và Carbendazim.",
     "Thuốc Lan nát và các ben đa dim."),
    # first pass missed: an open 'ia' before a syllable is two
    ("Thuốc Thiamethoxam và Emamectin.",
     "Thuốc Thi a mê tốc xam và ê ma méc tin."),
    # expected reading corrected: the shipped lexicon's form
    ("Thuốc Hexaconazole.",
     "Thuốc hê xa cô na dôn."),
    ("Bánh KitKat và nước Redbull.",
     "Bánh kít cát và nước Rét bun."),
    ("Nước tăng lực Sting.",
     "Nước tăng lực Xờ tinh."),
    ("Sữa Milo và Ovaltine.",
     "Sữa Mi lô và Ô van tin."),
    ("Trà Lipton.",
     "Trà Líp tơn."),
    # first pass missed: a final '-ify' is 'i phai'
    ("Nghe nhạc trên Spotify.",
     "Nghe nhạc trên Xờ pô ti phai."),
    ("Trình duyệt Opera.",
     "Trình duyệt Ô pê ra."),
    # first pass missed: a final 'ord'
    ("Ứng dụng Signal và Discord.",
     "Ứng dụng Xích nan và Đít coóc."),
    ("Xe Mazda và Nissan.",
     "Xe mát đa và Nít xan."),
    ("Xe tải Isuzu.",
     "Xe tải I xu du."),
    ("Điều hòa Daikin.",
     "Điều hòa đai kin."),
    # expected reading corrected: 'tivi' is read 'ti vi'
    ("Tủ lạnh Panasonic và tivi Sony.",
     "Tủ lạnh pa na xô ních và ti vi xô ni."),
    ("Máy giặt Toshiba.",
     "Máy giặt tô si ba."),
    ("Xe Kawasaki và Subaru.",
     "Xe Ca oa xa ki và Xu ba ru."),
    # first pass missed: 'Realme' (loan word)
    ("Điện thoại Realme.",
     "Điện thoại ri eo mi."),
    # expected reading corrected: an open e is 'ê'
    ("Xe Geely và Chery.",
     "Xe Gi li và Chê ri."),
    ("Hãng Haier và Alibaba.",
     "Hãng Hai ơ và A li ba ba."),
    ("Ứng dụng Temu.",
     "Ứng dụng Tê mu."),
    ("Nồi cơm Sharp.",
     "Nồi cơm Sáp."),
]  # fmt: skip
"""Batch 3: forty names written after batch 2's fixes, before the reader ran on them: the
honest figure for fresh names (22/40 at the first pass, 27/40 counting conventions)."""

BATCH_FOUR: list[tuple[str, str]] = [
    ("Tổng thống Mỹ Kennedy.",
     "Tổng thống Mỹ Ken nê đi."),
    ("Ngoại trưởng Rubio.",
     "Ngoại trưởng Ru bi ô."),
    # first pass missed: an Italian final e (now in the world news lexicon)
    ("Thủ tướng Albanese.",
     "Thủ tướng An ba ni dơ."),
    # first pass missed: a soft c before a final 'ia'
    ("Thành phố Barcelona và Valencia.",
     "Thành phố Bác xê lô na và Va len xi a."),
    # first pass missed: German
    ("Thành phố Frankfurt.",
     "Thành phố Phờ răng phuốc."),
    ("Thành phố Vancouver.",
     "Thành phố Van cu vơ."),
    ("Bão Bebinca và bão Pulasan.",
     "Bão bê bin ca và bão pu la san."),
    ("Bão Jebi và bão Maria.",
     "Bão giê bi và bão ma ri a."),
    # first pass missed: '-ford' is 'phớt'; Spanish 'ar' ('Gác na chô')
    ("Cầu thủ Rashford và Garnacho.",
     "Cầu thủ Rát phớt và Ga na chô."),
    ("Cầu thủ Lamine Yamal.",
     "Cầu thủ La min Da man."),
    # first pass missed: Spanish ll (loan word)
    ("Câu lạc bộ Sevilla.",
     "Câu lạc bộ Xê vi a."),
    ("Thuốc Metronidazole.",
     "Thuốc Mê trô ni đa dôn."),
    ("Thuốc Omeprazol và Esomeprazole.",
     "Thuốc Ô mê pờ ra dôn và Ê xô mê pờ ra dôn."),
    ("Thuốc Sorbitol.",
     "Thuốc Xoóc bi tôn."),
    # first pass missed: a final 'ein' is 'ê in'
    ("Thuốc Terpin codein.",
     "Thuốc Téc pin cô đê in."),
    # first pass missed: a final q
    ("Vắc xin Rotateq.",
     "Vắc xin Rô ta tét."),
    ("Thuốc Glyphosate bị cấm.",
     "Thuốc gờ li phô xát bị cấm."),
    # first pass missed: the syllables of 'fenapyr'
    ("Thuốc Chlorfenapyr.",
     "Thuốc Cờ lo phen a pia."),
    # expected reading corrected: 'Kali' is the Vietnamese word 'ca li'
    ("Phân bón Kali Sulphate.",
     "Phân bón ca li Xun phát."),
    ("Thuốc Mospilan trừ rầy.",
     "Thuốc Mốt pi lan trừ rầy."),
    ("Nước mắm Chinsu.",
     "Nước mắm Chin xu."),
    # first pass missed: German 'ie'
    ("Bánh Cosy và kẹo Alpenliebe.",
     "Bánh Cô xi và kẹo An pen li bê."),
    # first pass missed: a final 'ie' is 'i'
    ("Nước Aquafina và Lavie.",
     "Nước A qua phi na và La vi."),
    ("Ứng dụng Zalopay.",
     "Ứng dụng Da lô pây."),
    ("Ứng dụng Tiki và Sendo.",
     "Ứng dụng ti ki và xen đô."),
    # expected reading corrected: a foreign o is 'ô'
    ("Hãng Foxconn và Intel.",
     "Hãng phốc con và in ten."),
    ("Hãng Canon và Epson.",
     "Hãng ca nông và Ép xơn."),
    # first pass missed: French 'Peugeot' (loan word)
    # expected reading corrected: a closed e is 'e' ('Léc'); the lexicon's 'Peugeot'
    ("Xe Lexus và Peugeot.",
     "Xe Léc xút và Pơ giô."),
    # first pass missed: Japanese 'tsu'
    # expected reading corrected: 'ts' between vowels closes a syllable ('gít xu', as 'Mitsubishi')
    ("Hãng Hitachi và Fujitsu.",
     "Hãng Hi ta chi và Phu gít xu."),
    ("Hãng Shimano.",
     "Hãng Si ma nô."),
    ("Xe VinBus điện.",
     "Xe vin buýt điện."),
    ("Hãng Xiaomi và Oppo.",
     "Hãng xi ao mi và óp pô."),
]  # fmt: skip
"""Batch 4: thirty-two names written after batch 3's fixes, before the reader ran on them
(18/32 at the first pass, 21/32 counting conventions)."""

KNOWN_MISSES = {
    "Gọi xe qua Grab, Be": "'Be' is shaped like a Vietnamese syllable",
    "Hãng Boeing và Airbus": "an English closed u ('bus' → 'bớt') is not told from the Latin "
    "u ('Basudin')",
    "Xe Ford Ranger": "an English a before 'nge' ('Ranger' → 'Ren') is not told from 'Angela'",
    "Bão Noul": "a Korean 'o-u' is not told from the English 'ou' ('Young')",
    "Ông Lee Jae-myung": "Korean 'yu' before 'ng' ('myung' → 'miêng')",
    "Cầu thủ Jason Quang Vinh Pendant": "an English a before one consonant and a vowel "
    "('Jason' → 'Giây') is not told from 'Lazada'; the French 'ant' ('đăng')",
    "Thuốc Atorvastatin": "'or' is 'oóc' in 'Metformin' but 'ô' here; '-statin' is 'xờ ta tin'",
    "Kháng sinh Ceftriaxone": "an x between vowels closes the syllable before it ('ác xôn') "
    "where pharmacists say 'a xôn'",
    "Ứng dụng Signal và Discord": "a final 'ord' ('coóc') is not told from 'Word' ('uốt')",
    "Cầu thủ Rashford và Garnacho": "a Spanish 'ar' is 'a' ('Ga na chô'), a French one 'ác'",
    "Vắc xin Rotateq": "a final q",
    "Thuốc Chlorfenapyr": "'fenapyr' is cut 'phê na pi' where the chemist says 'phen a pia'",
    "Bánh Cosy và kẹo Alpenliebe": "German 'ie' inside a word ('li bê') is not told from "
    "Spanish ('Diego')",
}
"""Misses left after the fixes; strict xfails, so they count as misses until a class fixes
them."""

FIRST_PASS = {
    "BATCH_ONE": (95, 55, 12),
    "BATCH_TWO": (50, 20, 12),
    "BATCH_THREE": (40, 22, 5),
    "BATCH_FOUR": (32, 18, 3),
}
"""Per batch: phrases, read right at the first pass, and read differently only by a convention
of the project or the shipped lexicon's form."""


def _cases() -> list[object]:
    batches = (("1", BATCH_ONE), ("2", BATCH_TWO), ("3", BATCH_THREE), ("4", BATCH_FOUR))
    return batch_cases(batches, KNOWN_MISSES)


def test_the_batches_are_as_wide_as_written() -> None:
    assert len(BATCH_ONE) == FIRST_PASS["BATCH_ONE"][0]
    assert len(BATCH_TWO) == FIRST_PASS["BATCH_TWO"][0]
    assert len(BATCH_THREE) == FIRST_PASS["BATCH_THREE"][0]
    assert len(BATCH_FOUR) == FIRST_PASS["BATCH_FOUR"][0]
    assert len(KNOWN_MISSES) == 13  # round 18 fixed Lewandowski and Frankfurt


@pytest.mark.parametrize(("written", "spoken"), _cases())
def test_foreign_names_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


def test_every_name_is_said_in_vietnamese_syllables() -> None:
    batches = BATCH_ONE + BATCH_TWO + BATCH_THREE + BATCH_FOUR
    assert_said_in_vietnamese_syllables(written for written, _spoken in batches)


# ----- the classes, each with instances the batches do not hold ----------
@pytest.mark.parametrize(
    ("word", "said"),
    [
        # shapes that passed for Vietnamese written without marks: 'ei', 'ey', 'ou', 'oe'+ng,
        # a final consonant after a falling diphthong, a 'k' before a, o, u
        ("Kong", "Công"), ("Boeing", "Bô ây"), ("Kayak", "Ca dác"),
        # Korean 'eo' is 'ơ', 'eu' 'ư' where no English word has them ('Oreo', 'Europe' keep
        # theirs)
        # (and 'ae' 'e' before a syllable)
        ("Incheon", "In chơn"), ("Jeong", "Giơng"), ("Heung-min", "Hưng min"),
        ("Daegu", "Đê gu"), ("Daejeon", "Đê giơn"), ("Oreo", "Ô rê ô"), ("Europe", "Êu rốp"),
        # 'er' before a consonant: 'éc' in the first syllable, 'ơ' after it; ur and ir too
        ("Mercedes", "Méc xê đét"), ("Server", "Xéc vơ"), ("Berlin", "Béc lin"),
        ("Internet", "In tơ nét"), ("Hamburger", "Ham bơ gơ"), ("Erling", "Ơ linh"),
        # an x between vowels closes a syllable and opens the next
        ("Texas", "Téc xát"), ("Nixon", "Ních xơn"), ("Alexa", "A léc xa"),
        # 'ts' between vowels; 'wh'; the Greek ch before l, r
        ("Matsuda", "Mát xu đa"), ("Whitney", "Uýt ni"), ("Chrome", "Cờ rôm"),
        # a final 'ey' after a syllable is 'i'; a final -son, -ton is 'xơn', 'tơn'
        ("Disney", "Đít ni"), ("Johnson", "Giôn xơn"), ("Boston", "Bốt tơn"),
        # three vowels: the one before a falling diphthong is a syllable; an open 'uo' is two
        ("Xiaomi", "Xi ao mi"), ("Duolingo", "Đu ô linh gô"), ("Manuel", "Ma nu en"),
        # ng between vowels closes one syllable and opens the next; before e it is 'n gi'
        ("Congo", "Công gô"), ("Angela", "An giê la"),
        # y between a consonant and a vowel is 'i'
        ("Kyoto", "Ki ô tô"), ("Libya", "Li bi a"),
        # an s before a stop after another consonant is 'xờ'
        ("Amsterdam", "Am xờ tơ đam"), ("Monster", "Môn xờ tơ"),
        # 'ar', 'or' before a consonant and a vowel are 'ác', 'oóc' (not the English 'Star',
        # nor 'Chlor'); French 'eau'; a final -gen; 'ngh'; 'ire' before a consonant
        ("Harvard", "Hác vát"), ("Cortisol", "Coóc ti xôn"), ("Starbucks", "Xờ ta búc"),
        ("Chlorpyrifos", "Cờ lo pi ri phốt"), ("Bordeaux", "Bô đô"), ("Collagen", "Cô la gien"),
        ("Nottingham", "Nốt tinh ham"), ("Firefox", "Phai ơ phốc"),
        # a final 'ia' after a syllable is two syllables ('Kia' is one)
        ("Colombia", "Cô lôm bi a"), ("Mafia", "Ma phi a"), ("Kia", "Kia"),
        # English 'nh' is n and h; 'str' after a vowel is 'xờ tr'; 'tl' is t and l; '-ify'
        ("Tottenham", "Tốt ten ham"), ("Castrol", "Ca xờ trôn"), ("Atlanta", "Át lan ta"),
        ("Shopify", "Sô pi phai"), ("Tiffy", "Ti phi"),
        # an open 'ia' before a syllable is two ('Thi a'); 'Xiaomi' keeps 'ao'
        ("Thiamethoxam", "Thi a mê tốc xam"), ("Indiana", "In đi a na"),
        # a final 'ie' is 'i', 'ein' 'ê in', '-ford' 'phớt'
        ("Brownie", "Bờ rao ni"), ("Protein", "Pờ rô tê in"), ("Oxford", "Ốc phớt"),
        # 'ack' is 'ắc'; 'air' is 'e'; a final 'ows' is 'ô'
        ("Black", "Bờ lắc"), ("Airblade", "E bờ lây"), ("Windows", "Uyn đô"),
    ],
)  # fmt: skip
def test_the_fallback_says_classes_of_names(word: str, said: str) -> None:
    assert transliterate(word) == said


@pytest.mark.parametrize(
    "written",
    [
        # Vietnamese written without marks stays as written: names, Central Highlands places
        "Nguyen Van Truong o Kon Tum.",
        "Le hoi Ka Te, xoong noi, khoe manh, Quynh Giang, nguoi Hoang.",
        # Vietnamese transliterations with hyphens are Vietnamese already
        "Thủ đô Pa-ri, Xin-ga-po và Cu-ba.",
    ],
)
def test_vietnamese_written_without_marks_is_not_a_foreign_word(written: str) -> None:
    reading = read_aloud(written)
    assert (reading.spoken, reading.guessed) == (written.replace("-", " "), ())


# ----- Must have 7: the guess report ----------
def test_the_guess_report_names_each_guessed_word_once_and_no_lexicon_word() -> None:
    reading = read_aloud(
        "Bão Milton gây mưa; xe Subaru, Boeing; Milton đổ bộ Sydney, "
        "ông Park Hang-seo xem trên YouTube, Heineken."
    )
    assert reading.guessed == ("Milton", "Subaru", "Sydney", "Park", "Hang-seo")
    assert guessed_summary(reading.guessed) == (
        "the reader had to guess 'Milton' (Min tơn), 'Subaru' (Xu ba ru), "
        "'Sydney' (Xít ni), 'Park' (Pác), 'Hang-seo' (Hang xơ): write them as they are said, "
        "or add them to the lexicon"
    )


@pytest.mark.parametrize(
    "unit",
    ["Sang-sik ", "Ab-cd-ef-gh-", "Kong-rey-", "A-b", "Heung-min-Heung-min1 ", "Mercedes Xiaomi "],
)
def test_reading_time_grows_linearly_with_hyphened_and_foreign_names(unit: str) -> None:
    assert_reads_in_linear_time(unit)

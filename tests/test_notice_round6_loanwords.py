"""Vietnamese reading, sixth round: foreign names in the news and loan words (issue 16, Must
have 6), by class: the fallback that says an unknown foreign name in Vietnamese syllables, and
the readings decided for storms, bodies said as words, reigns and full names.

Batch 1 (184 names in notice sentences: people, cities, companies, brands, storms, drugs and
bodies from the US, Europe, Russia, China, Japan, Korea, Thailand, Laos, Cambodia, South-East
Asia, Latin America and Africa) was written with the readings an announcer gives before the
reader ran on it (commit c1a5e3d). First-pass misses are marked where they stand; a reading
changed to a convention of the project or to the shipped lexicon's form is marked `# expected
reading corrected: <why>`; a lexicon form in lower case is not marked (case cannot be heard).
Batch 2 was written after batch 1's fixes, before the reader ran on it: its first pass is the
honest figure for fresh names, and batch 3's, written after batch 2's fixes, the next one.

Decisions (README, "How text is read"):
- a storm keeps its y as 'd' ('Yagi' → 'Da ghi'), as northern bulletins say it and the shipped
  storm names write it; a southern voice says the same letters 'ya';
- bodies are said as words only where the lexicon says so, as VTV and VOV say them (ASEAN,
  APEC, NATO, OPEC, UNESCO, UNICEF → 'u ni xép', FIFA, UEFA, NASA, ASEM, BRICS, COVAX); other
  capitals are spelled (FAO, WTO, IAEA), WHO is expanded, G7 and G20 are 'giê';
- a reign's Roman numeral after a ruler's title or a ruler's name is 'đệ nhất' to 'đệ thập'
  ('Vua Charles III' → 'Sác lơ đệ tam'), past ten a number ('Giáo hoàng Leo XIV' → 'Lê ô
  mười bốn');
- full names are read as written, each part by its own rule ('Xi Jinping' → 'Xi Gin pinh',
  not 'Tập Cận Bình', which a notice would write).
"""

from __future__ import annotations

import random

import pytest
from test_notice_reading import assert_reads_in_linear_time
from test_notice_round4_loanwords import assert_said_in_vietnamese_syllables, batch_cases

from announcements.normalize import spoken_form
from announcements.syllables import is_vietnamese_syllable, transliterate

BATCH_ONE: list[tuple[str, str]] = [
    # first pass missed
    # expected reading corrected: a foreign o is 'ô'
    ('Tỷ phú Elon Musk mua cổ phần.',
     'Tỷ phú Ê lôn Mát xờ cơ mua cổ phần.'),
    ('Tổng thống Donald Trump áp thuế.',
     'Tổng thống Đô nan Trăm áp thuế.'),
    ('Ngoại trưởng Marco Rubio đến Hà Nội.',
     'Ngoại trưởng Mác cô Ru bi ô đến Hà Nội.'),
    ('Bà Kamala Harris phát biểu.',
     'Bà Ca ma la Ha rít phát biểu.'),
    ('Ông Barack Obama thăm Việt Nam.',
     'Ông Ba rắc Ô ba ma thăm Việt Nam.'),
    # first pass missed
    ('Quỹ của ông Bill Gates tài trợ.',
     'Quỹ của ông Bin Ghết tài trợ.'),
    ('Ông Mark Zuckerberg công bố.',
     'Ông Mác Dúc cơ béc công bố.'),
    # first pass missed
    ('Ông Jensen Huang thăm Hà Nội.',
     'Ông Gien xen Hoang thăm Hà Nội.'),
    # first pass missed
    ('Ông Warren Buffett đầu tư.',
     'Ông Oa ren Báp phét đầu tư.'),
    # first pass missed
    ('Ca sĩ Taylor và Selena hát.',
     'Ca sĩ Tây lơ và Xê lê na hát.'),
    # first pass missed
    ('Tổng thống Joe Biden ký.',
     'Tổng thống Giô Bai đơn ký.'),
    # first pass missed
    ('Ông Kennedy làm bộ trưởng.',
     'Ông Ken nơ đi làm bộ trưởng.'),
    ('Thủ tướng Anh Keir Starmer.',
     'Thủ tướng Anh Kia Xờ ta mơ.'),
    # first pass missed
    ('Vua Charles III đăng quang.',
     'Vua Sác lơ đệ tam đăng quang.'),
    # first pass missed
    ('Nữ hoàng Elizabeth II qua đời.',
     'Nữ hoàng Ê li da bét đệ nhị qua đời.'),
    # first pass missed
    ('Giáo hoàng Leo XIV cử hành thánh lễ.',
     'Giáo hoàng Lê ô mười bốn cử hành thánh lễ.'),
    ('Giáo hoàng Benedict XVI.',
     'Giáo hoàng Bê nê đích mười sáu.'),
    # first pass missed
    ('Vua Felipe VI của Tây Ban Nha.',
     'Vua Phê li pê đệ lục của Tây Ban Nha.'),
    # first pass missed
    ('Hoàng tử William và Kate.',
     'Hoàng tử Uy li am và Kết.'),
    # first pass missed
    ('Tổng thống Pháp Emmanuel Macron.',
     'Tổng thống Pháp Ê ma nu en Ma cờ rông.'),
    ('Bà Angela Merkel.',
     'Bà An giê la Méc ken.'),
    # first pass missed
    ('Thủ tướng Ý Giorgia Meloni.',
     'Thủ tướng Ý Gioóc gia Mê lô ni.'),
    # first pass missed
    # expected reading corrected: a closed e is 'e'
    ('Thủ tướng Pedro Sanchez.',
     'Thủ tướng Pê đờ rô Xan chét.'),
    ('Tổng thư ký Antonio Guterres.',
     'Tổng thư ký An tô ni ô Gu tê rét.'),
    ('Ông Olaf Scholz.',
     'Ông Ô láp Sôn xơ.'),
    ('Thủ tướng Đức Merz.',
     'Thủ tướng Đức Méc.'),
    ('Tổng thống Vladimir Putin.',
     'Tổng thống Vờ la đi mia Pu tin.'),
    ('Ngoại trưởng Sergei Lavrov.',
     'Ngoại trưởng Xéc gây La vờ rốp.'),
    ('Ông Dmitry Medvedev.',
     'Ông Đờ mi tri Mét vê đép.'),
    # first pass missed
    # expected reading corrected: an s before a stop is 'xờ' (round five's 'Boostrix')
    ('Cảng Vladivostok.',
     'Cảng Vờ la đi vô xờ tốc.'),
    ('Tập đoàn Gazprom.',
     'Tập đoàn Gát pờ rôm.'),
    ('Tập đoàn Rosatom.',
     'Tập đoàn Rô xa tôm.'),
    ('Chủ tịch Xi Jinping.',
     'Chủ tịch Xi Gin pinh.'),
    ('Tập đoàn Alibaba.',
     'Tập đoàn A li ba ba.'),
    ('Tập đoàn Tencent.',
     'Tập đoàn Ten xen.'),
    # first pass missed
    ('Mua hàng trên Temu và Shein.',
     'Mua hàng trên Tê mu và Si in.'),
    ('Chuỗi lẩu Haidilao.',
     'Chuỗi lẩu Hai đi lao.'),
    # first pass missed
    ('Trà sữa Mixue.',
     'Trà sữa Mi xuê.'),
    ('Sàn Taobao.',
     'Sàn Tao bao.'),
    ('Thủ tướng Shigeru Ishiba.',
     'Thủ tướng Si ghê ru I si ba.'),
    ('Xe Toyota và Suzuki.',
     "Xe tô y ô ta và xu du ki."),
    ('Đàn Yamaha.',
     "Đàn da ma ha."),
    ('Hãng Panasonic.',
     "Hãng pa na xô ních."),
    ('Máy Nintendo.',
     'Máy Nin ten đô.'),
    ('Thành phố Osaka.',
     'Thành phố Ô xa ca.'),
    ('Đảo Hokkaido.',
     'Đảo Hốc cai đô.'),
    ('Nhà máy Fukushima.',
     'Nhà máy Phu cu si ma.'),
    ('Thành phố Hiroshima và Nagoya.',
     'Thành phố Hi rô si ma và Na gô da.'),
    ('Tàu Shinkansen.',
     'Tàu Sin can xen.'),
    ('Tập đoàn Sumitomo.',
     'Tập đoàn Xu mi tô mô.'),
    ('Chỉ số Nikkei.',
     'Chỉ số Ních cây.'),
    ('Cảng Yokohama.',
     'Cảng Dô cô ha ma.'),
    ('Ông Yoon Suk-yeol.',
     'Ông Dun Xúc dơn.'),
    ('Ông Kim Jong-un.',
     'Ông Kim Giông un.'),
    ('Tập đoàn Lotte.',
     "Tập đoàn lốt tê."),
    ('Đảo Jeju.',
     'Đảo Giê giu.'),
    ('Nhóm Blackpink.',
     'Nhóm Bờ lắc pinh.'),
    ('Ứng dụng Kakao và Naver.',
     'Ứng dụng Ca cao và Na vơ.'),
    ('Quận Gangnam.',
     'Quận Gang nam.'),
    ('Hãng Daewoo.',
     'Hãng Đê u.'),
    ('Thủ tướng Anutin.',
     'Thủ tướng A nu tin.'),
    # first pass missed
    ('Du lịch Chiang Mai.',
     'Du lịch Chiêng Mai.'),
    ('Đảo Phuket và Pattaya.',
     'Đảo Phu két và Pát ta da.'),
    ('Tỉnh Savannakhet.',
     'Tỉnh Xa van na khét.'),
    # first pass missed
    # expected reading corrected: 'a' and a final 'ak' as written ('ác')
    ('Tỉnh Champasak.',
     'Tỉnh Cham pa xác.'),
    # first pass missed
    # expected reading corrected: the shipped lexicon's form
    ('Thủ đô Phnom Penh.',
     'Thủ đô Nôm Pênh.'),
    # first pass missed
    ('Tỉnh Siem Reap.',
     'Tỉnh Xiêm Ríp.'),
    ('Thủ tướng Hun Manet.',
     'Thủ tướng Hun Ma nét.'),
    # first pass missed
    ('Cảng Sihanoukville.',
     'Cảng Xi ha núc vin.'),
    ('Thành phố Mandalay.',
     'Thành phố Man đa lây.'),
    ('Thủ đô Jakarta.',
     'Thủ đô Gia các ta.'),
    ('Đảo Bali.',
     'Đảo Ba li.'),
    ('Thành phố Surabaya.',
     'Thành phố Xu ra ba da.'),
    ('Hãng Garuda.',
     'Hãng Ga ru đa.'),
    ('Thủ đô Manila.',
     'Thủ đô Ma ni la.'),
    ('Tổng thống Ferdinand Marcos.',
     'Tổng thống Phéc đi nan Mác cốt.'),
    ('Đảo Mindanao và Luzon.',
     'Đảo Min đa nao và Lu dôn.'),
    ('Thủ tướng Anwar Ibrahim.',
     'Thủ tướng An oa I bờ ra him.'),
    ('Bang Penang.',
     'Bang Pê nang.'),
    ('Tập đoàn Petronas.',
     'Tập đoàn Pê trô nát.'),
    ('Thủ đô Brasilia.',
     'Thủ đô Bờ ra xi li a.'),
    ('Thành phố Sao Paulo.',
     'Thành phố Xao Pao lô.'),
    # first pass missed
    # expected reading corrected: the shipped lexicon's form
    ('Tổng thống Javier Milei.',
     'Tổng thống Ha vi e Mi lây.'),
    # first pass missed
    ('Tổng thống Claudia Sheinbaum.',
     'Tổng thống Cờ lao đi a Sên bam.'),
    ('Ông Nicolas Maduro.',
     'Ông Ni cô lát Ma đu rô.'),
    ('Thủ đô Bogota và Lima.',
     'Thủ đô Bô gô ta và Li ma.'),
    ('Thành phố Santiago.',
     'Thành phố Xan ti a gô.'),
    ('Kênh đào Panama.',
     'Kênh đào Pa na ma.'),
    ('Thủ đô Caracas.',
     'Thủ đô Ca ra cát.'),
    # first pass missed
    ('Đội tuyển Guatemala.',
     'Đội tuyển Goa tê ma la.'),
    ('Thủ đô Montevideo.',
     'Thủ đô Môn tê vi đê ô.'),
    ('Thủ đô Nairobi.',
     'Thủ đô Nai rô bi.'),
    ('Thủ đô Cairo.',
     'Thủ đô Cai rô.'),
    ('Thành phố Lagos.',
     'Thành phố La gốt.'),
    ('Tổng thống Ramaphosa.',
     'Tổng thống Ra ma phô xa.'),
    ('Đội tuyển Angola.',
     'Đội tuyển Ăng gô la.'),
    ('Đội tuyển Tanzania và Uganda.',
     'Đội tuyển Tan da ni a và U gan đa.'),
    ('Đội tuyển Ghana và Mali.',
     'Đội tuyển Ga na và Ma li.'),
    ('Đội tuyển Senegal.',
     'Đội tuyển Xê nê gan.'),
    ('Đội tuyển Zimbabwe.',
     'Đội tuyển Dim ba bu ê.'),
    # first pass missed
    ('Tập đoàn Foxconn tuyển lao động.',
     "Tập đoàn phốc con tuyển lao động."),
    # first pass missed
    ('Cổ phiếu Nvidia tăng.',
     'Cổ phiếu En vi đi a tăng.'),
    # first pass missed
    ('Hãng Intel và Qualcomm.',
     "Hãng in ten và Quan com."),
    ('Xe điện Tesla.',
     'Xe điện Tét la.'),
    ('Xem phim trên Netflix.',
     'Xem phim trên Nét phờ lích.'),
    ('Mua hàng trên Amazon.',
     'Mua hàng trên A ma dôn.'),
    ('Giày Adidas và Puma.',
     'Giày A đi đát và Pu ma.'),
    # first pass missed
    ('Túi Gucci giả.',
     'Túi Gu chi giả.'),
    # first pass missed
    ('Nước hoa Chanel giả.',
     'Nước hoa Sa nen giả.'),
    # first pass missed
    # expected reading corrected: a final 'ex' is 'ếch' (round five's 'Forex')
    ('Đồng hồ Rolex giả.',
     'Đồng hồ Rô lếch giả.'),
    ('Cửa hàng Ikea và Zara.',
     'Cửa hàng I kê a và Da ra.'),
    # first pass missed
    ('Cửa hàng Uniqlo.',
     'Cửa hàng U ni cờ lô.'),
    ('Nước ngọt Pepsi.',
     'Nước ngọt Pép xi.'),
    # first pass missed
    ('Gà rán Lotteria.',
     'Gà rán Lốt tê ri a.'),
    ('Ứng dụng Gojek.',
     "Ứng dụng gô giéc."),
    # first pass missed
    ('Hãng Emirates và Qatar Airways.',
     'Hãng Ê mi rết và Ca ta E uây.'),
    ('Hãng Lufthansa.',
     'Hãng Lúp than xa.'),
    ('Vắc xin Moderna.',
     'Vắc xin mô đéc na.'),
    ('Hãng Sanofi.',
     'Hãng Xa nô phi.'),
    # first pass missed
    ('Hãng Bayer và Syngenta.',
     'Hãng Bai ơ và Xin gien ta.'),
    # first pass missed
    ('Kem đánh răng Colgate.',
     'Kem đánh răng Con ghết.'),
    # first pass missed
    ('Trợ lý Copilot.',
     'Trợ lý Cô pai lốt.'),
    ('Hộp thư Outlook.',
     'Hộp thư ao lúc.'),
    # first pass missed
    # expected reading corrected: an s before a stop is 'xờ'
    ('Thành phố Houston.',
     'Thành phố Hiu xờ tơn.'),
    # first pass missed
    # expected reading corrected: a foreign o is 'ô'
    ('Bang Florida.',
     'Bang Phờ lo ri đa.'),
    # first pass missed
    ('Thành phố Detroit.',
     'Thành phố Đi troi.'),
    ('Thành phố Denver và Dallas.',
     'Thành phố Đen vơ và Đa lát.'),
    ('Bang Hawaii.',
     'Bang Ha oai.'),
    ('Bang Alaska.',
     'Bang A lát ca.'),
    # first pass missed
    ('Bang Nevada và Ohio.',
     'Bang Nê va đa và Ô hai ô.'),
    # first pass missed
    ('Thành phố Lyon.',
     'Thành phố Li ông.'),
    # first pass missed
    ('Thành phố Marseille.',
     'Thành phố Mác xây.'),
    ('Thành phố Munich.',
     'Thành phố Mu ních.'),
    # first pass missed
    # expected reading corrected: the shipped lexicon's form
    ('Thành phố Hamburg.',
     'Thành phố Hăm buốc.'),
    ('Thành phố Milan và Napoli.',
     'Thành phố Mi lan và Na pô li.'),
    ('Thủ đô Madrid.',
     'Thủ đô Ma đờ rít.'),
    # first pass missed
    # expected reading corrected: an s before a consonant is 'xờ'
    ('Thủ đô Oslo.',
     'Thủ đô Ô xờ lô.'),
    ('Thủ đô Copenhagen.',
     'Thủ đô Cô pen ha ghen.'),
    ('Thủ đô Helsinki.',
     'Thủ đô Hen xin ki.'),
    ('Thành phố Zurich.',
     'Thành phố Du rích.'),
    ('Thủ đô Budapest.',
     'Thủ đô Bu đa pét.'),
    # first pass missed
    # expected reading corrected: one s between vowels opens the next syllable
    ('Thành phố Odesa.',
     'Thành phố Ô đê xa.'),
    ('Diễn đàn Davos.',
     'Diễn đàn Đa vốt.'),
    ('Thuốc Omeprazole.',
     'Thuốc Ô mê pờ ra dôn.'),
    ('Thuốc Ibuprofen.',
     'Thuốc i bu pờ rô phen.'),
    ('Thuốc Aspirin.',
     'Thuốc át pi rin.'),
    ('Kháng sinh Azithromycin.',
     'Kháng sinh A di trô mi xin.'),
    ('Thuốc Losartan.',
     'Thuốc Lô xác tan.'),
    ('Thuốc Metronidazole.',
     'Thuốc Mê trô ni đa dôn.'),
    ('Thuốc Emamectin.',
     'Thuốc ê ma méc tin.'),
    # first pass missed
    # expected reading corrected: 'prít' is not a Vietnamese syllable
    ('Thuốc Imidacloprid.',
     'Thuốc i mi đa cờ lô pờ rít.'),
    ('Thuốc Mancozeb.',
     'Thuốc man cô dép.'),
    ('Thuốc Fipronil.',
     'Thuốc phi pờ rô nin.'),
    ('Thuốc Cartap.',
     'Thuốc Các táp.'),
    # first pass missed
    ('Câu lạc bộ Real Madrid.',
     'Câu lạc bộ Rê an Ma đờ rít.'),
    ('Câu lạc bộ Juventus và Chelsea.',
     'Câu lạc bộ Giu ven tút và Chen xi.'),
    # first pass missed
    # expected reading corrected: a final 'ax' is 'ác'
    ('Câu lạc bộ Ajax.',
     'Câu lạc bộ A giác.'),
    # first pass missed
    # expected reading corrected: a silent e gives 'ê' ('Ken' in round four)
    ('Cầu thủ Harry Kane.',
     'Cầu thủ Ha ri Kên.'),
    ('Cầu thủ Mohamed Salah.',
     'Cầu thủ Mô ha mét Xa la.'),
    # first pass missed
    # expected reading corrected: a doubled consonant closes a syllable; 'Mb' is 'Em b'
    ('Cầu thủ Kylian Mbappe.',
     'Cầu thủ Ki li an Em báp pê.'),
    ('Cầu thủ Lamine Yamal.',
     'Cầu thủ La min Da man.'),
    # first pass missed
    # expected reading corrected: a doubled l is said once
    ('Cầu thủ Jude Bellingham.',
     'Cầu thủ Giút Bê linh ham.'),
    # first pass missed
    # expected reading corrected: a final 'ak' is 'ác'
    ('Tay vợt Novak Djokovic.',
     'Tay vợt Nô vác Giô cô vích.'),
    ('Tay vợt Carlos Alcaraz.',
     'Tay vợt Các lốt An ca rát.'),
    ('Tay vợt Jannik Sinner.',
     'Tay vợt Gian ních Xin nơ.'),
    ('Tay vợt Rafael Nadal.',
     'Tay vợt Ra pha en Na đan.'),
    # first pass missed
    ('HLV Pep Guardiola.',
     'huấn luyện viên Pép Goa đi ô la.'),
    ('Bão Ragasa mạnh lên.',
     'Bão ra ga sa mạnh lên.'),
    # first pass missed
    # expected reading corrected: a final 'ag' is 'ác'
    ('Bão Mitag và bão Hagibis.',
     'Bão mi tác và bão ha ghi bít.'),
    ('Bão Usagi và bão Man-yi.',
     'Bão u sa ghi và bão man di.'),
    ('Bão Toraji và bão Jebi.',
     'Bão tô ra gi và bão giê bi.'),
    ('Bão Mangkhut.',
     'Bão mang khút.'),
    ('Bão Cimaron và bão Chanthu.',
     'Bão si ma rôn và bão chan thu.'),
    # first pass missed
    # expected reading corrected: a final 'ak' is 'ác'
    ('Bão Nepartak và bão Ampil.',
     'Bão nê pa tác và bão am pin.'),
    ('Bão Wutip và bão Sepat.',
     'Bão vu típ và bão sê pát.'),
    ('Bão Danas và bão Nari.',
     'Bão đa nát và bão na ri.'),
    ('Bão Krosa và bão Peipah.',
     'Bão cờ rô sa và bão pây pa.'),
    # first pass missed
    ('Quỹ Nhi đồng Liên hợp quốc UNICEF.',
     'Quỹ Nhi đồng Liên hợp quốc u ni xép.'),
    # first pass missed
    ('Cơ quan NASA phóng tàu.',
     'Cơ quan na xa phóng tàu.'),
    # first pass missed
    ('Liên đoàn UEFA.',
     'Liên đoàn u ê pha.'),
    ('Tổ chức INTERPOL truy nã.',
     'Tổ chức In tơ pôn truy nã.'),
    # first pass missed
    ('Hội nghị ASEM.',
     'Hội nghị a xem.'),
    ('Chương trình COVAX.',
     'Chương trình cô vắc.'),
    # first pass missed
    ('Gửi link cho bà con.',
     "Gửi linh cho bà con."),
]  # fmt: skip
"""Batch 1: written before the reader ran on it."""

BATCH_TWO: list[tuple[str, str]] = [
    # first pass missed
    # expected reading corrected: a first 'er' is 'éc' (round five); an English a as written
    ('Thượng nghị sĩ Bernie Sanders.',
     'Thượng nghị sĩ Béc ni Xan đơ.'),
    ('Ông Mike Pompeo.',
     'Ông Mai Pôm pê ô.'),
    # first pass missed
    # expected reading corrected: consonants as written ('Héc')
    ('Bộ trưởng Pete Hegseth.',
     'Bộ trưởng Pít Héc xét.'),
    # first pass missed
    ('Ông Jerome Powell.',
     'Ông Giê rôm Pao en.'),
    ('Bà Nancy Pelosi.',
     'Bà Nan xi Pê lô xi.'),
    # first pass missed
    ('Ca sĩ Beyonce.',
     'Ca sĩ Bi ôn xê.'),
    ('Ông Rishi Sunak.',
     'Ông Ri si Xu nác.'),
    ('Ông Boris Johnson.',
     'Ông Bô rít Giôn xơn.'),
    # first pass missed
    ('Thủ tướng Pháp Francois Bayrou.',
     'Thủ tướng Pháp Phăng xoa Bai ru.'),
    # first pass missed
    ('Ông Volker Turk.',
     'Ông Vôn cơ Tuốc.'),
    # first pass missed
    ('Thủ tướng Hà Lan Dick Schoof.',
     'Thủ tướng Hà Lan Đích Xơ khốp.'),
    # first pass missed
    # expected reading corrected: a first 'er' is 'Ơ' (round five's 'Erling')
    ('Tổng thống Erdogan.',
     'Tổng thống Ơ đô gan.'),
    # first pass missed
    # expected reading corrected: a foreign o is 'ô'
    ('Ông Viktor Orban.',
     'Ông Vích tô Oóc ban.'),
    ('Bà Kaja Kallas.',
     'Bà Ca gia Ca lát.'),
    # first pass missed
    ('Ông Sergey Shoigu.',
     'Ông Xéc gây Soi gu.'),
    # first pass missed
    # expected reading corrected: a closed e is 'e'
    ('Ông Alexei Navalny.',
     'Ông A léc xây Na van ni.'),
    # first pass missed
    ('Thành phố Yekaterinburg.',
     'Thành phố Ê ca tê rin bua.'),
    ('Thành phố Kazan.',
     'Thành phố Ca dan.'),
    ('Ông Wang Yi.',
     'Ông Oang Di.'),
    # first pass missed
    ('Thành phố Chongqing.',
     'Thành phố Chung khinh.'),
    # first pass missed
    # expected reading corrected: a foreign o is 'ô'
    ('Hãng Lenovo và Oppo.',
     "Hãng Lê nô vô và óp pô."),
    ('Hãng Vivo và Realme.',
     "Hãng vi vô và ri eo mi."),
    # first pass missed
    ('Ứng dụng WeChat.',
     'Ứng dụng Uy chát.'),
    ('Thủ tướng Fumio Kishida.',
     'Thủ tướng Phu mi ô Ki si đa.'),
    # first pass missed
    ('Thành phố Sapporo và Kobe.',
     'Thành phố Xáp pô rô và Cô bê.'),
    ('Hãng Mazda và Subaru.',
     "Hãng mát đa và Xu ba ru."),
    ('Hãng Canon và Nikon.',
     "Hãng ca nông và Ni côn."),
    # first pass missed
    ('Tổng thống Moon Jae-in.',
     'Tổng thống Mun Giê in.'),
    # first pass missed
    ('Thành phố Daegu và Gwangju.',
     'Thành phố Đê gu và Goang giu.'),
    ('Tập đoàn Posco.',
     "Tập đoàn pốt cô."),
    # first pass missed
    # expected reading corrected: the shipped lexicon's form
    ('Thủ tướng Paetongtarn.',
     'Thủ tướng Pe tong tan.'),
    # first pass missed
    # expected reading corrected: a foreign o is 'ô'
    ('Tỉnh Nakhon Ratchasima.',
     'Tỉnh Na khôn Rát cha xi ma.'),
    # first pass missed
    # expected reading corrected: a foreign o is 'ô'
    ('Tỉnh Udon Thani.',
     'Tỉnh U đôn Tha ni.'),
    # first pass missed
    ('Tỉnh Khammouane.',
     'Tỉnh Khăm muồn.'),
    ('Tỉnh Battambang.',
     'Tỉnh Bát tam bang.'),
    ('Tổng thống Jokowi.',
     'Tổng thống Giô cô uy.'),
    ('Thành phố Bandung.',
     'Thành phố Ban đung.'),
    ('Thành phố Cebu.',
     'Thành phố Xê bu.'),
    # first pass missed
    # expected reading corrected: a final 'ak' is 'ác'
    ('Bang Sabah và Sarawak.',
     'Bang Xa ba và Xa ra oác.'),
    # first pass missed
    # expected reading corrected: 'xta' is not a Vietnamese syllable
    ('Tổng thống Gustavo Petro.',
     'Tổng thống Gút ta vô Pê trô.'),
    # first pass missed
    ('Thành phố Medellin.',
     'Thành phố Mê đê in.'),
    # first pass missed
    ('Thủ đô Quito.',
     'Thủ đô Ki tô.'),
    ('Thủ đô La Paz.',
     'Thủ đô La Pát.'),
    ('Tổng thống Bukele.',
     'Tổng thống Bu kê lê.'),
    ('Thủ đô Kinshasa.',
     'Thủ đô Kin sa xa.'),
    ('Thủ đô Abuja.',
     'Thủ đô A bu gia.'),
    ('Thành phố Mombasa.',
     'Thành phố Môm ba xa.'),
    ('Thủ đô Kigali.',
     'Thủ đô Ki ga li.'),
    ('Đội tuyển Cameroon.',
     'Đội tuyển Ca mơ run.'),
    # first pass missed
    ('Hãng Samsonite.',
     'Hãng Xam xô nai.'),
    # first pass missed
    # expected reading corrected: an open e is 'ê'
    ('Hãng Philips và Electrolux.',
     'Hãng Phi líp và Ê léc trô lúc.'),
    # first pass missed
    ('Hãng Siemens.',
     'Hãng Xi men.'),
    # first pass missed
    ('Hãng Bosch.',
     'Hãng Bốt.'),
    # first pass missed
    ('Hãng Volkswagen.',
     'Hãng Vôn xờ va gen.'),
    # first pass missed
    # expected reading corrected: an open e is 'ê', a foreign o 'ô'
    ('Hãng Ferrari và Lamborghini.',
     'Hãng Phê ra ri và Lam bô ghi ni.'),
    # first pass missed
    ('Hãng Michelin.',
     'Hãng Mi sơ lanh.'),
    ('Mạng Starlink.',
     'Mạng Xờ ta linh.'),
    # first pass missed
    # expected reading corrected: 'Xpút' is not a Vietnamese syllable
    ('Vắc xin Sputnik.',
     'Vắc xin xờ pút ních.'),
    # first pass missed
    ('Thuốc Molnupiravir.',
     'Thuốc Môn nu pi ra via.'),
    ('Thuốc Paxlovid.',
     'Thuốc Pác lô vít.'),
    ('Thuốc Tamoxifen.',
     'Thuốc Ta mốc xi phen.'),
    # first pass missed
    # expected reading corrected: a foreign o is 'ô'; 'prôn' is not a Vietnamese syllable
    ('Thuốc Chlorantraniliprole.',
     'Thuốc Cờ lo ran tra ni li pờ rôn.'),
    # first pass missed
    # expected reading corrected: the shipped lexicon's form
    ('Thuốc Hexaconazole.',
     'Thuốc hê xa cô na dôn.'),
    ('Cầu thủ Erling Haaland.',
     'Cầu thủ Ơ linh Ha lan.'),
    # first pass missed
    ('Cầu thủ Virgil van Dijk.',
     'Cầu thủ Vơ gin van Đai.'),
    # first pass missed
    # expected reading corrected: a consonant and r open the next syllable ('đờ rích')
    ('Cầu thủ Luka Modric.',
     'Cầu thủ Lu ca Mô đờ rích.'),
    # first pass missed
    ('Cầu thủ Robert Lewandowski.',
     'Cầu thủ Rô bét Lê van đốp xờ ki.'),
    ('Tay vợt Daniil Medvedev.',
     'Tay vợt Đa ni in Mét vê đép.'),
    ('Bão Haiyan.',
     'Bão hai dan.'),
    ('Bão Rai và bão Noru.',
     'Bão rai và bão nô ru.'),
    # first pass missed
    ('Bão Saudel và bão Nalgae.',
     'Bão sau đen và bão Nan gê.'),
    # first pass missed
    ('Bão Trases và bão Bolaven.',
     'Bão tra sét và bão bô la ven.'),
    # first pass missed
    # expected reading corrected: 'xtáp' is not a Vietnamese syllable
    ('Vua Carl XVI Gustaf.',
     'Vua Các mười sáu Gút táp.'),
    # first pass missed
    ('Nữ hoàng Margrethe II.',
     'Nữ hoàng Mác gơ rết đệ nhị.'),
    # first pass missed
    # expected reading corrected: w is 'u', a closed e 'e'
    ('Vua Willem-Alexander.',
     'Vua Uy lem A léc xan đơ.'),
    # first pass missed
    # expected reading corrected: the letters O and D are 'o', 'dê'
    ('Tổ chức OECD và IMF.',
     'Tổ chức ô e xê đê và i em ép.'),
    ('Tổ chức UNHCR.',
     'Tổ chức u en hát xê e rờ.'),
    ('Nhóm G7 họp.',
     'Nhóm giê bảy họp.'),
    # first pass missed
    # expected reading corrected: letters no list holds are spelled
    ('Tổ chức ILO.',
     'Tổ chức i e lờ ô.'),
]  # fmt: skip
"""Batch 2: written after batch 1's fixes, before the reader ran on it (commit 800b35c)."""

BATCH_THREE: list[tuple[str, str]] = [
    ('Ông Tim Cook thăm Việt Nam.',
     'Ông Tim Cúc thăm Việt Nam.'),
    ('Ông Sundar Pichai.',
     'Ông Xun đa Pi chai.'),
    # first pass missed
    ('Ông Satya Nadella.',
     'Ông Xát da Na đen la.'),
    ('Ông Jeff Bezos.',
     'Ông Giép Bê dốt.'),
    ('Bà Hillary Clinton.',
     'Bà Hi la ri Cờ lin tơn.'),
    # first pass missed
    # expected reading corrected: 'nk' keeps n, a closed e is 'e'
    ('Ông Antony Blinken.',
     'Ông An tô ni Bờ lin ken.'),
    # first pass missed
    ('Ông Justin Trudeau.',
     'Ông Giớt tin Tru đô.'),
    # first pass missed
    # expected reading corrected: 'ar' before a consonant and a vowel is 'ác' (round five)
    ('Ông Mark Carney.',
     'Ông Mác Các ni.'),
    ('Ông Anthony Albanese.',
     'Ông An tô ni An ba ni dơ.'),
    ('Thủ tướng Christopher Luxon.',
     'Thủ tướng Cờ rít tô phơ Lúc xơn.'),
    ('Ông Pedro Pascal.',
     'Ông Pê đờ rô Pát can.'),
    # first pass missed
    ('Ông Luis Arce.',
     'Ông Lu ít Ác xê.'),
    ('Ông Cyril Ramaphosa.',
     'Ông Xi rin Ra ma phô xa.'),
    # first pass missed
    # expected reading corrected: an h before a consonant is silent
    ('Ông Abiy Ahmed.',
     'Ông A bi A mét.'),
    ('Ông Narendra Modi.',
     'Ông Na ren đờ ra Mô đi.'),
    ('Thành phố Mumbai và Kolkata.',
     'Thành phố Mum bai và Côn ca ta.'),
    # first pass missed
    # expected reading corrected: ng between vowels is 'ng g', a foreign o 'ô'
    ('Thành phố Bangalore.',
     'Thành phố Bang ga lô.'),
    ('Thủ đô Kathmandu.',
     'Thủ đô Cát man đu.'),
    # first pass missed
    # expected reading corrected: the shipped lexicon's form
    ('Thủ đô Dhaka.',
     'Thủ đô Đắc ca.'),
    ('Thủ đô Colombo.',
     'Thủ đô Cô lôm bô.'),
    ('Thủ đô Ulaanbaatar.',
     'Thủ đô U lan ba ta.'),
    # first pass missed
    # expected reading corrected: an s before a stop is 'xờ'; 'sken' is not a Vietnamese syllable
    ('Thủ đô Astana và Tashkent.',
     'Thủ đô A xờ ta na và Tát ken.'),
    ('Thủ đô Tbilisi.',
     'Thủ đô Tờ bi li xi.'),
    ('Thủ đô Baku.',
     'Thủ đô Ba cu.'),
    ('Thủ đô Ankara.',
     'Thủ đô An ca ra.'),
    ('Thủ đô Doha.',
     'Thủ đô Đô ha.'),
    # first pass missed
    ('Thủ đô Muscat.',
     'Thủ đô Mát cát.'),
    ('Thủ đô Amman.',
     'Thủ đô Am man.'),
    # first pass missed
    ('Thủ đô Belgrade.',
     'Thủ đô Ben gờ rát.'),
    ('Thủ đô Bucharest.',
     'Thủ đô Bu ca rét.'),
    ('Thủ đô Sofia.',
     'Thủ đô Xô phi a.'),
    # first pass missed
    ('Thủ đô Reykjavik.',
     'Thủ đô Rây ki a vích.'),
    ('Thủ đô Wellington.',
     'Thủ đô Oen linh tơn.'),
    # first pass missed
    ('Thành phố Auckland.',
     'Thành phố Ốc len.'),
    # first pass missed
    ('Thành phố Perth và Adelaide.',
     'Thành phố Pớt và A đơ lết.'),
    # first pass missed
    # expected reading corrected: 'Hyô' is not a Vietnamese syllable
    ('Tập đoàn Hyosung.',
     "Tập đoàn hi ô sung."),
    # first pass missed
    ('Tập đoàn Hanwha.',
     'Tập đoàn Han hoa.'),
    ('Tập đoàn Mitsubishi và Toshiba.',
     "Tập đoàn mít xu bi si và tô si ba."),
    # first pass missed
    ('Hãng Shiseido.',
     'Hãng Si xê i đô.'),
    ('Hãng Yakult.',
     'Hãng Da cun.'),
    ('Hãng Ajinomoto.',
     "Hãng a gi nô mô tô."),
    ('Hãng Xiaomi và Meizu.',
     "Hãng xi ao mi và Mây du."),
    ('Ứng dụng Alipay.',
     'Ứng dụng A li pây.'),
    ('Hãng Sony và Sharp.',
     "Hãng xô ni và Sáp."),
    ('Hãng Dell và Asus.',
     'Hãng Đen và A xút.'),
    # first pass missed
    ('Hãng Acer.',
     'Hãng Ây xơ.'),
    ('Thuốc Amlodipine và Atenolol.',
     'Thuốc am lô đi pin và A tê nô lôn.'),
    ('Thuốc Ciprofloxacin.',
     'Thuốc Xi pờ rô phờ lốc xa xin.'),
    ('Thuốc Diclofenac.',
     'Thuốc Đi cờ lô phê nác.'),
    # first pass missed
    # expected reading corrected: the shipped lexicon's forms
    ('Thuốc Abamectin và Cypermethrin.',
     'Thuốc a ba méc tin và xi pe mê trin.'),
    ('Bão Kammuri và bão Phanfone.',
     'Bão cam mu ri và bão phan phôn.'),
    # first pass missed
    # expected reading corrected: the storm is named by the Vietnamese 'Vàm Cỏ' (the lexicon)
    ('Bão Vamco và bão Goni.',
     'Bão vàm cỏ và bão gô ni.'),
    ('Bão Molave và bão Linfa.',
     'Bão mô la vê và bão lin pha.'),
    # first pass missed
    # expected reading corrected: the storm is named by the Vietnamese 'sơn ca' (the lexicon)
    ('Bão Talas và bão Sonca.',
     'Bão ta lát và bão sơn ca.'),
    # first pass missed
    # expected reading corrected: a Latin final 'ius' is 'iu' (rounds four and five)
    ('Cầu thủ Neymar và Vinicius.',
     'Cầu thủ Nây ma và Vi ni xiu.'),
    ('Cầu thủ Marcus Rashford.',
     'Cầu thủ Mác cút Rát phớt.'),
    ('Cầu thủ Bruno Fernandes.',
     'Cầu thủ Bờ ru nô Phéc nan đét.'),
    # first pass missed
    # expected reading corrected: a k before a is written c
    ('Cầu thủ Son Heung-min và Kang-in.',
     'Cầu thủ Son Hưng min và Cang in.'),
    ('Vua Abdullah II của Jordan.',
     'Vua Áp đu la đệ nhị của Gioóc đa ni.'),
    ('Vua Mohammed VI của Maroc.',
     'Vua Mô ham mét đệ lục của Ma rốc.'),
    ('Liên đoàn AFC.',
     'Liên đoàn a ép xê.'),
    # first pass missed
    ('Tổ chức ASEANAPOL.',
     'Tổ chức a xê an a pôn.'),
]  # fmt: skip
"""Batch 3: written after batch 2's fixes, before the reader ran on it (commit 56e2ea1)."""

KNOWN_MISSES = {
    "Ông Jensen Huang": "'Huang' has the shape of Vietnamese written without marks ('khuâng')",
    "Ông Warren Buffett": "an English closed u ('Báp') is not told from the Latin u ('Bu')",
    "Ca sĩ Taylor": "a final English 'or' ('lơ') is not told from the Spanish ('Ecuador')",
    "Ông Kennedy": "an English unstressed e ('nơ') is not told from a said one",
    "Vua Felipe VI": "a Spanish final e is said ('li pê') where English makes it silent ('lai')",
    "Hoàng tử William và Kate": "'kate' is the shipped lexicon's fabric ('vải ka tê')",
    "Tỉnh Siem Reap": "'Siem' has the shape of Vietnamese written without marks",
    "Tổng thống Claudia Sheinbaum": "German 'ei', 'au' in a Mexican name",
    "Hãng Emirates": "a final '-ate' is the chemists' 'át' ('Glyphosate')",
    "Thành phố Detroit": "French 'De' and 'oi' in an English name",
    "Bang Nevada và Ohio": "an English i before a vowel ('hai') is not told from 'Rio'",
    "HLV Pep Guardiola": "'Pep' has the shape of a Vietnamese syllable written without marks",
    "Ông Jerome Powell": "English 'ow' before a vowel ('Pao') is not told from 'Rowan'",
    "Ca sĩ Beyonce": "'ey' said 'i ôn' by the singer's own choice",
    "Thủ tướng Pháp Francois": "French 'an', 'ois' ('Phăng xoa') are not told from English",
    "Thủ tướng Hà Lan Dick Schoof": "Dutch 'sch', 'oo'",
    "Ông Sergey Shoigu": "a Russian final 'ey' ('gây') is not told from the English ('Sydney')",
    "Thành phố Yekaterinburg": "Russian 'ye' ('Ê') and '-burg' ('bua') are not told from 'Yemen'",
    "Thành phố Chongqing": "pinyin 'q' ('ch') and 'ong'",
    "Ứng dụng WeChat": "the English word 'we' ('uy') in a brand",
    "Tỉnh Khammouane": "a Lao place the press writes 'Khăm Muộn'",
    "Thành phố Medellin": "Spanish 'll' ('Mê đê in')",
    "Thủ đô Quito": "Spanish 'qui' ('Ki') is not told from English ('Quinn')",
    "Hãng Samsonite": "English '-ite' ('nai') is not told from the chemists' ('Nitrite')",
    "Hãng Siemens": "German 'ie' ('Xi men') is not told from Spanish ('Diego')",
    "Hãng Volkswagen": "German w ('va') and the 's' of a compound",
    "Hãng Michelin": "French 'ch', 'in' ('Mi sơ lanh')",
    "Cầu thủ Virgil van Dijk": "Dutch 'ij' ('Đai'), English 'ir' ('Vơ')",
    "Cầu thủ Robert Lewandowski": "Polish '-wski' (round five's class)",
    "Bão Saudel và bão Nalgae": "a Korean final 'ae' ('Nan ge') is not told from the Japanese "
    "('Sanae' → 'Xa na ê')",
    "Nữ hoàng Margrethe": "Danish 'the', 'gr'",
    "Ông Satya Nadella": "'ty' before a vowel is 'ti' ('Kyoto'), where Indian names say 'ty'",
    "Ông Justin Trudeau": "an English closed u ('Giớt') is not told from the Latin u",
    "Ông Luis Arce": "Spanish 'ui' is two syllables ('Lu ít') where English makes one",
    "Thủ đô Reykjavik": "Icelandic 'kj'",
    "Hãng Shiseido": "Japanese 'ei' is 'ê i', English 'ây'",
    "Hãng Acer": "an English a before one consonant ('Ây') is not told from 'Lazada'",
}
"""Misses left after the fixes; strict xfails, so they count as misses until a class fixes
them."""

FIRST_PASS = {
    "BATCH_ONE": (184, 122, 17),
    "BATCH_TWO": (79, 32, 18),
    "BATCH_THREE": (62, 38, 11),
}
"""Per batch: phrases, read right at the first pass, and read differently only by a convention
of the project or the shipped lexicon's form."""


def test_the_batches_are_as_wide_as_written() -> None:
    assert len(BATCH_ONE) == FIRST_PASS["BATCH_ONE"][0]
    assert len(BATCH_TWO) == FIRST_PASS["BATCH_TWO"][0]
    assert len(BATCH_THREE) == FIRST_PASS["BATCH_THREE"][0]
    assert len(KNOWN_MISSES) == 37  # round 17 fixed Lyon, Kobe, Hanwha and Copilot; round 18
    # Muscat, Belgrade, Auckland, Perth and Adelaide; round 19 ASEANAPOL


@pytest.mark.parametrize(
    ("written", "spoken"),
    batch_cases((("1", BATCH_ONE), ("2", BATCH_TWO), ("3", BATCH_THREE)), KNOWN_MISSES),
)
def test_names_in_the_news_are_read_as_an_announcer_reads_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


def test_every_name_is_said_in_vietnamese_syllables() -> None:
    batches = BATCH_ONE + BATCH_TWO + BATCH_THREE
    assert_said_in_vietnamese_syllables(written for written, _spoken in batches)


# ----- the classes, each with instances the batches do not hold ----------
@pytest.mark.parametrize(
    ("word", "said"),
    [
        # an o before a final nn or mm is short ('Foxconn' → 'Phốc con')
        ("Bonn", "Bon"), ("Qualcomm", "Quan com"),
        # a q without its u is k
        ("Iqbal", "Ích ban"), ("Uniqlo", "U ni cờ lô"), ("Qin", "Kin"),
        # 'dj' is 'gi'; an m or n before a consonant at the start is 'em', 'en'
        ("Djibouti", "Gi bu ti"), ("Nkrumah", "En cờ ru ma"), ("Mzansi", "Em dan xi"),
        # Italian gi before a vowel is one sound
        ("Giuseppe", "Giu xép pê"), ("Gianni", "Gian ni"), ("Reggio", "Rê giô"),
        # g or h before ua is 'oa' (Spanish 'gua', pinyin 'huang'), 'iang' is 'iêng'
        ("Managua", "Ma na goa"), ("Guantanamo", "Goan ta na mô"), ("Xiang", "Xiêng"),
        ("Liang", "Liêng"),
        # French endings: -ville, -eille, -elle, -ette
        ("Nashville", "Nát vin"), ("Danielle", "Đa ni en"), ("Paulette", "Pau lét"),
        # a final 'oe' is 'ô'; 'ayer' is 'ai ơ'; an 'er' before 'ia' is said
        ("Monroe", "Môn rô"), ("Meyer", "Mê dơ"), ("Valeria", "Va lê ri a"),
        ("Algeria", "An ghê ri a"),
        # a one-syllable 'ate', 'ade', 'ape' is 'ết', 'ết', 'ếp' (the chemists' '-ate' stays 'át')
        ("Tate", "Tết"), ("Slate", "Xờ lết"), ("Cape", "Kếp"),
        # consonants before the first vowel keep their digraph
        ("Phnom", "Phờ nôm"),
        # batch 2's classes: a final -ers is 'ơ'; a one-syllable 'ete' is 'ít'; an 'er' before
        # a vowel a rule wrote is said; a one-syllable 'ur' is 'uốc'; 'arl' is 'ác'; a final
        # 'ir' is 'ia'; gw, kw; a final German 'sch'; 'oo' is 'u' (only 'oong' is Vietnamese)
        ("Rangers", "Ran giơ"), ("Steve", "Xờ típ"), ("Geraldine", "Giê ran đin"),
        ("Kurt", "Cuốt"), ("Karl", "Các"), ("Kashmir", "Cát mia"),
        ("Oseltamivir", "Ô xen ta mi via"),
        ("Kwame", "Cua mê"), ("Gwen", "Gu en"), ("Fleisch", "Phờ lây"), ("Hoon", "Hun"),
        # batch 3's: a final 'iy' is 'i'
        ("Tiy", "Ti"),
    ],
)  # fmt: skip
def test_the_fallback_says_classes_of_names(word: str, said: str) -> None:
    assert transliterate(word) == said


@pytest.mark.parametrize(
    ("word", "said"),
    [
        # near misses the new rules leave alone
        ("Paraquat", "Pa ra quát"), ("Quinvaxem", "Quin vác xem"), ("Megi", "Mê ghi"),
        ("Angela", "An giê la"), ("Kia", "Kia"), ("Super", "Xu pơ"), ("Boston", "Bốt tơn"),
        ("Glyphosate", "Gờ li phô xát"), ("Airblade", "E bờ lây"), ("fake", "phây"),
        ("Chuan", "Chuan"), ("Giant", "Gian"), ("Irene", "Ai ơ nê"), ("Trases", "Tra xét"),
        ("Sanae", "Xa na ê"),
    ],
)  # fmt: skip
def test_the_new_rules_leave_their_near_misses_alone(word: str, said: str) -> None:
    assert transliterate(word) == said


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a reign: 'đệ …' up to ten, a number past it, after a title and a name or a ruler's name
        ("Sa hoàng Nicholas II thoái vị.", "Sa hoàng Ni chô lát đệ nhị thoái vị."),
        ("Vua Rama X.", "Vua Ra ma đệ thập."),
        ("Vua Louis IX.", "Vua Lu i đệ cửu."),
        ("Vua Harald V của Na Uy.", "Vua Ha ran đệ ngũ của Na Uy."),
        ("Thánh Gioan Phaolô II.", "Thánh Gioan Phao lô đệ nhị."),
        ("Di sản thời Elizabeth I.", "Di sản thời Ê li da bét đệ nhất."),
        ("Vua Louis XVI bị xử tử.", "Vua Lu i mười sáu bị xử tử."),
        # Catholic Vietnamese write the pope 'Lêô': two syllables, not one
        ("Đức Giáo hoàng Lêô XIV.", "Đức Giáo hoàng Lê ô mười bốn."),
        # near misses: numerals that are no reign
        ("Dự án Vinhomes II.", "Dự án vin hôm hai."),
        ("Cuộc thi Vua Tiếng Việt mùa II.", "Cuộc thi Vua Tiếng Việt mùa hai."),
        ("Chiến tranh thế giới II.", "Chiến tranh thế giới hai."),
        ("Đại hội XIII của Đảng.", "Đại hội mười ba của Đảng."),
        ("Ông Nguyễn Văn X. đến.", "Ông Nguyễn Văn ích đến."),
    ],
)
def test_a_reign_is_numbered_as_announcers_number_it(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # bodies said as words, as VTV and VOV say them
        ("Quỹ UNICEF hỗ trợ.", "Quỹ u ni xép hỗ trợ."),
        ("Tàu của NASA.", "Tàu của na xa."),
        ("Giải do UEFA tổ chức.", "Giải do u ê pha tổ chức."),
        ("Diễn đàn ASEM lần thứ 15.", "Diễn đàn a xem lần thứ mười lăm."),
        # others are spelled or expanded, and an expansion whose head is just said is said once
        ("Tổ chức FAO và IAEA.", "Tổ chức ép a ô và i a e a."),
        ("Tổ chức WHO khuyến cáo.", "Tổ chức y tế thế giới khuyến cáo."),
        ("Khuyến cáo của WHO.", "Khuyến cáo của tổ chức y tế thế giới."),
        ("Hội nghị G20.", "Hội nghị giê hai mươi."),
        # near miss: one word may be said twice
        # 'dịch' said once after 'ổ dịch' since blind round 94 (r28read3)
        ("Xuất hiện ổ dịch DTLCP.", "Xuất hiện ổ dịch tả lợn châu phi."),
    ],
)
def test_bodies_are_said_as_bulletins_say_them(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # storms keep their y as 'd', in capitals too
        ("Bão Yagi.", "Bão da ghi."),
        ("Bão số 3 (tên quốc tế YAGI).", "Bão số ba (tên quốc tế da ghi)."),
        ("Bão Yinxing.", "Bão din xinh."),
        # full names read as written, part by part
        ("Chủ tịch Xi Jinping.", "Chủ tịch Xi Gin pinh."),
        ("Ông Kim Jong-un.", "Ông Kim Giông un."),
        ("Tổng thống Vladimir Putin.", "Tổng thống Vờ la đi mia Pu tin."),
        ("Tỷ phú Elon Musk.", "Tỷ phú Ê lôn Mát xờ cơ."),
        ("Tổng thống Donald Trump.", "Tổng thống Đô nan Trăm."),
        # 'link' as said in speech
        ("Không bấm vào link lạ.", "Không bấm vào linh lạ."),
    ],
)
def test_decided_readings(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


def test_no_spelling_crashes_the_reader() -> None:
    """Random words of Latin letters: each is said in Vietnamese syllables or left as written,
    never an error (a vowel mark one rule wrote and another did not expect: 'Bayer' crashed)."""
    rng = random.Random(16)
    vowels, letters = "aeiouy", "abcdefghijklmnopqrstuvwxyz"
    for _ in range(20_000):
        word = "".join(
            rng.choice(vowels if rng.random() < 0.45 else letters)
            for _ in range(rng.randint(2, 10))
        ).capitalize()
        said = transliterate(word)
        assert said is None or all(is_vietnamese_syllable(s) for s in said.split()), word


@pytest.mark.parametrize(
    "unit",
    [
        "Vua Charles III, ",
        "Giáo hoàng Leo XIV ",
        "Vua Tây Ban Nha Felipe VI ",
        "Tổ chức WHO ",
        "Giorgia Nvidia Foxconn Guatemala Chiang Marseille ",
        "Vua I I I I I ",
    ],
)
def test_reading_time_grows_linearly_with_foreign_names_and_reigns(unit: str) -> None:
    assert_reads_in_linear_time(unit)

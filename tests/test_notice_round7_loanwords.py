"""Vietnamese reading, seventh round: loan words, brands, apps and web addresses (issue 16, Must
have 6), by class.

A. Words that notices name and the fallback says wrong: scam warnings (apps, e-wallets, social
   networks, links), digital life (devices, files, meetings online), health (vaccines by
   maker, medicines), farming (pesticides, fertilisers) and the chemistry of everyday notices
   (water, food and fertiliser: 'asen', 'clo', 'amoniac', 'magie', 'nitơ'). Fixed in the
   lexicon where a word says itself its own way ('Apple' → 'áp pồ', 'magie' → 'ma giê') and
   in the fallback by class: the chemists' 'clo'/'flo' ('Butachlor' → 'bu ta cờ lo'), 'th' of
   'meth'/'eth' before a vowel ('Methanol' → 'Mê ta nôn'), 'rh' ('Rhodamine'), the Latin
   '-ium' ('Clostridium' → '… đi um'); a word Vietnamese spells with its marks but writes as
   one ('amiăng', 'điôxin') is said by its syllables.
B. Web addresses written without marks: the words that the portals of ministries and
   provinces, the tax, insurance and police portals, scam-check sites, the post, hospitals,
   schools and the press write ('tinnhiemmang.vn' → 'tín nhiệm mạng'), consonants at an end of
   a name run together spelled ('tracuunnt' → 'tra cứu en en tê'), short links ('zalo.me/…',
   'bit.ly/…').

Batch 1 (loan words, 102 phrases) and batch 2 (addresses, 45) were written with the readings
an announcer gives before the reader ran on them; batch 3 (62 phrases of both classes) after
the fixes of batches 1 and 2, before the reader ran on it, and batch 4 (60 phrases of both
classes from other kinds of notice) after batch 3's: their first passes are the honest figures.
A reading changed to a convention of the project is marked `# expected reading corrected:
<why>`; a lexicon form in lower case is not marked (case cannot be heard).
"""

from __future__ import annotations

import pytest
from test_notice_round4_loanwords import assert_said_in_vietnamese_syllables, batch_cases

from announcements.normalize import read_aloud, spoken_form
from announcements.syllables import is_vietnamese_syllable, transliterate

BATCH_ONE: list[tuple[str, str]] = [
    (
        "Không cài ứng dụng lạ theo hướng dẫn qua WhatsApp hoặc Messenger.",
        "Không cài ứng dụng lạ theo hướng dẫn qua oát áp hoặc mét xen giơ.",
    ),
    (
        "Kẻ gian gửi tin nhắn SMS kèm đường link giả mạo ngân hàng.",
        "Kẻ gian gửi tin nhắn ét em ét kèm đường linh giả mạo ngân hàng.",
    ),
    (
        "Sàn đầu tư tiền ảo USDT, Bitcoin hứa lãi cao là lừa đảo.",
        "Sàn đầu tư tiền ảo u ét đê tê, bít coi hứa lãi cao là lừa đảo.",
    ),
    (
        "Tuyệt đối không cung cấp mật khẩu Internet Banking cho người lạ.",
        "Tuyệt đối không cung cấp mật khẩu in tơ nét banh king cho người lạ.",
    ),
    (
        "Cảnh giác chiêu tuyển cộng tác viên chạy đơn trên Shopee, Lazada.",
        "Cảnh giác chiêu tuyển cộng tác viên chạy đơn trên sốp pi, la da đa.",
    ),
    (
        "Đối tượng livestream bán hàng giả trên TikTok bị xử phạt.",
        "Đối tượng lai xờ trim bán hàng giả trên tích tốc bị xử phạt.",
    ),
    (
        "Hacker phát tán mã độc qua tệp tin cài đặt gửi qua Zalo.",
        "Hắc cơ phát tán mã độc qua tệp tin cài đặt gửi qua da lô.",
    ),
    (
        "Không quét mã QR lạ dán tại cây ATM hoặc quầy hàng.",
        "Không quét mã kiu a lạ dán tại cây a tê em hoặc quầy hàng.",
    ),
    (
        "Tài khoản Facebook, Instagram của nhiều người dân bị hack.",
        "Tài khoản phây búc, In xờ ta gờ ram của nhiều người dân bị hắc.",
    ),
    (
        "Lừa đảo qua ví điện tử MoMo, ZaloPay, ShopeePay ngày càng tinh vi.",
        "Lừa đảo qua ví điện tử mô mô, da lô pây, sốp pi pây ngày càng tinh vi.",
    ),
    (
        "Đối tượng yêu cầu cài phần mềm AnyDesk, TeamViewer để điều khiển điện thoại.",
        "Đối tượng yêu cầu cài phần mềm e ni đét, tim viu ơ để điều khiển điện thoại.",
    ),
    (
        "Nhiều người bị lừa qua ứng dụng hẹn hò Tinder.",
        "Nhiều người bị lừa qua ứng dụng hẹn hò Tin đơ.",
    ),
    (
        "Tin nhắn báo trúng thưởng iPhone là thủ đoạn lừa đảo.",
        "Tin nhắn báo trúng thưởng ai phôn là thủ đoạn lừa đảo.",
    ),
    # first pass missed
    (
        "Kẻ gian giả mạo trang bán vé của Vietnam Airlines, Vietjet Air.",
        "Kẻ gian giả mạo trang bán vé của việt nam e lai, việt giét e.",
    ),
    (
        "Không đầu tư vào sàn Forex, tiền mã hóa crypto không được cấp phép.",
        "Không đầu tư vào sàn pho rếch, tiền mã hóa cờ ríp tô không được cấp phép.",
    ),
    (
        "Ngân hàng khuyến cáo cài ứng dụng Smart OTP để xác thực giao dịch.",
        "Ngân hàng khuyến cáo cài ứng dụng xờ mát ô tê pê để xác thực giao dịch.",
    ),
    # first pass missed
    (
        "Đối tượng tặng voucher giảm giá qua email để lấy cắp thông tin.",
        "Đối tượng tặng vâu chơ giảm giá qua i meo để lấy cắp thông tin.",
    ),
    (
        "Kẻ gian mạo danh shipper, yêu cầu chuyển khoản phí ship trước.",
        "Kẻ gian mạo danh síp pơ, yêu cầu chuyển khoản phí síp trước.",
    ),
    (
        "Không tham gia các nhóm kín trên Telegram, Viber rủ rê đầu tư.",
        "Không tham gia các nhóm kín trên tê lê gờ ram, vai bơ rủ rê đầu tư.",
    ),
    # first pass missed
    (
        "Tài khoản Apple ID, iCloud bị chiếm đoạt khi đăng nhập trang giả.",
        "Tài khoản áp pồ ai đi, ai cờ lao bị chiếm đoạt khi đăng nhập trang giả.",
    ),
    (
        "Bật xác thực hai lớp cho tài khoản Google, Gmail.",
        "Bật xác thực hai lớp cho tài khoản gu gồ, gờ meo.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: a final l is 'n' ('Donald' → 'Đô nan')
    (
        "Cảnh báo mã độc đánh cắp dữ liệu qua tin nhắn chứa virus, malware.",
        "Cảnh báo mã độc đánh cắp dữ liệu qua tin nhắn chứa vi rút, man oe.",
    ),
    (
        "Chiêu lừa nhận quà qua chatbot giả danh nhân viên chăm sóc khách hàng.",
        "Chiêu lừa nhận quà qua chát bốt giả danh nhân viên chăm sóc khách hàng.",
    ),
    (
        "Không tải ứng dụng ngoài App Store và CH Play.",
        "Không tải ứng dụng ngoài áp xờ to và xê hát plây.",
    ),
    (
        "Công an cảnh báo thủ đoạn giả cuộc gọi video bằng công nghệ Deepfake.",
        "Công an cảnh báo thủ đoạn giả cuộc gọi vi đê ô bằng công nghệ đíp phếch.",
    ),
    # first pass missed
    (
        "Kẻ gian lập tài khoản Twitter, Threads giả mạo cơ quan nhà nước.",
        "Kẻ gian lập tài khoản tuýt tơ, thờ rét giả mạo cơ quan nhà nước.",
    ),
    (
        "Người dân kích hoạt tài khoản định danh điện tử mức độ 2 trên ứng dụng VNeID.",
        "Người dân kích hoạt tài khoản định danh điện tử mức độ hai trên ứng dụng vê en e ai đi.",
    ),
    (
        "Họp trực tuyến qua Zoom hoặc Google Meet lúc 8 giờ.",
        "Họp trực tuyến qua dum hoặc gu gồ mít lúc tám giờ.",
    ),
    ("Gửi file PDF hoặc Word về hộp thư của xã.", "Gửi phai pê đê ép hoặc uốt về hộp thư của xã."),
    (
        "Điểm phát wifi miễn phí đặt tại nhà văn hóa thôn.",
        "Điểm phát oai phai miễn phí đặt tại nhà văn hóa thôn.",
    ),
    (
        "Học sinh học trực tuyến trên điện thoại Android hoặc máy tính bảng iPad.",
        "Học sinh học trực tuyến trên điện thoại an đờ roi hoặc máy tính bảng ai pát.",
    ),
    (
        "Mạng 4G, 5G đã phủ sóng đến các thôn bản vùng cao.",
        "Mạng bốn gờ, năm gờ đã phủ sóng đến các thôn bản vùng cao.",
    ),
    (
        "Hồ sơ nộp bản scan định dạng PDF qua Cổng dịch vụ công.",
        "Hồ sơ nộp bản xờ can định dạng pê đê ép qua Cổng dịch vụ công.",
    ),
    (
        "Hướng dẫn người cao tuổi xem tin tức trên YouTube và Zalo.",
        "Hướng dẫn người cao tuổi xem tin tức trên diu túp và da lô.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: a final 'ows' is 'ô' ('show', round six)
    (
        "Cài phần mềm diệt virus và cập nhật Windows thường xuyên.",
        "Cài phần mềm diệt vi rút và cập nhật uyn đô thường xuyên.",
    ),
    (
        "Sao lưu dữ liệu lên Google Drive để không bị mất.",
        "Sao lưu dữ liệu lên gu gồ Đờ rai để không bị mất.",
    ),
    (
        "Thanh toán tiền điện qua Viettel Money, VNPT Money.",
        "Thanh toán tiền điện qua vi ét ten mơ ni, vê en pê tê mơ ni.",
    ),
    (
        "Dùng trình duyệt Chrome hoặc Cốc Cốc để truy cập.",
        "Dùng trình duyệt Cờ rôm hoặc Cốc Cốc để truy cập.",
    ),
    (
        "Tải biểu mẫu dạng Excel trên trang của huyện.",
        "Tải biểu mẫu dạng ếch xeo trên trang của huyện.",
    ),
    (
        "Bật Bluetooth và định vị GPS khi dùng ứng dụng.",
        "Bật bờ lu tút và định vị giê pê ét khi dùng ứng dụng.",
    ),
    (
        "Người dân đăng ký tài khoản VssID để tra cứu quá trình đóng bảo hiểm.",
        "Người dân đăng ký tài khoản vê ét ét ai đi để tra cứu quá trình đóng bảo hiểm.",
    ),
    ("Đăng tải video lên fanpage của Đoàn xã.", "Đăng tải vi đê ô lên phen pết của Đoàn xã."),
    (
        "Kết nối máy tính với router, modem của nhà mạng.",
        "Kết nối máy tính với rao tơ, mô đem của nhà mạng.",
    ),
    (
        "Đổi mật khẩu wifi định kỳ, không dùng chung USB.",
        "Đổi mật khẩu oai phai định kỳ, không dùng chung u ét bê.",
    ),
    (
        "Thanh niên tình nguyện hướng dẫn cài đặt ứng dụng trên smartphone.",
        "Thanh niên tình nguyện hướng dẫn cài đặt ứng dụng trên xờ mát phôn.",
    ),
    (
        "Trạm y tế tiêm vắc xin phòng COVID-19 của Pfizer, Moderna.",
        "Trạm y tế tiêm vắc xin phòng cô vít mười chín của phai dơ, mô đéc na.",
    ),
    # first pass missed
    # expected reading corrected: 'ic' is written 'ích' in Vietnamese syllables
    (
        "Phát viên sắt, axit folic cho phụ nữ mang thai.",
        "Phát viên sắt, a xít phô lích cho phụ nữ mang thai.",
    ),
    (
        "Pha gói Oresol đúng hướng dẫn để bù nước cho trẻ tiêu chảy.",
        "Pha gói ô rê dôn đúng hướng dẫn để bù nước cho trẻ tiêu chảy.",
    ),
    (
        "Hạ sốt bằng Paracetamol, không tự ý dùng Aspirin cho trẻ.",
        "Hạ sốt bằng pa ra xê ta mon, không tự ý dùng át pi rin cho trẻ.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: a doubled f is said once, an open e is 'ê'
    (
        "Dùng Efferalgan, Hapacol, Panadol theo chỉ định của thầy thuốc.",
        "Dùng Ê phê ran gan, Ha pa côn, Pa na đôn theo chỉ định của thầy thuốc.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: a closed e is 'e' ('Messi' → 'Mét xi')
    (
        "Vắc xin 6 trong 1 Hexaxim, Infanrix Hexa đã về trạm.",
        "Vắc xin sáu trong một hếch xa xim, in phan ríc Héc xa đã về trạm.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: 'ic' is written 'ích'
    (
        "Tiêm vắc xin thủy đậu Varivax, Varilrix cho trẻ trên 12 tháng.",
        "Tiêm vắc xin thủy đậu va ri vác, Va rin rích cho trẻ trên mười hai tháng.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: 'ic' is written 'ích'; 'eu' is 'êu'
    (
        "Vắc xin viêm gan B Engerix-B, Euvax B tiêm cho người lớn.",
        "Vắc xin viêm gan bê En giê rích bê, Êu vác bê tiêm cho người lớn.",
    ),
    (
        "Tiêm vắc xin não mô cầu Menactra cho trẻ từ 9 tháng.",
        "Tiêm vắc xin não mô cầu Mê nác tra cho trẻ từ chín tháng.",
    ),
    (
        "Tiêm vắc xin BCG cho trẻ sơ sinh trong 30 ngày đầu.",
        "Tiêm vắc xin bê xê giê cho trẻ sơ sinh trong ba mươi ngày đầu.",
    ),
    (
        "Dùng Berberin, Smecta khi bị tiêu chảy nhẹ.",
        "Dùng Béc bê rin, Xờ méc ta khi bị tiêu chảy nhẹ.",
    ),
    # first pass missed
    (
        "Không lạm dụng kháng sinh Amoxicillin, Augmentin, Cephalexin.",
        "Không lạm dụng kháng sinh a mốc xi xi lin, ốc men tin, Xê pha léc xin.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: 'pr' is 'pờ r', Vietnamese syllables only
    (
        "Phát thuốc sốt rét Artesunate, Primaquine cho người đi rừng.",
        "Phát thuốc sốt rét Ác tê xu nát, Pờ ri ma quin cho người đi rừng.",
    ),
    # first pass missed
    (
        "Nhỏ mắt, rửa mũi cho trẻ bằng Natri clorid 0,9%.",
        "Nhỏ mắt, rửa mũi cho trẻ bằng Na tri cờ lo rít không phẩy chín phần trăm.",
    ),
    (
        "Sát khuẩn vết thương bằng Betadine hoặc cồn 70 độ.",
        "Sát khuẩn vết thương bằng Bê ta đin hoặc cồn bảy mươi độ.",
    ),
    ("Pha nước Javel khử trùng dụng cụ sau lũ.", "Pha nước Gia ven khử trùng dụng cụ sau lũ."),
    (
        "Người bị hen dùng bình xịt Ventolin theo đơn.",
        "Người bị hen dùng bình xịt Ven tô lin theo đơn.",
    ),
    (
        "Bệnh nhân tiểu đường tiêm Insulin, uống Metformin đều đặn.",
        "Bệnh nhân tiểu đường tiêm in su lin, uống mét phoóc min đều đặn.",
    ),
    (
        "Phun thuốc trừ muỗi Permethrin, phát Cloramin B cho các hộ.",
        "Phun thuốc trừ muỗi péc mê trin, phát cờ lo ra min bê cho các hộ.",
    ),
    (
        "Điều trị cúm A bằng Tamiflu theo chỉ định.",
        "Điều trị cúm a bằng ta mi phờ lu theo chỉ định.",
    ),
    (
        "Uống Vitamin A liều cao cho trẻ từ 6 đến 36 tháng tuổi.",
        "Uống vi ta min a liều cao cho trẻ từ sáu đến ba mươi sáu tháng tuổi.",
    ),
    ("Phun Regent, Padan trừ sâu đục thân lúa.", "Phun rê gien, pa đan trừ sâu đục thân lúa."),
    # first pass missed
    ("Dùng Bassa, Applaud trừ rầy nâu hại lúa.", "Dùng ba sa, áp lốt trừ rầy nâu hại lúa."),
    ("Phun Tilt Super, Anvil phòng bệnh khô vằn.", "Phun tin su pơ, an vin phòng bệnh khô vằn."),
    (
        "Dùng Beam, Filia, Fuji-one trừ bệnh đạo ôn.",
        "Dùng bim, phi li a, Phu gi oan trừ bệnh đạo ôn.",
    ),
    # first pass missed
    # expected reading corrected: 'cl' is 'cờ l', Vietnamese syllables only
    ("Trừ cỏ lúa sạ bằng Sofit, Butachlor.", "Trừ cỏ lúa sạ bằng Xô phít, Bu ta cờ lo."),
    (
        "Không dùng thuốc diệt cỏ Paraquat, Glyphosate đã bị cấm.",
        "Không dùng thuốc diệt cỏ pa ra quát, gờ li phô xát đã bị cấm.",
    ),
    # first pass missed
    ("Bón thúc bằng đạm urê và kali clorua.", "Bón thúc bằng đạm u rê và ca li cờ lo rua."),
    (
        "Phun phân bón lá Growmore, Atonik cho cây có múi.",
        "Phun phân bón lá gờ rô mo, A tô ních cho cây có múi.",
    ),
    (
        "Rải Furadan, Basudin quanh gốc để trừ sâu.",
        "Rải Phu ra đan, ba xu đin quanh gốc để trừ sâu.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: a foreign o is 'ô'
    (
        "Phun Confidor, Actara trừ rầy xanh hại chè.",
        "Phun Côn phi đô, ác ta ra trừ rầy xanh hại chè.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: an 'er' before a consonant is 'éc' ('Mercedes')
    ("Dùng Sherpa, Karate trừ bọ xít hại lúa.", "Dùng Séc pa, ca ra tê trừ bọ xít hại lúa."),
    # first pass differed only by a convention
    # expected reading corrected: a foreign o is 'ô'
    ("Phun Amistar Top, Score trừ bệnh đốm lá.", "Phun a mít ta tốp, Xờ cô trừ bệnh đốm lá."),
    (
        "Dùng Ridomil Gold, Aliette trị bệnh sương mai.",
        "Dùng ri đô min gôn, A li ét trị bệnh sương mai.",
    ),
    (
        "Phun Kasumin, Starner khi lúa chớm bị bạc lá.",
        "Phun ca xu min, Xờ ta nơ khi lúa chớm bị bạc lá.",
    ),
    ("Rải vôi Dolomite để cải tạo đất chua.", "Rải vôi Đô lô mít để cải tạo đất chua."),
    (
        "Dùng thuốc Racumin diệt chuột trên đồng ruộng.",
        "Dùng thuốc Ra cu min diệt chuột trên đồng ruộng.",
    ),
    ("Nuôi lợn giống Landrace, Yorkshire, Duroc.", "Nuôi lợn giống lan rát, i oóc sai, đu rốc."),
    # first pass missed
    (
        "Nước giếng khoan nhiễm asen, mangan, amoni vượt quy chuẩn.",
        "Nước giếng khoan nhiễm a sen, man gan, a mô ni vượt quy chuẩn.",
    ),
    (
        "Thực phẩm tẩm hàn the, formol gây hại sức khỏe.",
        "Thực phẩm tẩm hàn the, phoóc môn gây hại sức khỏe.",
    ),
    # first pass missed
    ("Rượu pha methanol gây ngộ độc chết người.", "Rượu pha mê ta nôn gây ngộ độc chết người."),
    # first pass differed only by a convention
    # expected reading corrected: a final 'ol' is 'ôn' ('Panadol')
    (
        "Cấm dùng Salbutamol, Clenbuterol, Ractopamine trong chăn nuôi.",
        "Cấm dùng Xan bu ta môn, Cờ len bu tê rôn, Rác tô pa min trong chăn nuôi.",
    ),
    ("Cá biển tẩm urê, amoniac để giữ tươi lâu.", "Cá biển tẩm u rê, a mô ni ác để giữ tươi lâu."),
    # first pass differed only by a convention
    # expected reading corrected: the shipped form of the country, 'Xu đăng'
    (
        "Ớt bột nhuộm phẩm màu Sudan, măng nhuộm Auramine.",
        "Ớt bột nhuộm phẩm màu Xu đăng, măng nhuộm Au ra min.",
    ),
    (
        "Kiểm tra clo dư, nitrat, nitrit trong nước sinh hoạt.",
        "Kiểm tra cờ lo dư, ni trát, ni trít trong nước sinh hoạt.",
    ),
    (
        "Xyanua, thủy ngân dùng trong khai thác vàng trái phép.",
        "Xi a nua, thủy ngân dùng trong khai thác vàng trái phép.",
    ),
    (
        "Đồ chơi trẻ em chứa chì, cadimi vượt ngưỡng.",
        "Đồ chơi trẻ em chứa chì, ca đi mi vượt ngưỡng.",
    ),
    # first pass missed
    (
        "Bổ sung canxi, magie, kẽm cho người cao tuổi.",
        "Bổ sung can xi, ma giê, kẽm cho người cao tuổi.",
    ),
    # first pass missed
    (
        "Bón phân sunfat amoni, kali sunfat cho mía.",
        "Bón phân sun phát a mô ni, ca li sun phát cho mía.",
    ),
    ("Bón phân lân, phân NPK cho lúa xuân.", "Bón phân lân, phân en pê ca cho lúa xuân."),
    (
        "Khí CO sinh ra khi đốt than sưởi trong phòng kín.",
        "Khí xê ô sinh ra khi đốt than sưởi trong phòng kín.",
    ),
    (
        "Nồng độ khí NH3, H2S trong chuồng nuôi quá cao.",
        "Nồng độ khí en hát ba, hát hai ét trong chuồng nuôi quá cao.",
    ),
    (
        "Phun dung dịch Cloramin B, vôi bột tiêu độc khử trùng.",
        "Phun dung dịch cờ lo ra min bê, vôi bột tiêu độc khử trùng.",
    ),
    (
        "Nước thải có chỉ số COD, BOD vượt quy chuẩn.",
        "Nước thải có chỉ số xê ô đê, bê ô đê vượt quy chuẩn.",
    ),
    ("Đo độ pH của đất trước khi bón vôi.", "Đo độ pê hát của đất trước khi bón vôi."),
    # first pass differed only by a convention
    # expected reading corrected: 'cl' is 'cờ l', Vietnamese syllables only
    ("Thuốc diệt ốc Niclosamide dùng đúng liều.", "Thuốc diệt ốc Ni cờ lô xa mít dùng đúng liều."),
    # first pass differed only by a convention
    # expected reading corrected: 'dr' is 'đờ r', Vietnamese syllables only
    (
        "Vôi bột, Natri hydroxit dùng khử trùng chuồng trại.",
        "Vôi bột, Na tri hi đờ rốc xít dùng khử trùng chuồng trại.",
    ),
]

BATCH_TWO: list[tuple[str, str]] = [
    # first pass missed
    (
        "Tra cứu website lừa đảo tại tinnhiemmang.vn trước khi mua hàng.",
        "Tra cứu oép sai lừa đảo tại tín nhiệm mạng chấm vê en trước khi mua hàng.",
    ),
    (
        "Phản ánh trang giả mạo về canhbao.khonggianmang.gov.vn.",
        "Phản ánh trang giả mạo về cảnh báo chấm không gian mạng chấm gờ o vê chấm vê en.",
    ),
    (
        "Nộp hồ sơ cấp đổi giấy phép lái xe tại dichvucong.bocongan.gov.vn.",
        "Nộp hồ sơ cấp đổi giấy phép lái xe tại dịch vụ công chấm bộ công an chấm gờ o vê "
        "chấm vê en.",
    ),
    (
        "Khai thuế qua thuedientu.gdt.gov.vn hoặc ứng dụng eTax Mobile.",
        "Khai thuế qua thuế điện tử chấm giê đê tê chấm gờ o vê chấm vê en hoặc ứng dụng "
        "i tắc mô bai.",
    ),
    (
        "Tra cứu hóa đơn tại hoadondientu.gdt.gov.vn.",
        "Tra cứu hóa đơn tại hóa đơn điện tử chấm giê đê tê chấm gờ o vê chấm vê en.",
    ),
    # first pass missed
    (
        "Xem toàn văn nghị định trên chinhphu.vn và vanban.chinhphu.vn.",
        "Xem toàn văn nghị định trên chính phủ chấm vê en và văn bản chấm chính phủ chấm vê en.",
    ),
    (
        "Góp ý dự thảo luật tại xaydungchinhsach.chinhphu.vn.",
        "Góp ý dự thảo luật tại xây dựng chính sách chấm chính phủ chấm vê en.",
    ),
    # first pass missed
    (
        "Kiểm tra đường link nghi ngờ trên chongluadao.vn.",
        "Kiểm tra đường linh nghi ngờ trên chống lừa đảo chấm vê en.",
    ),
    ("Tra cứu phạt nguội trên csgt.vn.", "Tra cứu phạt nguội trên xê ét giê tê chấm vê en."),
    # first pass differed only by a convention
    # expected reading corrected: O is 'ô' on every path ('org' → 'ô e rờ giê')
    (
        "Tra cứu lịch đăng kiểm tại dangkiem.org.vn.",
        "Tra cứu lịch đăng kiểm tại đăng kiểm chấm ô e rờ giê chấm vê en.",
    ),
    (
        "Đăng ký tìm việc làm tại vieclamhanoi.net.",
        "Đăng ký tìm việc làm tại việc làm hà nội chấm nét.",
    ),
    (
        "Theo dõi tin tức trên baochinhphu.vn và nhandan.vn.",
        "Theo dõi tin tức trên báo chính phủ chấm vê en và nhân dân chấm vê en.",
    ),
    # first pass missed
    (
        "Đọc tin trên thanhnien.vn, tuoitre.vn.",
        "Đọc tin trên thanh niên chấm vê en, tuổi trẻ chấm vê en.",
    ),
    (
        "Xem văn bản trên cổng thông tin quangninh.gov.vn.",
        "Xem văn bản trên cổng thông tin quảng ninh chấm gờ o vê chấm vê en.",
    ),
    (
        "Nộp hồ sơ trên dichvucong.haiduong.gov.vn.",
        "Nộp hồ sơ trên dịch vụ công chấm hải dương chấm gờ o vê chấm vê en.",
    ),
    (
        "Tra cứu văn bản tại thuvienphapluat.vn.",
        "Tra cứu văn bản tại thư viện pháp luật chấm vê en.",
    ),
    # first pass missed
    ("Gửi bưu phẩm qua vietnampost.vn.", "Gửi bưu phẩm qua việt nam pốt chấm vê en."),
    # first pass missed
    (
        "Đăng ký khám bệnh trực tuyến tại benhvienbachmai.vn.",
        "Đăng ký khám bệnh trực tuyến tại bệnh viện bạch mai chấm vê en.",
    ),
    # first pass missed
    (
        "Tra cứu kết quả thi tại thisinh.thitotnghiepthpt.gov.vn.",
        "Tra cứu kết quả thi tại thí sinh chấm thi tốt nghiệp tê hát pê tê chấm gờ o vê "
        "chấm vê en.",
    ),
    (
        "Nộp tiền điện qua cskh.evnhanoi.vn.",
        "Nộp tiền điện qua xê ét ca hát chấm e vê en hà nội chấm vê en.",
    ),
    (
        "Xem thời tiết tại nchmf.gov.vn.",
        "Xem thời tiết tại en xê hát em ép chấm gờ o vê chấm vê en.",
    ),
    (
        "Phản ánh vi phạm về hòm thư tiếp nhận phananh@hanoi.gov.vn.",
        "Phản ánh vi phạm về hòm thư tiếp nhận phản ánh a còng hà nội chấm gờ o vê chấm vê en.",
    ),
    (
        "Gửi hồ sơ về email tuyendung@congan.gov.vn.",
        "Gửi hồ sơ về i meo tuyển dụng a còng công an chấm gờ o vê chấm vê en.",
    ),
    (
        "Kiểm tra thông tin tại trang kiemtra.ncsc.gov.vn.",
        "Kiểm tra thông tin tại trang kiểm tra chấm en xê ét xê chấm gờ o vê chấm vê en.",
    ),
    (
        "Truy cập dulichninhbinh.com.vn để xem lịch lễ hội.",
        "Truy cập du lịch ninh bình chấm com chấm vê en để xem lịch lễ hội.",
    ),
    (
        "Đặt lịch tiêm tại tiemchungcovid19.gov.vn.",
        "Đặt lịch tiêm tại tiêm chủng cô vít mười chín chấm gờ o vê chấm vê en.",
    ),
    (
        "Tố giác tội phạm qua trang togiactoipham.bocongan.gov.vn.",
        "Tố giác tội phạm qua trang tố giác tội phạm chấm bộ công an chấm gờ o vê chấm vê en.",
    ),
    (
        "Đăng ký nghĩa vụ quân sự trực tuyến tại nghiavuquansu.gov.vn.",
        "Đăng ký nghĩa vụ quân sự trực tuyến tại nghĩa vụ quân sự chấm gờ o vê chấm vê en.",
    ),
    (
        "Nộp phạt giao thông qua dichvucong.gov.vn, không qua đường link lạ.",
        "Nộp phạt giao thông qua dịch vụ công chấm gờ o vê chấm vê en, không qua đường linh lạ.",
    ),
    (
        "Xem chương trình trên vtv.vn và vov.vn.",
        "Xem chương trình trên vê tê vê chấm vê en và vê ô vê chấm vê en.",
    ),
    # first pass missed
    (
        "Tra cứu mã số thuế tại tracuunnt.gdt.gov.vn.",
        "Tra cứu mã số thuế tại tra cứu en en tê chấm giê đê tê chấm gờ o vê chấm vê en.",
    ),
    ("Tải mẫu đơn tại trang congdoan.vn.", "Tải mẫu đơn tại trang công đoàn chấm vê en."),
    # first pass missed
    (
        "Tham khảo tại trang nongnghiep.vn và khuyennongvn.gov.vn.",
        "Tham khảo tại trang nông nghiệp chấm vê en và khuyến nông vê en chấm gờ o vê chấm vê en.",
    ),
    (
        "Theo dõi fanpage Công an tỉnh tại facebook.com/congantinhbinhphuoc.",
        "Theo dõi phen pết Công an tỉnh tại phây búc chấm com gạch chéo công an tỉnh bình phước.",
    ),
    (
        "Xem video tại youtube.com/truyenhinhnhandan.",
        "Xem vi đê ô tại diu túp chấm com gạch chéo truyền hình nhân dân.",
    ),
    # first pass missed
    (
        "Nhắn tin qua zalo.me/ubndxa để được hỗ trợ.",
        "Nhắn tin qua da lô chấm em e gạch chéo u bê en đê xã để được hỗ trợ.",
    ),
    (
        "Đăng ký tại shopee.vn hoặc google.com.",
        "Đăng ký tại sốp pi chấm vê en hoặc gu gồ chấm com.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: J is 'gi'
    ("Tra cứu giá vàng tại sjc.com.vn.", "Tra cứu giá vàng tại ét gi xê chấm com chấm vê en."),
    (
        "Kiểm tra tài khoản tại vietcombank.com.vn.",
        "Kiểm tra tài khoản tại việt com banh chấm com chấm vê en.",
    ),
    (
        "Tra cứu tại bidv.com.vn hoặc agribank.com.vn.",
        "Tra cứu tại bê i đê vê chấm com chấm vê en hoặc a gờ ri banh chấm com chấm vê en.",
    ),
    # first pass missed
    (
        "Tham khảo tại moh.gov.vn và mic.gov.vn.",
        "Tham khảo tại em ô hát chấm gờ o vê chấm vê en và em i xê chấm gờ o vê chấm vê en.",
    ),
    (
        "Trang baomoi.com không phải trang của cơ quan nhà nước.",
        "Trang báo mới chấm com không phải trang của cơ quan nhà nước.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: O is 'ô' on every path
    (
        "Học bài trên olm.vn, hoc247.net.",
        "Học bài trên ô e lờ em chấm vê en, học hai bốn bảy chấm nét.",
    ),
    ("Đặt vé tàu tại dsvn.vn.", "Đặt vé tàu tại đê ét vê en chấm vê en."),
    # first pass differed only by a convention
    # expected reading corrected: 'edu' is 'e đu' (announcers: 'e đu' ×3, 'ê đu' ×1, spelled never)
    (
        "Xem điểm thi tại diemthi.hcm.edu.vn.",
        "Xem điểm thi tại điểm thi chấm hát xê em chấm e đu chấm vê en.",
    ),
]

BATCH_THREE: list[tuple[str, str]] = [
    (
        "Cảnh báo thủ đoạn gửi đường link giả qua Messenger, Instagram để chiếm tài khoản.",
        "Cảnh báo thủ đoạn gửi đường linh giả qua mét xen giơ, In xờ ta gờ ram để chiếm tài khoản.",
    ),
    (
        "Đối tượng lập nhóm trên Telegram hướng dẫn đầu tư tiền ảo USDT.",
        "Đối tượng lập nhóm trên tê lê gờ ram hướng dẫn đầu tư tiền ảo u ét đê tê.",
    ),
    (
        "Ngân hàng không bao giờ yêu cầu khách hàng cung cấp mã OTP qua điện thoại.",
        "Ngân hàng không bao giờ yêu cầu khách hàng cung cấp mã ô tê pê qua điện thoại.",
    ),
    (
        "Không cài ứng dụng có đuôi .apk do người lạ gửi qua Zalo.",
        "Không cài ứng dụng có đuôi chấm a pê ca do người lạ gửi qua da lô.",
    ),
    (
        "Người dân cập nhật ứng dụng VNeID lên phiên bản mới trên App Store, CH Play.",
        "Người dân cập nhật ứng dụng vê en e ai đi lên phiên bản mới trên áp xờ to, xê hát plây.",
    ),
    (
        "Hội nghị trực tuyến qua phần mềm Zoom kết nối 30 điểm cầu.",
        "Hội nghị trực tuyến qua phần mềm dum kết nối ba mươi điểm cầu.",
    ),
    (
        "Tài liệu gửi kèm dạng file PDF qua hộp thư email công vụ.",
        "Tài liệu gửi kèm dạng phai pê đê ép qua hộp thư i meo công vụ.",
    ),
    (
        "Nhà văn hóa thôn được lắp wifi miễn phí và camera an ninh.",
        "Nhà văn hóa thôn được lắp oai phai miễn phí và ca mê ra an ninh.",
    ),
    (
        "Giả danh nhân viên điện lực gửi tin nhắn kèm mã QR để thu tiền điện.",
        "Giả danh nhân viên điện lực gửi tin nhắn kèm mã kiu a để thu tiền điện.",
    ),
    (
        "Hướng dẫn phụ huynh thanh toán học phí qua ứng dụng MoMo, VNPay.",
        "Hướng dẫn phụ huynh thanh toán học phí qua ứng dụng mô mô, vê en pây.",
    ),
    (
        "Cảnh giác với tài khoản mạo danh trên TikTok, YouTube bán thuốc chữa bệnh.",
        "Cảnh giác với tài khoản mạo danh trên tích tốc, diu túp bán thuốc chữa bệnh.",
    ),
    (
        "Kẻ gian dùng AI tạo video Deepfake giả lãnh đạo xã vay tiền.",
        "Kẻ gian dùng a i tạo vi đê ô đíp phếch giả lãnh đạo xã vay tiền.",
    ),
    (
        "Hacker chiếm quyền quản trị fanpage rồi livestream quảng cáo cờ bạc.",
        "Hắc cơ chiếm quyền quản trị phen pết rồi lai xờ trim quảng cáo cờ bạc.",
    ),
    (
        "Đăng nhập Gmail, iCloud trên máy lạ phải đăng xuất ngay.",
        "Đăng nhập gờ meo, ai cờ lao trên máy lạ phải đăng xuất ngay.",
    ),
    (
        "Mua vé máy bay Vietnam Airlines chỉ qua trang chính thức.",
        "Mua vé máy bay việt nam e lai chỉ qua trang chính thức.",
    ),
    (
        "Trạm y tế xã tiêm vắc xin Rotavin, Quinvaxem theo lịch tiêm chủng mở rộng.",
        "Trạm y tế xã tiêm vắc xin rô ta vin, quin va xem theo lịch tiêm chủng mở rộng.",
    ),
    (
        "Trẻ tiêu chảy cần uống Oresol và bổ sung kẽm.",
        "Trẻ tiêu chảy cần uống ô rê dôn và bổ sung kẽm.",
    ),
    (
        "Không tự ý dùng thuốc Dexamethasone, Prednisolon mua trôi nổi.",
        "Không tự ý dùng thuốc đê xa mê ta dôn, Pờ rét ni xô lôn mua trôi nổi.",
    ),
    (
        "Cấp phát Cloramin B và phèn chua cho các hộ vùng lũ.",
        "Cấp phát cờ lo ra min bê và phèn chua cho các hộ vùng lũ.",
    ),
    (
        "Người nghiện được điều trị bằng thuốc Methadone tại trạm y tế.",
        "Người nghiện được điều trị bằng thuốc mê ta đôn tại trạm y tế.",
    ),
    (
        "Tiêm vắc xin phòng dại Verorab ngay sau khi bị chó cắn.",
        "Tiêm vắc xin phòng dại vê rô ráp ngay sau khi bị chó cắn.",
    ),
    (
        "Bôi Betadine lên vết thương, không đắp lá cây.",
        "Bôi Bê ta đin lên vết thương, không đắp lá cây.",
    ),
    (
        "Nhiều người ngộ độc do uống rượu chứa methanol.",
        "Nhiều người ngộ độc do uống rượu chứa mê ta nôn.",
    ),
    (
        "Trứng gà được phun Chlorine trước khi bán là không đảm bảo.",
        "Trứng gà được phun Cờ lo rin trước khi bán là không đảm bảo.",
    ),
    ("Dùng Ethanol 70 độ để sát khuẩn tay.", "Dùng Ê ta nôn bảy mươi độ để sát khuẩn tay."),
    (
        "Phun thuốc Pretilachlor trừ cỏ sau sạ 3 ngày.",
        "Phun thuốc Pờ rê ti la cờ lo trừ cỏ sau sạ ba ngày.",
    ),
    ("Phun Validacin trừ bệnh khô vằn hại lúa.", "Phun va li đa xin trừ bệnh khô vằn hại lúa."),
    ("Bón vôi, phân lân và kali cho đất phèn.", "Bón vôi, phân lân và ca li cho đất phèn."),
    ("Phun chế phẩm Trichoderma ủ phân chuồng.", "Phun chế phẩm tri cô đéc ma ủ phân chuồng."),
    (
        "Không dùng thuốc cấm Carbofuran, Methomyl trên rau.",
        "Không dùng thuốc cấm Các bô phu ran, Mê tô min trên rau.",
    ),
    (
        "Dùng Amistar Top phòng bệnh thán thư trên ớt.",
        "Dùng a mít ta tốp phòng bệnh thán thư trên ớt.",
    ),
    (
        "Nước máy đạt chuẩn về clo dư, amoni và asen.",
        "Nước máy đạt chuẩn về cờ lo dư, a mô ni và a sen.",
    ),
    ("Thịt lợn tồn dư Salbutamol bị tiêu hủy.", "Thịt lợn tồn dư Xan bu ta môn bị tiêu hủy."),
    (
        "Không đốt than tổ ong trong phòng kín vì khí CO gây ngạt.",
        "Không đốt than tổ ong trong phòng kín vì khí xê ô gây ngạt.",
    ),
    (
        "Khí amoniac rò rỉ từ kho lạnh của công ty thủy sản.",
        "Khí a mô ni ác rò rỉ từ kho lạnh của công ty thủy sản.",
    ),
    (
        "Phát hiện hàn the, formol trong bún, bánh phở.",
        "Phát hiện hàn the, phoóc môn trong bún, bánh phở.",
    ),
    ("Tấm lợp amiăng cũ cần được thay thế.", "Tấm lợp a mi ăng cũ cần được thay thế."),
    ("Bình khí nitơ, oxi phải để xa nguồn lửa.", "Bình khí ni tơ, ô xi phải để xa nguồn lửa."),
    (
        "Bổ sung magie, canxi cho cây trồng trên đất bạc màu.",
        "Bổ sung ma giê, can xi cho cây trồng trên đất bạc màu.",
    ),
    (
        "Tra cứu số điện thoại lừa đảo tại chongluadao.vn.",
        "Tra cứu số điện thoại lừa đảo tại chống lừa đảo chấm vê en.",
    ),
    (
        "Kiểm tra độ tin cậy của website tại tinnhiemmang.vn.",
        "Kiểm tra độ tin cậy của oép sai tại tín nhiệm mạng chấm vê en.",
    ),
    (
        "Đăng ký tạm trú trực tuyến tại dichvucong.bocongan.gov.vn.",
        "Đăng ký tạm trú trực tuyến tại dịch vụ công chấm bộ công an chấm gờ o vê chấm vê en.",
    ),
    (
        "Tra cứu quá trình đóng bảo hiểm tại baohiemxahoi.gov.vn.",
        "Tra cứu quá trình đóng bảo hiểm tại bảo hiểm xã hội chấm gờ o vê chấm vê en.",
    ),
    (
        "Nộp thuế đất qua thuedientu.gdt.gov.vn.",
        "Nộp thuế đất qua thuế điện tử chấm giê đê tê chấm gờ o vê chấm vê en.",
    ),
    (
        "Xem thông báo trên cổng thông tin nghean.gov.vn.",
        "Xem thông báo trên cổng thông tin nghệ an chấm gờ o vê chấm vê en.",
    ),
    (
        "Tra cứu văn bản trên vanban.chinhphu.vn.",
        "Tra cứu văn bản trên văn bản chấm chính phủ chấm vê en.",
    ),
    (
        "Tham gia cuộc thi trên trang tuyengiao.vn.",
        "Tham gia cuộc thi trên trang tuyên giáo chấm vê en.",
    ),
    ("Đăng ký khám tại benhvienchoray.vn.", "Đăng ký khám tại bệnh viện chợ rẫy chấm vê en."),
    (
        "Phản ánh vi phạm an toàn thực phẩm qua vfa.gov.vn.",
        "Phản ánh vi phạm an toàn thực phẩm qua vê ép a chấm gờ o vê chấm vê en.",
    ),
    (
        "Theo dõi bản tin thời tiết trên kttv.gov.vn.",
        "Theo dõi bản tin thời tiết trên ca tê tê vê chấm gờ o vê chấm vê en.",
    ),
    (
        "Góp ý qua hộp thư gopy@baohiemxahoi.gov.vn.",
        "Góp ý qua hộp thư góp ý a còng bảo hiểm xã hội chấm gờ o vê chấm vê en.",
    ),
    (
        "Theo dõi trang zalo.me/congantinh để nhận cảnh báo.",
        "Theo dõi trang da lô chấm em e gạch chéo công an tỉnh để nhận cảnh báo.",
    ),
    (
        "Không bấm vào link bit.ly lạ gửi qua tin nhắn.",
        "Không bấm vào linh bít chấm li lạ gửi qua tin nhắn.",
    ),
    (
        "Tra cứu hộ kinh doanh tại dangkykinhdoanh.gov.vn.",
        "Tra cứu hộ kinh doanh tại đăng ký kinh doanh chấm gờ o vê chấm vê en.",
    ),
    (
        "Tham khảo giá nông sản tại nongnghiepmoitruong.vn.",
        "Tham khảo giá nông sản tại nông nghiệp môi trường chấm vê en.",
    ),
    # first pass missed
    (
        "Đọc báo điện tử tại baotintuc.vn và vietnamplus.vn.",
        "Đọc báo điện tử tại báo tin tức chấm vê en và việt nam pờ lớt chấm vê en.",
    ),
    (
        "Đặt lịch tiêm tại vnvc.vn hoặc trạm y tế xã.",
        "Đặt lịch tiêm tại vê en vê xê chấm vê en hoặc trạm y tế xã.",
    ),
    # first pass missed
    ("Học trực tuyến tại hoclieu.vn.", "Học trực tuyến tại học liệu chấm vê en."),
    (
        "Tải tài liệu tại thuvien.hanoi.gov.vn.",
        "Tải tài liệu tại thư viện chấm hà nội chấm gờ o vê chấm vê en.",
    ),
    (
        "Tìm việc tại vieclamthanhhoa.gov.vn.",
        "Tìm việc tại việc làm thanh hóa chấm gờ o vê chấm vê en.",
    ),
    (
        "Gửi ý kiến về email ubnd@quangtri.gov.vn.",
        "Gửi ý kiến về i meo u bê en đê a còng quảng trị chấm gờ o vê chấm vê en.",
    ),
    (
        "Xem lịch cắt điện tại cskh.npc.com.vn.",
        "Xem lịch cắt điện tại xê ét ca hát chấm en pê xê chấm com chấm vê en.",
    ),
]

BATCH_FOUR: list[tuple[str, str]] = [
    (
        "Công dân có tài khoản định danh điện tử mức 2 được dùng thay thẻ căn cước trên VNeID.",
        "Công dân có tài khoản định danh điện tử mức hai được dùng thay thẻ căn cước trên "
        "vê en e ai đi.",
    ),
    (
        "Người dân không chia sẻ ảnh căn cước lên Facebook, Zalo.",
        "Người dân không chia sẻ ảnh căn cước lên phây búc, da lô.",
    ),
    (
        "Đối tượng gọi video qua Zalo giả danh cán bộ công an.",
        "Đối tượng gọi vi đê ô qua da lô giả danh cán bộ công an.",
    ),
    (
        "Không bấm vào đường link trong tin nhắn SMS báo nợ cước.",
        "Không bấm vào đường linh trong tin nhắn ét em ét báo nợ cước.",
    ),
    (
        "Tài khoản Zalo của cán bộ xã bị hacker chiếm quyền.",
        "Tài khoản da lô của cán bộ xã bị hắc cơ chiếm quyền.",
    ),
    (
        "Lừa đảo đặt phòng homestay qua fanpage giả mạo.",
        "Lừa đảo đặt phòng hôm xờ tây qua phen pết giả mạo.",
    ),
    (
        "Thủ đoạn nhờ chuyển tiền qua Internet Banking rồi báo chuyển nhầm.",
        "Thủ đoạn nhờ chuyển tiền qua in tơ nét banh king rồi báo chuyển nhầm.",
    ),
    (
        "Cảnh báo ứng dụng vay tiền online lãi suất cao.",
        "Cảnh báo ứng dụng vay tiền on lai lãi suất cao.",
    ),
    (
        "Đối tượng lừa bán iPhone giá rẻ trên Facebook.",
        "Đối tượng lừa bán ai phôn giá rẻ trên phây búc.",
    ),
    (
        "Mời tham gia nhóm Telegram làm nhiệm vụ like, share nhận tiền.",
        "Mời tham gia nhóm tê lê gờ ram làm nhiệm vụ lai, se nhận tiền.",
    ),
    ("Cài Smart OTP thay cho mã gửi qua SMS.", "Cài xờ mát ô tê pê thay cho mã gửi qua ét em ét."),
    (
        "Lớp tập huấn sử dụng Zoom và Google Meet cho cán bộ thôn.",
        "Lớp tập huấn sử dụng dum và gu gồ mít cho cán bộ thôn.",
    ),
    (
        "Biểu mẫu đăng ký đăng tải dạng file Word và PDF.",
        "Biểu mẫu đăng ký đăng tải dạng phai uốt và pê đê ép.",
    ),
    # first pass differed only by a convention
    # expected reading corrected: 'edu' is 'e đu' (announcers: 'e đu' ×3, 'ê đu' ×1, spelled never)
    (
        "Học sinh tra cứu điểm trên ứng dụng SMAS, VnEdu.",
        "Học sinh tra cứu điểm trên ứng dụng ét em a ét, vê en e đu.",
    ),
    (
        "Điện thoại Android cài ứng dụng từ CH Play, iPhone từ App Store.",
        "Điện thoại an đờ roi cài ứng dụng từ xê hát plây, ai phôn từ áp xờ to.",
    ),
    (
        "Thôn phủ sóng wifi và 4G tại nhà văn hóa.",
        "Thôn phủ sóng oai phai và bốn gờ tại nhà văn hóa.",
    ),
    (
        "Cán bộ một cửa nhận hồ sơ qua email và Zalo.",
        "Cán bộ một cửa nhận hồ sơ qua i meo và da lô.",
    ),
    ("Đăng ký tài khoản Gmail để nhận thông báo.", "Đăng ký tài khoản gờ meo để nhận thông báo."),
    (
        "Vắc xin Sinopharm, AstraZeneca đã được tiêm đủ hai mũi.",
        "Vắc xin xi nô pham, át tra dê nê ca đã được tiêm đủ hai mũi.",
    ),
    ("Tiêm vắc xin Vero Cell cho trẻ từ 3 tuổi.", "Tiêm vắc xin vê rô xen cho trẻ từ ba tuổi."),
    (
        "Tiêm phòng sởi - rubella cho trẻ từ 1 đến 5 tuổi.",
        "Tiêm phòng sởi, ru bê la cho trẻ từ một đến năm tuổi.",
    ),
    (
        "Vắc xin Gardasil phòng ung thư cổ tử cung cho trẻ em gái.",
        "Vắc xin ga đa xin phòng ung thư cổ tử cung cho trẻ em gái.",
    ),
    (
        "Hạ sốt cho trẻ bằng Paracetamol theo cân nặng.",
        "Hạ sốt cho trẻ bằng pa ra xê ta mon theo cân nặng.",
    ),
    (
        "Phát viên Vitamin A cho trẻ vào ngày 1/6.",
        "Phát viên vi ta min a cho trẻ vào ngày một tháng sáu.",
    ),
    (
        "Không dùng Aspirin cho trẻ bị sốt xuất huyết.",
        "Không dùng át pi rin cho trẻ bị sốt xuất huyết.",
    ),
    (
        "Phun hóa chất diệt muỗi Permethrin tại các thôn có ổ dịch.",
        "Phun hóa chất diệt muỗi péc mê trin tại các thôn có ổ dịch.",
    ),
    ("Tẩy giun cho học sinh bằng Albendazole.", "Tẩy giun cho học sinh bằng an ben đa dôn."),
    (
        "Người bị cúm uống Tamiflu theo đơn của bác sĩ.",
        "Người bị cúm uống ta mi phờ lu theo đơn của bác sĩ.",
    ),
    ("Khử trùng nước bằng Cloramin B sau lũ.", "Khử trùng nước bằng cờ lo ra min bê sau lũ."),
    (
        "Bón phân urê kết hợp kali khi lúa đẻ nhánh.",
        "Bón phân u rê kết hợp ca li khi lúa đẻ nhánh.",
    ),
    ("Phun Regent trừ sâu cuốn lá nhỏ.", "Phun rê gien trừ sâu cuốn lá nhỏ."),
    ("Dùng Validamycin phòng trừ bệnh khô vằn.", "Dùng va li đa mi xin phòng trừ bệnh khô vằn."),
    ("Phun thuốc Chess, Actara trừ rầy nâu.", "Phun thuốc chét, ác ta ra trừ rầy nâu."),
    ("Cấm sử dụng thuốc diệt cỏ Paraquat.", "Cấm sử dụng thuốc diệt cỏ pa ra quát."),
    (
        "Dùng chế phẩm sinh học Beauveria, Metarhizium trừ sâu.",
        "Dùng chế phẩm sinh học bô ve ri a, mê ta ri di um trừ sâu.",
    ),
    ("Bón phân NPK 16-16-8 cho ngô.", "Bón phân en pê ca mười sáu, mười sáu, tám cho ngô."),
    (
        "Nước giếng nhiễm asen cần lọc trước khi dùng.",
        "Nước giếng nhiễm a sen cần lọc trước khi dùng.",
    ),
    ("Rò rỉ khí amoniac tại nhà máy nước đá.", "Rò rỉ khí a mô ni ác tại nhà máy nước đá."),
    ("Nước sinh hoạt được khử trùng bằng clo.", "Nước sinh hoạt được khử trùng bằng cờ lo."),
    (
        "Thực phẩm chứa hàn the, phẩm màu công nghiệp bị tiêu hủy.",
        "Thực phẩm chứa hàn the, phẩm màu công nghiệp bị tiêu hủy.",
    ),
    ("Phát hiện rượu chứa methanol vượt ngưỡng.", "Phát hiện rượu chứa mê ta nôn vượt ngưỡng."),
    (
        "Khí metan từ hầm biogas có thể gây cháy nổ.",
        "Khí mê tan từ hầm bi ô ga có thể gây cháy nổ.",
    ),
    ("Không dùng bình gas mini trong phòng kín.", "Không dùng bình ga mi ni trong phòng kín."),
    ("Kiểm tra nồng độ nitrat trong rau.", "Kiểm tra nồng độ ni trát trong rau."),
    ("Bón phân kali sunfat cho cây ăn quả.", "Bón phân ca li sun phát cho cây ăn quả."),
    (
        "Tra cứu thông tin tại dichvucong.gov.vn.",
        "Tra cứu thông tin tại dịch vụ công chấm gờ o vê chấm vê en.",
    ),
    (
        "Nộp hồ sơ trực tuyến tại dichvucong.thanhhoa.gov.vn.",
        "Nộp hồ sơ trực tuyến tại dịch vụ công chấm thanh hóa chấm gờ o vê chấm vê en.",
    ),
    (
        "Góp ý văn kiện tại trang dangcongsan.vn.",
        "Góp ý văn kiện tại trang đảng cộng sản chấm vê en.",
    ),
    (
        "Tra cứu tiến độ hồ sơ đất đai tại dichvucong.namdinh.gov.vn.",
        "Tra cứu tiến độ hồ sơ đất đai tại dịch vụ công chấm nam định chấm gờ o vê chấm vê en.",
    ),
    (
        "Kiểm tra tin giả tại trang tingia.gov.vn.",
        "Kiểm tra tin giả tại trang tin giả chấm gờ o vê chấm vê en.",
    ),
    (
        "Phản ánh qua tổng đài hoặc trang phananhkiennghi.gov.vn.",
        "Phản ánh qua tổng đài hoặc trang phản ánh kiến nghị chấm gờ o vê chấm vê en.",
    ),
    (
        "Xem lịch tiếp công dân tại tiepcongdan.gov.vn.",
        "Xem lịch tiếp công dân tại tiếp công dân chấm gờ o vê chấm vê en.",
    ),
    ("Tra cứu đăng ký xe tại dangkiem.vn.", "Tra cứu đăng ký xe tại đăng kiểm chấm vê en."),
    (
        "Ứng tuyển tại tuyendung.bocongan.gov.vn.",
        "Ứng tuyển tại tuyển dụng chấm bộ công an chấm gờ o vê chấm vê en.",
    ),
    (
        "Xem thông tin bầu cử tại baucu.quochoi.vn.",
        "Xem thông tin bầu cử tại bầu cử chấm quốc hội chấm vê en.",
    ),
    (
        "Đọc báo Nhân Dân điện tử tại nhandan.vn.",
        "Đọc báo Nhân Dân điện tử tại nhân dân chấm vê en.",
    ),
    # first pass missed
    (
        "Hỏi đáp chính sách tại hoidap.baohiemxahoi.gov.vn.",
        "Hỏi đáp chính sách tại hỏi đáp chấm bảo hiểm xã hội chấm gờ o vê chấm vê en.",
    ),
    (
        "Tra cứu giá đất tại sotaichinh.hanoi.gov.vn.",
        "Tra cứu giá đất tại sở tài chính chấm hà nội chấm gờ o vê chấm vê en.",
    ),
    (
        "Mua sắm trên sàn postmart.vn của bưu điện.",
        "Mua sắm trên sàn pốt mát chấm vê en của bưu điện.",
    ),
    (
        "Kiểm tra website có uy tín tại tinnhiemmang.vn trước khi nhập thông tin.",
        "Kiểm tra oép sai có uy tín tại tín nhiệm mạng chấm vê en trước khi nhập thông tin.",
    ),
]

KNOWN_MISSES: dict[str, str] = {}
"""None left: 'mic.gov.vn' (a ministry's letters shaped like a syllable) missed at the first
pass and is now spelled."""
FIRST_PASS = {
    "BATCH_ONE": (102, 74, 14),
    "BATCH_TWO": (45, 30, 4),
    "BATCH_THREE": (62, 60, 0),
    "BATCH_FOUR": (60, 58, 1),
}
"""Per batch: phrases, read right at the first pass, and read differently only by a convention
of the project."""


def test_the_batches_are_as_wide_as_written() -> None:
    assert len(BATCH_ONE) == FIRST_PASS["BATCH_ONE"][0]
    assert len(BATCH_TWO) == FIRST_PASS["BATCH_TWO"][0]
    assert len(BATCH_THREE) == FIRST_PASS["BATCH_THREE"][0]
    assert len(BATCH_FOUR) == FIRST_PASS["BATCH_FOUR"][0]


@pytest.mark.parametrize(
    ("written", "spoken"),
    batch_cases(
        (("1", BATCH_ONE), ("2", BATCH_TWO), ("3", BATCH_THREE), ("4", BATCH_FOUR)), KNOWN_MISSES
    ),
)
def test_loan_words_and_addresses_are_read_as_an_announcer_reads_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


def test_every_phrase_is_said_in_vietnamese_syllables() -> None:
    batches = BATCH_ONE + BATCH_TWO + BATCH_THREE + BATCH_FOUR
    known = tuple(KNOWN_MISSES)
    assert_said_in_vietnamese_syllables(w for w, _s in batches if not w.startswith(known))


# ----- the classes, each with instances the batches do not hold ----------
@pytest.mark.parametrize(
    ("word", "said"),
    [
        # the chemists' 'clo' and 'flo' are said with an open o, as the lexicon's 'clo'
        ("Chlorothalonil", "Cờ lo rô tha lô nin"), ("Trichlorfon", "Tri cờ lo phôn"),
        ("Clorat", "Cờ lo rát"), ("Florfenicol", "Phờ lo phê ni côn"),
        # 'th' after 'me'/'e' before a vowel is 't', as in the lexicon's 'Methadone'
        ("Ethephon", "Ê tê phôn"), ("Methyl", "Mê tin"), ("Dimethomorph", "Đi mê tô mốp"),
        # 'rh' opening a syllable is 'r'
        ("Rhino", "Ri nô"), ("Rhone", "Rôn"),
        # the Latin '-ium' is two syllables
        ("Sodium", "Xô đi um"), ("Premium", "Pờ rê mi um"), ("Aquarium", "A qua ri um"),
    ],
)  # fmt: skip
def test_the_fallback_says_the_chemists_spellings(word: str, said: str) -> None:
    assert transliterate(word) == said


@pytest.mark.parametrize(
    ("word", "said"),
    [
        # 'clo' only: 'plo', 'clove' of English words keep their ô
        ("Explorer", "Ếch pờ lô rơ"), ("Closer", "Cờ lô xơ"), ("Clover", "Cờ lô vơ"),
        # 'th' at the end or before a consonant stays
        ("Elizabeth", "Ê li da bét"), ("Bethlehem", "Bét lê hem"),
        # 'rh' after a consonant belongs to two syllables
        ("Chlorhexidine", "Cờ lo héc xi đin"),
    ],
)  # fmt: skip
def test_the_chemists_spellings_leave_their_near_misses_alone(word: str, said: str) -> None:
    assert transliterate(word) == said


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Không khí nhiễm điôxin, cađimi.", "Không khí nhiễm đi ô xin, ca đi mi."),
        ("Trường dạy lập trình rôbốt.", "Trường dạy lập trình rô bốt."),
        ("Thông báo của UBND Hànội.", "Thông báo của ủy ban nhân dân Hà nội."),
    ],
)
def test_a_word_written_with_marks_as_one_is_said_by_its_syllables(
    written: str, spoken: str
) -> None:
    """Reported all the same: the office writes the word as it is said."""
    reading = read_aloud(written)
    assert reading.spoken == spoken
    assert reading.guessed


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Không cài UltraViewer theo yêu cầu của người lạ.",
         "Không cài un tra viu ơ theo yêu cầu của người lạ."),
        ("Xem trực tiếp lễ kỷ niệm trên VTVgo.", "Xem trực tiếp lễ kỷ niệm trên vê tê vê gô."),
        ("Tiêm nhắc lại vắc xin Pfizer-BioNTech.", "Tiêm nhắc lại vắc xin phai dơ bi ôn téc."),
        ("Lắp eSIM cho điện thoại, đăng nhập Hotmail.",
         "Lắp i sim cho điện thoại, đăng nhập hót meo."),
        ("Tấm lợp amiăng, khí hiđrô và bazơ.", "Tấm lợp a mi ăng, khí hi đờ rô và ba dơ."),
        ("Muối iốt, sunfua, khí cacbon.", "Muối i ốt, sun phua, khí các bon."),
    ],
)  # fmt: skip
def test_words_the_domains_name_are_said_unreported(written: str, spoken: str) -> None:
    reading = read_aloud(written)
    assert (reading.spoken, reading.guessed) == (spoken, ())


def test_vietnamese_syllables_that_write_i_before_o_stay_one() -> None:
    assert all(is_vietnamese_syllable(w) for w in ("giông", "giỗ", "giờ", "Giơ", "Ghiơng"))
    assert not any(is_vietnamese_syllable(w) for w in ("điôxin", "điô", "kiơ"))
    assert spoken_form("Giờ này giông lốc, giơ tay.") == "Giờ này giông lốc, giơ tay."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # consonants at either end of a name run together are letters
        ("Tra cứu tại tracuunnt.gdt.gov.vn.",
         "Tra cứu tại tra cứu en en tê chấm giê đê tê chấm gờ o vê chấm vê en."),
        ("Xem tại khuyennongvn.gov.vn.",
         "Xem tại khuyến nông vê en chấm gờ o vê chấm vê en."),
        ("Đọc tin tại vnexpress.net.", "Đọc tin tại vê en ếch pờ rét chấm nét."),
        # short links: Zalo pages, Telegram groups, shortened links
        ("Nhắn tin qua zalo.me/0912345678.",
         "Nhắn tin qua da lô chấm em e gạch chéo không chín một hai ba bốn năm sáu bảy tám."),
        ("Không vào t.me/nhomdautu hay bit.ly/quatang.",
         "Không vào tê chấm em e gạch chéo nhóm đầu tư hay bít chấm li gạch chéo quà tặng."),
        # English words, brands and letters of an address stay what they are
        ("Theo dõi facebook.com/congandanang.",
         "Theo dõi phây búc chấm com gạch chéo công an đà nẵng."),
        ("Mua trên shopee.vn, xem youtube.com.",
         "Mua trên sốp pi chấm vê en, xem diu túp chấm com."),
        ("Tra cứu tại smartcity.vn.", "Tra cứu tại xờ mát xi ti chấm vê en."),
        # a department named by its kind and letters; ministries by their English letters
        ("Xem tại sotnmt.hanoi.gov.vn, phongkt.gov.vn.",
         "Xem tại sở tê en em tê chấm hà nội chấm gờ o vê chấm vê en, phòng ca tê chấm gờ o vê "
         "chấm vê "
         "en."),
        ("Xem tại moit.gov.vn và molisa.gov.vn.",
         "Xem tại em ô i tê chấm gờ o vê chấm vê en và mô li xa chấm gờ o vê chấm vê en."),
        # the address itself says nothing of its words' marks; the notice's words do
        ("Xem tại hue.gov.vn, dalat.gov.vn.",
         "Xem tại huế chấm gờ o vê chấm vê en, đà lạt chấm gờ o vê chấm vê en."),
        ("Ông Vinh gửi thư về vinh@gmail.com.",
         "Ông Vinh gửi thư về vinh a còng gờ meo chấm com."),
    ],
)  # fmt: skip
def test_addresses_are_cut_into_their_words(written: str, spoken: str) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(
    "written",
    [
        "Quả me chua, cô Ly ở xã Mỹ Lý.",
        "Chị Lan bán me.Ly nước mía giá rẻ.",
        "Tên bé là Minh.Me đi chợ.",
    ],
)
def test_me_and_ly_are_words_outside_a_link(written: str) -> None:
    """'me' (tamarind), 'ly' (a glass), a name: a link ends so only in lower case after a
    word of letters and digits, and these are not links."""
    assert "chấm" not in spoken_form(written)


def test_the_station_lexicon_wins_over_the_new_words() -> None:
    station = {"Apple": "ép pồ", "post": "pót", "magie": "ma nhê"}
    assert spoken_form("Tài khoản Apple, khoáng chất magie.", station) == (
        "Tài khoản ép pồ, khoáng chất ma nhê."
    )
    assert spoken_form("Gửi qua vietnampost.vn.", station) == "Gửi qua việt nam pót chấm vê en."

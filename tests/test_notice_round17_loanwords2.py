"""Foreign words said as words, a second bulk (issue 16), and Vietnamese names written without
marks inside a marked notice ('Noi Bai', 'Tuoi Tre'): 1128 more were read in a sentence each
(/work/team/notes/r17loan2.md); these are the families the reader said unlike any form a northern
announcer gives, a sentence or more each, and look-alikes that must not change: the same letters in
a password, a code, a plate, a Wi-Fi name, and names with more than one marked form."""

from __future__ import annotations

import pytest

from announcements.normalize import spoken_form

SAID_AS_WORDS: list[tuple[str, str]] = [
    # employers in the industrial parks and their products
    ("Công ty Samsung Electro-Mechanics, Goertek và Hanwha tuyển 500 lao động.",
     "Công ty sam sung e léc trô mê ca ních, gơ tếch và Han hoa tuyển năm trăm lao động."),
    ("Nhà máy Brother, Bridgestone và Taekwang nhận hồ sơ đến ngày 15.",
     "Nhà máy bờ ra đơ, bờ rít xờ tôn và thê quang nhận hồ sơ đến ngày mười lăm."),
    ("Xe điện BYD, bia Carlsberg và nước Suntory có mặt tại hội chợ.",
     "Xe điện bi oai đi, bia các bớc và nước xăn tô ri có mặt tại hội chợ."),
    # trades and job titles in labour notices
    ("Tuyển worker, operator và supervisor cho ca đêm, có overtime.",
     "Tuyển uốc cơ, ốp pơ rây tơ và xu pơ vai dơ cho ca đêm, có ô vơ tham."),
    ("Chương trình Tokutei Ginou qua JITCO không thu phí môi giới.",
     "Chương trình Tô cu tây ghi nô qua gít cô không thu phí môi giới."),
    ("Khách sạn tuyển driver, chef, nhân viên housekeeping và receptionist.",
     "Khách sạn tuyển đờ rai vơ, sép, nhân viên hao kíp pinh và ri xép sần nít."),
    ("Cần 10 nhân viên sales, telesales và một designer cho startup.",
     "Cần mười nhân viên xeo, te lê xeo và một đi dai nơ cho xờ tát ắp."),
    ("Lớp chăm sóc người già cho caregiver và nurse do trainer Nhật dạy.",
     "Lớp chăm sóc người già cho ke ghi vơ và nớt do trên nơ Nhật dạy."),
    ("Tuyển engineer, technician, cashier và loader; có training, insurance đầy đủ.",
     "Tuyển en gi nia, téc ních sần, ca sia và lâu đơ; có trên ninh, in su rần đầy đủ."),
    ("Soạn văn bản bằng font Times New Roman, bấm icon hoặc shortcut để lưu.",
     "Soạn văn bản bằng phông tham niu rô man, bấm ai con hoặc sót cắt để lưu."),
    # medicines sold to households, and farm chemicals
    ("Nhận thuốc PrEP miễn phí tại trạm y tế.",
     "Nhận thuốc pờ rép miễn phí tại trạm y tế."),
    ("Không tự tiêm Glucose, Lidocaine hay uống Codeine khi chưa có đơn.",
     "Không tự tiêm gờ lu cô, li đô ca in hay uống cô đê in khi chưa có đơn."),
    ("Bón phân Urea đúng liều, không dùng quá 10 kg một sào.",
     "Bón phân u rê đúng liều, không dùng quá mười ki lô gam một sào."),
    # consumer brands at the market and in the shops
    ("Dầu gội Pantene, Rejoice, Head & Shoulders và xà phòng Safeguard đang giảm giá.",
     "Dầu gội pan tin, ri gioi, hét en sâu đơ và xà phòng xêp ga đang giảm giá."),
    ("Tã Huggies, Merries và sữa tắm Johnson's Baby bán tại chợ.",
     "Tã hắc ghi, mê ri và sữa tắm giôn xơn bê bi bán tại chợ."),
    ("Mua Nescafe, Chocolate và Milk Tea ở cửa hàng.",
     "Mua nét ca phê, sô cô la và min ti ở cửa hàng."),
    ("Cửa hàng McDonald's, Popeyes và Domino's mở ở trung tâm huyện.",
     "Cửa hàng mác đô nan, pốp bai và đô mi nô mở ở trung tâm huyện."),
    # people in the news and in sport
    ("Cựu cầu thủ Beckham và Zidane sang thăm.",
     "Cựu cầu thủ Béc cơm và Di đan sang thăm."),
    ("Ông Lee Hsien Loong và cố Thủ tướng Shinzo Abe từng thăm Việt Nam.",
     "Ông Lý Hiển Long và cố Thủ tướng Sin dô A bê từng thăm Việt Nam."),
    # technology and office words of the digital-transformation notices
    ("Đăng nhập account trên Zalo, không bấm đường link lạ, nhớ backup dữ liệu.",
     "Đăng nhập ắc cao trên da lô, không bấm đường linh lạ, nhớ béc ắp dữ liệu."),
    ("Ký số qua VNPT-CA hoặc Viettel-CA trước ngày 10.",
     "Ký số qua vê en pê tê xê a hoặc vi ét ten xê a trước ngày mười."),
    ("Xem lại trên VTV Go hoặc trang LinkedIn của công ty.",
     "Xem lại trên vê tê vê gâu hoặc trang lin đin của công ty."),
    ("Thương mại điện tử ecommerce và blockchain là nội dung buổi talkshow.",
     "Thương mại điện tử i com mơ và bờ lốc chên là nội dung buổi tóc sô."),
    # tourism, events, sport and music
    ("Đặt phòng qua Airbnb hoặc Saigontourist, đi xe limousine.",
     "Đặt phòng qua e bi en bi hoặc Sài Gòn tua rít, đi xe li mu din."),
    ("Khu nghỉ có penthouse, shophouse, townhouse và sky bar.",
     "Khu nghỉ có pen hao, sốp hao, tao hao và xờ cai ba."),
    ("Vinpearl tổ chức Fashion Week và đêm nhạc K-pop, rap, hip hop.",
     "Vin pơn tổ chức phe sần uých và đêm nhạc kây póp, ráp, híp hóp."),
    ("Trẻ em tham gia Summer Camp, trượt patin và skateboard.",
     "Trẻ em tham gia xăm mơ cam, trượt pa tanh và xờ kết bo."),
    # units written in Latin letters
    ("Điện gió Bạc Liêu công suất 6 GW, năm ngoái phát 12 GWh.",
     "Điện gió Bạc Liêu công suất sáu gi ga oát, năm ngoái phát mười hai gi ga oát giờ."),
    # Vietnamese names written without marks: the announcer says them marked
    ("Bà con ở Ha Noi, Ho Chi Minh City và Phu Quoc chú ý.",
     "Bà con ở Hà Nội, thành phố Hồ Chí Minh và Phú Quốc chú ý."),
    ("Chuyến bay từ Noi Bai đi Tan Son Nhat và Cat Bi bị hoãn.",
     "Chuyến bay từ Nội Bài đi Tân Sơn Nhất và Cát Bi bị hoãn."),
    ("Khách sạn trên đường Le Loi, gần phố Ba Trieu và hồ Hoan Kiem.",
     "Khách sạn trên đường Lê Lợi, gần phố Bà Triệu và hồ Hoàn Kiếm."),
    ("Báo Tuoi Tre và Thanh Nien đưa tin.",
     "Báo Tuổi Trẻ và Thanh Niên đưa tin."),
    ("Lao động làm ở khu công nghiệp Que Vo, Yen Phong, Bac Ninh.",
     "Lao động làm ở khu công nghiệp Quế Võ, Yên Phong, Bắc Ninh."),
    ("Đi Ha Long Bay, Sa Pa và Mui Ne dịp nghỉ lễ.",
     "Đi vịnh Hạ Long, Sa Pa và Mũi Né dịp nghỉ lễ."),
]  # fmt: skip

LOOK_ALIKES: list[tuple[str, str]] = [
    # inside a password, a record code, a plate, a Wi-Fi name: spelled or as before
    ("Mật khẩu Wi-Fi là Sky2025.",
     "Mật khẩu oai phai là ét ca i dài hai không hai năm."),
    ("Mật khẩu wifi là worker123.",
     "Mật khẩu oai phai là vê kép ô e rờ ca e e rờ một hai ba."),
    ("Mật khẩu: Patin@123.",
     "Mật khẩu: pê a tê i en a còng một hai ba."),
    ("Mã hồ sơ SALES2025 đã nhận.",
     "Mã hồ sơ ét a e lờ e ét hai không hai năm đã nhận."),
    ("Xe biển số 29A-BYD12 vi phạm.",
     "Xe biển số hai chín a, bê i dài đê một hai vi phạm."),
    ("Mã lớp: RAP-02.",
     "Mã lớp: e rờ a pê không hai."),
    ("Tên mạng Wi-Fi: HaNoi_Free, mật khẩu hanoi2025.",
     "Tên mạng oai phai: hà nội gạch dưới phờ ri, mật khẩu hát a en ô i hai không hai năm."),
    ("Mã lớp: GW-02.",
     "Mã lớp: giê vê kép không hai."),
    ("Mật khẩu: key2025, mã KEY-01.",
     "Mật khẩu: ca e i dài hai không hai năm, mã ca e i dài không một."),
    # given names and a people written unmarked as Vietnamese writes them: left as they are
    ("Chị Nguyễn Thị Thanh Hoa, anh Trần Quang Nam, bà Lê Thị Trang An.",
     "Chị Nguyễn Thị Thanh Hoa, anh Trần Quang Nam, bà Lê Thị Trang An."),
    ("Đồng bào Ba Na ở Kon Tum.",
     "Đồng bào Ba Na ở Kon Tum."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), SAID_AS_WORDS)
def test_foreign_words_and_unmarked_names_are_said_as_announcers_say_them(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken


@pytest.mark.parametrize(("written", "spoken"), LOOK_ALIKES)
def test_the_same_letters_in_codes_and_names_are_not_read_otherwise(
    written: str, spoken: str
) -> None:
    assert spoken_form(written) == spoken

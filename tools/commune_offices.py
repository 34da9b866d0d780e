"""The commune offices of Nghị định 150/2025/NĐ-CP and the fields each advises the commune's People's
Committee on: the one place the add-*.py scripts of this folder look up which office of a commune or
ward advises on a task.

Source: the decree's Điều 15 as summarised, field by field, in a thuvienphapluat.vn-style article kept
in the public GitHub snapshot tnt305/tai_lieu_noi_bo (commit 94c5034, src/etl/dataset/603410a9b8dfc935.md):
"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tham mưu, giúp Ủy ban nhân dân cấp xã thực hiện chức
năng quản lý nhà nước về các lĩnh vực sau: …", then the same for Phòng Kinh tế (a ward: Phòng Kinh tế,
Hạ tầng và Đô thị) and Phòng Văn hóa - Xã hội. Dân trí (26 June 2025) names the article: "Theo Điều 15
của Nghị định, phòng Kinh tế tham mưu và giúp UBND xã quản lý nhà nước trên ba mảng lớn: Tài chính - Kế
hoạch; Xây dựng - Công thương; Nông nghiệp - Môi trường."
"""
import re

# office -> [(the decree's words for a field, the seed's functions it names)]. Only a function the words
# name is listed: "thống kê", "nuôi con nuôi", "phát thanh truyền hình", "hạ tầng thông tin" have none, nor
# "công tác đối ngoại địa phương" (the seed's GOV.EXT is the province's external relations); "biển và hải
# đảo" applies only to units on the coast, which the seed does not mark, and is left out.
FIELDS = {
    'VP': [
        ('Lĩnh vực Văn phòng: chương trình, kế hoạch công tác; công tác chỉ đạo, điều hành của Chủ tịch; '
         'bảo đảm điều kiện phục vụ hoạt động của Hội đồng nhân dân, Ủy ban nhân dân', ['GOV.SUPPORT']),
        ('xây dựng và tổ chức thi hành pháp luật', ['JUST.LEGIS']),
        ('kiểm tra, xử lý văn bản quy phạm pháp luật', ['JUST.REVIEW']),
        ('phổ biến, giáo dục pháp luật', ['JUST.PROMO']),
        ('hòa giải ở cơ sở', ['JUST.MEDIATE']),
        ('trợ giúp pháp lý', ['JUST.AID']),
        ('hộ tịch, chứng thực', ['JUST.CIVREG', 'JUST.CERT']),
        ('quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính', ['JUST.PENALTY']),
    ],
    'PKT': [
        ('tài chính - ngân sách nhà nước', ['FIN.BUDGET', 'FIN.REVENUE', 'FIN.SETTLE']),
        ('kế hoạch và đầu tư', ['PLAN.SOCIO', 'PLAN.PUBINV']),
        ('đăng ký hộ kinh doanh, tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã; hỗ trợ doanh nghiệp, tổ chức '
         'kinh tế tập thể', ['PLAN.BIZREG', 'PLAN.COOP', 'PLAN.SME']),
        ('quy hoạch xây dựng, kiến trúc', ['CONST.PLAN']),
        ('hoạt động đầu tư xây dựng', ['CONST.PERMIT', 'CONST.QUALITY', 'CONST.ORDER']),
        ('phát triển đô thị; hạ tầng kỹ thuật đô thị', ['CONST.URBAN']),
        ('nhà ở', ['CONST.HOUSING']),
        ('vật liệu xây dựng', ['CONST.MATERIAL']),
        ('giao thông', ['TRANS.INFRA', 'TRANS.RURALROAD']),
        ('tiểu thủ công nghiệp; công nghiệp', ['TRADE.INDUS']),
        ('thương mại', ['TRADE.COMM']),
        ('đất đai', ['ENV.LAND.PLAN', 'ENV.LAND.ALLOC', 'ENV.LAND.TITLE', 'ENV.LAND.DISPUTE']),
        ('tài nguyên nước', ['ENV.WATER']),
        ('tài nguyên khoáng sản', ['ENV.MINERAL']),
        ('môi trường', ['ENV.POLL', 'ENV.WASTE']),
        ('nông nghiệp', ['AGRI.CROP', 'AGRI.LIVE']),
        ('lâm nghiệp', ['AGRI.FOREST']),
        ('diêm nghiệp', ['AGRI.SALT']),
        ('thủy lợi', ['AGRI.IRRIG']),
        ('thủy sản', ['AGRI.FISH', 'AGRI.FISH.AQUA', 'AGRI.FISH.CATCH']),
        ('phát triển nông thôn; phát triển kinh tế hộ, kinh tế trang trại nông thôn, kinh tế tập thể',
         ['AGRI.RURAL', 'AGRI.NTM']),
        ('phòng, chống thiên tai', ['AGRI.DISAST']),
        ('giảm nghèo', ['LAB.POVERTY']),
        ('chất lượng, an toàn thực phẩm đối với nông sản, lâm sản, thủy sản, muối', ['AGRI.QUAL', 'FOOD.AGRI']),
    ],
    'PVHXH': [
        ('tổ chức hành chính, sự nghiệp nhà nước', ['HOME.ORG']),
        ('chính quyền địa phương, địa giới đơn vị hành chính', ['HOME.BOUND']),
        ('cán bộ, công chức, viên chức và công vụ', ['HOME.CADRE']),
        ('cải cách hành chính', ['HOME.REFORM']),
        ('thi đua, khen thưởng', ['HOME.AWARD']),
        ('văn thư, lưu trữ nhà nước', ['HOME.ARCH']),
        ('thanh niên', ['HOME.YOUTH']),
        ('lao động, tiền lương', ['LAB.WAGE']),
        ('việc làm', ['LAB.EMPLOY']),
        ('bảo hiểm xã hội', ['LAB.SOCINS']),
        ('an toàn, vệ sinh lao động', ['LAB.OSH']),
        ('người có công', ['LAB.MERIT']),
        ('bình đẳng giới', ['LAB.GENDER']),
        ('công tác dân tộc', ['ETHNIC.POLICY']),
        ('tín ngưỡng, tôn giáo', ['HOME.RELIG']),
        ('giáo dục mầm non; giáo dục phổ thông (tiểu học và trung học cơ sở)', ['EDU.PRESCHOOL', 'EDU.PRIMARY']),
        ('văn hóa; gia đình', ['CULT.CULTURE', 'CULT.FAMILY', 'CULT.GRASSCULT']),
        ('thể dục, thể thao', ['CULT.SPORT']),
        ('du lịch', ['CULT.TOUR']),
        ('quảng cáo', ['CULT.ADS']),
        ('báo chí', ['ICT.PRESS']),
        ('thông tin cơ sở', ['ICT.GRASS']),
        ('thông tin đối ngoại', ['ICT.EXTERNAL']),
        ('hoạt động nghiên cứu khoa học, phát triển công nghệ, đổi mới sáng tạo',
         ['SCI.RESEARCH', 'SCI.INNOV']),
        ('sở hữu trí tuệ', ['SCI.IP']),
        ('tiêu chuẩn đo lường chất lượng', ['SCI.STANDARD']),
        ('ứng dụng bức xạ và đồng vị phóng xạ; an toàn bức xạ và hạt nhân', ['SCI.RADIATION']),
        ('bưu chính', ['ICT.POST']),
        ('ứng dụng công nghệ thông tin; giao dịch điện tử; chính quyền số; chuyển đổi số', ['ICT.DIGITAL']),
        ('y tế dự phòng', ['HEALTH.PREVENT']),
        ('khám bệnh, chữa bệnh, phục hồi chức năng', ['HEALTH.CURE', 'HEALTH.PRIMARY']),
        ('bà mẹ, trẻ em', ['LAB.CHILD']),
        ('dân số', ['HEALTH.POP']),
        ('phòng, chống tệ nạn xã hội (không bao gồm cai nghiện ma túy)', ['LAB.SOCEVIL']),
        ('bảo trợ xã hội', ['LAB.WELFARE']),
        ('y dược cổ truyền', ['HEALTH.TRAD']),
        ('dược; mỹ phẩm', ['HEALTH.PHARMA']),
        ('an toàn thực phẩm', ['FOOD.SERVICE']),
        ('thiết bị y tế', ['HEALTH.EQUIP']),
        ('bảo hiểm y tế', ['HEALTH.INSUR']),
    ],
}
# a task the decree's list does not name goes to the office of its domain
BY_DOMAIN = {'GOV': 'VP', 'JUST': 'VP', 'INSP': 'VP',
             'PLAN': 'PKT', 'FIN': 'PKT', 'CONST': 'PKT', 'TRANS': 'PKT', 'TRADE': 'PKT', 'ENV': 'PKT',
             'AGRI': 'PKT',
             'HOME': 'PVHXH', 'LAB': 'PVHXH', 'ETHNIC': 'PVHXH', 'EDU': 'PVHXH', 'CULT': 'PVHXH', 'ICT': 'PVHXH',
             'SCI': 'PVHXH', 'HEALTH': 'PVHXH', 'FOOD': 'PVHXH'}
OFFICE_OF = {f: office for office, fields in FIELDS.items() for _, functions in fields for f in functions}
OFFICES = tuple(FIELDS)
# a body of a Cà Mau commune or ward from 1 July 2025, by its code: CM_X…_UBND, CM_P…_PKT
COMMUNE_BODY = re.compile(r'CM_[PX][A-Z0-9]+_([A-Z]+)$')


def body_kind(code):
    """The kind of a Cà Mau commune body by its code (UBND, VP, PKT…), or None for any other body."""
    match = COMMUNE_BODY.match(code)
    return match.group(1) if match else None


def communes(codes):
    """The Cà Mau communes and wards among the body codes, each by the prefix of its bodies' codes, in order."""
    return sorted({code.rsplit('_', 1)[0] for code in codes if body_kind(code) == 'UBND'})


def office_of(function):
    """The commune office that advises the People's Committee on FUNCTION under Nghị định 150/2025, or None
    for a task none of them advises on (police, defence, the Party, the Front)."""
    return OFFICE_OF.get(function) or BY_DOMAIN.get(function.split('.')[0])

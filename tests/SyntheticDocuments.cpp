#include "SyntheticDocuments.h"

#include "util/NationalId.h"

#include <QDate>
#include <QPainter>
#include <QPolygonF>
#include <QTransform>
#include <algorithm>
#include <cmath>

namespace ClaimDesk::Test {

namespace {

const QStringList ThaiMonths { QStringLiteral("ม.ค."), QStringLiteral("ก.พ."),
    QStringLiteral("มี.ค."), QStringLiteral("เม.ย."), QStringLiteral("พ.ค."), QStringLiteral("มิ.ย."),
    QStringLiteral("ก.ค."), QStringLiteral("ส.ค."), QStringLiteral("ก.ย."), QStringLiteral("ต.ค."),
    QStringLiteral("พ.ย."), QStringLiteral("ธ.ค.") };
const QStringList EnglishMonths { QStringLiteral("Jan."), QStringLiteral("Feb."),
    QStringLiteral("Mar."), QStringLiteral("Apr."), QStringLiteral("May"), QStringLiteral("Jun."),
    QStringLiteral("Jul."), QStringLiteral("Aug."), QStringLiteral("Sep."), QStringLiteral("Oct."),
    QStringLiteral("Nov."), QStringLiteral("Dec.") };

// "12 ม.ค. 2530": day, Thai month, Buddhist-era year
QString thaiDate(const QDate& d)
{
    return QStringLiteral("%1 %2 %3")
        .arg(d.day())
        .arg(ThaiMonths[d.month() - 1])
        .arg(d.year() + 543);
}

// "12 Jan. 1987"
QString englishDate(const QDate& d)
{
    return QStringLiteral("%1 %2 %3").arg(d.day()).arg(EnglishMonths[d.month() - 1]).arg(d.year());
}

// "02/03/2567": day/month/Buddhist-era year, as Thai hospitals print it
QString numericThaiDate(const QDate& d)
{
    return QStringLiteral("%1/%2/%3")
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(d.month(), 2, 10, QLatin1Char('0'))
        .arg(d.year() + 543);
}

QString groupedId(const QString& id)
{
    return id.left(1) + u' ' + id.mid(1, 4) + u' ' + id.mid(5, 5) + u' ' + id.mid(10, 2) + u' '
        + id.mid(12);
}

// Baht with thousands separators: 123456 cents -> "1,234.56"
QString baht(qint64 cents)
{
    QString units = QString::number(cents / 100);
    for (qsizetype i = units.size() - 3; i > 0; i -= 3)
        units.insert(i, QLatin1Char(','));
    return QStringLiteral("%1.%2").arg(units).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString plainAmount(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

// A page of rows: text at the left, optionally a second column at `rightX`. With
// stacked labels, a row "label  value" is drawn as the label with the value on
// the row below it, as many forms print them.
class Page
{
public:
    Page(QSize size, int pixelSize, QString family, bool stackLabels)
        : m_image(size, QImage::Format_RGB32)
        , m_pixelSize(pixelSize)
        , m_family(std::move(family))
        , m_stackLabels(stackLabels)
    {
        m_image.fill(Qt::white);
    }

    Page& row(const QString& left, const QString& right = {}, int rightX = 0, double scale = 1.0)
    {
        const qsizetype split = left.indexOf(QLatin1String("  "));
        if (m_stackLabels && right.isEmpty() && scale <= 1.1 && split > 0) {
            draw(left.left(split), {}, 0, scale);
            return draw(left.mid(split + 2).trimmed(), {}, 0, scale);
        }
        return draw(left, right, rightX, scale);
    }
    Page& gap(int pixels)
    {
        m_y += pixels;
        return *this;
    }
    void setMargin(int margin) { m_margin = margin; }
    QImage image() const { return m_image; }

private:
    Page& draw(const QString& left, const QString& right, int rightX, double scale)
    {
        QPainter p(&m_image);
        p.setRenderHint(QPainter::TextAntialiasing);
        // fonts-thai-tlwg's families have Thai and Latin letters
        QFont font(m_family);
        font.setPixelSize(int(m_pixelSize * scale));
        p.setFont(font);
        p.setPen(QColor(20, 20, 20));
        const int height = int(m_pixelSize * scale * 1.9);
        p.drawText(QRect(m_margin, m_y, m_image.width() - 2 * m_margin, height),
            Qt::AlignLeft | Qt::AlignVCenter, left);
        if (!right.isEmpty()) {
            p.drawText(QRect(rightX, m_y, m_image.width() - m_margin - rightX, height),
                Qt::AlignRight | Qt::AlignVCenter, right);
        }
        m_y += height;
        return *this;
    }

    QImage m_image;
    int m_pixelSize;
    QString m_family;
    bool m_stackLabels;
    int m_margin = 70;
    int m_y = 60;
};

namespace {

QImage boxBlur(const QImage& gray, int radius)
{
    if (radius <= 0)
        return gray;
    QImage out = gray;
    QImage tmp = gray;
    const int w = gray.width();
    const int h = gray.height();
    // two horizontal and vertical passes of a box approximate a Gaussian
    for (int pass = 0; pass < 2; ++pass) {
        for (int y = 0; y < h; ++y) {
            const uchar* src = out.constScanLine(y);
            uchar* dst = tmp.scanLine(y);
            int sum = 0;
            for (int x = -radius; x <= radius; ++x)
                sum += src[std::clamp(x, 0, w - 1)];
            for (int x = 0; x < w; ++x) {
                dst[x] = uchar(sum / (2 * radius + 1));
                sum += src[std::min(x + radius + 1, w - 1)] - src[std::max(x - radius, 0)];
            }
        }
        for (int x = 0; x < w; ++x) {
            int sum = 0;
            for (int y = -radius; y <= radius; ++y)
                sum += tmp.constScanLine(std::clamp(y, 0, h - 1))[x];
            for (int y = 0; y < h; ++y) {
                out.scanLine(y)[x] = uchar(sum / (2 * radius + 1));
                sum += tmp.constScanLine(std::min(y + radius + 1, h - 1))[x]
                    - tmp.constScanLine(std::max(y - radius, 0))[x];
            }
        }
    }
    return out;
}

} // namespace

Distortion Distortion::random(QRandomGenerator& random, double maxDegrees, double maxBlur,
    int maxNoise, double maxPerspective)
{
    Distortion d;
    d.degrees = (random.generateDouble() * 2 - 1) * maxDegrees;
    d.blurRadius = random.generateDouble() * maxBlur;
    d.noise = maxNoise > 0 ? int(random.bounded(maxNoise + 1)) : 0;
    d.perspective = random.generateDouble() * maxPerspective;
    return d;
}

QString Distortion::describe() const
{
    return QStringLiteral("rotated %1°, blur %2 px, noise ±%3, perspective %4%")
        .arg(degrees, 0, 'f', 1)
        .arg(blurRadius, 0, 'f', 1)
        .arg(noise)
        .arg(perspective * 100, 0, 'f', 1);
}

SyntheticDocuments::SyntheticDocuments(quint32 seed, LayoutSet layouts)
    : m_random(seed)
    , m_layouts(layouts)
{ }

Page SyntheticDocuments::page(QSize size, int pixelSize)
{
    // sans faces for development; serif and rounded ones, other sizes and labels
    // above their values held back
    static const QStringList developmentFonts { QStringLiteral("Loma"), QStringLiteral("Garuda"),
        QStringLiteral("Waree") };
    static const QStringList heldBackFonts { QStringLiteral("Norasi"), QStringLiteral("Kinnari"),
        QStringLiteral("Umpush"), QStringLiteral("Sawasdee") };
    const bool heldBack = m_layouts == LayoutSet::HeldBack;
    const QString family = pick(heldBack ? heldBackFonts : developmentFonts);
    const double scale = heldBack ? 0.85 + 0.3 * m_random.generateDouble()
                                  : 0.95 + 0.1 * m_random.generateDouble();
    const bool stack = heldBack && m_random.bounded(2) == 0;
    return Page(size, int(std::lround(pixelSize * scale)), family, stack);
}

QStringList SyntheticDocuments::categories()
{
    return { QStringLiteral("citizen_id_card"), QStringLiteral("driving_license"),
        QStringLiteral("vehicle_registration"), QStringLiteral("medical_certificate"),
        QStringLiteral("receipt"), QStringLiteral("itemized_bill") };
}

SyntheticDocument SyntheticDocuments::make(const QString& category)
{
    SyntheticDocument doc;
    if (category == QLatin1String("citizen_id_card"))
        doc = idCard();
    else if (category == QLatin1String("driving_license"))
        doc = drivingLicence();
    else if (category == QLatin1String("vehicle_registration"))
        doc = vehicleRegistration();
    else if (category == QLatin1String("medical_certificate"))
        doc = medicalCertificate();
    else if (category == QLatin1String("receipt"))
        doc = hospitalReceipt();
    else
        doc = itemizedBill();
    doc.category = category;
    doc.name = QStringLiteral("%1 #%2").arg(category).arg(++m_count);
    return doc;
}

QString SyntheticDocuments::nationalId()
{
    QString first12 = QString::number(between(1, 8));
    for (int i = 0; i < 11; ++i)
        first12 += QString::number(between(0, 9));
    return first12 + QString::number(NationalId::checkDigit(first12));
}

namespace {

struct Person
{
    QString thai;
    QString title;
    QString first;
    QString last;
};

const QList<Person> People {
    { QStringLiteral("นาย สมชาย ใจดี"), QStringLiteral("Mr."), QStringLiteral("Somchai"),
        QStringLiteral("Jaidee") },
    { QStringLiteral("นางสาว สุดา รักไทย"), QStringLiteral("Miss"), QStringLiteral("Suda"),
        QStringLiteral("Rakthai") },
    { QStringLiteral("นาง วิไล ศรีสุข"), QStringLiteral("Mrs."), QStringLiteral("Wilai"),
        QStringLiteral("Srisuk") },
    { QStringLiteral("นาย ประเสริฐ มั่นคง"), QStringLiteral("Mr."), QStringLiteral("Prasert"),
        QStringLiteral("Mankong") },
};

} // namespace

// The card's face as the Department of Provincial Administration prints it: the
// Thai name after "ชื่อตัวและชื่อสกุล", the English given name on a "Name" line and
// the surname on a "Last name" line below it, the number in groups. Development
// layouts: a plain list of labelled rows, and the card's own arrangement with its
// dates at the foot in two columns (the Thai date above its label, the English
// date above its label). Held back: the number alone under its labels, birth dates
// in Thai and English on one row, the expiry date on a row of its own.
SyntheticDocument SyntheticDocuments::idCard()
{
    const Person& person = pick(People);
    const QString id = nationalId();
    const QDate birth(between(1950, 2004), between(1, 12), between(1, 28));
    const QDate issue(between(2016, 2023), between(1, 12), between(1, 28));
    const QDate expiry(issue.year() + 8, birth.month(), birth.day());
    static const QStringList addresses { QStringLiteral(
                                             "99/1 หมู่ 4 ต.บางพลีใหญ่ อ.บางพลี จ.สมุทรปราการ"),
        QStringLiteral("12 ถ.สุขุมวิท แขวงคลองตัน เขตคลองเตย กรุงเทพมหานคร"),
        QStringLiteral("45 หมู่ 2 ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่") };
    Page page = this->page({ 1300, 900 }, 30);
    page.row(QStringLiteral("บัตรประจำตัวประชาชน  Thai National ID Card"), {}, 0, 1.2);
    const int layout = m_layouts == LayoutSet::HeldBack ? 2 : between(0, 1);
    if (layout == 0) {
        page.row(QStringLiteral("เลขประจำตัวประชาชน  ") + groupedId(id))
            .row(QStringLiteral("Identification Number  ") + groupedId(id))
            .row(QStringLiteral("ชื่อตัวและชื่อสกุล  ") + person.thai)
            .row(QStringLiteral("Name  %1 %2").arg(person.title, person.first))
            .row(QStringLiteral("Last name  ") + person.last)
            .row(QStringLiteral("เกิดวันที่  ") + thaiDate(birth))
            .row(QStringLiteral("Date of Birth  ") + englishDate(birth))
            .row(QStringLiteral("Date of Issue  ") + englishDate(issue))
            .row(QStringLiteral("Date of Expiry  ") + englishDate(expiry));
    } else if (layout == 1) {
        page.row(QStringLiteral("เลขประจำตัวประชาชน  Identification Number  ") + groupedId(id))
            .row(QStringLiteral("ชื่อตัวและชื่อสกุล  ") + person.thai)
            .row(QStringLiteral("Name  %1 %2").arg(person.title, person.first))
            .row(QStringLiteral("Last name  ") + person.last)
            .row(QStringLiteral("เกิดวันที่  ") + thaiDate(birth))
            .row(QStringLiteral("Date of Birth  ") + englishDate(birth))
            .row(QStringLiteral("ศาสนา  พุทธ"))
            .row(QStringLiteral("ที่อยู่  ") + pick(addresses))
            .gap(10)
            .row(thaiDate(issue), thaiDate(expiry), 650)
            .row(QStringLiteral("วันออกบัตร"), QStringLiteral("วันบัตรหมดอายุ"), 650)
            .row(englishDate(issue), englishDate(expiry), 650)
            .row(QStringLiteral("Date of Issue"), QStringLiteral("Date of Expiry"), 650);
    } else {
        page.row(QStringLiteral("เลขประจำตัวประชาชน / Identification Number"))
            .row(groupedId(id), {}, 0, 1.1)
            .row(QStringLiteral("ชื่อตัวและชื่อสกุล  ") + person.thai)
            .row(QStringLiteral("Name  %1 %2").arg(person.title, person.first))
            .row(QStringLiteral("Last name  ") + person.last)
            .row(QStringLiteral("เกิดวันที่ %1   Date of Birth %2")
                     .arg(thaiDate(birth), englishDate(birth)))
            .row(QStringLiteral("ที่อยู่  ") + pick(addresses))
            .row(QStringLiteral("วันออกบัตร  ") + thaiDate(issue))
            .row(QStringLiteral("วันบัตรหมดอายุ  ") + thaiDate(expiry));
    }
    SyntheticDocument doc;
    doc.image = page.image();
    doc.truth = { { QStringLiteral("citizen_id"), id }, { QStringLiteral("name_th"), person.thai },
        { QStringLiteral("name_en"),
            QStringLiteral("%1 %2 %3").arg(person.title, person.first, person.last) },
        { QStringLiteral("date_of_birth"), birth.toString(Qt::ISODate) },
        { QStringLiteral("expiry_date"), expiry.toString(Qt::ISODate) } };
    return doc;
}

SyntheticDocument SyntheticDocuments::drivingLicence()
{
    const Person& person = pick(People);
    const QString id = nationalId();
    QString number;
    for (int i = 0; i < 8; ++i)
        number += QString::number(between(0, 9));
    const QDate birth(between(1960, 2003), between(1, 12), between(1, 28));
    const QDate issue(between(2018, 2024), between(1, 12), between(1, 28));
    const QDate expiry = issue.addYears(5);
    Page page = this->page({ 1300, 820 }, 30);
    page.row(QStringLiteral("ใบอนุญาตขับรถยนต์ส่วนบุคคล  Private Car Driving Licence"), {}, 0, 1.1)
        .row(QStringLiteral("กรมการขนส่งทางบก  Department of Land Transport"))
        .row(QStringLiteral("ฉบับที่  ") + number)
        .row(QStringLiteral("Licence No.  ") + number)
        .row(QStringLiteral("เลขประจำตัวประชาชน  ") + groupedId(id))
        .row(QStringLiteral("Name  %1 %2 %3").arg(person.title, person.first, person.last))
        .row(QStringLiteral("Date of Birth  ") + englishDate(birth))
        .row(QStringLiteral("Date of Issue  ") + englishDate(issue))
        .row(QStringLiteral("Date of Expiry  ") + englishDate(expiry));
    SyntheticDocument doc;
    doc.image = page.image();
    doc.truth = { { QStringLiteral("license_id"), number }, { QStringLiteral("citizen_id"), id },
        { QStringLiteral("name_en"),
            QStringLiteral("%1 %2 %3").arg(person.title, person.first, person.last) },
        { QStringLiteral("date_of_birth"), birth.toString(Qt::ISODate) },
        { QStringLiteral("expiry_date"), expiry.toString(Qt::ISODate) } };
    return doc;
}

SyntheticDocument SyntheticDocuments::vehicleRegistration()
{
    static const QStringList brands { QStringLiteral("TOYOTA"), QStringLiteral("HONDA"),
        QStringLiteral("ISUZU"), QStringLiteral("MAZDA"), QStringLiteral("NISSAN") };
    const QString brand = pick(brands);
    // 17 characters, no I, O or Q (ISO 3779)
    static const QString vinLetters = QStringLiteral("ABCDEFGHJKLMNPRSTUVWXYZ0123456789");
    QString chassis = QStringLiteral("MR0");
    while (chassis.size() < 17)
        chassis += vinLetters[int(m_random.bounded(int(vinLetters.size())))];
    const int year = between(2010, 2024);
    const QDate registered(year, between(1, 12), between(1, 28));
    Page page = this->page({ 1240, 1200 }, 30);
    page.row(QStringLiteral("รายการจดทะเบียน  Vehicle Registration"), {}, 0, 1.2)
        .row(QStringLiteral("กรมการขนส่งทางบก"))
        .gap(20)
        .row(QStringLiteral("วันจดทะเบียน  ") + thaiDate(registered))
        .row(QStringLiteral("Registration Date  ") + englishDate(registered))
        .row(QStringLiteral("เลขทะเบียน  %1กข %2").arg(between(1, 9)).arg(between(1000, 9999)))
        .row(QStringLiteral("จังหวัด  กรุงเทพมหานคร"))
        .row(QStringLiteral("ยี่ห้อรถ  ") + brand)
        .row(QStringLiteral("Brand  ") + brand)
        .row(QStringLiteral("เลขตัวรถ  ") + chassis)
        .row(QStringLiteral("Chassis No.  ") + chassis)
        .row(QStringLiteral("ปีรุ่น  %1").arg(year))
        .row(QStringLiteral("Model Year  %1").arg(year));
    SyntheticDocument doc;
    doc.image = page.image();
    doc.truth = { { QStringLiteral("registration_date"), registered.toString(Qt::ISODate) },
        { QStringLiteral("chassis_number"), chassis }, { QStringLiteral("brand"), brand },
        { QStringLiteral("model_year"), QString::number(year) } };
    return doc;
}

SyntheticDocument SyntheticDocuments::medicalCertificate()
{
    static const QStringList diagnoses { QStringLiteral("Acute gastroenteritis"),
        QStringLiteral("Acute bronchitis"), QStringLiteral("Lumbar muscle strain"),
        QStringLiteral("Dengue fever"), QStringLiteral("Migraine") };
    static const QStringList hospitals { QStringLiteral("Bangkok General Hospital"),
        QStringLiteral("Siam Care Hospital"), QStringLiteral("Chiang Mai Ram Hospital") };
    const Person& person = pick(People);
    const QString diagnosis = pick(diagnoses);
    const QDate date(between(2022, 2025), between(1, 12), between(1, 28));
    Page page = this->page({ 1240, 1500 }, 30);
    page.row(QStringLiteral("ใบรับรองแพทย์  Medical Certificate"), {}, 0, 1.3)
        .row(QStringLiteral("Hospital  ") + pick(hospitals))
        .row(QStringLiteral("วันที่  ") + thaiDate(date))
        .gap(20)
        .row(QStringLiteral("Patient name  %1 %2 %3").arg(person.title, person.first, person.last))
        .row(QStringLiteral("Diagnosis  ") + diagnosis)
        .row(QStringLiteral("Treatment  Medication and rest"))
        .row(QStringLiteral("ควรหยุดพักรักษาตัว %1 วัน  Rest for %1 days").arg(between(1, 5)))
        .gap(20)
        .row(QStringLiteral("Physician  Dr. Anan Wongsa, M.D."));
    SyntheticDocument doc;
    doc.image = page.image();
    doc.truth = { { QStringLiteral("date"), date.toString(Qt::ISODate) },
        { QStringLiteral("diagnosis"), diagnosis } };
    return doc;
}

namespace {

struct Charge
{
    QString thai;
    QString english;
};

const QList<Charge> Charges { { QStringLiteral("ค่ายา"), QStringLiteral("Medicine") },
    { QStringLiteral("ค่าตรวจทางห้องปฏิบัติการ"), QStringLiteral("Laboratory") },
    { QStringLiteral("ค่าบริการทางการแพทย์"), QStringLiteral("Medical service") },
    { QStringLiteral("ค่าแพทย์"), QStringLiteral("Doctor fee") },
    { QStringLiteral("ค่าเอกซเรย์"), QStringLiteral("X-ray") },
    { QStringLiteral("ค่าห้อง"), QStringLiteral("Room charge") } };

const QList<Charge> Hospitals {
    { QStringLiteral("โรงพยาบาลกรุงเทพการแพทย์ จำกัด"),
        QStringLiteral("BANGKOK MEDICAL HOSPITAL CO., LTD.") },
    { QStringLiteral("โรงพยาบาลสยามแคร์ จำกัด"), QStringLiteral("SIAM CARE HOSPITAL CO., LTD.") },
    { QStringLiteral("โรงพยาบาลเชียงใหม่ราม จำกัด"),
        QStringLiteral("CHIANG MAI RAM HOSPITAL CO., LTD.") },
};

} // namespace

SyntheticDocument SyntheticDocuments::hospitalReceipt()
{
    const Charge& hospital = pick(Hospitals);
    const QDate date(between(2023, 2025), between(1, 12), between(1, 28));
    Page page = this->page({ 1240, 1600 }, 30);
    page.row(hospital.english, {}, 0, 1.15)
        .row(hospital.thai)
        .row(QStringLiteral("เลขประจำตัวผู้เสียภาษี 0105536%1").arg(between(100000, 999999)))
        .gap(10)
        .row(QStringLiteral("ใบเสร็จรับเงิน  RECEIPT"), {}, 0, 1.2)
        .row(QStringLiteral("เลขที่  RC-%1").arg(between(10000, 99999)))
        .row(QStringLiteral("วันที่  ") + numericThaiDate(date))
        .gap(10);
    qint64 total = 0;
    const int items = between(2, 4);
    QList<Charge> charges = Charges;
    for (int i = 0; i < items; ++i) {
        const Charge charge = charges.takeAt(int(m_random.bounded(int(charges.size()))));
        const qint64 cents = qint64(between(2, 900)) * 500; // 10.00 to 4,500.00 baht
        total += cents;
        page.row(charge.thai + QStringLiteral("  ") + charge.english, baht(cents), 800);
    }
    page.gap(10)
        .row(QStringLiteral("รวมทั้งสิ้น  TOTAL"), baht(total) + QStringLiteral(" บาท"), 700, 1.1)
        .row(QStringLiteral("เงินสด  CASH"), baht(total), 800)
        .gap(10)
        .row(QStringLiteral("ขอบคุณที่ใช้บริการ  THANK YOU"));
    SyntheticDocument doc;
    doc.image = page.image();
    doc.truth = { { QStringLiteral("total"), plainAmount(total) },
        { QStringLiteral("date"), date.toString(Qt::ISODate) },
        { QStringLiteral("merchant"), hospital.english } };
    return doc;
}

SyntheticDocument SyntheticDocuments::itemizedBill()
{
    const Charge& hospital = pick(Hospitals);
    const QDate date(between(2023, 2025), between(1, 12), between(1, 28));
    Page page = this->page({ 1240, 1754 }, 28);
    page.row(hospital.thai, {}, 0, 1.1)
        .row(QStringLiteral("ใบแจ้งค่ารักษาพยาบาล  ITEMIZED BILL"), {}, 0, 1.2)
        .row(QStringLiteral("วันที่  ") + numericThaiDate(date))
        .row(QStringLiteral("HN  %1").arg(between(100000, 999999)))
        .gap(10)
        .row(QStringLiteral("รายการ  Description"), QStringLiteral("จำนวนเงิน  Amount"), 700);
    qint64 total = 0;
    const int items = between(4, 7);
    for (int i = 0; i < items; ++i) {
        const Charge& charge = pick(Charges);
        const int quantity = between(1, 3);
        const qint64 unit = qint64(between(1, 300)) * 250;
        total += unit * quantity;
        page.row(QStringLiteral("%1  %2  x%3").arg(charge.thai, charge.english).arg(quantity),
            baht(unit * quantity), 820);
    }
    page.gap(10).row(
        QStringLiteral("รวมทั้งสิ้น  TOTAL"), baht(total) + QStringLiteral(" บาท"), 700, 1.1);
    SyntheticDocument doc;
    doc.image = page.image();
    doc.truth = { { QStringLiteral("total"), plainAmount(total) },
        { QStringLiteral("date"), date.toString(Qt::ISODate) } };
    return doc;
}

QImage SyntheticDocuments::distort(
    const QImage& page, const Distortion& d, QRandomGenerator& random)
{
    QImage out = page;
    const bool photo = d.perspective > 0;
    if (photo || std::abs(d.degrees) > 0.01) {
        // on a dark desk for a photo; white around a scanned page
        const int margin = photo ? int(0.08 * std::max(page.width(), page.height())) : 0;
        QImage canvas(page.width() + 2 * margin, page.height() + 2 * margin, QImage::Format_RGB32);
        canvas.fill(photo ? QColor(70, 60, 50) : QColor(Qt::white));
        QPainter p(&canvas);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::Antialiasing);
        QTransform t;
        t.translate(canvas.width() / 2.0, canvas.height() / 2.0)
            .rotate(d.degrees)
            .translate(-page.width() / 2.0, -page.height() / 2.0);
        if (photo) {
            const double dx = d.perspective * page.width();
            const double dy = d.perspective * page.height();
            auto jitter = [&](double range) { return (random.generateDouble() * 2 - 1) * range; };
            const QPolygonF from(QRectF(page.rect()));
            QPolygonF to;
            for (const QPointF& corner : from)
                to << corner + QPointF(jitter(dx), jitter(dy));
            QTransform warp;
            if (QTransform::quadToQuad(from, to, warp))
                t = warp * t;
        }
        p.setTransform(t);
        p.drawImage(0, 0, page);
        p.end();
        out = canvas;
    }
    QImage gray = out.convertToFormat(QImage::Format_Grayscale8);
    gray = boxBlur(gray, int(std::lround(d.blurRadius)));
    if (d.noise > 0) {
        for (int y = 0; y < gray.height(); ++y) {
            uchar* line = gray.scanLine(y);
            for (int x = 0; x < gray.width(); ++x) {
                const int v = line[x] + int(random.bounded(2 * d.noise + 1)) - d.noise;
                line[x] = uchar(std::clamp(v, 0, 255));
            }
        }
    }
    return gray;
}

} // namespace ClaimDesk::Test

#include "extract/DocumentClassifier.h"

#include "domain/DocumentCategory.h"
#include "extract/ExtractTr.h"
#include "extract/FieldParsers.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ClaimDesk {

namespace {

struct Cue
{
    const char* category;
    const char* pattern;
    double weight;
};

// Title words weigh most; label words that several documents share weigh little.
const Cue Cues[] = {
    { "receipt", "RECEIPT|ใบเสร็จ", 3 },
    { "receipt", "TAX\\s*INVOICE|ใบกำกับภาษี|CASH\\s*BILL", 2 },
    { "receipt", "\\bTOTAL\\b|ยอดรวม|รวมเงิน|รวมทั้งสิ้น", 2 },
    { "receipt", "\\bCASH\\b|CHANGE|เงินสด|เงินทอน", 1 },
    { "receipt", "\\bGST\\b|\\bVAT\\b|ภาษีมูลค่าเพิ่ม", 1 },
    { "receipt", "THANK\\s*YOU|ขอบคุณ", 1 },
    { "itemized_bill",
        "ITEMI[SZ]ED|STATEMENT\\s*OF\\s*(CHARGES|ACCOUNT)|ใบแจ้งค่า|รายละเอียดค่า|ใบแจ้งหนี้", 5 },
    { "itemized_bill", "ค่ายา|ค่าห้อง|ค่าแพทย์|ค่าตรวจ|ค่าบริการ|ROOM\\s*CHARGE|LABORATORY|MEDICINE|X-?RAY",
        1.5 },
    { "medical_certificate", "ใบรับรองแพทย์|MEDICAL\\s*CERTIFICATE", 6 },
    { "medical_certificate", "DIAGNOSIS|การวินิจฉัย|วินิจฉัย", 1 },
    { "medical_certificate", "PHYSICIAN|DOCTOR|แพทย์|M\\.D\\.", 1 },
    { "medical_certificate", "\\bREST\\b|พักรักษา|ควรหยุด", 1.5 },
    { "discharge_summary", "DISCHARGE\\s*SUMMARY|สรุปการรักษา|สรุปผู้ป่วย", 7 },
    { "discharge_summary", "ADMISSION|ADMITTED|วันที่รับไว้|รับเข้ารักษา", 1.5 },
    { "discharge_summary", "DISCHARGE|จำหน่าย", 1.5 },
    { "citizen_id_card", "บัตรประจำตัวประชาชน|IDENTIFICATION\\s*CARD|NATIONAL\\s*ID", 6 },
    { "citizen_id_card", "เลขประจำตัวประชาชน|IDENTIFICATION\\s*NUMBER", 3 },
    { "citizen_id_card", "RELIGION|ศาสนา", 2 },
    { "driving_license", "ใบอนุญาตขับ|DRIVING\\s*LICEN[CS]E|DRIVER'?S?\\s*LICEN[CS]E", 7 },
    { "driving_license", "กรมการขนส่ง|LAND\\s*TRANSPORT", 1 },
    { "vehicle_registration",
        "รายการจดทะเบียน|VEHICLE\\s*REGISTRATION|REGISTRATION\\s*(BOOK|CERTIFICATE)", 7 },
    { "vehicle_registration", "CHASSIS|เลขตัวรถ|\\bVIN\\b", 3 },
    { "vehicle_registration", "ENGINE\\s*(NO|NUMBER)|เลขเครื่องยนต์", 2 },
    { "vehicle_registration", "ยี่ห้อ|\\bBRAND\\b|\\bMAKE\\b", 1 },
    { "vehicle_registration", "กรมการขนส่ง|LAND\\s*TRANSPORT", 1 },
    { "vehicle_location_photo", "ถนน|ซอย|\\bROAD\\b|\\bSTREET\\b|INTERSECTION|แยก", 1 },
};

} // namespace

int DocumentClassifier::readableWordCount(const QList<OcrPage>& pages)
{
    static const QRegularExpression wordlike(QStringLiteral("[\\p{L}\\p{N}]{3}"));
    int n = 0;
    for (const OcrPage& p : pages) {
        for (const OcrWord& w : p.words)
            n += w.confidence >= 0.6f && wordlike.match(w.text).hasMatch();
    }
    return n;
}

bool DocumentClassifier::looksLikePhoto(const QImage& image)
{
    if (image.isNull() || image.isGrayscale())
        return false;
    const QImage small = image.scaled(64, 64, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                             .convertToFormat(QImage::Format_RGB32);
    int saturated = 0;
    int bright = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            const QColor c = QColor::fromRgb(small.pixel(x, y));
            saturated += c.hsvSaturation() > 60 && c.value() > 40;
            bright += c.value() > 200 && c.hsvSaturation() < 40;
        }
    }
    const int total = small.width() * small.height();
    return saturated > total / 5 || bright < total / 3;
}

Classification DocumentClassifier::classify(const QList<OcrPage>& pages, const Appearance& look)
{
    QString text;
    for (const OcrPage& p : pages)
        text += p.text() + QLatin1Char('\n');
    const QString upper = Text::asciiDigits(text).toUpper();

    // Compiled once; matching a const QRegularExpression is thread-safe.
    struct CompiledCue
    {
        QString category;
        QRegularExpression pattern;
        double weight;
    };
    static const QList<CompiledCue> compiled = [] {
        QList<CompiledCue> out;
        for (const Cue& cue : Cues)
            out.append({ QString::fromLatin1(cue.category),
                QRegularExpression(QString::fromUtf8(cue.pattern)), cue.weight });
        return out;
    }();

    QHash<QString, double> score;
    QHash<QString, QStringList> evidence;
    for (const CompiledCue& cue : compiled) {
        const auto m = cue.pattern.match(upper);
        if (!m.hasMatch())
            continue;
        score[cue.category] += cue.weight;
        evidence[cue.category] << m.captured().simplified();
    }
    if (FieldParsers::findNationalId(upper)) {
        score[DocumentCategory::CitizenIdCard] += 1;
        score[DocumentCategory::DrivingLicense] += 1;
    }

    // In the categories' fixed order, so a tie always goes the same way (a QHash's
    // order changes from run to run).
    QString best;
    double bestScore = 0;
    for (const QString& category : DocumentCategory::all()) {
        if (category == DocumentCategory::VehicleLocationPhoto)
            continue;
        if (score.value(category) > bestScore) {
            best = category;
            bestScore = score.value(category);
        }
    }

    const int words = readableWordCount(pages);
    // A photo, or a page with a few words (a licence plate, a road sign): a damage
    // or location photo. A blank page is not evidence of anything.
    if (bestScore < 4 && (look.looksLikePhoto || (words > 0 && words < 12))) {
        static const QRegularExpression locationName(
            QStringLiteral("location|scene|place|map|street|road|สถานที่|ที่เกิดเหตุ"),
            QRegularExpression::CaseInsensitiveOption);
        const bool location = locationName.match(look.fileName).hasMatch()
            || score.value(DocumentCategory::VehicleLocationPhoto) > 0;
        return { location ? DocumentCategory::VehicleLocationPhoto
                          : DocumentCategory::VehicleDamagePhoto,
            look.looksLikePhoto ? 0.6 : 0.35,
            ExtractTr::tr("a photo with little text (%n readable words)", nullptr, words) };
    }
    if (bestScore < 3)
        return { DocumentCategory::Unknown, 0,
            ExtractTr::tr("no title or label words of a known document") };
    return { best, std::min(1.0, bestScore / 8.0), evidence.value(best).join(QLatin1String(", ")) };
}

QString DocumentClassifier::unknownMessage(const QStringList& accepted)
{
    QStringList labels;
    for (const QString& c : accepted)
        labels << DocumentCategory::label(c);
    return ExtractTr::tr("This document was not recognised. Please send one of: %1.")
        .arg(labels.join(QLatin1String(", ")));
}

} // namespace ClaimDesk

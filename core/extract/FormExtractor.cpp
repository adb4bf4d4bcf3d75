#include "extract/FormExtractor.h"

#include "domain/DocumentCategory.h"
#include "extract/FieldParsers.h"
#include "extract/TextLayout.h"
#include "util/Text.h"

#include <QRegularExpression>

namespace ClaimDesk {

namespace {

enum class Kind
{
    Text,
    LatinText, // words printed in Latin letters (a car's brand), never in Thai
    Date,
    NationalId,
    Digits8,
    Year,
    Chassis,
    Plate,
    Code
};

QRegularExpression labelPattern(const char* pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// Values that are words, taken whole from the row after their label.
bool isWords(Kind kind)
{
    return kind == Kind::Text || kind == Kind::LatinText;
}

struct FieldSpec
{
    FieldSpec(const char* fieldName, const char* printedLabel, Kind fieldKind,
        const char* continuedBy = nullptr)
        : name(fieldName)
        , label(labelPattern(printedLabel))
        , kind(fieldKind)
        , continuation(continuedBy ? labelPattern(continuedBy) : QRegularExpression())
    { }
    const char* name;
    QRegularExpression label; // the printed label, compiled once with the table
    Kind kind;
    // A label on one of the next rows whose value belongs to this field too: the
    // surname a Thai ID card prints on a "Last name" line below "Name".
    QRegularExpression continuation;
};

// "Name" but not "Last name" or "First name" (the latter two are parts of it)
constexpr const char* PersonNameEn = "(?<!LAST\\s)(?<!LAST)(?<!FIRST\\s)\\bNAME\\b";
constexpr const char* LastNameEn = "\\bLAST\\s*NAME\\b|\\bSURNAME\\b";

struct CategorySpec
{
    const char* category;
    QList<FieldSpec> fields;
};

const QList<CategorySpec>& specs()
{
    static const QList<CategorySpec> all = {
        { "citizen_id_card",
            { { "citizen_id", "เลขประจำตัวประชาชน|IDENTIFICATION\\s*N(O|UMBER)", Kind::NationalId },
                // OCR often parts the Thai label's words
                { "name_th", "ชื่อ\\s*ตัว\\s*และ\\s*ชื่อ\\s*สกุล|ชื่อ\\s*-?\\s*สกุล|^ชื่อ", Kind::Text },
                { "name_en", PersonNameEn, Kind::Text, LastNameEn },
                { "date_of_birth", "เกิดวันที่|DATE\\s*OF\\s*BIRTH|\\bDOB\\b", Kind::Date },
                { "issue_date", "วันออกบัตร|DATE\\s*OF\\s*ISSUE", Kind::Date },
                { "expiry_date", "วันบัตรหมดอายุ|หมดอายุ|DATE\\s*OF\\s*EXPIRY|EXPIRY", Kind::Date } } },
        { "driving_license",
            { { "license_id", "ฉบับที่|LICEN[CS]E\\s*N(O|UMBER)|\\bNO\\.", Kind::Digits8 },
                { "citizen_id", "เลขประจำตัวประชาชน|IDENTIFICATION\\s*N(O|UMBER)|\\bID\\b",
                    Kind::NationalId },
                { "name_th", "ชื่อ", Kind::Text },
                { "name_en", PersonNameEn, Kind::Text, LastNameEn },
                { "date_of_birth", "เกิดวันที่|DATE\\s*OF\\s*BIRTH|\\bDOB\\b", Kind::Date },
                { "issue_date", "วันออก|อนุญาตวันที่|DATE\\s*OF\\s*ISSUE|ISSUED", Kind::Date },
                { "expiry_date", "สิ้นอายุ|หมดอายุ|DATE\\s*OF\\s*EXPIRY|EXPIRY|EXPIRES",
                    Kind::Date } } },
        { "vehicle_registration",
            { { "plate_number", "เลขทะเบียน|ทะเบียน|PLATE|REGISTRATION\\s*N(O|UMBER)", Kind::Plate },
                { "province", "จังหวัด|PROVINCE", Kind::Text },
                { "vehicle_type", "ประเภท|ลักษณะ|\\bTYPE\\b", Kind::Text },
                { "registration_date",
                    "วันจดทะเบียน|วันที่จดทะเบียน|REGISTRATION\\s*DATE|DATE\\s*OF\\s*REG", Kind::Date },
                { "brand", "ยี่ห้อรถ|ยี่ห้อ|\\bBRAND\\b|\\bMAKE\\b", Kind::LatinText },
                { "chassis_number", "เลขตัวรถ|CHASSIS|\\bVIN\\b", Kind::Chassis },
                { "engine_number", "เลขเครื่องยนต์|ENGINE\\s*N(O|UMBER)", Kind::Code },
                { "model_year", "ปีรุ่น|รุ่นปี|MODEL\\s*YEAR|\\bYEAR\\b", Kind::Year } } },
        { "medical_certificate",
            { { "patient_name",
                  "ชื่อผู้ป่วย|ข้าพเจ้าได้ตรวจ|PATIENT(\\s*NAME)?|THIS\\s*IS\\s*TO\\s*CERTIFY\\s*THAT",
                  Kind::Text },
                { "diagnosis", "การวินิจฉัย|วินิจฉัย|ผลการตรวจ|DIAGNOSIS", Kind::Text },
                { "treatment", "การรักษา|TREATMENT", Kind::Text },
                { "doctor_name", "แพทย์ผู้ตรวจ|ลงชื่อ|PHYSICIAN|DOCTOR|\\bDR\\.?", Kind::Text },
                { "hospital", "โรงพยาบาล|HOSPITAL|CLINIC|คลินิก", Kind::Text },
                { "date", "วันที่ตรวจ|วันที่|\\bDATE\\b", Kind::Date } } },
        { "discharge_summary",
            { { "diagnosis", "การวินิจฉัย|วินิจฉัย|(FINAL|PRINCIPAL)?\\s*DIAGNOSIS", Kind::Text },
                { "treatment", "การรักษา|TREATMENT|PROCEDURE", Kind::Text },
                { "admission_date",
                    "วันที่รับไว้|วันที่เข้า|ADMISSION\\s*DATE|DATE\\s*OF\\s*ADMISSION|ADMITTED",
                    Kind::Date },
                { "discharge_date",
                    "วันที่จำหน่าย|DISCHARGE\\s*DATE|DATE\\s*OF\\s*DISCHARGE|DISCHARGED",
                    Kind::Date } } },
    };
    return all;
}

struct Found
{
    QString value;
    QString printed;
    double confidence = 0;
    const LayoutRow* row = nullptr;
    const OcrPage* page = nullptr;
    qsizetype start = 0;
    qsizetype length = 0;
};

// A printed value without the marks around it: separators after the label, and
// the specks and rules OCR reads as lone punctuation between words.
QString cleanText(const QString& s)
{
    static const QRegularExpression edges(
        QStringLiteral("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}\\p{M}.)]+$"),
        QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (const QString& word : s.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << word;
    }
    return words.join(QLatin1Char(' ')).remove(edges).simplified();
}

// Interprets the text after a label by the field's kind.
std::optional<Found> interpret(Kind kind, const QString& text, qsizetype offset)
{
    Found f;
    const QString trimmed = text.trimmed();
    auto whole = [&](const QString& v) {
        f.value = v;
        f.printed = trimmed;
        f.start = offset + text.indexOf(trimmed);
        f.length = trimmed.size();
        return f;
    };
    switch (kind) {
    case Kind::Text:
    case Kind::LatinText: {
        const QString v = cleanText(text);
        if (v.size() < 2)
            return std::nullopt;
        return whole(v);
    }
    case Kind::Date: {
        const auto dates = FieldParsers::findDates(text);
        if (dates.isEmpty())
            return std::nullopt;
        f.value = dates.first().date.toString(Qt::ISODate);
        f.printed = text.mid(dates.first().start, dates.first().length);
        f.start = offset + dates.first().start;
        f.length = dates.first().length;
        return f;
    }
    case Kind::NationalId: {
        const auto id = FieldParsers::findNationalId(text);
        if (!id)
            return std::nullopt;
        Found g = whole(id->digits);
        // a repaired number is probably right; a wrong check digit is flagged by its confidence
        g.confidence = id->valid ? (id->repaired ? 0.7 : 1.0) : 0.3;
        return g;
    }
    case Kind::Digits8: {
        static const QRegularExpression re(QStringLiteral("(?<!\\d)(\\d{8})(?!\\d)"));
        const auto m = re.match(Text::asciiDigits(text).remove(QLatin1Char(' ')));
        if (!m.hasMatch())
            return std::nullopt;
        return whole(m.captured(1));
    }
    case Kind::Year: {
        static const QRegularExpression re(QStringLiteral("(?<!\\d)((19|20|25)\\d{2})(?!\\d)"));
        const auto m = re.match(Text::asciiDigits(text));
        if (!m.hasMatch())
            return std::nullopt;
        int year = m.captured(1).toInt();
        if (year >= 2400)
            year -= 543;
        return whole(QString::number(year));
    }
    case Kind::Chassis: {
        // A VIN has no I, O or Q (ISO 3779), so where OCR reads one it is a 1 or a 0.
        static const QRegularExpression re(QStringLiteral("\\b([A-Z0-9]{17})\\b"));
        const auto m = re.match(text.toUpper().remove(QLatin1Char(' ')).remove(QLatin1Char('-')));
        if (!m.hasMatch())
            return std::nullopt;
        QString vin = m.captured(1);
        for (QChar& c : vin) {
            if (c == u'O' || c == u'Q')
                c = u'0';
            else if (c == u'I')
                c = u'1';
        }
        return whole(vin);
    }
    case Kind::Plate: {
        static const QRegularExpression re(
            QStringLiteral("(\\d?\\s?[ก-ฮ]{1,3}\\s?-?\\s?\\d{1,4}|[A-Z]{1,3}\\s?\\d{1,4})"));
        const auto m = re.match(Text::asciiDigits(text));
        if (!m.hasMatch())
            return std::nullopt;
        return whole(m.captured(1).simplified());
    }
    case Kind::Code: {
        static const QRegularExpression re(QStringLiteral("([A-Z0-9][A-Z0-9\\-]{4,})"));
        const auto m = re.match(text.toUpper());
        if (!m.hasMatch())
            return std::nullopt;
        return whole(m.captured(1));
    }
    }
    return std::nullopt;
}

// The value of a label printed on the row above or below it, where a card prints
// values under their labels. When that row holds several values side by side
// (a card's issue and expiry dates), the one under the label is taken.
std::optional<Found> alignedValue(Kind kind, const OcrPage& page, const LayoutRow& labelRow,
    qsizetype labelStart, qsizetype labelLength, const LayoutRow& valueRow)
{
    const int labelCentre = labelRow.boxOf(page, labelStart, labelLength).center().x();
    std::optional<Found> best;
    int bestDistance = 0;
    qsizetype from = 0;
    // each value in the row, left to right
    while (from < valueRow.text.size()) {
        auto f = interpret(kind, valueRow.text.mid(from), from);
        if (!f || f->length <= 0)
            break;
        const int distance
            = std::abs(valueRow.boxOf(page, f->start, f->length).center().x() - labelCentre);
        if (!best || distance < bestDistance) {
            best = f;
            bestDistance = distance;
        }
        if (isWords(kind))
            break; // a text value is the whole row
        from = f->start + f->length;
    }
    if (best) {
        best->row = &valueRow;
        best->page = &page;
    }
    return best;
}

// The rest of a continuation label's row, or the row below it: "Last name  Jaidee".
QString continuationOf(const FieldSpec& field, const QList<LayoutRow>& rows, int after)
{
    if (!field.continuation.isValid() || field.continuation.pattern().isEmpty())
        return {};
    for (int r = after + 1; r < std::min<int>(int(rows.size()), after + 3); ++r) {
        const auto m = field.continuation.match(rows[r].text);
        if (!m.hasMatch())
            continue;
        const QString rest = cleanText(rows[r].text.mid(m.capturedEnd()));
        if (!rest.isEmpty())
            return rest;
        return r + 1 < rows.size() ? cleanText(rows[r + 1].text) : QString();
    }
    return {};
}

// The field's value after its printed label on one page: on the label's row, else
// on the row below, else (for values that are not words) on the row above.
std::optional<Found> findLabelled(
    const FieldSpec& field, const OcrPage& page, const QList<LayoutRow>& rows)
{
    std::optional<Found> readAsThai;
    for (int r = 0; r < rows.size(); ++r) {
        const auto m = field.label.match(rows[r].text);
        if (!m.hasMatch())
            continue;
        std::optional<Found> found;
        int valueRow = r;
        if (auto f = interpret(field.kind, rows[r].text.mid(m.capturedEnd()), m.capturedEnd())) {
            f->row = &rows[r];
            f->page = &page;
            found = f;
        } else if (r + 1 < rows.size()) {
            found = alignedValue(
                field.kind, page, rows[r], m.capturedStart(), m.capturedLength(), rows[r + 1]);
            valueRow = r + 1;
        }
        if (!found && r > 0 && !isWords(field.kind))
            found = alignedValue(
                field.kind, page, rows[r], m.capturedStart(), m.capturedLength(), rows[r - 1]);
        if (!found)
            continue;
        if (const QString more = continuationOf(field, rows, valueRow); !more.isEmpty())
            found->value += QLatin1Char(' ') + more;
        // Latin print read as Thai letters is a misreading when the label's other
        // reading (the English row) has the value in Latin letters
        if (field.kind == Kind::LatinText && Text::containsThai(found->value)) {
            if (!readAsThai)
                readAsThai = found;
            continue;
        }
        return found;
    }
    return readAsThai;
}

} // namespace

QStringList FormExtractor::fieldNames(const QString& category)
{
    QStringList out;
    if (category == DocumentCategory::Receipt || category == DocumentCategory::ItemizedBill)
        return { QStringLiteral("merchant"), QStringLiteral("date"), QStringLiteral("total"),
            QStringLiteral("billing_number") };
    if (DocumentCategory::isPhoto(category))
        return { QStringLiteral("gps_latitude"), QStringLiteral("gps_longitude"),
            QStringLiteral("taken_at") };
    for (const CategorySpec& spec : specs()) {
        if (category == QLatin1String(spec.category)) {
            for (const FieldSpec& f : spec.fields)
                out << QString::fromLatin1(f.name);
        }
    }
    return out;
}

QList<ExtractedField> FormExtractor::extract(const QString& category, const QList<OcrPage>& pages)
{
    QList<ExtractedField> out;
    const CategorySpec* spec = nullptr;
    for (const CategorySpec& s : specs()) {
        if (category == QLatin1String(s.category))
            spec = &s;
    }
    if (!spec)
        return out;
    QList<QList<LayoutRow>> rowsPerPage;
    for (const OcrPage& p : pages)
        rowsPerPage.append(TextLayout::rows(p));

    for (const FieldSpec& field : spec->fields) {
        std::optional<Found> found;
        for (int p = 0; p < pages.size() && !found; ++p)
            found = findLabelled(field, pages[p], rowsPerPage[p]);
        // IDs and chassis numbers are recognisable without their label
        if (!found && (field.kind == Kind::NationalId || field.kind == Kind::Chassis)) {
            for (int p = 0; p < pages.size() && !found; ++p) {
                for (const LayoutRow& row : rowsPerPage[p]) {
                    if (auto f = interpret(field.kind, row.text, 0)) {
                        f->row = &row;
                        f->page = &pages[p];
                        found = f;
                        break;
                    }
                }
            }
        }
        if (!found)
            continue;
        ExtractedField f;
        f.name = QString::fromLatin1(field.name);
        f.value = found->value;
        f.printedText = found->printed;
        const double ocr = found->row->confidenceOf(
            *found->page, found->start, std::max<qsizetype>(1, found->length));
        f.confidence = found->confidence > 0 ? std::min(found->confidence, ocr) : ocr;
        f.page = found->page->index;
        f.box
            = found->row->boxOf(*found->page, found->start, std::max<qsizetype>(1, found->length));
        out.append(f);
    }
    return out;
}

QList<ExtractedField> FormExtractor::photoFields(const PhotoMetadata& photo)
{
    QList<ExtractedField> out;
    auto add = [&](const char* name, const QString& value) {
        ExtractedField f;
        f.name = QString::fromLatin1(name);
        f.value = value;
        f.printedText = value;
        f.confidence = 1.0;
        out.append(f);
    };
    if (photo.hasLocation()) {
        add("gps_latitude", QString::number(*photo.latitude, 'f', 6));
        add("gps_longitude", QString::number(*photo.longitude, 'f', 6));
    }
    if (photo.takenAt.isValid())
        add("taken_at", photo.takenAt.toString(Qt::ISODate));
    return out;
}

} // namespace ClaimDesk

#include "SyntheticEvaluation.h"

#include "TestSupport.h"
#include "extract/DocumentReader.h"
#include "ocr/TesseractEngine.h"

#include <QDir>
#include <numeric>

namespace ClaimDesk::Test {

namespace {

// Identifiers, dates and amounts exactly; names and words on letters and digits.
QString comparable(const QString& field, const QString& value)
{
    static const QStringList textFields { QStringLiteral("merchant"), QStringLiteral("diagnosis"),
        QStringLiteral("brand"), QStringLiteral("name_th"), QStringLiteral("name_en") };
    if (!textFields.contains(field))
        return value.trimmed();
    QString out;
    for (const QChar c : value.toUpper()) {
        if (c.isLetterOrNumber() || c.isMark()) // Thai vowels and tone marks count
            out += c;
    }
    return out;
}

} // namespace

int CategoryScore::rightFields() const
{
    return std::accumulate(fieldsRight.cbegin(), fieldsRight.cend(), 0);
}

int CategoryScore::totalFields() const
{
    return std::accumulate(fieldsTotal.cbegin(), fieldsTotal.cend(), 0);
}

QMap<QString, CategoryScore> evaluateSynthetic(SyntheticDocuments& generator,
    const DocumentReader& reader, TesseractEngine& engine, int perCategory, double maxDegrees,
    double maxBlur, int maxNoise, double maxPerspective, const QString& saveTo)
{
    QMap<QString, CategoryScore> scores;
    for (int i = 0; i < perCategory; ++i) {
        for (const QString& category : SyntheticDocuments::categories()) {
            const SyntheticDocument doc = generator.make(category);
            const Distortion d = Distortion::random(
                generator.random(), maxDegrees, maxBlur, maxNoise, maxPerspective);
            const QImage image = SyntheticDocuments::distort(doc.image, d, generator.random());
            if (!saveTo.isEmpty())
                image.save(QDir(saveTo).filePath(
                    QString(doc.name).replace(QLatin1String(" #"), QLatin1String("-"))
                    + QStringLiteral(".png")));
            const DocumentReading r
                = reader.read(png(image), doc.name + QStringLiteral(".png"), engine);
            CategoryScore& score = scores[category];
            ++score.documents;
            const QString label = QStringLiteral("%1 (%2)").arg(doc.name, d.describe());
            if (r.category() == category)
                ++score.classified;
            else
                score.misses << QStringLiteral("%1: classified as %2").arg(label, r.category());
            for (auto it = doc.truth.cbegin(); it != doc.truth.cend(); ++it) {
                ++score.fieldsTotal[it.key()];
                const ExtractedField* f = r.field(it.key());
                const QString got = f ? f->value : QString();
                if (comparable(it.key(), got) == comparable(it.key(), it.value()))
                    ++score.fieldsRight[it.key()];
                else
                    score.misses << QStringLiteral("%1: %2 want \"%3\" got \"%4\"")
                                        .arg(label, it.key(), it.value(), got);
            }
        }
    }
    return scores;
}

QString describeScores(const QMap<QString, CategoryScore>& scores)
{
    QStringList lines;
    int right = 0, total = 0, classified = 0, documents = 0;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        const CategoryScore& s = it.value();
        QStringList fields;
        for (auto f = s.fieldsTotal.cbegin(); f != s.fieldsTotal.cend(); ++f)
            fields << QStringLiteral("%1 %2/%3")
                          .arg(f.key())
                          .arg(s.fieldsRight.value(f.key()))
                          .arg(f.value());
        lines << QStringLiteral("%1: classified %2/%3, fields %4% (%5)")
                     .arg(it.key())
                     .arg(s.classified)
                     .arg(s.documents)
                     .arg(100.0 * s.rightFields() / std::max(1, s.totalFields()), 0, 'f', 1)
                     .arg(fields.join(QStringLiteral(", ")));
        right += s.rightFields();
        total += s.totalFields();
        classified += s.classified;
        documents += s.documents;
    }
    lines << QStringLiteral("all: classified %1/%2, fields %3% (%4/%5)")
                 .arg(classified)
                 .arg(documents)
                 .arg(100.0 * right / std::max(1, total), 0, 'f', 1)
                 .arg(right)
                 .arg(total);
    return lines.join(QLatin1Char('\n'));
}

} // namespace ClaimDesk::Test

#include "extract/ConfidenceCalibration.h"

#include "extract/LearnedResources.h"

#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace ClaimDesk {

namespace {

// Thresholds are stored rounded, so that a refit on the same readings writes the same file.
double rounded(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

double fitField(QList<ConfidenceCalibration::Sample> samples, double maxWrongShare)
{
    // highest confidence first: lowering the threshold one sample at a time adds
    // that sample to the values shown sure
    std::sort(samples.begin(), samples.end(),
        [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
    const int allowed = int(std::floor(maxWrongShare * samples.size()));
    double threshold = 1.0 + 1e-9; // nothing shown sure
    int wrong = 0;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        wrong += !samples[i].right;
        if (wrong > allowed)
            break;
        // a threshold can only sit between two different confidences
        const bool lastOfItsValue
            = i + 1 == samples.size() || samples[i + 1].confidence < samples[i].confidence;
        if (lastOfItsValue)
            threshold = samples[i].confidence;
    }
    return rounded(threshold);
}

} // namespace

ConfidenceCalibration ConfidenceCalibration::fit(const QList<Sample>& samples, double maxWrongShare)
{
    QMap<QString, QList<Sample>> byField;
    for (const Sample& s : samples)
        byField[s.field].append(s);
    ConfidenceCalibration c;
    QJsonObject counts;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        c.m_sureFrom.insert(it.key(), fitField(it.value(), maxWrongShare));
        counts.insert(it.key(), int(it->size()));
    }
    c.m_trainedOn = { { QStringLiteral("max_wrong_share"), maxWrongShare },
        { QStringLiteral("values"), counts } };
    return c;
}

const ConfidenceCalibration& ConfidenceCalibration::shipped()
{
    static const ConfidenceCalibration calibration = [] {
        registerLearnedResources();
        QFile f(QStringLiteral(":/calibration/receipt-confidence.json"));
        if (!f.open(QIODevice::ReadOnly))
            return ConfidenceCalibration();
        return fromJson(QJsonDocument::fromJson(f.readAll()).object());
    }();
    return calibration;
}

ConfidenceCalibration ConfidenceCalibration::fromJson(const QJsonObject& json)
{
    ConfidenceCalibration c;
    const QJsonObject fields = json.value(QStringLiteral("sure_from")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const double t = it.value().toDouble(-1);
        if (t > 0 && t <= 1.0 + 1e-6)
            c.m_sureFrom.insert(it.key(), t);
    }
    c.m_trainedOn = json.value(QStringLiteral("trained_on")).toObject();
    return c;
}

QJsonObject ConfidenceCalibration::toJson() const
{
    QJsonObject fields;
    for (auto it = m_sureFrom.cbegin(); it != m_sureFrom.cend(); ++it)
        fields.insert(it.key(), it.value());
    return { { QStringLiteral("sure_from"), fields },
        { QStringLiteral("trained_on"), m_trainedOn } };
}

double ConfidenceCalibration::calibrated(const QString& field, double raw) const
{
    const double t = m_sureFrom.value(field, 0);
    if (t <= 0)
        return raw;
    raw = std::clamp(raw, 0.0, 1.0);
    const double sure = ExtractedField::SureFrom;
    if (t > 1.0) // no value of this field was ever sure enough
        return raw * (sure - 0.01);
    if (raw >= t)
        return t >= 1.0 ? 1.0 : sure + (1.0 - sure) * (raw - t) / (1.0 - t);
    return raw * sure / t * (1.0 - 1e-6);
}

void ConfidenceCalibration::apply(QList<ExtractedField>& fields) const
{
    for (ExtractedField& f : fields)
        f.confidence = calibrated(f.name, f.confidence);
}

} // namespace ClaimDesk

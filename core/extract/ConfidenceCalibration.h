#pragma once

#include "domain/Document.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ClaimDesk {

// Maps the confidence the receipt extractor computes for a field to the one the
// Review pane shows, so that a value shown as sure (ExtractedField::SureFrom) is
// almost never wrong. A value shown sure that is wrong misleads an adjuster more
// than a missing one.
//
// Learned, not written: per field, the lowest raw confidence from which the
// values of the training receipts were wrong in at most a given share of the
// values read (fit()). Raw confidences from that threshold up are shown sure,
// those below it scaled under SureFrom, keeping their order. Fields it does not
// name are left as they are. Pure and thread-safe once built.
//
// The shipped calibration (shipped()) is fitted on folds A and B of the
// development receipts and checked on fold C, from the OCR words cached in
// bench/data/sroie-ocr:
//
//   bench_receipts ../shared/data/sroie-dev --ocr-cache bench/data/sroie-ocr
//       --fit-calibration AB --max-wrong-share 0.003
//       --write-calibration resources/calibration/receipt-confidence.json
//
// The test calibration_refit runs this and compares. A change to OCR or
// extraction that moves the confidences means refitting (and, after a change to
// the first OCR pass, deleting the cache so that it is read again).
class ConfidenceCalibration final
{
public:
    // One value read in training: its field, raw confidence, and whether it was right.
    struct Sample
    {
        QString field;
        double confidence = 0;
        bool right = false;
    };

    // Per field, the lowest threshold whose values at or above it are wrong in at
    // most maxWrongShare of that field's samples.
    static ConfidenceCalibration fit(const QList<Sample>& samples, double maxWrongShare);

    // The calibration compiled into the program; empty (changes nothing) if its
    // resource is missing or damaged, which a test rules out.
    static const ConfidenceCalibration& shipped();

    static ConfidenceCalibration fromJson(const QJsonObject& json);
    QJsonObject toJson() const;

    bool isEmpty() const { return m_sureFrom.isEmpty(); }
    // The raw confidence from which `field` is shown sure; 0 when not calibrated.
    double sureFrom(const QString& field) const { return m_sureFrom.value(field, 0); }
    double calibrated(const QString& field, double raw) const;
    void apply(QList<ExtractedField>& fields) const;

private:
    QHash<QString, double> m_sureFrom;
    QJsonObject m_trainedOn; // what fit() was given, kept in the file for a reader
};

} // namespace ClaimDesk

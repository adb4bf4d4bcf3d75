#pragma once

#include <QDateTime>
#include <QRectF>
#include <QString>
#include <optional>

namespace ClaimDesk {

// A file attached to a claim. Its bytes live once per SHA-256 in the blob store.
struct Document
{
    qint64 id = 0;
    QString claimId;
    QString category; // seed 004's categories, "unknown" until classified
    QString originalName;
    QString sha256; // hex
    QString mimeType;
    qint64 size = 0;
    std::optional<bool> useful; // set by a reviewer; feeds the accuracy figure
    QDateTime uploadedAt;
};

// One value read from a document, with where it was printed.
struct ExtractedField
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString name;
    QString value; // normalised (ISO date, decimal string, ...)
    QString printedText; // as printed on the page
    double confidence = 0.0; // 0..1
    int page = 0;
    QRectF box; // page pixels
    // Who read it: "ocr", "llm" (the model alone; no box) or "ocr+llm" (both
    // agree); "reviewer" once a person corrected it (the audit trail has the old value).
    QString source = QStringLiteral("ocr");
    // When the model read something else than OCR: its value. The OCR value
    // stays; the disagreement is for a person to settle.
    QString modelValue;

    // How sure a value is, as the Review pane shows it: sure from SureFrom, to
    // be checked below CheckBelow, in between worth a look.
    static constexpr double SureFrom = 0.85;
    static constexpr double CheckBelow = 0.6;
};

// The value of the field called `name` among those read; empty when none is.
inline QString fieldValue(const QList<ExtractedField>& fields, const char* name)
{
    for (const ExtractedField& f : fields) {
        if (f.name == QLatin1String(name))
            return f.value;
    }
    return {};
}

} // namespace ClaimDesk

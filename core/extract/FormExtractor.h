#pragma once

#include "domain/Document.h"
#include "extract/PhotoMetadata.h"
#include "ocr/OcrTypes.h"

#include <QList>
#include <QString>

namespace ClaimDesk {

// Reads the labelled fields of forms and cards (ID card, driving licence, vehicle
// registration, medical certificate, discharge summary) and the metadata of
// photos, per seed 004's field lists. Each field is found after its printed label
// (Thai or English), on the same row or the row below, and normalised by its kind:
// dates to ISO (Buddhist era converted), the national ID checked and repaired,
// years to Gregorian, chassis numbers to 17 characters.
class FormExtractor final
{
public:
    static QList<ExtractedField> extract(const QString& category, const QList<OcrPage>& pages);
    static QList<ExtractedField> photoFields(const PhotoMetadata& photo);
    // The field names a category yields, in display order.
    static QStringList fieldNames(const QString& category);
};

} // namespace ClaimDesk

#pragma once

#include "SyntheticDocuments.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ClaimDesk {
class DocumentReader;
class TesseractEngine;
} // namespace ClaimDesk

namespace ClaimDesk::Test {

// Per-category accuracy of the document pipeline on synthetic documents: how
// many were classified right, and how many of their known fields were read
// exactly (text fields compared on letters and digits, ignoring case).
struct CategoryScore
{
    int documents = 0;
    int classified = 0;
    QMap<QString, int> fieldsRight; // field name -> documents it was read right in
    QMap<QString, int> fieldsTotal;
    QStringList misses; // "document: field want X got Y"

    int rightFields() const;
    int totalFields() const;
};

// Reads `perCategory` documents of every category, each spoiled by a distortion
// drawn within the bounds, and scores them; with saveTo, each page read is
// written there too (to look at a miss).
QMap<QString, CategoryScore> evaluateSynthetic(SyntheticDocuments& generator,
    const DocumentReader& reader, TesseractEngine& engine, int perCategory, double maxDegrees,
    double maxBlur, int maxNoise, double maxPerspective, const QString& saveTo = {});

// One line per category, then the overall share.
QString describeScores(const QMap<QString, CategoryScore>& scores);

} // namespace ClaimDesk::Test

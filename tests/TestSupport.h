#pragma once

#include "decision/ClaimRecord.h"
#include "storage/Database.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace ClaimDesk::Test {

// A claim record as the spec's examples describe them: every required field
// present, in network, not an emergency, no optional field.
inline ClaimRecord record(const char* amount, bool inNetwork = true, bool emergency = false)
{
    ClaimRecord r;
    r.hasClaimId = true;
    r.hasClaimType = true;
    r.amountState = ClaimRecord::Amount::Number;
    r.amount = *Money::parse(std::string_view(amount));
    r.serviceDateState = ClaimRecord::Date::Valid;
    r.serviceDate = QDate(2026, 1, 10);
    r.hasDiagnosisCode = true;
    r.inNetwork = inNetwork;
    r.emergency = emergency;
    return r;
}

inline Database openTempDatabase(
    const QTemporaryDir& dir, const QString& name = QStringLiteral("test.sqlite"))
{
    auto db = Database::open(DatabaseLocation::sqlite(dir.filePath(name)));
    if (!db)
        qFatal("cannot open the test database: %s", qPrintable(db.error()));
    return *db;
}

// A receipt drawn as lines of printed text on a white page, saved as PNG at
// `path` (for tests that send a document through the real OCR pipeline).
inline bool drawReceipt(const QString& path, const QStringList& lines)
{
    QImage page(1240, 1000, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(30);
    p.setFont(font);
    int y = 150;
    for (const QString& line : lines) {
        p.drawText(120, y, line);
        y += 60;
    }
    p.end();
    return page.save(path);
}

} // namespace ClaimDesk::Test

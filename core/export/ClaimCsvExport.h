#pragma once

#include "domain/ClaimQuery.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QIODevice>
#include <QTimeZone>
#include <atomic>
#include <functional>
#include <optional>

namespace ClaimDesk {

class ClaimRepository;
class CsvWriter;

// The three CSV exports of seed 000.
enum class CsvFormat
{
    Detailed, // every field, labels in the interface language, local times
    Sheets, // Google-Sheets-ready: codes, ISO dates, plain numbers, one header row
    Summary // claims, amount and reimbursement per type and status
};
QString csvFormatName(CsvFormat format); // "detailed", "sheets", "summary"
std::optional<CsvFormat> csvFormatFromName(const QString& name);

// Writes the claims a query matches as CSV (RFC 4180, UTF-8, see CsvWriter),
// streaming them from SQL so a book of a million claims never sits in memory.
class ClaimCsvExport final
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    ClaimCsvExport(Database db, CsvFormat format, ClaimQuery query = {},
        QTimeZone zone = QTimeZone::systemTimeZone());

    // Returns the number of claims written. Progress is reported every few
    // thousand claims; a set cancel flag stops with an error (the caller drops
    // the partial output, e.g. by not committing its QSaveFile).
    Result<qint64> write(QIODevice* out, const Progress& progress = {},
        const std::atomic_bool* cancel = nullptr) const;

    QStringList header() const;

private:
    // The summary is summed in SQL, not by streaming the claims.
    Result<qint64> writeSummary(const ClaimRepository& claims, CsvWriter& csv) const;

    Database m_db;
    CsvFormat m_format;
    ClaimQuery m_query;
    QTimeZone m_zone;
};

} // namespace ClaimDesk

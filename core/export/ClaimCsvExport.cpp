#include "ClaimCsvExport.h"

#include "export/ExportTr.h"
#include "report/CsvWriter.h"
#include "storage/ClaimRepository.h"

#include <QCoreApplication>

namespace ClaimDesk {

namespace {

constexpr qint64 ProgressEvery = 2000;

QString yesNo(bool b)
{
    return b ? ExportTr::tr("Yes") : ExportTr::tr("No");
}

QString lineItemsText(const QList<LineItem>& items)
{
    QStringList parts;
    for (const LineItem& item : items)
        parts << item.description + QStringLiteral(": ") + item.amount.toString();
    return parts.join(QStringLiteral("; "));
}

QString optionalNumber(const std::optional<int>& n)
{
    return n ? QString::number(*n) : QString();
}

} // namespace

QString csvFormatName(CsvFormat format)
{
    switch (format) {
    case CsvFormat::Detailed:
        return QStringLiteral("detailed");
    case CsvFormat::Sheets:
        return QStringLiteral("sheets");
    case CsvFormat::Summary:
        break;
    }
    return QStringLiteral("summary");
}

std::optional<CsvFormat> csvFormatFromName(const QString& name)
{
    for (CsvFormat f : { CsvFormat::Detailed, CsvFormat::Sheets, CsvFormat::Summary }) {
        if (name.compare(csvFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

ClaimCsvExport::ClaimCsvExport(Database db, CsvFormat format, ClaimQuery query, QTimeZone zone)
    : m_db(std::move(db))
    , m_format(format)
    , m_query(std::move(query))
    , m_zone(std::move(zone))
{ }

QStringList ClaimCsvExport::header() const
{
    switch (m_format) {
    case CsvFormat::Detailed:
        return { ExportTr::tr("Claim ID"), ExportTr::tr("Type"), ExportTr::tr("Status"),
            ExportTr::tr("Created"), ExportTr::tr("Updated"), ExportTr::tr("Claimant"),
            ExportTr::tr("National ID"), ExportTr::tr("Amount"), ExportTr::tr("Reimbursement"),
            ExportTr::tr("Provider"), ExportTr::tr("Diagnosis"), ExportTr::tr("Treatment notes"),
            ExportTr::tr("Service date"), ExportTr::tr("Line items"), ExportTr::tr("In network"),
            ExportTr::tr("Emergency"), ExportTr::tr("Prior approval"), ExportTr::tr("Risk level"),
            ExportTr::tr("Risk score"), ExportTr::tr("Priority"), ExportTr::tr("Decision"),
            ExportTr::tr("Assignee"), ExportTr::tr("Escalated"), ExportTr::tr("Memo") };
    case CsvFormat::Sheets:
        // Machine keys, stable across interface languages.
        return { QStringLiteral("claim_id"), QStringLiteral("claim_type"), QStringLiteral("status"),
            QStringLiteral("created_date"), QStringLiteral("created_at"),
            QStringLiteral("service_date"), QStringLiteral("amount"),
            QStringLiteral("reimbursement"), QStringLiteral("provider"),
            QStringLiteral("diagnosis_code"), QStringLiteral("risk_level"),
            QStringLiteral("risk_score"), QStringLiteral("priority"),
            QStringLiteral("final_decision"), QStringLiteral("assignee"),
            QStringLiteral("escalated"), QStringLiteral("in_network"),
            QStringLiteral("emergency") };
    case CsvFormat::Summary:
        break;
    }
    return { QStringLiteral("claim_type"), QStringLiteral("status"), QStringLiteral("claims"),
        QStringLiteral("amount_total"), QStringLiteral("reimbursement_total") };
}

Result<qint64> ClaimCsvExport::write(
    QIODevice* out, const Progress& progress, const std::atomic_bool* cancel) const
{
    ClaimRepository claims(m_db);
    // The detailed format is read by people in spreadsheets, which take a file
    // without a byte-order mark for the local code page and garble Thai.
    if (m_format == CsvFormat::Detailed && out->write("\xEF\xBB\xBF", 3) != 3)
        return Result<qint64>::failure(
            ExportTr::tr("The CSV file could not be written: %1").arg(out->errorString()));
    CsvWriter csv(out);
    csv.writeRow(header());
    if (m_format == CsvFormat::Summary)
        return writeSummary(claims, csv);
    const auto total = claims.count(m_query);
    if (!total)
        return Result<qint64>::failure(total.errorDetail());

    const auto local = [this](const QDateTime& t) { return t.toTimeZone(m_zone); };
    qint64 written = 0;
    bool cancelled = false;
    auto visit = [&](const Claim& c) {
        if (cancel && cancel->load()) {
            cancelled = true;
            return false;
        }
        if (m_format == CsvFormat::Detailed) {
            csv.writeRow({ c.id, claimTypeLabel(c.type), claimStatusLabel(c.status),
                local(c.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                local(c.updatedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")), c.claimantName,
                c.claimantNationalId, c.amount ? c.amount->toString() : QString(),
                c.reimbursement.toString(), c.providerName, c.diagnosisCode, c.treatmentNotes,
                c.serviceDate.toString(Qt::ISODate), lineItemsText(c.lineItems), yesNo(c.inNetwork),
                yesNo(c.emergency), c.priorApproval,
                c.riskLevel == RiskLevel::None ? QString() : riskLevelLabel(c.riskLevel),
                optionalNumber(c.riskScore), priorityCode(c.priority),
                c.finalDecision ? finalDecisionLabel(*c.finalDecision) : QString(), c.assignee,
                yesNo(c.escalated), c.memo });
        } else {
            csv.writeRow({ c.id, claimTypeCode(c.type), claimStatusCode(c.status),
                local(c.createdAt).date().toString(Qt::ISODate),
                local(c.createdAt).toString(Qt::ISODate), c.serviceDate.toString(Qt::ISODate),
                c.amount ? c.amount->toString() : QString(), c.reimbursement.toString(),
                c.providerName, c.diagnosisCode, riskLevelCode(c.riskLevel),
                optionalNumber(c.riskScore), priorityCode(c.priority),
                c.finalDecision ? finalDecisionCode(*c.finalDecision) : QString(), c.assignee,
                c.escalated ? QStringLiteral("TRUE") : QStringLiteral("FALSE"),
                c.inNetwork ? QStringLiteral("TRUE") : QStringLiteral("FALSE"),
                c.emergency ? QStringLiteral("TRUE") : QStringLiteral("FALSE") });
        }
        ++written;
        if (progress && written % ProgressEvery == 0)
            progress(written, *total);
        return csv.ok();
    };
    if (auto r = claims.forEach(m_query, visit); !r)
        return r;
    if (cancelled)
        return Result<qint64>::failure(ExportTr::tr("the export was cancelled"));
    if (!csv.ok())
        return Result<qint64>::failure(
            ExportTr::tr("writing the CSV failed: %1").arg(csv.errorString()));
    if (progress)
        progress(written, *total);
    return written;
}

Result<qint64> ClaimCsvExport::writeSummary(const ClaimRepository& claims, CsvWriter& csv) const
{
    const auto totals = claims.totalsByTypeAndStatus(m_query);
    if (!totals)
        return Result<qint64>::failure(totals.errorDetail());
    qint64 counted = 0;
    for (const ClaimTotals& t : *totals) {
        csv.writeRow({ claimTypeCode(t.type), claimStatusCode(t.status), QString::number(t.claims),
            t.amount.toString(), t.reimbursement.toString() });
        counted += t.claims;
    }
    if (!csv.ok())
        return Result<qint64>::failure(
            ExportTr::tr("writing the CSV failed: %1").arg(csv.errorString()));
    return counted;
}

} // namespace ClaimDesk

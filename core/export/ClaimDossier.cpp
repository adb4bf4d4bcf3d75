#include "ClaimDossier.h"

#include "claims/ClaimView.h"
#include "decision/ClaimSummarizer.h"
#include "decision/RuleText.h"
#include "domain/AuditText.h"
#include "domain/DocumentCategory.h"
#include "domain/FieldLabels.h"
#include "export/ExportTr.h"
#include "ocr/DocumentSource.h"
#include "policylibrary/PolicyVerifier.h"
#include "storage/DocumentRepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>

namespace ClaimDesk {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString orUnknown(const QString& s)
{
    return s.isEmpty() ? ExportTr::tr("unknown") : esc(s);
}

QString when(const QDateTime& t)
{
    return t.isValid() ? esc(QLocale().toString(t.toLocalTime(), QLocale::ShortFormat))
                       : QStringLiteral("-");
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), valueHtml);
}

constexpr int ThumbnailSide = 320;

QString thumbnailDataUrl(const QByteArray& bytes, const QString& name)
{
    DocumentSource source;
    if (!source.open(bytes, name))
        return {};
    const QImage image = source.thumbnail(ThumbnailSide);
    if (image.isNull())
        return {};
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 80);
    return QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(jpeg.toBase64());
}

const char* const Style = R"(
body { font-family: "DejaVu Sans", "Loma", sans-serif; font-size: 10.5pt; color: #222; margin: 24px; }
h1 { font-size: 18pt; margin: 0 0 4px 0; }
h2 { font-size: 13pt; border-bottom: 1px solid #bbb; padding-bottom: 2px; margin-top: 22px; }
h3 { font-size: 11pt; margin: 12px 0 4px 0; }
.meta { color: #555; }
table { border-collapse: collapse; margin: 4px 0; }
th { text-align: left; font-weight: normal; color: #555; padding: 2px 12px 2px 0; vertical-align: top; }
td { padding: 2px 12px 2px 0; vertical-align: top; }
table.grid th, table.grid td { border-bottom: 1px solid #e3e3e3; padding: 3px 8px; }
table.grid th { font-weight: bold; color: #333; }
.document { page-break-inside: avoid; margin-bottom: 14px; }
.document img { float: left; margin: 0 14px 8px 0; border: 1px solid #ccc; max-width: 240px; }
.clear { clear: both; }
.warn { color: #a15c00; }
)";

} // namespace

ClaimDossier::ClaimDossier(Database db, RuleSet rules)
    : m_db(std::move(db))
    , m_rules(std::move(rules))
{ }

QString ClaimDossier::decisionHtml(const StoredDecision& decision, const RuleSet& rules)
{
    const DecisionResult& r = decision.result;
    QString html
        = QStringLiteral("<h3>%1: %2</h3><p>%3</p><ol>")
              .arg(esc(ExportTr::tr("Decision")), esc(finalDecisionLabel(r.finalDecision)),
                  esc(ExportTr::tr("Risk %1 (score %2), quality %3, reimbursement %4, rule set %5")
                          .arg(riskLevelLabel(r.riskLevel))
                          .arg(r.riskScore ? QString::number(*r.riskScore) : QStringLiteral("-"))
                          .arg(r.qualityScore)
                          .arg(r.reimbursement.toDisplayString(), decision.rulesetVersion)));
    for (int i = 0; i < r.ruleCount; ++i)
        html += QStringLiteral("<li>%1</li>")
                    .arg(esc(RuleText::describe(r.rules[static_cast<std::size_t>(i)], rules)));
    return html + QStringLiteral("</ol>");
}

Result<QString> ClaimDossier::htmlAt(
    const DatabaseLocation& location, const RuleSet& rules, const QString& claimId)
{
    auto db = Database::open(location);
    if (!db)
        return Result<QString>::failure(db.errorDetail());
    return ClaimDossier(*db, rules).html(claimId);
}

Result<QString> ClaimDossier::html(const QString& claimId, const QDate& asOf) const
{
    const auto view = ClaimView::read(m_db, claimId);
    if (!view)
        return Result<QString>::failure(view.errorDetail());
    const Claim& claim = view->claim;
    const std::optional<StoredDecision> decision = view->decision();

    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                  "<title>%2</title><style>%3</style></head><body>")
                       .arg(QLocale().bcp47Name(), esc(claim.id), QLatin1String(Style));
    html += QStringLiteral("<h1>%1 %2</h1><p class=\"meta\">%3</p>")
                .arg(esc(ExportTr::tr("Claim")), esc(claim.id),
                    esc(ExportTr::tr("Claim dossier printed %1 by ClaimDesk")
                            .arg(QLocale().toString(
                                QDateTime::currentDateTime(), QLocale::ShortFormat))));

    html += QStringLiteral("<h2>%1</h2><table>").arg(esc(ExportTr::tr("Claim")));
    html += row(ExportTr::tr("Type"), esc(claimTypeLabel(claim.type)));
    html += row(ExportTr::tr("Status"), esc(claimStatusLabel(claim.status)));
    html += row(ExportTr::tr("Created"), when(claim.createdAt));
    html += row(ExportTr::tr("Amount claimed"),
        claim.amount ? esc(claim.amount->toDisplayString()) : ExportTr::tr("not yet known"));
    html += row(ExportTr::tr("Provider"), orUnknown(claim.providerName));
    html += row(ExportTr::tr("Diagnosis"), orUnknown(claim.diagnosisCode));
    html += row(ExportTr::tr("Service date"),
        claim.serviceDate.isValid() ? esc(claim.serviceDate.toString(Qt::ISODate))
                                    : ExportTr::tr("unknown"));
    if (!claim.lineItems.isEmpty()) {
        QStringList items;
        for (const LineItem& item : claim.lineItems)
            items << esc(item.description) + QStringLiteral(": ")
                    + esc(item.amount.toDisplayString());
        html += row(ExportTr::tr("Billed items"), items.join(QStringLiteral("<br>")));
    }
    if (!claim.memo.isEmpty())
        html += row(ExportTr::tr("Memo"), esc(claim.memo).replace(u'\n', QStringLiteral("<br>")));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2><table>").arg(esc(ExportTr::tr("Claimant and policy")));
    html += row(ExportTr::tr("Claimant"), orUnknown(claim.claimantName));
    html += row(ExportTr::tr("National ID"), orUnknown(claim.claimantNationalId));
    html += QStringLiteral("</table>");
    html += policySection(claim.claimantNationalId, int(claim.type),
        asOf.isValid()
            ? asOf
            : (claim.serviceDate.isValid() ? claim.serviceDate : claim.createdAt.date()));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(ExportTr::tr("Documents")));
    html += documentsSection(*view);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(ExportTr::tr("Decision")));
    if (decision) {
        html += decisionHtml(*decision, m_rules);
        const ClaimSummary summary = ClaimSummarizer(m_rules).fallback(claim, decision);
        html += QStringLiteral("<h2>%1</h2><p>%2</p><p class=\"meta\">%3</p>")
                    .arg(esc(ExportTr::tr("Summary")), esc(summary.text),
                        esc(ExportTr::tr(
                            "Written from the claim and its decision (not by a model).")));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(ExportTr::tr("The claim has not been decided yet.")));
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(ExportTr::tr("History")));
    html += auditSection(view->history);
    return QString(html + QStringLiteral("</body></html>"));
}

QString ClaimDossier::policySection(const QString& nationalId, int type, const QDate& asOf) const
{
    if (nationalId.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(esc(ExportTr::tr("No national ID on the claim: the policy "
                                  "cannot be verified.")));
    const auto v = PolicyVerifier(m_db).verify(nationalId, static_cast<ClaimType>(type), asOf);
    if (!v)
        return QStringLiteral("<p class=\"warn\">%1</p>").arg(esc(v.error()));
    QString html = QStringLiteral("<table>");
    html += row(ExportTr::tr("Verification"),
        QStringLiteral("<b>%1</b> %2")
            .arg(esc(v->statusLabel()),
                esc(ExportTr::tr("(as of %1)").arg(asOf.toString(Qt::ISODate)))));
    if (v->policy) {
        const PolicyHolder& p = *v->policy;
        html += row(ExportTr::tr("Policy"), esc(p.policyNumber));
        html += row(ExportTr::tr("Period"),
            esc(QStringLiteral("%1 - %2").arg(
                p.startDate.toString(Qt::ISODate), p.endDate.toString(Qt::ISODate))));
        if (p.type == ClaimType::Health) {
            html += row(ExportTr::tr("Plan"), orUnknown(p.plan));
            html += row(ExportTr::tr("In-patient limit"), esc(p.coverageIpd.toDisplayString()));
            html += row(ExportTr::tr("Out-patient limit"), esc(p.coverageOpd.toDisplayString()));
            html += row(ExportTr::tr("Room per night"), esc(p.roomPerNight.toDisplayString()));
        } else {
            html += row(ExportTr::tr("Vehicle"),
                esc(QStringLiteral("%1 %2 %3, %4")
                        .arg(p.vehicleBrand, p.vehicleModel)
                        .arg(p.vehicleYear)
                        .arg(p.vehiclePlate)));
            html += row(ExportTr::tr("Coverage"),
                esc(QStringLiteral("%1, %2").arg(
                    p.coverageType, p.coverageAmount.toDisplayString())));
            html += row(ExportTr::tr("Deductible"), esc(p.deductible.toDisplayString()));
        }
    }
    for (const QString& warning : v->warnings)
        html += row(ExportTr::tr("Note"),
            QStringLiteral("<span class=\"warn\">%1</span>").arg(esc(warning)));
    return html + QStringLiteral("</table>");
}

QString ClaimDossier::documentsSection(const ClaimView& view) const
{
    if (view.documents.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(ExportTr::tr("No documents on this claim.")));
    DocumentRepository documents(m_db);
    QString html;
    for (const auto& [d, fields] : view.documents) {
        html += QStringLiteral("<div class=\"document\">");
        if (const auto bytes = documents.bytes(d.sha256)) {
            const QString image = thumbnailDataUrl(*bytes, d.originalName);
            if (!image.isEmpty())
                html += QStringLiteral("<img src=\"%1\" alt=\"%2\">")
                            .arg(image, esc(d.originalName));
        }
        const QString useful = !d.useful ? ExportTr::tr("not marked")
            : *d.useful                  ? ExportTr::tr("useful")
                                         : ExportTr::tr("not useful");
        html += QStringLiteral("<h3>%1</h3><p class=\"meta\">%2</p>")
                    .arg(esc(DocumentCategory::label(d.category)),
                        esc(ExportTr::tr("%1, uploaded %2, %3")
                                .arg(d.originalName,
                                    QLocale().toString(
                                        d.uploadedAt.toLocalTime(), QLocale::ShortFormat),
                                    useful)));
        if (!fields.isEmpty()) {
            html += QStringLiteral(
                "<table class=\"grid\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                        .arg(esc(ExportTr::tr("Field")), esc(ExportTr::tr("Value")),
                            esc(ExportTr::tr("Confidence")));
            for (const ExtractedField& f : fields) {
                QString value = esc(f.value);
                if (f.source == u"llm")
                    value += QStringLiteral(" <span class=\"meta\">%1</span>")
                                 .arg(esc(ExportTr::tr("(read by the model)")));
                if (!f.modelValue.isEmpty())
                    value
                        += QStringLiteral(" <span class=\"warn\">%1</span>")
                               .arg(esc(ExportTr::tr("(the model read \"%1\")").arg(f.modelValue)));
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3%</td></tr>")
                            .arg(esc(fieldLabel(f.name)), value)
                            .arg(qRound(f.confidence * 100));
            }
            html += QStringLiteral("</table>");
        }
        html += QStringLiteral("<div class=\"clear\"></div></div>");
    }
    return html;
}

QString ClaimDossier::auditSection(const QList<AuditEntry>& trail)
{
    QString html
        = QStringLiteral("<table class=\"grid\"><tr><th>%1</th><th>%2</th><th>%3</th>"
                         "<th>%4</th><th>%5</th></tr>")
              .arg(esc(ExportTr::tr("When")), esc(ExportTr::tr("Who")), esc(ExportTr::tr("What")),
                  esc(ExportTr::tr("Before")), esc(ExportTr::tr("After")));
    for (const AuditEntry& e : trail) {
        const AuditText line = AuditText::of(e);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(when(e.at), esc(e.actor), esc(line.what), esc(line.before),
                        esc(line.after));
    }
    return html + QStringLiteral("</table>");
}

} // namespace ClaimDesk

#include "ClaimDetailsView.h"

#include "RichText.h"
#include "UiTr.h"
#include "claims/ClaimView.h"
#include "domain/DocumentCategory.h"
#include "domain/FieldLabels.h"
#include "export/ClaimDossier.h"

namespace ClaimDesk {

namespace {

QString headerHtml(const Claim& claim)
{
    QString html
        = QStringLiteral("<h2>%1</h2><p>%2 &middot; %3 &middot; %4</p>")
              .arg(RichText::escaped(claim.id), RichText::escaped(claimTypeLabel(claim.type)),
                  RichText::escaped(claimStatusLabel(claim.status)),
                  RichText::escaped(
                      claim.amount ? claim.amount->toDisplayString() : UiTr::tr("no amount yet")));
    const auto orUnknown
        = [](const QString& s) { return RichText::escaped(s.isEmpty() ? UiTr::tr("unknown") : s); };
    return html
        + QStringLiteral("<p>%1: %2<br>%3: %4<br>%5: %6<br>%7: %8</p>")
              .arg(RichText::escaped(UiTr::tr("Claimant")), orUnknown(claim.claimantName),
                  RichText::escaped(UiTr::tr("National ID")), orUnknown(claim.claimantNationalId),
                  RichText::escaped(UiTr::tr("Provider")), orUnknown(claim.providerName),
                  RichText::escaped(UiTr::tr("Diagnosis")), orUnknown(claim.diagnosisCode));
}

// What was read from each document, under readable labels.
QString documentsHtml(const ClaimView& view)
{
    QString html = RichText::heading(UiTr::tr("Documents"));
    for (const auto& [d, fields] : view.documents) {
        html += QStringLiteral("<p><b>%1</b> (%2)")
                    .arg(RichText::escaped(DocumentCategory::label(d.category)),
                        RichText::escaped(d.originalName));
        for (const ExtractedField& f : fields) {
            if (!f.name.startsWith(u"items."))
                html += QStringLiteral("<br>%1: %2")
                            .arg(RichText::escaped(fieldLabel(f.name)), RichText::escaped(f.value));
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace

ClaimDetailsView::ClaimDetailsView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("claimDetails"));
}

void ClaimDetailsView::showView(const ClaimView& view, const RuleSet& rules)
{
    QString html = headerHtml(view.claim);
    if (const auto decision = view.decision())
        html += ClaimDossier::decisionHtml(*decision, rules);
    if (!view.documents.isEmpty())
        html += documentsHtml(view);
    setHtml(html);
}

void ClaimDetailsView::showNone()
{
    setHtml(
        QStringLiteral("<p>%1</p>")
            .arg(
                UiTr::tr("Select a claim in the queue. %1 and %2 move down and up; %3 to %4 "
                         "set its status.")
                    .toHtmlEscaped()
                    .arg(RichText::bold(QStringLiteral("J")), RichText::bold(QStringLiteral("K")),
                        RichText::bold(QStringLiteral("1")), RichText::bold(QStringLiteral("6")))));
}

void ClaimDetailsView::showReading(const QString& claimId)
{
    setHtml(RichText::paragraph(UiTr::tr("Reading %1...").arg(claimId)));
}

void ClaimDetailsView::showProblem(const QString& message)
{
    setHtml(RichText::paragraph(message));
}

} // namespace ClaimDesk

#include "PolicyPanel.h"

#include "AppSettings.h"
#include "policy/ClaimPolicyReview.h"
#include "policy/PolicyCheckRepository.h"

#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ClaimDesk {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// The clause with the words that matched the item in bold.
QString highlighted(const QString& clause, const QStringList& words)
{
    QString html = esc(clause);
    for (const QString& w : words) {
        const QRegularExpression re(
            QStringLiteral("\\b(") + QRegularExpression::escape(w) + QStringLiteral(")\\b"),
            QRegularExpression::CaseInsensitiveOption
                | QRegularExpression::UseUnicodePropertiesOption);
        html.replace(re, QStringLiteral("<b>\\1</b>"));
    }
    return html;
}

} // namespace

PolicyPanel::PolicyPanel(Database db, QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    m_job = new ClaimPolicyReviewJob(m_db.location(), this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("policyView"));
    m_record = new QPushButton(tr("&Record these checks on the claim"), this);
    m_record->setObjectName(QStringLiteral("recordChecks"));
    m_record->setEnabled(false);
    connect(m_record, &QPushButton::clicked, this, &PolicyPanel::recordChecks);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_record, 0, Qt::AlignRight);
    connect(m_job, &ClaimPolicyReviewJob::ready, this, [this](const ClaimPolicyReview& review) {
        if (review.claimId == m_claimId)
            render(review);
    });
    connect(m_job, &ClaimPolicyReviewJob::failed, this,
        [this](const QString& claimId, const QString& message) {
            if (claimId == m_claimId)
                m_view->setHtml(QStringLiteral("<p>%1</p>").arg(esc(message)));
        });
}

void PolicyPanel::showClaim(const QString& claimId)
{
    m_claimId = claimId;
    m_checks.clear();
    m_record->setEnabled(false);
    if (claimId.isEmpty()) {
        m_view->setHtml(tr("<p>Select a claim to see its policy.</p>"));
        return;
    }
    m_view->setHtml(tr("<p>Checking the policy...</p>"));
    m_job->request(claimId, QDate::currentDate());
}

QString PolicyPanel::plainText() const
{
    return m_view->toPlainText();
}

void PolicyPanel::recordChecks()
{
    const Status s
        = PolicyCheckRepository(m_db).record(m_claimId, m_checks, AppSettings::userName());
    if (!s) {
        QMessageBox::warning(this, tr("Checks not recorded"), s.error());
        return;
    }
    m_record->setEnabled(false);
    m_record->setText(tr("Recorded"));
}

void PolicyPanel::render(const ClaimPolicyReview& review)
{
    m_checks = review.checks;
    m_record->setText(tr("&Record these checks on the claim"));
    m_record->setEnabled(!m_checks.isEmpty());
    QString html = tr("<h3>Policy holder</h3>");
    if (review.verification) {
        const PolicyVerification& v = *review.verification;
        const QString color = v.covered() ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
        html += QStringLiteral("<p><span style='color:%1'><b>%2</b></span></p>")
                    .arg(color, esc(v.statusLabel()));
        if (v.policy) {
            const PolicyHolder& p = *v.policy;
            html += QStringLiteral("<p>%1 &middot; %2<br>%3</p>")
                        .arg(esc(p.policyNumber), esc(p.nameEn.isEmpty() ? p.nameTh : p.nameEn),
                            esc(tr("%1 to %2")
                                    .arg(p.startDate.toString(Qt::ISODate),
                                        p.endDate.toString(Qt::ISODate))));
            if (p.type == ClaimType::Health)
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(tr("%1: in-patient %2, out-patient %3, room %4 a night")
                                         .arg(p.plan, p.coverageIpd.toDisplayString(),
                                             p.coverageOpd.toDisplayString(),
                                             p.roomPerNight.toDisplayString())));
            else
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(tr("%1 %2 (%3), %4: cover %5, deductible %6")
                                         .arg(p.vehicleBrand, p.vehicleModel, p.vehiclePlate,
                                             p.coverageType, p.coverageAmount.toDisplayString(),
                                             p.deductible.toDisplayString())));
        }
        for (const QString& w : v.warnings)
            html += QStringLiteral("<p style='color:#b26a00'>%1</p>").arg(esc(w));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(review.verificationProblem));
    }

    html += tr("<h3>Billed items</h3>");
    if (review.libraryEmpty) {
        html += tr("<p>The policy library is empty: import a policy document to check items.</p>");
    } else if (review.checks.isEmpty()) {
        html += tr("<p>No billed items on this claim yet.</p>");
    } else {
        html += QStringLiteral(
            "<table cellpadding='4' border='1' style='border-collapse:collapse'>");
        html += tr("<tr><th>Item</th><th>Decision</th><th>Clause</th><th>Alternatives</th></tr>");
        for (const LineItemCheck& c : review.checks) {
            const QString color = c.allowed ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
            const QString decision = c.allowed ? tr("Allowed") : tr("Excluded");
            const QString clause = c.clause ? highlighted(c.clause->clause.text, c.matchedWords)
                    + QStringLiteral("<br><i>%1</i>").arg(esc(c.clause->clauseId))
                                            : QString();
            html += QStringLiteral(
                "<tr><td>%1</td><td><span "
                "style='color:%2'><b>%3</b></span><br>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(esc(c.item), color, esc(decision), esc(c.reason), clause,
                            esc(c.alternatives.join(QStringLiteral("; "))));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("Approval probability: %1%").arg(review.approvalProbability)));
    if (!review.clinicalCoherenceChecked)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("Clinical coherence check: skipped (it needs a language model; "
                                "ClaimDesk is offline)")));
    m_view->setHtml(html);
}

} // namespace ClaimDesk

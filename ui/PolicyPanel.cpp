#include "PolicyPanel.h"

#include "AppSettings.h"
#include "RichText.h"
#include "UiTr.h"
#include "claims/ReviewEdits.h"
#include "llm/LlmPolicyReasoner.h"
#include "llmsession/LlmSession.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ClaimDesk {

namespace {

// The clause with the words that matched the item in bold.
QString highlighted(const QString& clause, const QStringList& words)
{
    QString html = RichText::escaped(clause);
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

PolicyPanel::PolicyPanel(DatabaseLocation location, ReviewEdits* edits, QWidget* parent)
    : QWidget(parent)
    , m_edits(edits)
{
    m_job = new ClaimPolicyReviewJob(location, this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("policyView"));
    m_record = new QPushButton(UiTr::tr("&Record these checks on the claim"), this);
    m_record->setObjectName(QStringLiteral("recordChecks"));
    m_record->setEnabled(false);
    connect(m_record, &QPushButton::clicked, this, &PolicyPanel::recordChecks);
    m_askModel = new QPushButton(UiTr::tr("Check clinical &coherence"), this);
    m_askModel->setObjectName(QStringLiteral("checkClinical"));
    m_askModel->setToolTip(
        UiTr::tr("Ask the language model whether the items fit the diagnosis, and "
                 "for alternatives to excluded items. Advice only: the decisions "
                 "stay the policy's."));
    m_askModel->setEnabled(false);
    connect(m_askModel, &QPushButton::clicked, this, &PolicyPanel::askModel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_askModel);
    buttons->addStretch(1);
    buttons->addWidget(m_record);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    connect(m_job, &ClaimPolicyReviewJob::ready, this, &PolicyPanel::reviewReady);
    connect(m_job, &ClaimPolicyReviewJob::failed, this,
        [this](const QString& claimId, const QString& message) {
            if (claimId == m_claimId)
                m_view->setHtml(QStringLiteral("<p>%1</p>").arg(RichText::escaped(message)));
        });
    rebuildReasoner();
}

void PolicyPanel::setLlmSession(LlmSession* session)
{
    m_llm = session;
    if (m_llm)
        connect(m_llm, &LlmSession::changed, this, &PolicyPanel::rebuildReasoner);
    rebuildReasoner();
}

void PolicyPanel::rebuildReasoner()
{
    // A question in flight on the old client goes with it.
    delete m_reasoner;
    m_reasoner = new LlmPolicyReasoner(m_llm ? m_llm->client() : nullptr, this);
    connect(m_reasoner, &PolicyReasoner::reasoningReady, this, &PolicyPanel::reasoningReady);
    m_answers.clear(); // another model may answer otherwise
    m_job->setEmbeddingFactory(m_llm ? m_llm->embeddingFactory() : EmbeddingFactory());
    // Checked again: the ranking may now use the new model's embeddings, and no
    // answer of the old model stays on screen.
    if (!m_claimId.isEmpty())
        showClaim(m_claimId);
}

void PolicyPanel::setRules(const RuleSet& rules)
{
    m_job->setRules(rules);
}

void PolicyPanel::showClaim(const QString& claimId)
{
    m_claimId = claimId;
    m_review.reset();
    m_asking = false;
    m_record->setEnabled(false);
    m_askModel->setEnabled(false);
    if (claimId.isEmpty()) {
        m_view->setHtml(RichText::paragraph(UiTr::tr("Select a claim to see its policy.")));
        return;
    }
    m_view->setHtml(RichText::paragraph(UiTr::tr("Checking the policy...")));
    m_job->request(claimId, QDate::currentDate());
}

QString PolicyPanel::plainText() const
{
    return m_view->toPlainText();
}

void PolicyPanel::recordChecks()
{
    if (!m_review)
        return;
    // the model's advice goes with the checks when it was asked
    m_record->setEnabled(false); // until the answer
    m_edits->recordPolicyChecks(m_claimId, m_review->checks, AppSettings::userName(),
        m_review->reasoning, m_review->reasoningInput(), this,
        [this, claimId = m_claimId](const Status& s) {
            const bool onShow = claimId == m_claimId && m_review;
            if (!s) {
                // Said by its owner, naming the claim: another may be on show by now.
                Q_EMIT recordFailed(
                    UiTr::tr("The checks on %1 were not recorded: %2").arg(claimId, s.error()));
                m_record->setEnabled(onShow);
                return;
            }
            if (onShow)
                m_record->setText(UiTr::tr("Recorded"));
        });
}

void PolicyPanel::reviewReady(const ClaimPolicyReview& review)
{
    if (review.claimId != m_claimId)
        return;
    m_review = review;
    m_record->setText(UiTr::tr("&Record these checks on the claim"));
    m_record->setEnabled(!review.checks.isEmpty());
    const auto known = m_answers.constFind(reasoningKey());
    if (known != m_answers.cend())
        m_review->applyReasoning(*known);
    render();
}

void PolicyPanel::askModel()
{
    if (!m_review || !m_reasoner->isAvailable() || !m_review->needsClinicalCheck())
        return;
    m_asking = true;
    m_reasoner->requestReasoning(
        m_review->claimId, m_review->diagnosis, m_review->checks, m_review->treatmentNotes);
    render();
}

void PolicyPanel::reasoningReady(const QString& claimId, const PolicyReasoning& reasoning)
{
    if (!m_review || claimId != m_review->claimId)
        return;
    m_asking = false;
    if (reasoning.checked) // a failure is asked again next time
        m_answers.insert(reasoningKey(), reasoning);
    m_review->applyReasoning(reasoning);
    render();
}

QString PolicyPanel::reasoningKey() const
{
    return m_review->claimId + u'/' + m_review->reasoningInput();
}

QString PolicyPanel::clinicalHtml() const
{
    const PolicyReasoning& r = m_review->reasoning;
    if (m_asking)
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(RichText::escaped(UiTr::tr("Clinical coherence check: asking the model...")));
    if (!r.checked && !r.error.isEmpty())
        return QStringLiteral("<p style='color:#b26a00'>%1</p>")
            .arg(RichText::escaped(
                UiTr::tr("Clinical coherence check failed: %1. The policy checks above stand.")
                    .arg(r.error)));
    if (!r.checked && m_reasoner->isAvailable() && m_review->needsClinicalCheck())
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(RichText::escaped(
                UiTr::tr("Clinical coherence check: not asked yet. \"Check clinical coherence\" "
                         "asks the model whether the items fit the diagnosis.")));
    if (!r.checked)
        return QStringLiteral("<p><i>%1</i></p>")
            .arg(RichText::escaped(!r.skipReason.isEmpty()
                    ? UiTr::tr("Clinical coherence check: skipped (%1)").arg(r.skipReason)
                    : UiTr::tr("Clinical coherence check: skipped (it needs a language model; "
                               "ClaimDesk is offline)")));
    QString html = RichText::heading(UiTr::tr("Clinical coherence"));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(RichText::escaped(
                    UiTr::tr("Checked by %1 against the diagnosis \"%2\". Advice for the "
                             "adjuster: it does not change the decisions above.")
                        .arg(r.model.isEmpty() ? UiTr::tr("the model") : r.model,
                            m_review->diagnosis)));
    if (r.recordedAt.isValid())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(RichText::escaped(UiTr::tr("Kept with the checks recorded on %1.")
                                               .arg(QLocale().toString(r.recordedAt.toLocalTime(),
                                                   QLocale::ShortFormat))));
    if (r.flags.isEmpty())
        return html
            + QStringLiteral("<p style='color:#2e7d32'>%1</p>")
                  .arg(RichText::escaped(
                      UiTr::tr("No clinical flags: every item fits the diagnosis.")));
    html += QStringLiteral("<ul>");
    for (const ClinicalFlag& f : r.flags) {
        html += QStringLiteral("<li><span style='color:#c62828'><b>%1</b></span> %2")
                    .arg(RichText::escaped(f.item), RichText::escaped(f.reason));
        if (!f.alternatives.isEmpty())
            html += QStringLiteral("<br>%1").arg(
                RichText::escaped(UiTr::tr("Fits the diagnosis instead: %1")
                                      .arg(f.alternatives.join(QStringLiteral("; ")))));
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

void PolicyPanel::render()
{
    const ClaimPolicyReview& review = *m_review;
    QString html = RichText::heading(UiTr::tr("Policy holder"));
    if (review.verification) {
        const PolicyVerification& v = *review.verification;
        const QString color = v.covered() ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
        html += QStringLiteral("<p><span style='color:%1'><b>%2</b></span></p>")
                    .arg(color, RichText::escaped(v.statusLabel()));
        if (v.policy) {
            const PolicyHolder& p = *v.policy;
            html += QStringLiteral("<p>%1 &middot; %2<br>%3</p>")
                        .arg(RichText::escaped(p.policyNumber),
                            RichText::escaped(p.nameEn.isEmpty() ? p.nameTh : p.nameEn),
                            RichText::escaped(UiTr::tr("%1 to %2")
                                                  .arg(p.startDate.toString(Qt::ISODate),
                                                      p.endDate.toString(Qt::ISODate))));
            if (p.type == ClaimType::Health)
                html += QStringLiteral("<p>%1</p>")
                            .arg(RichText::escaped(
                                UiTr::tr("%1: in-patient %2, out-patient %3, room %4 a night")
                                    .arg(p.plan, p.coverageIpd.toDisplayString(),
                                        p.coverageOpd.toDisplayString(),
                                        p.roomPerNight.toDisplayString())));
            else
                html += QStringLiteral("<p>%1</p>")
                            .arg(RichText::escaped(
                                UiTr::tr("%1 %2 (%3), %4: cover %5, deductible %6")
                                    .arg(p.vehicleBrand, p.vehicleModel, p.vehiclePlate,
                                        p.coverageType, p.coverageAmount.toDisplayString(),
                                        p.deductible.toDisplayString())));
        }
        for (const QString& w : v.warnings)
            html += QStringLiteral("<p style='color:#b26a00'>%1</p>").arg(RichText::escaped(w));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(RichText::escaped(review.verificationProblem));
    }

    if (!review.implausibilities.isEmpty()) {
        html += RichText::heading(UiTr::tr("Plausibility")) + QStringLiteral("<ul>");
        for (const QString& finding : review.implausibilities)
            html += QStringLiteral("<li style='color:#c62828'>%1</li>")
                        .arg(RichText::escaped(finding));
        html += QStringLiteral("</ul>");
    }

    html += RichText::heading(UiTr::tr("Billed items"));
    if (review.libraryEmpty) {
        html += RichText::paragraph(
            UiTr::tr("The policy library is empty: import a policy document to check items."));
    } else if (review.checks.isEmpty()) {
        html += RichText::paragraph(UiTr::tr("No billed items on this claim yet."));
    } else {
        html += QStringLiteral(
            "<table cellpadding='4' border='1' style='border-collapse:collapse'>");
        html += RichText::headerRow({ UiTr::tr("Item"), UiTr::tr("Decision"), UiTr::tr("Clause"),
            UiTr::tr("Alternatives") });
        for (const LineItemCheck& c : review.checks) {
            const QString color = c.needsReview ? QStringLiteral("#b26a00")
                : c.allowed                     ? QStringLiteral("#2e7d32")
                                                : QStringLiteral("#c62828");
            const QString decision = c.needsReview ? UiTr::tr("To review")
                : c.allowed                        ? UiTr::tr("Allowed")
                                                   : UiTr::tr("Excluded");
            const QString clause = c.clause ? highlighted(c.clause->clause.text, c.matchedWords)
                    + QStringLiteral("<br><i>%1</i>").arg(RichText::escaped(c.clause->clauseId))
                                            : QString();
            QString alternatives = RichText::escaped(c.alternatives.join(QStringLiteral("; ")));
            if (!c.suggestedAlternatives.isEmpty())
                alternatives
                    += QStringLiteral("<i>%1</i>")
                           .arg(RichText::escaped(
                               UiTr::tr("Suggested by the model for the diagnosis: %1")
                                   .arg(c.suggestedAlternatives.join(QStringLiteral("; ")))));
            html += QStringLiteral(
                "<tr><td>%1</td><td><span "
                "style='color:%2'><b>%3</b></span><br>%4</td><td>%5</td><td>%6</td></tr>")
                        .arg(RichText::escaped(c.item), color, RichText::escaped(decision),
                            RichText::escaped(c.reason), clause, alternatives);
        }
        html += QStringLiteral("</table>");
    }
    QStringList pointsOff;
    if (review.reasoning.countedFlags() > 0)
        pointsOff << UiTr::tr("20 points off for the clinical flag");
    if (review.implausibilityPoints > 0)
        pointsOff << UiTr::tr("%1 points off for the plausibility findings")
                         .arg(review.implausibilityPoints);
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(RichText::escaped(pointsOff.isEmpty()
                        ? UiTr::tr("Approval probability: %1%").arg(review.approvalProbability)
                        : UiTr::tr("Approval probability: %1% (%2)")
                              .arg(review.approvalProbability)
                              .arg(pointsOff.join(QStringLiteral("; ")))));
    html += clinicalHtml();
    m_view->setHtml(html);
    m_askModel->setEnabled(!m_asking && m_reasoner->isAvailable() && review.needsClinicalCheck());
}

} // namespace ClaimDesk

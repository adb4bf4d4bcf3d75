#include "AgentPanel.h"

#include "AppSettings.h"
#include "RichText.h"
#include "UiTr.h"
#include "claims/ReviewEdits.h"
#include "llm/LlmDecisionAgent.h"
#include "llmsession/LlmSession.h"
#include "report/ClaimJson.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ClaimDesk {

AgentPanel::AgentPanel(ReviewEdits* edits, QWidget* parent)
    : QWidget(parent)
    , m_edits(edits)
{
    m_opinions = new QTextBrowser(this);
    m_opinions->setObjectName(QStringLiteral("agentOpinions"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("agentState"));
    m_state->setWordWrap(true);
    m_ask = new QPushButton(UiTr::tr("As&k the model"), this);
    m_ask->setObjectName(QStringLiteral("askAgent"));
    m_ask->setToolTip(UiTr::tr("The model decides the claim through the bronze, silver and gold "
                               "steps; its opinion is kept beside the rules' decision"));
    m_accept = new QPushButton(UiTr::tr("A&ccept the model's decision..."), this);
    m_accept->setObjectName(QStringLiteral("acceptAgent"));
    connect(m_ask, &QPushButton::clicked, this, &AgentPanel::askModel);
    connect(m_accept, &QPushButton::clicked, this, &AgentPanel::acceptLatest);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_ask);
    buttons->addStretch(1);
    buttons->addWidget(m_accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_opinions, 1);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    rebuildAgent();
}

void AgentPanel::setLlmSession(LlmSession* session)
{
    m_llm = session;
    if (m_llm)
        connect(m_llm, &LlmSession::changed, this, &AgentPanel::rebuildAgent);
    rebuildAgent();
}

void AgentPanel::rebuildAgent()
{
    delete m_agent;
    m_agent = new LlmDecisionAgent(m_llm ? m_llm->client() : nullptr, this);
    connect(m_agent, &DecisionAgent::opinionReady, this, &AgentPanel::recordOpinion);
    refresh();
}

void AgentPanel::showClaim(const QString& claimId)
{
    if (claimId != m_claimId)
        m_lastProblem.clear();
    m_claimId = claimId;
    m_shownOpinions.reset(); // until the claim's view arrives
    refresh();
}

void AgentPanel::showView(const ClaimView& view)
{
    if (view.claim.id != m_claimId)
        return;
    m_claim = view.claim;
    m_shownOpinions = view.opinions;
    refresh();
}

void AgentPanel::refresh()
{
    const bool available = m_agent->isAvailable();
    m_ask->setEnabled(!m_claimId.isEmpty() && available);
    m_accept->setEnabled(false);
    m_latestOpinion = 0;
    if (m_claimId.isEmpty()) {
        m_opinions->clear();
        m_state->clear();
        return;
    }
    m_state->setText(!available
            ? UiTr::tr("No language model is configured (Settings > Model): agent "
                       "mode is off, the rules' decision stands.")
            : m_lastProblem); // what the last answer or acceptance hit
    const std::optional<QList<StoredOpinion>>& opinions = m_shownOpinions;
    if (!opinions) {
        m_opinions->clear();
        return;
    }
    if (opinions->isEmpty()) {
        m_opinions->setHtml(
            RichText::paragraph(UiTr::tr("The model has not been asked about this claim.")));
        return;
    }
    QString html;
    // Newest first: the one a reviewer would accept.
    for (qsizetype i = opinions->size() - 1; i >= 0; --i) {
        const StoredOpinion& o = opinions->at(i);
        const QString decision = o.opinion.decision ? finalDecisionLabel(*o.opinion.decision)
                                                    : UiTr::tr("no decision");
        html
            += QStringLiteral("<h3>%1</h3><p>%2</p>")
                   .arg(UiTr::tr("%1 (confidence %2)")
                            .arg(decision.toHtmlEscaped(),
                                o.opinion.confidence
                                    ? QLocale().toString(*o.opinion.confidence, 'f', 2)
                                    : QStringLiteral("-")),
                       UiTr::tr("%1, %2, prompt %3")
                           .arg(QLocale().toString(o.decidedAt.toLocalTime(), QLocale::ShortFormat),
                               o.opinion.model.toHtmlEscaped(),
                               o.opinion.promptVersion.toHtmlEscaped()));
        if (!o.opinion.reasoning.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(o.opinion.reasoning.toHtmlEscaped());
        if (!o.opinion.error.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(o.opinion.error.toHtmlEscaped());
        if (!o.acceptedBy.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(UiTr::tr("Accepted by %1 on %2")
                                 .arg(o.acceptedBy.toHtmlEscaped(),
                                     QLocale().toString(
                                         o.acceptedAt.toLocalTime(), QLocale::ShortFormat)));
        html += QStringLiteral("<hr>");
    }
    m_opinions->setHtml(html);
    const StoredOpinion& latest = opinions->last();
    m_latestOpinion = latest.id;
    m_accept->setEnabled(latest.opinion.decision.has_value() && latest.acceptedBy.isEmpty());
}

void AgentPanel::askModel()
{
    if (m_claimId.isEmpty() || !m_agent->isAvailable())
        return;
    if (!m_claim || m_claim->id != m_claimId)
        return; // still being read
    m_ask->setEnabled(false);
    m_state->setText(UiTr::tr("Asking %1...").arg(m_llm->config().label()));
    // The model sees the claim as the rules did, without the claimant's identity.
    m_agent->requestOpinion(m_claimId,
        QString::fromUtf8(QJsonDocument(ClaimJson::claimWithoutIdentity(*m_claim))
                              .toJson(QJsonDocument::Indented)));
}

void AgentPanel::recordOpinion(const QString& claimId, const AgentOpinion& opinion)
{
    m_edits->recordOpinion(
        claimId, opinion, this, [this, claimId, opinion](const Result<qint64>& stored) {
            if (claimId == m_claimId) {
                m_ask->setEnabled(m_agent->isAvailable());
                m_lastProblem = !stored ? stored.error()
                    : !opinion.decision
                    ? UiTr::tr("No opinion from the model: %1").arg(opinion.error)
                    : QString();
                m_state->setText(m_lastProblem);
            }
            Q_EMIT opinionsChanged(claimId); // its owner reads the claim again
        });
}

void AgentPanel::acceptLatest()
{
    if (m_latestOpinion == 0)
        return;
    const auto answer = QMessageBox::question(this, UiTr::tr("Accept the model's decision"),
        UiTr::tr(
            "Record that you, %1, accept the model's decision on %2? The rules' decision stays "
            "in the claim's history.")
            .arg(AppSettings::userName(), m_claimId));
    if (answer != QMessageBox::Yes)
        return;
    m_accept->setEnabled(false); // until the answer
    m_edits->acceptOpinion(
        m_latestOpinion, this, [this, claimId = m_claimId](const Status& accepted) {
            if (claimId == m_claimId) {
                m_lastProblem = accepted ? QString() : accepted.error();
                m_state->setText(m_lastProblem);
            }
            Q_EMIT opinionsChanged(claimId);
        });
}

} // namespace ClaimDesk

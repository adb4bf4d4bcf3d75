#include "ClaimSummaryBox.h"

#include "UiTr.h"
#include "i18n/Translations.h"
#include "llm/LlmClient.h"
#include "llm/LlmSummarizer.h"
#include "llmsession/LlmSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClaimDesk {

ClaimSummaryBox::ClaimSummaryBox(RuleSet rules, QWidget* parent)
    : QGroupBox(UiTr::tr("Summary"), parent)
    , m_rules(std::move(rules))
{
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("claimSummary"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("summarySource"));
    m_source->setWordWrap(true);
    QFont small = m_source->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_source->setFont(small);
    m_summarize = new QPushButton(UiTr::tr("Su&mmarize"), this);
    m_summarize->setObjectName(QStringLiteral("summarize"));
    m_summarize->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_summarize->setToolTip(UiTr::tr("A 3-4 sentence summary: from the language model when one is "
                                     "configured, else written from the claim and its decision "
                                     "(Ctrl+Shift+S)"));
    connect(m_summarize, &QPushButton::clicked, this, &ClaimSummaryBox::summaryRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    auto* row = new QHBoxLayout;
    row->addWidget(m_source, 1);
    row->addWidget(m_summarize, 0, Qt::AlignTop);
    layout->addLayout(row);
    rebuildSummarizer();
}

void ClaimSummaryBox::setLlmSession(LlmSession* session)
{
    m_llm = session;
    if (m_llm)
        connect(m_llm, &LlmSession::changed, this, &ClaimSummaryBox::rebuildSummarizer,
            Qt::UniqueConnection);
    rebuildSummarizer();
}

void ClaimSummaryBox::setRules(RuleSet rules)
{
    m_rules = std::move(rules);
    rebuildSummarizer();
}

void ClaimSummaryBox::rebuildSummarizer()
{
    // A summary in flight on the old client or rules is dropped with it.
    delete m_summarizer;
    m_summarizer = new LlmSummarizer(m_llm ? m_llm->client() : nullptr, m_rules, this);
    connect(m_summarizer, &LlmSummarizer::textDelta, this,
        [this](const QString& claimId, const QString& text) {
            if (claimId == m_claimId)
                m_text->setText(m_text->text() + text);
        });
    connect(m_summarizer, &LlmSummarizer::streamRestarted, this, [this](const QString& claimId) {
        if (claimId == m_claimId)
            m_text->clear();
    });
    connect(m_summarizer, &LlmSummarizer::summaryReady, this, &ClaimSummaryBox::showSummary);
    m_summarize->setEnabled(!m_claimId.isEmpty());
}

void ClaimSummaryBox::showClaim(const QString& claimId)
{
    m_claimId = claimId;
    m_summarizer->cancel();
    m_text->clear();
    m_source->clear();
}

void ClaimSummaryBox::setReady(bool ready)
{
    m_summarize->setEnabled(ready);
}

void ClaimSummaryBox::summarize(const Claim& claim, const std::optional<StoredDecision>& decision)
{
    m_text->clear();
    m_summarize->setEnabled(false);
    m_source->setText(m_llm && m_llm->client()
            ? UiTr::tr("Asking %1...").arg(m_llm->config().label())
            : UiTr::tr("Writing the factual summary..."));
    m_summarizer->summarize(claim, decision, Translations::current());
}

void ClaimSummaryBox::showSummary(const QString& claimId, const ClaimSummary& summary)
{
    if (claimId != m_claimId)
        return;
    m_summarize->setEnabled(true);
    m_text->setText(summary.text);
    if (summary.source == u"llm")
        m_source->setText(UiTr::tr("From the language model (%1); %2 tokens in, %3 out. Check it "
                                   "against the claim.")
                              .arg(m_llm ? m_llm->config().label() : QString())
                              .arg(summary.tokensIn)
                              .arg(summary.tokensOut));
    else if (!summary.modelError.isEmpty())
        m_source->setText(UiTr::tr(
            "Factual summary from the claim and its decision; the model's was not used: %1")
                              .arg(summary.modelError));
    else
        m_source->setText(UiTr::tr("Factual summary from the claim and its decision."));
}

} // namespace ClaimDesk

#include "IntakeReplyPhraser.h"

#include "intake/IntakeTr.h"
#include "llm/LlmCall.h"
#include "llm/LlmClient.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

namespace ClaimDesk {

namespace {

constexpr const char* PromptVersion = "intake-phrase-1";
constexpr int TimeoutMs = 20000;

} // namespace

IntakeReplyPhraser::IntakeReplyPhraser(QObject* parent)
    : QObject(parent)
{ }

bool IntakeReplyPhraser::isActive() const
{
    return m_client && m_client->isConfigured();
}

QStringList IntakeReplyPhraser::missingFacts(const QString& original, const QString& candidate)
{
    // claim IDs, policy numbers, amounts, dates and times: every word with a digit
    static const QRegularExpression fact(QStringLiteral("[\\w-]*\\d[\\w.,:/-]*"));
    QStringList missing;
    auto it = fact.globalMatch(original);
    while (it.hasNext()) {
        QString f = it.next().captured(0);
        while (!f.isEmpty() && QStringLiteral(".,:/-").contains(f.back()))
            f.chop(1);
        if (!f.isEmpty() && !candidate.contains(f) && !missing.contains(f))
            missing << f;
    }
    return missing;
}

void IntakeReplyPhraser::phrase(
    const Bilingual& text, ReplyLanguage language, const QString& claimId)
{
    cancel();
    const QString original = text.in(language);
    if (!isActive()) {
        QTimer::singleShot(0, this,
            [this, original] { Q_EMIT finished(original, QStringLiteral("template"), QString()); });
        return;
    }
    LlmRequest r;
    r.operation = LlmOperation::Chat;
    r.claimId = claimId;
    r.promptVersion = QString::fromLatin1(PromptVersion);
    r.maxTokens = 700;
    r.temperature = 0.4;
    r.stream = true;
    r.totalTimeoutMs = TimeoutMs;
    r.system = QStringLiteral(
        "You are the friendly claims assistant of an insurance company, talking to a customer "
        "who is filing a claim. Rewrite the assistant message you are given so it reads warmly "
        "and clearly. Keep its meaning and every fact exactly: claim IDs, policy numbers, "
        "amounts, dates, times, document names and lists. Do not add facts, promises or "
        "questions of your own. %1 Answer with the rewritten message only.")
                   .arg(language == ReplyLanguage::Thai ? QStringLiteral("Write in Thai.")
                           : language == ReplyLanguage::English
                           ? QStringLiteral("Write in English.")
                           : QStringLiteral("Write it in Thai first, then the same in English, "
                                            "separated by a blank line."));
    r.messages.append(
        { LlmMessage::Role::User, untrustedData(QStringLiteral("message"), original), {} });
    m_streamed.clear();
    m_call = m_client->send(r);
    connect(m_call, &LlmCall::textDelta, this, [this](const QString& t) {
        m_streamed += t;
        Q_EMIT delta(m_streamed);
    });
    connect(m_call, &LlmCall::streamRestarted, this, [this] {
        m_streamed.clear();
        Q_EMIT delta(m_streamed);
    });
    connect(m_call, &LlmCall::finished, this, [this, original](const LlmOutcome& o) {
        m_call = nullptr;
        QString problem = o.ok() ? QString() : o.error;
        const QString phrased = o.text.trimmed();
        if (problem.isEmpty() && phrased.isEmpty())
            problem = IntakeTr::tr("the model answered with nothing");
        if (problem.isEmpty()) {
            if (const QStringList lost = missingFacts(original, phrased); !lost.isEmpty())
                problem = IntakeTr::tr("the model's wording dropped %1")
                              .arg(lost.join(QStringLiteral(", ")));
        }
        if (problem.isEmpty())
            Q_EMIT finished(phrased, QStringLiteral("llm"), QString());
        else
            Q_EMIT finished(original, QStringLiteral("template"), problem);
    });
}

void IntakeReplyPhraser::cancel()
{
    if (m_call) {
        LlmCall* call = m_call;
        m_call = nullptr;
        disconnect(call, nullptr, this, nullptr);
        call->cancel();
    }
}

} // namespace ClaimDesk

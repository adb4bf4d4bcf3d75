#pragma once

#include "intake/Bilingual.h"

#include <QObject>
#include <QPointer>

namespace ClaimDesk {

class LlmCall;
class LlmClient;

// Has the model phrase an intake reply for the customer, streamed. The engine has
// already decided what happens and written the facts; the model only rewrites
// them more warmly. An answer that drops a fact (a claim ID, a number, a date)
// or fails in any way is replaced by the engine's own text, so a model can make a
// reply friendlier but never wrong.
class IntakeReplyPhraser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeReplyPhraser)

public:
    explicit IntakeReplyPhraser(QObject* parent = nullptr);
    // Not owned; null or unconfigured means templates only.
    void setClient(LlmClient* client) { m_client = client; }
    bool isActive() const;

    // Starts phrasing; delta() follows as text arrives, then finished() once.
    // Without a model, finished() follows at once (queued) with the template.
    void phrase(const Bilingual& text, ReplyLanguage language, const QString& claimId);
    void cancel();

    // The numbers and IDs of `original` that `candidate` lost; empty when none.
    static QStringList missingFacts(const QString& original, const QString& candidate);

Q_SIGNALS:
    void delta(const QString& textSoFar);
    // source: "llm" or "template"; problem: why the model's words were not used.
    void finished(const QString& text, const QString& source, const QString& problem);

private:
    QPointer<LlmClient> m_client;
    QPointer<LlmCall> m_call;
    QString m_streamed;
};

} // namespace ClaimDesk

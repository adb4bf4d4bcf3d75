#pragma once

#include "decision/ClaimRecord.h"
#include "domain/AgentOpinion.h"
#include "domain/ClaimTypes.h"
#include "util/Result.h"

#include <QObject>
#include <QString>
#include <optional>

namespace ClaimDesk {

// Agent mode (seed 002): a language model reads the same claim through bronze,
// silver and gold prompts and gives its own decision. Its opinion is stored beside
// the rule result (table agent_decisions) and never replaces it unless a reviewer
// accepts it; a model failure never blocks a claim. The LLM providers implement
// this interface; without one configured, agent mode is off.
class DecisionAgent : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    // Asks asynchronously; answers with opinionReady (always, failures included).
    virtual void requestOpinion(const QString& claimId, const QString& claimJson) = 0;

Q_SIGNALS:
    void opinionReady(const QString& claimId, const ClaimDesk::AgentOpinion& opinion);
};

} // namespace ClaimDesk

Q_DECLARE_METATYPE(ClaimDesk::AgentOpinion)

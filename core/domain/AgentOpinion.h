#pragma once

#include "domain/ClaimTypes.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace ClaimDesk {

// A language model's own decision on a claim (agent mode), kept beside the
// rules' decision and never replacing it unless a reviewer accepts it.
struct AgentOpinion
{
    QString model;
    QString promptVersion;
    std::optional<FinalDecision> decision; // empty when the model gave no usable answer
    std::optional<double> confidence; // 0..1, as the model states it
    QString reasoning;
    QString error; // why there is no decision, when there is none
};

// A model's opinion as stored beside the rule decision it was asked about.
struct StoredOpinion
{
    qint64 id = 0;
    QString claimId;
    std::optional<qint64> decisionId; // the rule decision of record at the time
    QDateTime decidedAt;
    AgentOpinion opinion;
    QString acceptedBy; // empty until a reviewer accepts the model's decision
    QDateTime acceptedAt;
};

} // namespace ClaimDesk

#pragma once

#include "domain/ClaimTypes.h"

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

} // namespace ClaimDesk

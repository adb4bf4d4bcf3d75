#pragma once

#include "policy/PolicyReasoning.h"

#include <QObject>

namespace ClaimDesk {

// The model's part of a policy review (seed 003 phases 5 and 6): the clinical
// coherence of the claim's items with its diagnosis, and alternatives for
// excluded items the policy offers none for. The LLM providers implement it;
// without one configured there is none and the review says the check was
// skipped.
class PolicyReasoner : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    // Asks asynchronously; always answers with reasoningReady, failures included.
    // A new request replaces the one in flight.
    virtual void requestReasoning(const QString& claimId, const QString& diagnosis,
        const QList<LineItemCheck>& checks, const QString& treatmentNotes)
        = 0;

Q_SIGNALS:
    void reasoningReady(const QString& claimId, const ClaimDesk::PolicyReasoning& reasoning);
};

} // namespace ClaimDesk

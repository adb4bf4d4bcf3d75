#pragma once

#include "domain/ClaimTypes.h"
#include "util/Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace ClaimDesk {

struct LineItem
{
    QString description;
    Money amount;

    friend bool operator==(const LineItem&, const LineItem&) = default;
};

// What an adjuster or an import knows when a claim is opened.
struct NewClaim
{
    ClaimType type = ClaimType::Health;
    ClaimStatus status = ClaimStatus::Submitted;
    std::optional<Money> amount;
    QString claimantNationalId;
    QString claimantName;
    QString providerName;
    QString diagnosisCode;
    QString treatmentNotes;
    QDate serviceDate;
    QList<LineItem> lineItems;
    bool inNetwork = true;
    bool emergency = false;
    QString memo;
    QString assignee;
    QString priorApproval; // the insurer's approval reference, empty if none
};

// Changes to a claim's details; fields left empty stay as they are.
struct ClaimEdit
{
    std::optional<Money> amount;
    std::optional<bool> inNetwork;
    std::optional<bool> emergency;
    std::optional<QString> providerName;
    std::optional<QString> diagnosisCode;
    std::optional<QString> treatmentNotes;
    std::optional<QString> claimantName;
    std::optional<QString> claimantNationalId;
    std::optional<QString> assignee;
    std::optional<QDate> serviceDate;
    std::optional<QString> priorApproval;
    std::optional<QList<LineItem>> lineItems;

    bool isEmpty() const
    {
        return !amount && !inNetwork && !emergency && !providerName && !diagnosisCode
            && !treatmentNotes && !claimantName && !claimantNationalId && !assignee && !serviceDate
            && !priorApproval && !lineItems;
    }
};

// A claim as stored, with the current decision's headline figures.
struct Claim : NewClaim
{
    QString id; // H-20260129-000001
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime submittedAt;
    int version = 0; // optimistic locking: bumped by every change
    bool escalated = false;

    // Denormalised from the current decision, for the triage queue.
    RiskLevel riskLevel = RiskLevel::None;
    std::optional<int> riskScore;
    Priority priority = Priority::None;
    std::optional<FinalDecision> finalDecision;
    Money reimbursement;
};

} // namespace ClaimDesk

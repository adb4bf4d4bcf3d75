#pragma once

#include "domain/ClaimTypes.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace ClaimDesk {

// The claim type a customer's words point to, by seed 004's keyword scoring:
// each keyword of a type found in the message counts one; the higher count wins,
// and a tie or no keyword at all gives no type (the engine then asks).
struct ClaimTypeGuess
{
    int carScore = 0;
    int healthScore = 0;
    std::optional<ClaimType> type;
};

// What a customer's message asks for, told by Thai and English word lists. Thai
// is written without spaces between words, so Thai keywords are found inside the
// text; English ones must be whole words.
namespace IntakeKeywords {

ClaimTypeGuess detectClaimType(const QString& message);

// ยกเลิก, cancel, เริ่มใหม่, restart, stop, as the message itself or the start of a
// short one ("cancel my claim"): "the car did not stop" is not a cancel.
bool isCancel(const QString& message);
bool asksForPerson(const QString& message);
bool asksForStatus(const QString& message);
bool asksForAppointment(const QString& message);
bool asksAboutCoverage(const QString& message);
bool asksToSubmit(const QString& message);
// "customer" or "other_party" when the message says whose licence it is.
QString licenceOwner(const QString& message);
// A 13-digit number written in the message, with or without spaces and dashes.
QString nationalIdIn(const QString& message);
// A claim ID (H-20260129-000001) written in the message.
QString claimIdIn(const QString& message);
// The message without the coverage words and common question words, for a search
// of the policy library ("is panadol covered?" -> "panadol").
QString coverageSubject(const QString& message);

// The word lists, for tests and the documentation.
QStringList carKeywords();
QStringList healthKeywords();
QStringList cancelKeywords();

} // namespace IntakeKeywords
} // namespace ClaimDesk

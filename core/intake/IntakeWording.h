#pragma once

#include "domain/ClaimTypes.h"
#include "domain/Document.h"
#include "intake/Bilingual.h"
#include "intake/IntakeError.h"

#include <optional>
#include <utility>

namespace ClaimDesk {

struct LineItemCheck;
struct PolicyVerification;

// The words of the chat intake that do not depend on where the conversation
// stands: names of types, statuses, fields and licence owners, what was read
// from a document, and the policy's answers (a verification, a coverage
// question). The engine decides which to say; these say it, in Thai and English.
// Pure functions, any thread.
namespace IntakeWording {

Bilingual typeName(ClaimType type);
Bilingual statusName(ClaimStatus status);
Bilingual fieldName(const QString& name);
// "yours" or "the other party's"
Bilingual ownerName(const QString& owner);
// `lead` followed by `more`, with a space between them when lead ends a sentence.
Bilingual then(const Bilingual& lead, const Bilingual& more);
// "Total paid: 123.45 · Date: 2018-12-25": the first fields read, items counted.
Bilingual summaryOf(const QList<ExtractedField>& fields);
// A moment as the customer reads it: "2026-12-04 10:00", office time.
Bilingual when(const QDateTime& at);

// Why the verified policy does not cover a claim of `type` made today, with the
// error code; none when it is active.
std::optional<std::pair<IntakeError, Bilingual>> policyRefusal(
    const PolicyVerification& verification, ClaimType type);
// What an active policy covers: "Policy P verified for NAME: plan..., valid until D."
Bilingual policyVerified(const PolicyVerification& verification);
// The policy library's answer about `subject` (a treatment, medicine or repair).
Bilingual coverageAnswer(const QString& subject, const LineItemCheck& check);

} // namespace IntakeWording

} // namespace ClaimDesk

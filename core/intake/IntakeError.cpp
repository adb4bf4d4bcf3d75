#include "intake/IntakeError.h"

#include <array>

namespace ClaimDesk {

namespace {

// In the order of IntakeError.
constexpr std::array<const char*, 26> Codes
    = { "", "empty_message", "message_too_long", "not_a_document", "unreadable_upload",
          "unknown_document", "duplicate_document", "upload_cancelled", "duplicate_licence_side",
          "licence_sides_full", "no_licence_waiting", "answer_licence_first", "no_claim_type",
          "no_claim", "invalid_id", "policy_not_found", "policy_expired", "policy_inactive",
          "policy_not_in_period", "incomplete", "policy_not_verified", "already_submitted",
          "claim_not_found", "appointment_in_past", "bad_appointment", "storage" };
static_assert(Codes.size() == static_cast<std::size_t>(IntakeError::Storage) + 1);

} // namespace

QString intakeErrorCode(IntakeError error)
{
    return QLatin1String(Codes[static_cast<std::size_t>(error)]);
}

} // namespace ClaimDesk

#pragma once

#include <QString>

namespace ClaimDesk {

// Why the intake refused a customer's input (IntakeReply::error). The code is
// what `claimdesk-cli chat` prints; the reply's own text says it to the customer.
enum class IntakeError
{
    None,
    EmptyMessage,
    MessageTooLong,
    NotADocument,
    UnreadableUpload,
    UnknownDocument,
    DuplicateDocument,
    UploadCancelled,
    DuplicateLicenceSide,
    LicenceSidesFull,
    NoLicenceWaiting,
    AnswerLicenceFirst,
    NoClaimType,
    NoClaim,
    InvalidId,
    PolicyNotFound,
    PolicyExpired,
    PolicyInactive,
    PolicyNotInPeriod,
    Incomplete,
    PolicyNotVerified,
    AlreadySubmitted,
    ClaimNotFound,
    AppointmentInPast,
    BadAppointment,
    Storage, // the step could not be saved; nothing of it was kept
};

QString intakeErrorCode(IntakeError error); // "message_too_long"; empty for None

} // namespace ClaimDesk

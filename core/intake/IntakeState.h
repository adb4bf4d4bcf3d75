#pragma once

#include "domain/ClaimTypes.h"
#include "intake/Bilingual.h"
#include "intake/DocumentChecklist.h"
#include "intake/IntakeError.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace ClaimDesk {

// One thing the customer does in the conversation.
struct IntakeInput
{
    enum class Kind
    {
        Say, // a typed message
        Upload, // a file: value is its path
        Owner, // whose driving licence: "customer" or "other_party"
        IdNumber, // the national ID, typed into its own field
        Submit,
        ChooseType, // a quick reply: "H" or "CD"
        Appointment, // a proposed inspection time, ISO 8601
        Restart
    };
    Kind kind = Kind::Say;
    QString value;

    static IntakeInput say(const QString& text) { return { Kind::Say, text }; }
    static IntakeInput upload(const QString& path) { return { Kind::Upload, path }; }
    static IntakeInput owner(const QString& owner) { return { Kind::Owner, owner }; }
    static IntakeInput idNumber(const QString& digits) { return { Kind::IdNumber, digits }; }
    static IntakeInput submit() { return { Kind::Submit, {} }; }
    static IntakeInput chooseType(ClaimType type)
    {
        return { Kind::ChooseType, claimTypeCode(type) };
    }
    static IntakeInput appointment(const QDateTime& at);
    static IntakeInput restart() { return { Kind::Restart, {} }; }

    // One line of a `claimdesk-cli chat --script`: {"say": TEXT}, {"upload": PATH},
    // {"owner": "customer"|"other_party"}, {"id_number": DIGITS}, {"submit": true},
    // {"claim_type": "H"|"CD"}, {"appointment": ISO}, {"restart": true}.
    static Result<IntakeInput> fromJson(const QJsonObject& line);
    QJsonObject toJson() const;
};

// A button offered under a reply: what it says and what pressing it does.
struct QuickReply
{
    Bilingual label;
    IntakeInput input;
};

// A document received in the conversation, and what was read from it.
struct IntakeUpload
{
    qint64 documentId = 0;
    QString category;
    QString owner; // licences: "customer", "other_party", or empty while asked
    QString fileName;
    Bilingual summary;
    QString idNumber; // ID cards and licences: the national ID read from it, if any
};

// Where the conversation stands; stored as JSON after every step.
struct IntakeState
{
    QString claimId;
    std::optional<ClaimType> claimType;
    bool policyVerified = false;
    QString nationalId;
    QString policyNumber;
    QString holderName;
    QList<IntakeUpload> uploads;
    std::optional<qint64> pendingLicence; // a licence whose owner is being asked
    bool submitted = false;
    bool escalated = false;
    bool escalationRequested = false; // asked for before the claim existed
    QString pendingNationalId; // typed before the claim type was known
    QDateTime appointment;

    QList<ReceivedDocument> received() const;
    QJsonObject toJson() const;
    static IntakeState fromJson(const QJsonObject& o);
};

// The engine's answer to one input.
struct IntakeReply
{
    Bilingual text;
    QList<QuickReply> quickReplies;
    IntakeError error = IntakeError::None; // set when the input was refused
    std::optional<qint64> documentId; // the document an upload stored
};

// The quick replies as the transcript keeps them: each input's JSON with its
// label in both languages.
QJsonArray quickRepliesToJson(const QList<QuickReply>& replies);

} // namespace ClaimDesk

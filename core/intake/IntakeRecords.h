#pragma once

#include "domain/Document.h"
#include "intake/IntakeState.h"
#include "storage/IntakeConversationRepository.h"

namespace ClaimDesk {

// What the chat intake keeps on the book: each conversation with its messages
// and state (so an interrupted intake resumes), and what its steps note beside
// the claim: a licence's owner and a cancel in the audit trail, inspection
// appointments, documents it refused, its reply times. The engine decides; this
// writes and reads. On the thread that opened `db`; a step's writes go in the
// caller's transaction when there is one. Every call fails with the book's
// reason rather than half-writing.
class IntakeRecords final
{
public:
    explicit IntakeRecords(Database db);

    // A new conversation at `state`, with the assistant's first reply.
    Result<qint64> start(const IntakeState& state, const IntakeMessage& greeting);
    Result<std::optional<StoredConversation>> latestOpen() const;
    Result<StoredConversation> find(qint64 conversationId) const;
    Status close(qint64 conversationId, const QDateTime& at);
    Result<QList<IntakeMessage>> transcript(qint64 conversationId) const;
    // One step: what the customer did, the answer, and where the conversation
    // now stands, together.
    Status saveStep(qint64 conversationId, const IntakeMessage& said, const IntakeMessage& answer,
        const IntakeState& state);

    Status noteLicenceOwner(const QString& claimId, qint64 documentId, const QString& owner,
        const QString& actor, const QDateTime& at);
    Status noteCancelled(const QString& claimId, const QString& actor, const QDateTime& at);
    // Sets a stored document apart from its claim: the chat did not take it.
    Status refuseDocument(qint64 documentId, const QString& actor);
    Result<QList<QDateTime>> appointments(const QString& claimId) const;
    Status bookAppointment(
        const QString& claimId, const QDateTime& at, const QString& actor, const QDateTime& now);
    Status recordResponseTime(const QString& claimId, qint64 milliseconds, const QDateTime& at);
    // The claim's documents and what was read from them as the book holds them
    // now (a reviewer's corrections included), by document.
    Result<QList<Document>> documents(const QString& claimId) const;
    Result<QHash<qint64, QList<ExtractedField>>> fields(const QString& claimId) const;
    Result<QByteArray> bytes(const Document& document) const;

private:
    Database m_db;
};

} // namespace ClaimDesk

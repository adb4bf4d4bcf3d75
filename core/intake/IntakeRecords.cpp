#include "IntakeRecords.h"

#include "storage/AppointmentRepository.h"
#include "storage/AuditRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/ResponseTimeRepository.h"

namespace ClaimDesk {

IntakeRecords::IntakeRecords(Database db)
    : m_db(std::move(db))
{ }

Result<qint64> IntakeRecords::start(const IntakeState& state, const IntakeMessage& greeting)
{
    std::optional<qint64> started;
    const Status s = m_db.writeTransaction([&]() -> Status {
        IntakeConversationRepository conversations(m_db);
        auto id = conversations.start(state.toJson(), greeting.at);
        if (!id)
            return Status::from(id);
        if (auto stored = conversations.appendMessage(*id, greeting); !stored)
            return Status::from(stored);
        started = *id;
        return Status();
    });
    if (!s)
        return Result<qint64>::failure(s.errorDetail());
    return *started;
}

Result<std::optional<StoredConversation>> IntakeRecords::latestOpen() const
{
    return IntakeConversationRepository(m_db).latestOpen();
}

Result<StoredConversation> IntakeRecords::find(qint64 conversationId) const
{
    return IntakeConversationRepository(m_db).find(conversationId);
}

Status IntakeRecords::close(qint64 conversationId, const QDateTime& at)
{
    return IntakeConversationRepository(m_db).close(conversationId, at);
}

Result<QList<IntakeMessage>> IntakeRecords::transcript(qint64 conversationId) const
{
    return IntakeConversationRepository(m_db).messages(conversationId);
}

Status IntakeRecords::saveStep(qint64 conversationId, const IntakeMessage& said,
    const IntakeMessage& answer, const IntakeState& state)
{
    return m_db.writeTransaction([&]() -> Status {
        IntakeConversationRepository conversations(m_db);
        if (auto a = conversations.appendMessage(conversationId, said); !a)
            return Status::from(a);
        if (auto b = conversations.appendMessage(conversationId, answer); !b)
            return Status::from(b);
        return conversations.save(conversationId, state.claimId, state.toJson(), answer.at);
    });
}

Status IntakeRecords::noteLicenceOwner(const QString& claimId, qint64 documentId,
    const QString& owner, const QString& actor, const QDateTime& at)
{
    return AuditRepository(m_db).append({ 0, at, actor, claimId, AuditAction::LicenceOwner,
        QString::number(documentId), owner, {} });
}

Status IntakeRecords::noteCancelled(
    const QString& claimId, const QString& actor, const QDateTime& at)
{
    return AuditRepository(m_db).append(
        { 0, at, actor, claimId, AuditAction::Intake, QString(), QStringLiteral("cancelled"), {} });
}

Status IntakeRecords::refuseDocument(qint64 documentId, const QString& actor)
{
    return DocumentRepository(m_db).markRefused(documentId, actor);
}

Result<QList<QDateTime>> IntakeRecords::appointments(const QString& claimId) const
{
    return AppointmentRepository(m_db).forClaim(claimId);
}

Status IntakeRecords::bookAppointment(
    const QString& claimId, const QDateTime& at, const QString& actor, const QDateTime& now)
{
    return AppointmentRepository(m_db).book(claimId, at, actor, now);
}

Status IntakeRecords::recordResponseTime(
    const QString& claimId, qint64 milliseconds, const QDateTime& at)
{
    return ResponseTimeRepository(m_db).record(claimId, milliseconds, at);
}

Result<QList<Document>> IntakeRecords::documents(const QString& claimId) const
{
    return DocumentRepository(m_db).forClaim(claimId);
}

Result<QHash<qint64, QList<ExtractedField>>> IntakeRecords::fields(const QString& claimId) const
{
    return DocumentRepository(m_db).fieldsForClaim(claimId);
}

Result<QByteArray> IntakeRecords::bytes(const Document& document) const
{
    return DocumentRepository(m_db).bytes(document.sha256);
}

} // namespace ClaimDesk

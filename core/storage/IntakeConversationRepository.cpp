#include "IntakeConversationRepository.h"

#include "storage/SqlHelpers.h"
#include "storage/StorageTr.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ClaimDesk {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray& a)
{
    return a.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

StoredConversation conversationFrom(const QSqlQuery& q)
{
    StoredConversation c;
    c.id = q.value(0).toLongLong();
    c.claimId = q.value(1).toString();
    c.startedAt = Sql::toDateTime(q.value(2));
    c.updatedAt = Sql::toDateTime(q.value(3));
    c.closed = q.value(4).toBool();
    // A state that no longer parses resumes as a fresh conversation rather than failing.
    c.state = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    return c;
}

const QString ConversationColumns = QStringLiteral(
    "SELECT id, claim_id, started_at, updated_at, closed, state FROM intake_conversations");

} // namespace

IntakeConversationRepository::IntakeConversationRepository(Database db)
    : m_db(std::move(db))
{ }

Result<qint64> IntakeConversationRepository::start(const QJsonObject& state, const QDateTime& at)
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("INSERT INTO intake_conversations (claim_id, started_at, updated_at,"
                           " closed, state) VALUES (?, ?, ?, 0, ?)"),
            { Sql::nullString(), Sql::fromDateTime(at), Sql::fromDateTime(at), compact(state) });
        !s)
        return Result<qint64>::failure(s.errorDetail());
    return q.lastInsertId().toLongLong();
}

Status IntakeConversationRepository::save(
    qint64 id, const QString& claimId, const QJsonObject& state, const QDateTime& at)
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("UPDATE intake_conversations SET claim_id = ?, state = ?,"
                           " updated_at = ? WHERE id = ?"),
            { claimId.isEmpty() ? Sql::nullString() : QVariant(claimId), compact(state),
                Sql::fromDateTime(at), id });
        !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Status::failure(StorageTr::tr("conversation %1 is not in the database").arg(id));
    return {};
}

Status IntakeConversationRepository::close(qint64 id, const QDateTime& at)
{
    QSqlQuery q = m_db.query();
    return Sql::exec(q,
        QStringLiteral("UPDATE intake_conversations SET closed = 1, updated_at = ? WHERE id = ?"),
        { Sql::fromDateTime(at), id });
}

Result<StoredConversation> IntakeConversationRepository::find(qint64 id) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q, ConversationColumns + QStringLiteral(" WHERE id = ?"), { id }); !s)
        return Result<StoredConversation>::failure(s.errorDetail());
    if (!q.next())
        return Result<StoredConversation>::failure(
            StorageTr::tr("conversation %1 is not in the database").arg(id));
    return conversationFrom(q);
}

Result<std::optional<StoredConversation>> IntakeConversationRepository::latestOpen() const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            ConversationColumns
                + QStringLiteral(" WHERE closed = 0 ORDER BY updated_at DESC, id DESC LIMIT 1"));
        !s)
        return Result<std::optional<StoredConversation>>::failure(s.errorDetail());
    if (!q.next())
        return std::optional<StoredConversation>();
    return std::optional<StoredConversation>(conversationFrom(q));
}

Result<QList<StoredConversation>> IntakeConversationRepository::forClaim(
    const QString& claimId) const
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            ConversationColumns + QStringLiteral(" WHERE claim_id = ? ORDER BY id"), { claimId });
        !s)
        return Result<QList<StoredConversation>>::failure(s.errorDetail());
    QList<StoredConversation> out;
    while (q.next())
        out << conversationFrom(q);
    return out;
}

Result<qint64> IntakeConversationRepository::appendMessage(
    qint64 conversationId, const IntakeMessage& m)
{
    QSqlQuery q = m_db.query();
    if (auto s = Sql::exec(q,
            QStringLiteral("INSERT INTO intake_messages (conversation_id, at, sender, body,"
                           " document_id, quick_replies) VALUES (?, ?, ?, ?, ?, ?)"),
            { conversationId, Sql::fromDateTime(m.at), m.sender, m.body,
                m.documentId ? QVariant(*m.documentId) : Sql::nullInt(), compact(m.quickReplies) });
        !s)
        return Result<qint64>::failure(s.errorDetail());
    return q.lastInsertId().toLongLong();
}

Result<QList<IntakeMessage>> IntakeConversationRepository::messages(qint64 conversationId) const
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (auto s = Sql::exec(q,
            QStringLiteral("SELECT id, at, sender, body, document_id, quick_replies"
                           " FROM intake_messages WHERE conversation_id = ? ORDER BY id"),
            { conversationId });
        !s)
        return Result<QList<IntakeMessage>>::failure(s.errorDetail());
    QList<IntakeMessage> out;
    while (q.next()) {
        IntakeMessage m;
        m.id = q.value(0).toLongLong();
        m.at = Sql::toDateTime(q.value(1));
        m.sender = q.value(2).toString();
        m.body = q.value(3).toString();
        if (!q.value(4).isNull())
            m.documentId = q.value(4).toLongLong();
        m.quickReplies = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
        out << m;
    }
    return out;
}

} // namespace ClaimDesk

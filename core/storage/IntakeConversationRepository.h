#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace ClaimDesk {

// One message of a chat intake as shown: who said it, the text, the document it
// carried and the quick replies offered with it.
struct IntakeMessage
{
    qint64 id = 0;
    QDateTime at;
    QString sender; // "customer" or "assistant"
    QString body;
    std::optional<qint64> documentId;
    QJsonArray quickReplies;
};

// A chat intake as stored: the engine's state, so an interrupted intake resumes.
struct StoredConversation
{
    qint64 id = 0;
    QString claimId;
    QDateTime startedAt;
    QDateTime updatedAt;
    bool closed = false;
    QJsonObject state;
};

// Chat intake conversations and their messages.
class IntakeConversationRepository final
{
public:
    explicit IntakeConversationRepository(Database db);

    Result<qint64> start(const QJsonObject& state, const QDateTime& at);
    Status save(qint64 id, const QString& claimId, const QJsonObject& state, const QDateTime& at);
    // A closed conversation is no longer resumed.
    Status close(qint64 id, const QDateTime& at);
    Result<StoredConversation> find(qint64 id) const;
    // The conversation touched last that is still open, if any.
    Result<std::optional<StoredConversation>> latestOpen() const;
    // The conversations kept with a claim (a chat, a mail that arrived), oldest first.
    Result<QList<StoredConversation>> forClaim(const QString& claimId) const;

    Result<qint64> appendMessage(qint64 conversationId, const IntakeMessage& message);
    Result<QList<IntakeMessage>> messages(qint64 conversationId) const;

private:
    Database m_db;
};

} // namespace ClaimDesk

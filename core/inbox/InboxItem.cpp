#include "InboxItem.h"

#include <QJsonArray>

namespace ClaimDesk {

QJsonObject InboxItem::toJson() const
{
    return { { QStringLiteral("source"), source }, { QStringLiteral("item"), item },
        { QStringLiteral("claim_id"), claimId.isEmpty() ? QJsonValue() : QJsonValue(claimId) },
        { QStringLiteral("new_claim"), newClaim },
        { QStringLiteral("documents"), QJsonArray::fromStringList(documents) },
        { QStringLiteral("duplicate"), duplicate },
        { QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error) } };
}

} // namespace ClaimDesk

#include "InboxRouting.h"

#include "claims/ClaimBook.h"
#include "storage/DocumentRepository.h"

#include <QRegularExpression>

namespace ClaimDesk::InboxRouting {

QString claimIdNamedIn(const QString& text)
{
    static const QRegularExpression Id(
        QStringLiteral("(?<![A-Za-z0-9])(?:H|CD)-[0-9]{8}-[0-9]{6}(?![0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = Id.match(text);
    return m.hasMatch() ? m.captured().toUpper() : QString();
}

Result<QString> claimOpenedBy(ClaimBook& book, const QString& memoMark, const QStringList& contents)
{
    const DocumentRepository documents(book.database());
    for (const QString& sha256 : contents) {
        const auto holders = documents.claimsHolding(sha256);
        if (!holders)
            return Result<QString>::failure(holders.errorDetail());
        for (const QString& holder : *holders) {
            const auto claim = ClaimBook::findClaim(book.database(), holder);
            if (!claim)
                return Result<QString>::failure(claim.errorDetail());
            if (claim->memo.contains(memoMark))
                return holder;
        }
    }
    return QString();
}

} // namespace ClaimDesk::InboxRouting

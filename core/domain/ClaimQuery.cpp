#include "ClaimQuery.h"

#include <QRegularExpression>

namespace ClaimDesk {

ClaimQuery::SearchKind ClaimQuery::searchKind(const QString& search)
{
    static const QRegularExpression claimId(
        QStringLiteral("^(H|CD)(-|$|\\d)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nationalId(QStringLiteral("^[\\d\\s-]+$"));
    const QString s = search.trimmed();
    if (s.isEmpty())
        return SearchKind::None;
    if (claimId.match(s).hasMatch())
        return SearchKind::ClaimId;
    if (nationalId.match(s).hasMatch())
        return SearchKind::NationalId;
    return SearchKind::Name;
}

} // namespace ClaimDesk

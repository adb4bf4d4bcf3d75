#include "PolicyChunker.h"

#include <QRegularExpression>

namespace ClaimDesk {

namespace {

const QRegularExpression ExclusionPhrase(
    QStringLiteral("not covered|excluded|will be denied|are denied|is denied|denied unless|not "
                   "approved|non-formulary"),
    QRegularExpression::CaseInsensitiveOption);
const QRegularExpression LimitPhrase(
    QStringLiteral("\\bmaximum\\b|\\bup to\\b|\\bat most\\b|\\d+\\s*days?\\b"),
    QRegularExpression::CaseInsensitiveOption);
const QRegularExpression ApprovalPhrase(QStringLiteral("prior approval|pre-?authori[sz]ation"),
    QRegularExpression::CaseInsensitiveOption);

bool isArrowLine(const QString& line)
{
    return line.contains(u'→') || line.contains(QStringLiteral("->"));
}

QStringList kindsOf(const QString& text, bool bullet)
{
    QStringList kinds;
    if (bullet)
        kinds << QStringLiteral("bullet");
    if (ExclusionPhrase.match(text).hasMatch())
        kinds << QStringLiteral("exclusion");
    if (isArrowLine(text))
        kinds << QStringLiteral("example");
    if (LimitPhrase.match(text).hasMatch())
        kinds << QStringLiteral("limit");
    if (ApprovalPhrase.match(text).hasMatch())
        kinds << QStringLiteral("prior_approval");
    return kinds;
}

} // namespace

QList<PolicyClause> chunkPolicyText(const QString& text)
{
    QList<PolicyClause> clauses;
    QString section;
    bool first = true;
    for (const QString& raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const bool bullet = line.startsWith(u'-') || line.startsWith(u'*') || line.startsWith(u'•');
        const bool arrow = isArrowLine(line);
        // Examples belong to the rule above them: "Example: Panadol → Not covered".
        if (arrow && !bullet && !clauses.isEmpty() && raw.front().isSpace()) {
            PolicyClause& rule = clauses.last();
            rule.text += u' ' + line;
            rule.kinds = kindsOf(rule.text, rule.kinds.contains(u"bullet"));
            continue;
        }
        const QString body = bullet ? line.mid(1).trimmed() : line;
        const QStringList kinds = kindsOf(body, bullet);
        if (!bullet && kinds.isEmpty()) {
            // A heading: short, no sentence end. The document's first line titles it.
            if (!line.endsWith(u'.') && line.size() <= 80) {
                section = line;
                first = false;
                continue;
            }
            if (first)
                continue;
        }
        first = false;
        clauses.append({ static_cast<int>(clauses.size()) + 1, section, body, kinds });
    }
    return clauses;
}

} // namespace ClaimDesk

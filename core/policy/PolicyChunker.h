#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ClaimDesk {

// One retrievable rule of a policy document, with the section it sits in.
struct PolicyClause
{
    int number = 0; // 1-based, in document order
    QString section;
    QString text; // a rule with its example lines
    QStringList kinds; // bullet, exclusion, example, limit, prior_approval
};

// Cuts policy text into clauses as seed 003 does: bullet lines, lines with an
// exclusion phrase, example lines with arrows (kept with the rule above them),
// and duration or amount limits. A short line that is none of these and does not
// end a sentence is a section title.
QList<PolicyClause> chunkPolicyText(const QString& text);

} // namespace ClaimDesk

#pragma once

#include "domain/ClaimTypes.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ClaimDesk {

// One thing done on a portal's page. What each kind needs:
//   Open          target: a path under the portal's URL (a template)
//   Fill          target: a CSS selector; value: a template
//   Choose        target: a <select>'s selector; value: an option's value or text
//   Click         target: a selector; submits: this click files the claim
//   WaitFor       target: a selector to appear; failWhen: a selector whose
//                 appearance means the portal refused (its text is the reason)
//   WaitForUrl    target: a regular expression the page's URL must match
//   Upload        target: a file input's selector; categories: which documents
//   ReadReference target: a selector; pattern: a regular expression (its first
//                 group, else the whole match, is the reference)
struct PortalStep
{
    enum class Kind
    {
        Open,
        Fill,
        Choose,
        Click,
        WaitFor,
        WaitForUrl,
        Upload,
        ReadReference
    };
    Kind kind = Kind::Open;
    QString target;
    QString value;
    QHash<QString, QString> valueMap; // Fill, Choose: the templated value mapped to the portal's
    QString failWhen;
    QStringList categories;
    QString pattern;
    bool submits = false;
    QString key; // where the recipe said it ("submit[4]"), for messages and the audit trail

    // What the step does, in a person's words ("fill #amount"), translated.
    QString describe() const;
    // The step in the recipe's own words, as the audit trail keeps it
    // ("submit[4]: fill #amount").
    QString recipeText() const;
};

// How a claim is found on the portal's status page.
struct PortalStatusLookup
{
    QString open; // path template, as for an Open step
    QString row; // selector template of the claim's row
    QString reference; // selector within the row
    QString status; // selector within the row
    QString none; // a selector the page shows when no claim matches
    QHash<QString, ClaimStatus> map; // the portal's status text -> ClaimDesk's
};

// A portal's recipe: the steps that log in, file one claim and read the
// confirmation, and how the status page is read. Parsed and checked whole before
// anything is run: an invalid recipe is refused naming the key and the reason
// ("submit[3].fill: ..."). The format is described in docs/portal-recipes.md.
// Any thread.
struct PortalRecipe
{
    static constexpr int Format = 1;
    static constexpr int MaxBytes = 256 * 1024;
    static constexpr int MaxSteps = 200;

    int timeoutSeconds = 20; // for each wait, and for each page to load
    int secondsBetweenClaims = 0; // the portal's rate limit
    QString loggedOutWhen; // a selector that shows the portal logged us out
    QList<PortalStep> login;
    QList<PortalStep> submit;
    PortalStatusLookup status;

    static Result<PortalRecipe> parse(const QByteArray& json);
    // The index in `submit` of the click that files the claim.
    int submitPoint() const;
    // Every document category some Upload step asks for.
    QStringList uploadCategories() const;
};

} // namespace ClaimDesk

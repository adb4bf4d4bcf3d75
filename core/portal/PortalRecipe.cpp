#include "PortalRecipe.h"

#include "PortalTr.h"
#include "PortalValues.h"
#include "domain/DocumentCategory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ClaimDesk {

namespace {

using Kind = PortalStep::Kind;

struct KindName
{
    Kind kind;
    const char* name;
};

constexpr KindName KindNames[] = { { Kind::Open, "open" }, { Kind::Fill, "fill" },
    { Kind::Choose, "choose" }, { Kind::Click, "click" }, { Kind::WaitFor, "wait_for" },
    { Kind::WaitForUrl, "wait_for_url" }, { Kind::Upload, "upload" },
    { Kind::ReadReference, "read_reference" } };

QString kindName(Kind kind)
{
    for (const KindName& k : KindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

// The keys a step of this kind may hold besides its action key.
QStringList extraKeys(Kind kind)
{
    QStringList keys { QStringLiteral("note") };
    switch (kind) {
    case Kind::Fill:
    case Kind::Choose:
        keys << QStringLiteral("value") << QStringLiteral("map");
        break;
    case Kind::Click:
        keys << QStringLiteral("submits");
        break;
    case Kind::WaitFor:
        keys << QStringLiteral("fail_when");
        break;
    case Kind::Upload:
        keys << QStringLiteral("categories");
        break;
    case Kind::ReadReference:
        keys << QStringLiteral("pattern");
        break;
    case Kind::Open:
    case Kind::WaitForUrl:
        break;
    }
    return keys;
}

Error invalidAt(const QString& key, const QString& reason)
{
    return Error::invalid(PortalTr::tr("%1: %2").arg(key, reason), key);
}

Status checkPattern(const QString& key, const QString& pattern)
{
    const QRegularExpression re(pattern);
    if (!re.isValid())
        return Status::failure(invalidAt(key,
            PortalTr::tr("not a regular expression (%1 at %2)")
                .arg(re.errorString())
                .arg(re.patternErrorOffset())));
    return {};
}

Status checkTemplate(const QString& key, const QString& text)
{
    if (auto s = PortalValues::check(text); !s)
        return Status::failure(invalidAt(key, s.error()));
    return {};
}

Result<QHash<QString, QString>> parseValueMap(const QString& key, const QJsonValue& value)
{
    QHash<QString, QString> map;
    if (value.isUndefined())
        return map;
    if (!value.isObject())
        return Result<QHash<QString, QString>>::failure(
            invalidAt(key, PortalTr::tr("must be an object of texts")));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return Result<QHash<QString, QString>>::failure(
                invalidAt(key + u'.' + it.key(), PortalTr::tr("must be a text")));
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

// The step's own fields once its action is known.
Status parseStepFields(PortalStep& step, const QJsonObject& o)
{
    const QString& key = step.key;
    if (step.target.trimmed().isEmpty())
        return Status::failure(
            invalidAt(key, PortalTr::tr("\"%1\" is empty").arg(kindName(step.kind))));
    step.value = o.value(QStringLiteral("value")).toString();
    step.failWhen = o.value(QStringLiteral("fail_when")).toString();
    step.pattern = o.value(QStringLiteral("pattern")).toString();
    step.submits = o.value(QStringLiteral("submits")).toBool();
    auto map = parseValueMap(key + QStringLiteral(".map"), o.value(QStringLiteral("map")));
    if (!map)
        return Status::from(map);
    step.valueMap = *map;
    for (const QJsonValue& c : o.value(QStringLiteral("categories")).toArray())
        step.categories << c.toString();

    switch (step.kind) {
    case Kind::Open:
        return checkTemplate(key, step.target);
    case Kind::Fill:
    case Kind::Choose:
        if (!o.contains(QStringLiteral("value")))
            return Status::failure(invalidAt(key, PortalTr::tr("\"value\" is missing")));
        return checkTemplate(key + QStringLiteral(".value"), step.value);
    case Kind::WaitForUrl:
        return checkPattern(key, step.target);
    case Kind::ReadReference:
        return step.pattern.isEmpty()
            ? Status()
            : checkPattern(key + QStringLiteral(".pattern"), step.pattern);
    case Kind::Upload:
        if (step.categories.isEmpty())
            return Status::failure(
                invalidAt(key, PortalTr::tr("\"categories\" names no document category")));
        for (const QString& category : std::as_const(step.categories)) {
            if (!DocumentCategory::all().contains(category))
                return Status::failure(invalidAt(key + QStringLiteral(".categories"),
                    PortalTr::tr("unknown category \"%1\"; known: %2")
                        .arg(category, DocumentCategory::all().join(QStringLiteral(", ")))));
        }
        return {};
    case Kind::Click:
    case Kind::WaitFor:
        return {};
    }
    return {};
}

Result<PortalStep> parseStep(const QString& key, const QJsonValue& value)
{
    if (!value.isObject())
        return Result<PortalStep>::failure(invalidAt(key, PortalTr::tr("a step is an object")));
    const QJsonObject o = value.toObject();
    PortalStep step;
    step.key = key;
    int actions = 0;
    for (const KindName& k : KindNames) {
        if (o.contains(QLatin1String(k.name))) {
            ++actions;
            step.kind = k.kind;
            step.target = o.value(QLatin1String(k.name)).toString();
        }
    }
    if (actions != 1)
        return Result<PortalStep>::failure(invalidAt(key,
            PortalTr::tr("a step holds exactly one of open, fill, choose, click, wait_for, "
                         "wait_for_url, upload, read_reference")));
    const QStringList allowed = extraKeys(step.kind) << kindName(step.kind);
    for (const QString& k : o.keys()) {
        if (!allowed.contains(k))
            return Result<PortalStep>::failure(invalidAt(key,
                PortalTr::tr("\"%1\" does not belong in a %2 step").arg(k, kindName(step.kind))));
    }
    if (auto s = parseStepFields(step, o); !s)
        return Result<PortalStep>::failure(s.errorDetail());
    return step;
}

Result<QList<PortalStep>> parseSteps(const QJsonObject& root, const QString& name)
{
    const QJsonValue value = root.value(name);
    if (!value.isArray())
        return Result<QList<PortalStep>>::failure(
            invalidAt(name, PortalTr::tr("must be a list of steps")));
    const QJsonArray array = value.toArray();
    if (array.size() > PortalRecipe::MaxSteps)
        return Result<QList<PortalStep>>::failure(
            invalidAt(name, PortalTr::tr("more than %1 steps").arg(PortalRecipe::MaxSteps)));
    QList<PortalStep> steps;
    for (int i = 0; i < array.size(); ++i) {
        auto step = parseStep(QStringLiteral("%1[%2]").arg(name).arg(i), array.at(i));
        if (!step)
            return Result<QList<PortalStep>>::failure(step.errorDetail());
        steps << *step;
    }
    return steps;
}

// Login steps log in: nothing in them files, uploads or reads a reference.
Status checkLoginSteps(const QList<PortalStep>& steps)
{
    for (const PortalStep& step : steps) {
        if (step.kind == Kind::Upload || step.kind == Kind::ReadReference || step.submits)
            return Status::failure(invalidAt(step.key,
                PortalTr::tr("logging in uploads nothing, files nothing and reads no reference")));
    }
    return {};
}

// One click files the claim; uploads come before it, the reference after it.
Status checkSubmitSteps(const PortalRecipe& recipe)
{
    int points = 0;
    for (const PortalStep& step : recipe.submit)
        points += step.submits ? 1 : 0;
    if (points != 1)
        return Status::failure(invalidAt(QStringLiteral("submit"),
            PortalTr::tr("exactly one click must say \"submits\": true (found %1)").arg(points)));
    const int point = recipe.submitPoint();
    bool reads = false;
    for (int i = 0; i < recipe.submit.size(); ++i) {
        const PortalStep& step = recipe.submit.at(i);
        if (step.kind == Kind::Upload && i > point)
            return Status::failure(invalidAt(
                step.key, PortalTr::tr("an upload after the click that files the claim")));
        if (step.kind == Kind::ReadReference && i < point)
            return Status::failure(invalidAt(step.key,
                PortalTr::tr("the reference is read after the click that files the claim")));
        reads = reads || step.kind == Kind::ReadReference;
    }
    if (!reads)
        return Status::failure(
            invalidAt(QStringLiteral("submit"), PortalTr::tr("no read_reference step")));
    // The page kept as evidence is the one the reference was read on.
    if (recipe.submit.last().kind != Kind::ReadReference)
        return Status::failure(invalidAt(recipe.submit.last().key,
            PortalTr::tr("nothing may follow the last read_reference (its page is the evidence)")));
    return {};
}

Result<PortalStatusLookup> parseStatus(const QJsonObject& root)
{
    using R = Result<PortalStatusLookup>;
    const QJsonValue value = root.value(QStringLiteral("status"));
    if (!value.isObject())
        return R::failure(invalidAt(QStringLiteral("status"),
            PortalTr::tr(
                "must say how the status page is read (open, row, reference, status, map)")));
    const QJsonObject o = value.toObject();
    PortalStatusLookup lookup;
    QString* const texts5[]
        = { &lookup.open, &lookup.row, &lookup.reference, &lookup.status, &lookup.none };
    const char* const names[] = { "open", "row", "reference", "status", "none" };
    for (int i = 0; i < 5; ++i) {
        const QString key = QStringLiteral("status.") + QLatin1String(names[i]);
        *texts5[i] = o.value(QLatin1String(names[i])).toString();
        if (texts5[i]->trimmed().isEmpty())
            return R::failure(invalidAt(key, PortalTr::tr("is missing or empty")));
        if (auto s = checkTemplate(key, *texts5[i]); !s)
            return R::failure(s.errorDetail());
    }
    const QJsonObject map = o.value(QStringLiteral("map")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const auto status = claimStatusFromCode(it.value().toString());
        if (!status)
            return R::failure(invalidAt(QStringLiteral("status.map.") + it.key(),
                PortalTr::tr("\"%1\" is not a claim status; known: %2")
                    .arg(it.value().toString(), allClaimStatusCodes().join(QStringLiteral(", ")))));
        lookup.map.insert(it.key(), *status);
    }
    for (const QString& k : o.keys()) {
        if (!QStringList { "open", "row", "reference", "status", "none", "map", "note" }.contains(
                k))
            return R::failure(
                invalidAt(QStringLiteral("status.") + k, PortalTr::tr("unknown key")));
    }
    return lookup;
}

Status parseSettings(PortalRecipe& recipe, const QJsonObject& root)
{
    static const QStringList known { "format", "name", "note", "timeout_seconds",
        "seconds_between_claims", "logged_out_when", "login", "submit", "status" };
    for (const QString& k : root.keys()) {
        if (!known.contains(k))
            return Status::failure(invalidAt(k, PortalTr::tr("unknown key")));
    }
    if (root.value(QStringLiteral("format")).toInt() != PortalRecipe::Format)
        return Status::failure(invalidAt(QStringLiteral("format"),
            PortalTr::tr("must be %1 (this version reads recipes of format %1)")
                .arg(PortalRecipe::Format)));
    recipe.timeoutSeconds
        = root.value(QStringLiteral("timeout_seconds")).toInt(recipe.timeoutSeconds);
    if (recipe.timeoutSeconds < 1 || recipe.timeoutSeconds > 600)
        return Status::failure(
            invalidAt(QStringLiteral("timeout_seconds"), PortalTr::tr("must be from 1 to 600")));
    recipe.secondsBetweenClaims = root.value(QStringLiteral("seconds_between_claims")).toInt(0);
    if (recipe.secondsBetweenClaims < 0 || recipe.secondsBetweenClaims > 3600)
        return Status::failure(invalidAt(
            QStringLiteral("seconds_between_claims"), PortalTr::tr("must be from 0 to 3600")));
    recipe.loggedOutWhen = root.value(QStringLiteral("logged_out_when")).toString();
    return {};
}

} // namespace

QString PortalStep::describe() const
{
    switch (kind) {
    case Kind::Open:
        return PortalTr::tr("open %1").arg(target);
    case Kind::Fill:
        return PortalTr::tr("fill %1").arg(target);
    case Kind::Choose:
        return PortalTr::tr("choose in %1").arg(target);
    case Kind::Click:
        return submits ? PortalTr::tr("click %1 (files the claim)").arg(target)
                       : PortalTr::tr("click %1").arg(target);
    case Kind::WaitFor:
        return PortalTr::tr("wait for %1").arg(target);
    case Kind::WaitForUrl:
        return PortalTr::tr("wait for the address %1").arg(target);
    case Kind::Upload:
        return PortalTr::tr("upload %1 to %2").arg(categories.join(QStringLiteral(", ")), target);
    case Kind::ReadReference:
        return PortalTr::tr("read the reference in %1").arg(target);
    }
    return {};
}

QString PortalStep::recipeText() const
{
    QString text = key + QStringLiteral(": ") + kindName(kind) + u' ' + target;
    if (!categories.isEmpty())
        text += QStringLiteral(" (") + categories.join(QStringLiteral(", ")) + u')';
    return text;
}

Result<PortalRecipe> PortalRecipe::parse(const QByteArray& json)
{
    using R = Result<PortalRecipe>;
    if (json.size() > MaxBytes)
        return R::failure(invalidAt(
            QStringLiteral("recipe"), PortalTr::tr("larger than %1 KiB").arg(MaxBytes / 1024)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(invalidAt(QStringLiteral("recipe"),
            PortalTr::tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)));
    if (!doc.isObject())
        return R::failure(
            invalidAt(QStringLiteral("recipe"), PortalTr::tr("must be a JSON object")));
    const QJsonObject root = doc.object();
    PortalRecipe recipe;
    if (auto s = parseSettings(recipe, root); !s)
        return R::failure(s.errorDetail());
    auto login = parseSteps(root, QStringLiteral("login"));
    if (!login)
        return R::failure(login.errorDetail());
    recipe.login = *login;
    auto submit = parseSteps(root, QStringLiteral("submit"));
    if (!submit)
        return R::failure(submit.errorDetail());
    recipe.submit = *submit;
    if (auto s = checkLoginSteps(recipe.login); !s)
        return R::failure(s.errorDetail());
    if (auto s = checkSubmitSteps(recipe); !s)
        return R::failure(s.errorDetail());
    auto status = parseStatus(root);
    if (!status)
        return R::failure(status.errorDetail());
    recipe.status = *status;
    return recipe;
}

int PortalRecipe::submitPoint() const
{
    for (int i = 0; i < submit.size(); ++i) {
        if (submit.at(i).submits)
            return i;
    }
    return -1;
}

QStringList PortalRecipe::uploadCategories() const
{
    QStringList categories;
    for (const PortalStep& step : submit) {
        for (const QString& c : step.categories) {
            if (!categories.contains(c))
                categories << c;
        }
    }
    return categories;
}

} // namespace ClaimDesk

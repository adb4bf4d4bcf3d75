#include "LineItemChecker.h"

#include "policy/PolicyTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace ClaimDesk {

namespace {

// Two words match when equal, or when one is the other plus an ending
// ("scan"/"scans", "antibiotic"/"antibiotics", "vitamin"/"vitamins").
bool sameWord(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    const QString& shorter = a.size() < b.size() ? a : b;
    const QString& longer = a.size() < b.size() ? b : a;
    return shorter.size() >= 3 && longer.size() - shorter.size() <= 2 && longer.startsWith(shorter);
}

bool containsWord(const QStringList& words, const QString& word)
{
    return std::any_of(
        words.begin(), words.end(), [&](const QString& w) { return sameWord(w, word); });
}

// The words of a clause (in lower case) that exclude what it speaks of.
const QRegularExpression& exclusionPhrase()
{
    static const QRegularExpression phrase(
        QStringLiteral("not covered|excluded|denied|not approved"));
    return phrase;
}

// Whether the part of a clause that excludes ("unrelated screening panels are
// not covered") names the item: then the exclusion decides, not a judgement.
bool exclusionNames(const QString& clause, const QStringList& itemWords)
{
    static const QRegularExpression Parts(QStringLiteral("[;.]"));
    const QRegularExpression& Exclusion = exclusionPhrase();
    for (const QString& part : clause.split(Parts, Qt::SkipEmptyParts)) {
        if (!Exclusion.match(part).hasMatch())
            continue;
        const QStringList partWords = QueryNormalizer::words(part);
        for (const QString& w : itemWords) {
            if (w.size() >= 4 && containsWord(partWords, w))
                return true;
        }
    }
    return false;
}

bool isNumber(const QString& w)
{
    bool ok = false;
    w.toDouble(&ok);
    return ok;
}

struct ExamplePair
{
    QString item;
    bool covered;
};

// "Example: Panadol → Not covered; Adol → Covered" and "Covered → Procid 20 mg".
QList<ExamplePair> examplePairs(const QString& clause)
{
    static const QRegularExpression Pair(
        QStringLiteral("([^;:.→]+?)\\s*(?:→|->)\\s*([^;]+?)\\s*(?=;|\\.\\s|\\.$|$)"));
    static const QRegularExpression Status(
        QStringLiteral("^(not covered|covered|excluded|denied|allowed|approved)$"),
        QRegularExpression::CaseInsensitiveOption);
    QList<ExamplePair> pairs;
    auto it = Pair.globalMatch(clause);
    while (it.hasNext()) {
        const auto m = it.next();
        QString left = m.captured(1).trimmed();
        QString right = m.captured(2).trimmed();
        if (left.startsWith(QStringLiteral("Example"), Qt::CaseInsensitive))
            left = left.section(u' ', 1).trimmed();
        const bool leftIsStatus = Status.match(left).hasMatch();
        const bool rightIsStatus = Status.match(right).hasMatch();
        if (leftIsStatus == rightIsStatus)
            continue;
        const QString status = (leftIsStatus ? left : right).toLower();
        pairs.append({ leftIsStatus ? right : left,
            !(status.startsWith(u"not") || status == u"excluded" || status == u"denied") });
    }
    return pairs;
}

QStringList numbersOf(const QStringList& words)
{
    QStringList numbers;
    for (const QString& w : words) {
        if (isNumber(w))
            numbers << w;
    }
    return numbers;
}

QString withStrengthOf(const QString& alternative, const QStringList& itemWords)
{
    // "Adol" for "Panadol 500 mg" -> "Adol 500 mg": keep the strength asked for.
    if (!numbersOf(QueryNormalizer::words(alternative)).isEmpty())
        return alternative;
    for (qsizetype i = 0; i < itemWords.size(); ++i) {
        if (isNumber(itemWords.at(i)))
            return alternative + u' ' + itemWords.at(i)
                + (i + 1 < itemWords.size() ? u' ' + itemWords.at(i + 1) : QString());
    }
    return alternative;
}

} // namespace

QString itemFieldCode(ItemField field)
{
    switch (field) {
    case ItemField::Pharmacy:
        return QStringLiteral("pharmacy");
    case ItemField::Lab:
        return QStringLiteral("lab");
    case ItemField::Symptoms:
        return QStringLiteral("symptoms");
    case ItemField::Complaint:
        return QStringLiteral("complaint");
    }
    return {};
}

std::optional<ItemField> itemFieldFromCode(const QString& code)
{
    for (ItemField f :
        { ItemField::Pharmacy, ItemField::Lab, ItemField::Symptoms, ItemField::Complaint }) {
        if (itemFieldCode(f).compare(code, Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

ItemField itemFieldOf(const QString& description)
{
    static const QRegularExpression LabTest(
        QStringLiteral("\\b(tests?|counts?|panels?|profiles?|cultures?|assays?|urinalysis|"
                       "biopsy|serology|smear|levels?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return LabTest.match(description).hasMatch() ? ItemField::Lab : ItemField::Pharmacy;
}

QJsonObject LineItemCheck::toJson() const
{
    QJsonObject o {
        { QStringLiteral("item"), item },
        { QStringLiteral("field"), itemFieldCode(field) },
        { QStringLiteral("decision"), decisionCode() },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("clause"), clause ? QJsonValue(clause->clause.text) : QJsonValue() },
        { QStringLiteral("clause_id"), clause ? QJsonValue(clause->clauseId) : QJsonValue() },
        { QStringLiteral("section"), clause ? QJsonValue(clause->clause.section) : QJsonValue() },
        { QStringLiteral("policy_version"),
            clause ? QJsonValue(clause->policyVersion()) : QJsonValue() },
        { QStringLiteral("score"), std::round(score * 100) / 100 },
        { QStringLiteral("alternatives"), QJsonArray::fromStringList(alternatives) },
        { QStringLiteral("matched_words"), QJsonArray::fromStringList(matchedWords) },
        { QStringLiteral("corrections"), QJsonArray::fromStringList(corrections) },
    };
    if (!suggestedAlternatives.isEmpty())
        o.insert(QStringLiteral("suggested_alternatives"),
            QJsonArray::fromStringList(suggestedAlternatives));
    return o;
}

LineItemChecker::LineItemChecker(const ClauseSource& library)
    : m_library(library)
{ }

Status LineItemChecker::load()
{
    auto vocabulary = m_library.vocabulary();
    if (!vocabulary)
        return Status::failure(vocabulary.errorDetail());
    m_clauseFrequency = vocabulary->clauseFrequency;
    m_clauses = vocabulary->clauses;
    QSet<QString> words;
    for (auto it = m_clauseFrequency.cbegin(); it != m_clauseFrequency.cend(); ++it)
        words.insert(it.key());
    m_normalizer = QueryNormalizer(std::move(words));
    return {};
}

bool LineItemChecker::isContentWord(const QString& word) const
{
    if (word.size() < 3 || isNumber(word))
        return false;
    // A word found in over a third of the clauses says nothing about which applies.
    return m_clauseFrequency.value(word) * 3 <= std::max(m_clauses, 3);
}

Result<LineItemCheck> LineItemChecker::check(
    const QString& item, ItemField field, const LineItemContext& context) const
{
    LineItemCheck result;
    result.item = item.trimmed();
    result.field = field;
    QueryNormalizer::Normalized query = m_normalizer.normalize(item);
    result.corrections = query.corrections;
    // a test is looked up with the laboratory clauses, whose general rules (what
    // tests must be relevant to) name no test
    if (field == ItemField::Lab && !query.words.contains(QLatin1String("laboratory")))
        query.words << QStringLiteral("laboratory");
    QStringList content;
    for (const QString& w : query.words) {
        if (isContentWord(w))
            content << w;
    }
    auto hits = m_library.search(query.words, 8);
    if (!hits)
        return Result<LineItemCheck>::failure(hits.errorDetail());

    // The best-ranked clause that shares an informative word with the item.
    for (const ClauseHit& hit : *hits) {
        const QStringList clauseWords = QueryNormalizer::words(hit.clause.text);
        QStringList matched;
        for (const QString& w : content) {
            for (const QString& cw : clauseWords) {
                if (sameWord(w, cw) && !matched.contains(cw))
                    matched << cw;
            }
        }
        // Without a shared word, only a match by meaning (embeddings) counts, above
        // seed 003's similarity threshold.
        constexpr double CloseInMeaning = 0.3;
        if (matched.isEmpty() && hit.similarity < CloseInMeaning)
            continue;
        result.clause = hit;
        result.matchedWords = matched;
        int covered = 0;
        for (const QString& w : content)
            covered += containsWord(clauseWords, w) ? 1 : 0;
        result.score = content.isEmpty() ? 0.0 : double(covered) / double(content.size());
        if (hit.similarity > result.score)
            result.score = hit.similarity;
        break;
    }
    if (!result.clause) {
        result.allowed = true;
        result.reason
            = PolicyTr::tr("No clause of the policy library covers this item, so it is allowed");
        return result;
    }

    const QString text = result.clause->clause.text;
    const QString lower = text.toLower();
    const bool mentionsApproval = lower.contains(u"prior approval");

    // 1. Examples: the pair naming this item decides.
    const QList<ExamplePair> pairs = examplePairs(text);
    QList<ExamplePair> named;
    for (const ExamplePair& p : pairs) {
        QStringList names;
        for (const QString& w : QueryNormalizer::words(p.item)) {
            if (!isNumber(w) && w.size() >= 3)
                names << w;
        }
        if (!names.isEmpty() && std::all_of(names.begin(), names.end(), [&](const QString& n) {
                return query.words.contains(n);
            }))
            named << p;
    }
    if (!named.isEmpty()) {
        const QStringList wanted = numbersOf(query.words);
        std::optional<ExamplePair> decided;
        for (const ExamplePair& p : named) {
            const QStringList strength = numbersOf(QueryNormalizer::words(p.item));
            // "Procid 40 mg x 14" names the 40 mg pair: its strength is among the item's numbers.
            const bool sameStrength = std::all_of(strength.begin(), strength.end(),
                [&](const QString& n) { return wanted.contains(n); });
            if (strength.isEmpty() || wanted.isEmpty() || sameStrength)
                decided = decided ? decided : std::optional<ExamplePair>(p);
        }
        QStringList coveredItems;
        for (const ExamplePair& p : pairs) {
            if (p.covered)
                coveredItems << withStrengthOf(p.item, query.words);
        }
        if (decided && decided->covered) {
            result.allowed = true;
            result.reason = PolicyTr::tr("The clause lists %1 as covered").arg(decided->item);
        } else {
            result.allowed = false;
            result.reason = decided
                ? PolicyTr::tr("The clause lists %1 as not covered").arg(decided->item)
                : PolicyTr::tr("Only the strengths the clause lists are covered");
            result.alternatives = coveredItems;
        }
        return result;
    }

    // 2. Limits on duration: "maximum ... 10 days".
    static const QRegularExpression LimitDays(
        QStringLiteral("(?:maximum|up to|at most|max)[^.;]*?(\\d+)\\s*days?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ItemDays(
        QStringLiteral("(\\d+)\\s*-?\\s*days?"), QRegularExpression::CaseInsensitiveOption);
    if (const auto limit = LimitDays.match(text); limit.hasMatch()) {
        const int maxDays = limit.captured(1).toInt();
        const auto asked = ItemDays.match(item);
        if (asked.hasMatch() && asked.captured(1).toInt() > maxDays) {
            if (mentionsApproval && context.priorApproval) {
                result.allowed = true;
                result.reason = PolicyTr::tr("Longer than %1 days, but prior approval is recorded")
                                    .arg(maxDays);
            } else {
                result.allowed = false;
                result.reason = PolicyTr::tr("%1 days is longer than the %2 days the clause allows")
                                    .arg(asked.captured(1))
                                    .arg(maxDays);
                result.alternatives << PolicyTr::tr("A course of at most %1 days").arg(maxDays);
                if (mentionsApproval)
                    result.alternatives << PolicyTr::tr("Prior approval for the longer course");
            }
        } else {
            result.allowed = true;
            result.reason = asked.hasMatch()
                ? PolicyTr::tr("Within the %1-day limit of the clause").arg(maxDays)
                : PolicyTr::tr("Covered within the %1-day limit of the clause").arg(maxDays);
        }
        return result;
    }

    // 3. Prior approval, with its exceptions.
    if (lower.contains(QRegularExpression(QStringLiteral("requires? prior approval")))) {
        if (context.priorApproval) {
            result.allowed = true;
            result.reason = PolicyTr::tr("Prior approval is recorded on the claim");
        } else if (context.emergency && lower.contains(u"except in emergenc")) {
            result.allowed = true;
            result.reason = PolicyTr::tr("Emergency: the clause waives prior approval");
        } else {
            result.allowed = false;
            result.reason = PolicyTr::tr(
                "The clause requires prior approval and none is recorded on the claim");
            result.alternatives << PolicyTr::tr("Request prior approval before the service");
        }
        return result;
    }

    // 4. Exclusions, with their "unless" conditions checked against the diagnosis.
    if (exclusionPhrase().match(lower).hasMatch()) {
        const qsizetype unless = lower.indexOf(u"unless");
        if (unless >= 0 && !context.diagnosis.trimmed().isEmpty()) {
            const QStringList condition = QueryNormalizer::words(text.mid(unless));
            for (const QString& d : QueryNormalizer::words(context.diagnosis)) {
                if (d.size() >= 4 && containsWord(condition, d)) {
                    result.allowed = true;
                    result.reason = PolicyTr::tr(
                        "Excluded in general, but the exception applies to the diagnosis %1")
                                        .arg(context.diagnosis);
                    return result;
                }
            }
        }
        // "must be relevant to the stated diagnosis": whether it is, is for a
        // clinician or a model to say, not for word matching
        static const QRegularExpression Judgement(QStringLiteral(
            "relevant to|appropriate (?:for|to)|medically necessary|medical necessity|"
            "consistent with the|related to the (?:stated )?diagnosis|indicated for"));
        if (Judgement.match(lower).hasMatch() && !exclusionNames(lower, query.words)) {
            result.allowed = true;
            result.needsReview = true;
            result.reason = context.diagnosis.trimmed().isEmpty()
                ? PolicyTr::tr(
                    "The clause depends on a clinical judgement and the claim has no diagnosis: "
                    "review it against the clause")
                : PolicyTr::tr(
                    "Whether it fits the diagnosis %1 is a clinical judgement: review it "
                    "against the clause")
                      .arg(context.diagnosis);
            return result;
        }
        result.allowed = false;
        result.reason = PolicyTr::tr("The clause excludes it");
        return result;
    }

    result.allowed = true;
    result.reason = PolicyTr::tr("The clause covers it");
    return result;
}

int LineItemChecker::approvalProbability(const QList<LineItemCheck>& checks, int clinicalFlags)
{
    const auto excluded = std::count_if(
        checks.begin(), checks.end(), [](const LineItemCheck& c) { return !c.allowed; });
    return std::clamp(100 - 20 * static_cast<int>(excluded) - 20 * clinicalFlags, 0, 100);
}

} // namespace ClaimDesk

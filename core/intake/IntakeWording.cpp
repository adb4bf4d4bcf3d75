#include "IntakeWording.h"

#include "domain/FieldLabels.h"
#include "intake/IntakeSpeech.h"
#include "policy/LineItemChecker.h"
#include "policylibrary/PolicyVerifier.h"

namespace ClaimDesk::IntakeWording {

namespace { } // namespace

Bilingual typeName(ClaimType type)
{
    return type == ClaimType::Health ? Bilingual::of("ClaimDesk::Domain", "Health")
                                     : Bilingual::of("ClaimDesk::Domain", "Car damage");
}

Bilingual statusName(ClaimStatus status)
{
    return Bilingual::of("ClaimDesk::Domain", claimStatusLabelSource(status));
}

Bilingual fieldName(const QString& name)
{
    if (const char* source = fieldLabelSource(name))
        return Bilingual::of("ClaimDesk::Domain", source);
    return Bilingual::same(fieldLabel(name));
}

Bilingual ownerName(const QString& owner)
{
    return owner == QLatin1String("customer") ? IntakeSpeech::tr("yours")
                                              : IntakeSpeech::tr("the other party's");
}

Bilingual then(const Bilingual& lead, const Bilingual& more)
{
    auto join = [](const QString& a, const QString& b) -> QString {
        if (a.isEmpty() || b.isEmpty() || a.back().isSpace())
            return a + b;
        return a + u' ' + b;
    };
    return { join(lead.th, more.th), join(lead.en, more.en) };
}

Bilingual summaryOf(const QList<ExtractedField>& fields)
{
    QList<Bilingual> parts;
    int items = 0;
    for (const ExtractedField& f : fields) {
        if (f.name.startsWith(QLatin1String("items."))) {
            items += f.name.endsWith(QLatin1String(".item")) ? 1 : 0;
            continue;
        }
        if (f.value.isEmpty() || parts.size() >= 5)
            continue;
        parts << fieldName(f.name) + Bilingual::same(QStringLiteral(": ") + f.value);
    }
    if (items > 0)
        parts << IntakeSpeech::tr("%n item(s)", nullptr, items);
    Bilingual out;
    for (qsizetype i = 0; i < parts.size(); ++i)
        out += (i ? Bilingual::same(QStringLiteral(" · ")) : Bilingual()) + parts.at(i);
    return out;
}

Bilingual when(const QDateTime& at)
{
    return Bilingual::same(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

std::optional<std::pair<IntakeError, Bilingual>> policyRefusal(
    const PolicyVerification& v, ClaimType type)
{
    using S = PolicyVerification::Status;
    switch (v.status) {
    case S::NotFound:
        return std::pair(IntakeError::PolicyNotFound,
            IntakeSpeech::tr(
                "I found no %1 policy for the ID number ending %2. Please check the number, or "
                "send a photo of your ID card. ")
                .arg(typeName(type))
                .arg(Bilingual::same(v.idNumber.right(4))));
    case S::Expired:
        return std::pair(IntakeError::PolicyExpired,
            IntakeSpeech::tr("Policy %1 expired on %2, so it does not cover a claim made today. A "
                             "claims officer "
                             "can help if you think this is wrong. ")
                .arg(Bilingual::same(v.policy->policyNumber))
                .arg(Bilingual::same(v.policy->endDate.toString(Qt::ISODate))));
    case S::Inactive:
        return std::pair(IntakeError::PolicyInactive,
            IntakeSpeech::tr("Policy %1 is not active. A claims officer can tell you why. ")
                .arg(Bilingual::same(v.policy->policyNumber)));
    case S::NotInPeriod:
        return std::pair(IntakeError::PolicyNotInPeriod,
            IntakeSpeech::tr(
                "Policy %1 is in force from %2 to %3, and today is outside that period. ")
                .arg(Bilingual::same(v.policy->policyNumber))
                .arg(Bilingual::same(v.policy->startDate.toString(Qt::ISODate)))
                .arg(Bilingual::same(v.policy->endDate.toString(Qt::ISODate))));
    case S::Active:
        break;
    }
    return std::nullopt;
}

Bilingual policyVerified(const PolicyVerification& v)
{
    const PolicyHolder& p = *v.policy;
    const Bilingual coverage = p.type == ClaimType::Health
        ? IntakeSpeech::tr("plan %1, in-patient cover %2 baht, out-patient cover %3 baht")
              .arg(Bilingual::same(p.plan))
              .arg(Bilingual::same(p.coverageIpd.toDisplayString()))
              .arg(Bilingual::same(p.coverageOpd.toDisplayString()))
        : IntakeSpeech::tr("%1 cover for %2 %3 (%4), up to %5 baht, deductible %6 baht")
              .arg(Bilingual::same(p.coverageType))
              .arg(Bilingual::same(p.vehicleBrand))
              .arg(Bilingual::same(p.vehicleModel))
              .arg(Bilingual::same(p.vehiclePlate))
              .arg(Bilingual::same(p.coverageAmount.toDisplayString()))
              .arg(Bilingual::same(p.deductible.toDisplayString()));
    Bilingual text = IntakeSpeech::tr("Policy %1 verified for %2: %3, valid until %4. ")
                         .arg(Bilingual::same(p.policyNumber))
                         .arg(Bilingual { p.nameTh.isEmpty() ? p.nameEn : p.nameTh,
                             p.nameEn.isEmpty() ? p.nameTh : p.nameEn })
                         .arg(coverage)
                         .arg(Bilingual::same(p.endDate.toString(Qt::ISODate)));
    if (!v.checkDigitValid)
        text += IntakeSpeech::tr(
            "(The ID number's check digit does not match; an adjuster will confirm it.) ");
    return text;
}

Bilingual coverageAnswer(const QString& subject, const LineItemCheck& check)
{
    if (!check.clause)
        return IntakeSpeech::tr(
            "I found no clause about \"%1\" in the policy; an adjuster will answer that "
            "when reviewing the claim. ")
            .arg(Bilingual::same(subject));
    const ClauseHit& hit = *check.clause;
    const Bilingual verdict
        = check.allowed ? IntakeSpeech::tr("covered") : IntakeSpeech::tr("not covered");
    Bilingual text = IntakeSpeech::tr("About \"%1\": %2 under clause %3: \"%4\" ")
                         .arg(Bilingual::same(subject))
                         .arg(verdict)
                         .arg(Bilingual::same(hit.clauseId))
                         .arg(Bilingual::same(hit.clause.text.simplified()));
    if (!check.alternatives.isEmpty())
        text += IntakeSpeech::tr("Covered alternatives: %1. ")
                    .arg(Bilingual::same(check.alternatives.join(QStringLiteral(", "))));
    return text + IntakeSpeech::tr("The adjuster decides on the claim itself. ");
}

} // namespace ClaimDesk::IntakeWording

#include "IntakeState.h"

namespace ClaimDesk {

namespace {

QJsonObject uploadToJson(const IntakeUpload& u)
{
    return { { QStringLiteral("document_id"), u.documentId },
        { QStringLiteral("category"), u.category }, { QStringLiteral("owner"), u.owner },
        { QStringLiteral("file"), u.fileName }, { QStringLiteral("summary_th"), u.summary.th },
        { QStringLiteral("summary_en"), u.summary.en },
        { QStringLiteral("id_number"), u.idNumber } };
}

IntakeUpload uploadFromJson(const QJsonObject& o)
{
    IntakeUpload u;
    u.documentId = o.value(QStringLiteral("document_id")).toInteger();
    u.category = o.value(QStringLiteral("category")).toString();
    u.owner = o.value(QStringLiteral("owner")).toString();
    u.fileName = o.value(QStringLiteral("file")).toString();
    u.summary = { o.value(QStringLiteral("summary_th")).toString(),
        o.value(QStringLiteral("summary_en")).toString() };
    u.idNumber = o.value(QStringLiteral("id_number")).toString();
    return u;
}

} // namespace

// --- inputs and state -------------------------------------------------------

IntakeInput IntakeInput::appointment(const QDateTime& at)
{
    return { Kind::Appointment, at.toString(Qt::ISODate) };
}

Result<IntakeInput> IntakeInput::fromJson(const QJsonObject& o)
{
    using R = Result<IntakeInput>;
    auto text = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    if (o.contains(QLatin1String("say"))) {
        if (!o.value(QLatin1String("say")).isString())
            return R::failure(QStringLiteral("\"say\" must be a string"));
        return say(text("say"));
    }
    if (o.contains(QLatin1String("upload")))
        return upload(text("upload"));
    if (o.contains(QLatin1String("owner"))) {
        const QString owner = text("owner");
        if (owner != QLatin1String("customer") && owner != QLatin1String("other_party"))
            return R::failure(QStringLiteral("\"owner\" must be \"customer\" or \"other_party\""));
        return IntakeInput::owner(owner);
    }
    if (o.contains(QLatin1String("id_number"))) {
        const QJsonValue v = o.value(QLatin1String("id_number"));
        return idNumber(v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    }
    if (o.contains(QLatin1String("submit")))
        return submit();
    if (o.contains(QLatin1String("restart")))
        return restart();
    if (o.contains(QLatin1String("claim_type"))) {
        const auto type = claimTypeFromCode(text("claim_type"));
        if (!type)
            return R::failure(QStringLiteral("\"claim_type\" must be \"H\" or \"CD\""));
        return chooseType(*type);
    }
    if (o.contains(QLatin1String("appointment")))
        return IntakeInput { Kind::Appointment, text("appointment") };
    return R::failure(QStringLiteral(
        "expected one of say, upload, owner, id_number, submit, claim_type, appointment, restart"));
}

QJsonObject IntakeInput::toJson() const
{
    switch (kind) {
    case Kind::Say:
        return { { QStringLiteral("say"), value } };
    case Kind::Upload:
        return { { QStringLiteral("upload"), value } };
    case Kind::Owner:
        return { { QStringLiteral("owner"), value } };
    case Kind::IdNumber:
        return { { QStringLiteral("id_number"), value } };
    case Kind::Submit:
        return { { QStringLiteral("submit"), true } };
    case Kind::ChooseType:
        return { { QStringLiteral("claim_type"), value } };
    case Kind::Appointment:
        return { { QStringLiteral("appointment"), value } };
    case Kind::Restart:
        break;
    }
    return { { QStringLiteral("restart"), true } };
}

QList<ReceivedDocument> IntakeState::received() const
{
    QList<ReceivedDocument> out;
    for (const IntakeUpload& u : uploads)
        out << ReceivedDocument { u.category, u.owner };
    return out;
}

QJsonObject IntakeState::toJson() const
{
    QJsonArray up;
    for (const IntakeUpload& u : uploads)
        up << uploadToJson(u);
    QJsonObject o { { QStringLiteral("claim_id"), claimId },
        { QStringLiteral("claim_type"), claimType ? claimTypeCode(*claimType) : QString() },
        { QStringLiteral("policy_verified"), policyVerified },
        { QStringLiteral("national_id"), nationalId },
        { QStringLiteral("policy_number"), policyNumber },
        { QStringLiteral("holder_name"), holderName }, { QStringLiteral("uploads"), up },
        { QStringLiteral("submitted"), submitted }, { QStringLiteral("escalated"), escalated },
        { QStringLiteral("escalation_requested"), escalationRequested },
        { QStringLiteral("pending_national_id"), pendingNationalId },
        { QStringLiteral("appointment"), appointment.toString(Qt::ISODate) } };
    if (pendingLicence)
        o.insert(QStringLiteral("pending_licence"), *pendingLicence);
    return o;
}

IntakeState IntakeState::fromJson(const QJsonObject& o)
{
    IntakeState s;
    s.claimId = o.value(QStringLiteral("claim_id")).toString();
    s.claimType = claimTypeFromCode(o.value(QStringLiteral("claim_type")).toString());
    s.policyVerified = o.value(QStringLiteral("policy_verified")).toBool();
    s.nationalId = o.value(QStringLiteral("national_id")).toString();
    s.policyNumber = o.value(QStringLiteral("policy_number")).toString();
    s.holderName = o.value(QStringLiteral("holder_name")).toString();
    for (const QJsonValue& v : o.value(QStringLiteral("uploads")).toArray())
        s.uploads << uploadFromJson(v.toObject());
    if (o.contains(QStringLiteral("pending_licence")))
        s.pendingLicence = o.value(QStringLiteral("pending_licence")).toInteger();
    s.submitted = o.value(QStringLiteral("submitted")).toBool();
    s.escalated = o.value(QStringLiteral("escalated")).toBool();
    s.escalationRequested = o.value(QStringLiteral("escalation_requested")).toBool();
    s.pendingNationalId = o.value(QStringLiteral("pending_national_id")).toString();
    s.appointment
        = QDateTime::fromString(o.value(QStringLiteral("appointment")).toString(), Qt::ISODate);
    return s;
}

QJsonArray quickRepliesToJson(const QList<QuickReply>& replies)
{
    QJsonArray a;
    for (const QuickReply& r : replies) {
        QJsonObject o = r.input.toJson();
        o.insert(QStringLiteral("label_th"), r.label.th);
        o.insert(QStringLiteral("label_en"), r.label.en);
        a << o;
    }
    return a;
}

} // namespace ClaimDesk

#pragma once

#include "domain/PolicyHolder.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace ClaimDesk {

// Whether a claimant is covered: the answer to "is this national ID insured for
// this kind of claim on this date?".
struct PolicyVerification
{
    enum class Status
    {
        NotFound,
        Active,
        Expired,
        Inactive,
        NotInPeriod
    };

    QString idNumber; // cleaned: 13 digits
    bool checkDigitValid = false;
    Status status = Status::NotFound;
    std::optional<PolicyHolder> policy;
    QStringList warnings; // translated

    bool found() const { return policy.has_value(); }
    bool covered() const { return status == Status::Active; }
    QString statusCode() const; // "active", "not_in_period", ...; empty when not found
    QString statusLabel() const; // translated
    // {found, status, id_number, check_digit_valid, warnings[], policy{...}}
    QJsonObject toJson() const;
};

// The policy holders on the book: who is insured, and whether a claimant is
// covered. Runs on the thread that opened `db`.
class PolicyVerifier final
{
public:
    explicit PolicyVerifier(Database db);

    // Adds or replaces each policy by its number: all of them or, on a failure,
    // none. Answers how many were stored.
    Result<int> importHolders(const QList<PolicyHolder>& holders);

    // Spaces, dashes and Thai digits are cleaned; a bad check digit is a warning
    // (most demo IDs have one), anything but 13 digits is an error.
    Result<PolicyVerification> verify(
        const QString& idNumber, ClaimType type, const QDate& asOf) const;

private:
    Database m_db;
};

} // namespace ClaimDesk

#include "DemoData.h"

#include "policy/PolicyHolderFile.h"
#include "storage/PolicyHolderRepository.h"

#include <QCoreApplication>
#include <QFile>

// Resources compiled into a static library must be registered by name.
static void registerDemoResources()
{
    static const bool once = [] {
        Q_INIT_RESOURCE(demo);
        return true;
    }();
    (void)once;
}

namespace ClaimDesk::DemoData {

namespace {

QByteArray readResource(const QString& path)
{
    registerDemoResources();
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

Result<int> importPolicies(const Database& db)
{
    PolicyHolderRepository repo(db);
    int total = 0;
    const std::pair<const char*, ClaimType> files[]
        = { { ":/demo/health_policies.json", ClaimType::Health },
              { ":/demo/car_policies.json", ClaimType::CarDamage } };
    for (const auto& [path, type] : files) {
        auto parsed = parsePolicyHoldersJson(readResource(QLatin1String(path)), type);
        if (!parsed)
            return Result<int>::failure(parsed.errorDetail());
        auto n = repo.upsert(*parsed);
        if (!n)
            return n;
        total += *n;
    }
    return total;
}

QByteArray formulary()
{
    return readResource(QStringLiteral(":/demo/formulary.txt"));
}

Result<PolicyLibrary::Imported> importFormulary(const Database& db)
{
    return PolicyLibrary(db).importText(QStringLiteral("formulary"), formulary());
}

Result<QStringList> addDemoClaims(ClaimBook& book)
{
    auto existing = book.claims().countAll();
    if (!existing)
        return Result<QStringList>::failure(existing.errorDetail());
    if (*existing > 0)
        return QStringList();

    const QDate today = book.asOf();
    auto claim = [&](ClaimType type, const char* amount, const QString& idCard, const QString& name,
                     const QString& provider, const QString& diagnosis, int daysAgo, bool inNetwork,
                     bool emergency) {
        NewClaim c;
        c.type = type;
        c.amount = Money::parse(std::string_view(amount));
        c.claimantNationalId = idCard;
        c.claimantName = name;
        c.providerName = provider;
        c.diagnosisCode = diagnosis;
        c.serviceDate = today.addDays(-daysAgo);
        c.inNetwork = inNetwork;
        c.emergency = emergency;
        return c;
    };
    const QString somchai = QStringLiteral("3100701443816");
    const QString somying = QStringLiteral("1360000162627");
    const QString wichai = QStringLiteral("1111222233334");
    QList<NewClaim> claims = {
        claim(ClaimType::Health, "450.00", somchai, QStringLiteral("Somchai Jaidee"),
            QStringLiteral("Bangkok Hospital"), QStringLiteral("J06.9"), 2, true, false),
        claim(ClaimType::Health, "1355.00", somying, QStringLiteral("Somying Rakdee"),
            QStringLiteral("Samitivej Sukhumvit"), QStringLiteral("K35.8"), 5, false, false),
        claim(ClaimType::Health, "8500.00", wichai, QStringLiteral("Wichai Suksan"),
            QStringLiteral("Chiang Mai Ram Hospital"), QStringLiteral("S52.5"), 1, false, true),
        claim(ClaimType::CarDamage, "10000.00", somchai, QStringLiteral("Somchai Jaidee"),
            QStringLiteral("Toyota Service Rama 9"), QStringLiteral("collision-front"), 3, false,
            false),
        claim(ClaimType::CarDamage, "23750.50", wichai, QStringLiteral("Wichai Suksan"),
            QStringLiteral("Honda Chiang Mai"), QStringLiteral("collision-rear"), 7, true, false),
        claim(ClaimType::Health, "3000.00", somying, QStringLiteral("Somying Rakdee"), QString(),
            QString(), 4, true, false),
    };
    claims[0].treatmentNotes = QStringLiteral("Outpatient visit, fever and sore throat");
    claims[1].lineItems = { { QStringLiteral("Consultation"), Money::fromUnits(800) },
        { QStringLiteral("Panadol 500 mg x 20"), Money::fromUnits(155) },
        { QStringLiteral("Procid 40 mg x 14"), Money::fromUnits(400) } };
    QStringList ids;
    for (const NewClaim& c : claims) {
        auto filed = book.file(c, QStringLiteral("demo"));
        if (!filed)
            return Result<QStringList>::failure(filed.errorDetail());
        ids << filed->id;
    }
    return ids;
}

} // namespace ClaimDesk::DemoData

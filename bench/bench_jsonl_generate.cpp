// Writes N claim records as JSON Lines to stdout, for timing `claimdesk-cli decide`.
#include <QByteArray>
#include <cstdio>
#include <random>

int main(int argc, char* argv[])
{
    const long long n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    std::mt19937_64 rng(11);
    static const char* const diagnoses[] = { "J10", "K35.8", "S52.5", "I10", "E11.9" };
    static const char* const providers[]
        = { "Bangkok Hospital", "Samitivej Sukhumvit", "Phyathai 2" };
    for (long long i = 0; i < n; ++i) {
        const long long cents = static_cast<long long>(rng() % 6'000'000) + 100;
        const bool items = rng() % 4 == 0;
        std::printf(
            "{\"claim_id\":\"CLM-%08lld\",\"claim_type\":\"%s\",\"claim_amount\":%lld.%02lld,"
            "\"service_date\":\"2026-%02d-%02d\",\"diagnosis_code\":\"%s\",\"provider_name\":\"%"
            "s\","
            "\"in_network\":%s,\"is_emergency\":%s",
            i, rng() % 2 ? "health" : "car", cents / 100, cents % 100,
            static_cast<int>(1 + rng() % 12), static_cast<int>(1 + rng() % 28),
            diagnoses[rng() % 5], providers[rng() % 3], rng() % 5 ? "true" : "false",
            rng() % 10 ? "false" : "true");
        if (items)
            std::printf(",\"line_items\":[{\"description\":\"Room\",\"amount\":%lld.%02lld},"
                        "{\"description\":\"Drugs\",\"amount\":%lld.%02lld}]",
                cents / 200, (cents / 2) % 100, (cents - cents / 2) / 100,
                (cents - cents / 2) % 100);
        std::printf("}\n");
    }
    return 0;
}
